"""Finding names in tokenized text and linking them to lexicon entities.

Spans of words (across spaces and hyphens, never across other punctuation or
line breaks; hashtag parts inside their hashtag) are looked up longest first.
Arabic proclitics (و ف ب ل ك, لل for لـ+ال) and English possessive 's are
tried as alternatives. Precision gates keep common words (كان, Hit, Of) and
lower-case Latin from linking without evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import regex

from .designators import DESIGNATORS
from .document import Candidate
from .fold import fold
from .geonames import ARAB_LEAGUE
from .keys import ARTICLE_WORDS, is_arabic, loose_key
from .lexicon import Lexicon
from .resolver import METHOD_SCORE, prior
from .tokenize import Token, hashtag_parts
from .variants import CASE, FOLDED, LOOSE, PRIMARY

# a word before a name that says it is a place: محافظة, مدينة … and ريف 'countryside of'
EVIDENCE_BEFORE = DESIGNATORS | frozenset(fold(w) for w in ("ريف", "جزيرة", "بلدات", "مدن", "قرى", "ضواحي"))
FOREIGN_TOWN_POPULATION = 500_000
MAX_NAME_CHARS = 100
LOWER_CASE_POPULATION = 100_000
_CONJ = "وف"
_PREP = "بلك"
_SENTENCE_END = frozenset(".!?:;\"'()[]«»")
_LATIN_WORD = regex.compile(r"\p{Latin}")
_CROSS_HYPHEN = frozenset("-_")
# lower-case words inside a capitalized name: al-Nujaba, Abd al-Aziz bin Baz, Bank of the Nile
PARTICLE_WORDS = ARTICLE_WORDS | {"bin", "ibn", "bint", "bani", "beni", "abu", "umm", "de", "del", "da", "di", "la",
                                  "le", "of", "the"}


@dataclass
class Unit:
    """A word the matcher can start or extend a span with (positions in the cleaned text)."""

    start: int
    end: int
    text: str
    norm: str
    group: int
    arabic: bool = False
    capital: bool = False
    hashtag: bool = False
    sentence_start: bool = False
    alts: list[tuple[str, int]] = field(default_factory=list)  # proclitic-stripped forms: (norm, chars dropped)
    poss: tuple[str, int] | None = None                        # possessive-stripped: (norm, new end)


@dataclass
class Span:
    start: int
    end: int
    i: int
    j: int
    hits: dict[int, tuple[float, str]]
    alias: str


def _alternatives(text: str) -> list[tuple[str, int]]:
    """Arabic clitic readings of a word, longest stripped last: وبالبوكمال -> بالبوكمال, البوكمال."""
    alts: list[tuple[str, int]] = []
    i = 0
    if len(text) > 3 and text[0] in _CONJ:
        i = 1
        alts.append((text[1:], 1))
    rest = text[i:]
    if len(rest) > 3 and rest[0] in _PREP:
        if rest.startswith("لل") and len(rest) > 4:
            alts.append(("ال" + rest[2:], i + 1))  # للبوكمال = لـ + البوكمال: the second lam is the article's
        else:
            alts.append((rest[1:], i + 1))
    return [(a, n) for a, n in alts if len(a) >= 3]


def build_units(text: str, tokens: list[Token]) -> list[Unit]:
    """Units for matching; consecutive units share a group when only a space or hyphen separates them."""
    units: list[Unit] = []
    group = 0
    prev_end = -1
    prev_kind = ""
    sentence_start = True
    for tok in tokens:
        gap = text[prev_end:tok.start] if prev_end >= 0 else ""
        joined = prev_end >= 0 and (gap == " " or gap == "") and prev_kind in ("word", "number", "hyphen")
        if tok.kind == "punct" and tok.text in _CROSS_HYPHEN and gap == "" and prev_kind == "word":
            prev_end, prev_kind = tok.end, "hyphen"
            continue
        if not joined or tok.kind not in ("word", "number"):
            group += 1
        if tok.kind in ("word", "number"):
            arabic = is_arabic(tok.text)
            unit = Unit(tok.start, tok.end, tok.text, fold(tok.text), group, arabic, tok.text[:1].isupper(),
                        sentence_start=sentence_start)
            if arabic:
                unit.alts = [(fold(a), n) for a, n in _alternatives(tok.text)]
            elif tok.text.endswith(("'s", "'S")) and len(tok.text) > 3:
                unit.poss = (fold(tok.text[:-2]), tok.end - 2)
            units.append(unit)
            sentence_start = False
        elif tok.kind == "hashtag":
            group += 1
            for s, e, part in hashtag_parts(tok.text, tok.start):
                arabic = is_arabic(part)
                unit = Unit(s, e, part, fold(part), group, arabic, part[:1].isupper(), hashtag=True)
                if arabic:
                    unit.alts = [(fold(a), n) for a, n in _alternatives(part)]
                units.append(unit)
            group += 1
            sentence_start = False
        elif tok.kind == "punct" and tok.text in _SENTENCE_END:
            sentence_start = sentence_start or tok.text in ".!?:"
        prev_end, prev_kind = tok.end, tok.kind
        if "\n" in gap:
            sentence_start = True
    return units


class Linker:
    """Links units to entities of one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.index = lexicon.index
        self.max_words = min(self.index.max_words, 10)

    def link(self, text: str, tokens: list[Token]) -> list[tuple[Span, list[Candidate]]]:
        units = build_units(text, tokens)
        title_case = _title_case(units)
        spans: list[Span] = []
        i = 0
        while i < len(units):
            span = self._longest(text, units, i, title_case)
            if span is None:
                i += 1
                continue
            spans.append(span)
            i = span.j + 1
        return self._rank(spans)

    # -- finding spans ------------------------------------------------------
    def _longest(self, text: str, units: list[Unit], i: int, title_case: bool) -> Span | None:
        first = units[i]
        best: Span | None = None
        # a clitic is only peeled off a word that is not itself an ordinary word (وكان is not و + Cannes)
        starts = [(first.norm, 0), *(first.alts if not self.index.is_common(first.norm) else ())]
        loose_ok = first.arabic or first.capital or first.hashtag  # loose keys only for names that look like names
        for norm0, shift in starts:
            key = ""
            for j in range(i, min(len(units), i + self.max_words)):
                u = units[j]
                if u.group != first.group:
                    break
                key = norm0 if j == i else f"{key} {u.norm}"
                if len(key) > MAX_NAME_CHARS:
                    break  # no name is this long; bounding it keeps linking linear in the text
                endings = [(key, u.end)]
                if u.poss:
                    endings.append(((key.rsplit(" ", 1)[0] + " " if j > i else "") + u.poss[0], u.poss[1]))
                found = False
                for k, end in endings:
                    hits = self._hits(text, units, i, j, k, first.start + shift, end, title_case, shift)
                    found = found or bool(hits)
                    if hits and (best is None or end - (first.start + shift) > best.end - best.start):
                        best = Span(first.start + shift, end, i, j, hits, k)
                if u.hashtag and not found and len(u.norm) <= MAX_NAME_CHARS:
                    glued = self._glued(text, units, i, j, key, first.start + shift, shift, title_case)
                    if glued and (best is None or glued.end - glued.start > best.end - best.start):
                        best = glued
                if not (self.index.has_prefix(FOLDED, key + " ")
                        or (loose_ok and self.index.has_prefix(LOOSE, _loose_prefix(key)))):
                    break
        return best

    def _glued(self, text: str, units: list[Unit], i: int, j: int, key: str, start: int, shift: int,
               title_case: bool) -> Span | None:
        """A name glued to the next word inside a hashtag: #دير_الزورعلى -> دير الزور + على."""
        u = units[j]
        head = key[: len(key) - len(u.norm)]
        for prefix in sorted(self.index.prefixes(FOLDED, key), key=len, reverse=True):
            used = len(prefix) - len(head)
            if used < 2 or used >= len(u.norm) - 1 or not prefix.startswith(head):
                continue
            cut = next((k for k in range(1, len(u.text) + 1) if len(fold(u.text[:k])) >= used), len(u.text))
            end = u.start + cut
            hits = self._hits(text, units, i, j, prefix, start, end, title_case, shift)
            if hits:
                return Span(start, end, i, j, hits, prefix)
        return None

    def _hits(self, text: str, units: list[Unit], i: int, j: int, key: str, start: int, end: int,
              title_case: bool, shift: int) -> dict[int, tuple[float, str]]:
        first = units[i]
        arabic, hashtag = first.arabic, first.hashtag
        entries = [(FOLDED, e) for e in self.index.get(FOLDED, key)]
        if not entries and (arabic or hashtag or first.capital) and not (
                arabic and j > i and self.index.is_common(first.norm)):  # إن تم is no spelling of Anthem
            loose = loose_key(key)
            if len(loose) >= 4:
                entries = [(LOOSE, e) for e in self.index.get(LOOSE, loose)]
        if not entries:
            return {}  # most spans: nothing to gate or rank
        if not arabic and j > i and units[j].norm in ARTICLE_WORDS:
            return {}  # "Near Al" is never a name: the article belongs to the next word
        surface = text[start:end]
        capitalized = not arabic and any(units[k].capital for k in range(i, j + 1)) and all(
            units[k].capital or units[k].norm in PARTICLE_WORDS for k in range(i, j + 1))
        upper = surface.isupper()
        common = self.index.is_common(key)
        if arabic:
            evidence = hashtag or (i > 0 and units[i - 1].norm in EVIDENCE_BEFORE)
        else:
            evidence = hashtag or (capitalized and not first.sentence_start and not title_case)
        hits: dict[int, tuple[float, str]] = {}
        for tag, (n, flags) in entries:
            if tag == LOOSE and not (arabic or hashtag or capitalized):
                continue
            rec = self.index.record(n)
            kind = rec.get("type", "other")
            if flags & CASE:
                allowed = upper
            elif shift and not key.startswith("ال") and not _prominent(rec):
                allowed = False  # ورقة 'paper' is not و + رقة: a bare stem after a clitic must be a major name
            elif arabic and not evidence and j == i and _foreign_minor_place(rec):
                allowed = False  # Arabic names of small foreign towns collide with words (المالي = Elmalı)
            elif common and not evidence:
                # a country with a capital is a name even at a sentence start (Turkey, Jordan)
                allowed = capitalized and kind == "country"
            elif not (arabic or hashtag or capitalized or upper):
                # lower case: only display names of countries, organizations and large cities (beirut, not bush)
                allowed = kind in ("country", "org") or self.lexicon.exact_method(n, surface) == "exact" or (
                    bool(flags & PRIMARY) and (rec.get("population") or 0) >= LOWER_CASE_POPULATION)
            else:
                allowed = True
            if not allowed:
                continue
            method = self.lexicon.exact_method(n, surface) if tag == FOLDED else "variant"
            score = METHOD_SCORE[method] * (0.85 + 0.15 * prior(rec))
            if score > hits.get(n, (0.0, ""))[0]:
                hits[n] = (score, method)
        return hits

    # -- ranking --------------------------------------------------------------
    def _rank(self, spans: list[Span]) -> list[tuple[Span, list[Candidate]]]:
        """Best candidate first; countries named elsewhere in the text tip ambiguous places their way."""
        countries = set()
        for span in spans:
            if len(span.hits) == 1:
                rec = self.index.record(next(iter(span.hits)))
                if rec.get("country"):
                    countries.add(rec["country"])
        out = []
        for span in spans:
            scored = []
            for n, (score, method) in span.hits.items():
                rec = self.index.record(n)
                bonus = 0.03 if len(span.hits) > 1 and rec.get("country") in countries else 0.0
                scored.append((min(1.0, score + bonus), method, n))
            scored.sort(key=lambda t: (-t[0], t[2]))
            cands = [self.lexicon.candidate(n, method, score, span.alias) for score, method, n in scored[:5]]
            out.append((span, cands))
        return out


def _loose_prefix(key: str) -> str:
    """The loose key a longer span starting with key would begin with ('dayr az' -> 'dayral')."""
    head, _, last = key.rpartition(" ")
    if head and last in ARTICLE_WORDS:
        return loose_key(head) + "al"
    return loose_key(key)


def _prominent(rec: dict[str, Any]) -> bool:
    pop = rec.get("population") or 0
    return rec.get("type") != "place" or str(rec.get("id", "")).startswith("region:") or (
        isinstance(pop, int) and pop >= LOWER_CASE_POPULATION)


def _foreign_minor_place(rec: dict[str, object]) -> bool:
    """A town outside the Arab world small enough that its Arabic name is rarely news."""
    pop = rec.get("population") or 0
    return rec.get("type") == "place" and rec.get("country") not in ARAB_LEAGUE and isinstance(pop, int) \
        and pop < FOREIGN_TOWN_POPULATION and not str(rec.get("id", "")).startswith("region:")


def _title_case(units: list[Unit]) -> bool:
    """A headline in Title Case: capitals there are no evidence of a name."""
    latin = [u for u in units if not u.hashtag and _LATIN_WORD.match(u.text) and len(u.text) > 3]
    return len(latin) >= 4 and sum(u.text[:1].isupper() for u in latin) >= 0.75 * len(latin)
