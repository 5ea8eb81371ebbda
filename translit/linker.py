"""Finding names in cleaned text and linking them to lexicon entities.

Spans of words (units.py; across spaces and hyphens, never across other punctuation or
line breaks; hashtag parts inside their hashtag) are looked up longest first.
Arabic proclitics (و ف ب ل ك, لل for لـ+ال) and English possessive 's are
tried as alternatives. Precision gates keep common words (كان, Hit, Of) and
lower-case Latin from linking without evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

import regex

from .caches import remember
from .chars import is_arabic
from .config import GATES as ALL_GATES
from .crosslink import (
    CROSS_SCRIPT_MIN,
    EXACT,
    FUNCTION_WORD_ZIPF,
    LONG,
    LONG_NAME_CLASSES,
    ORDINARY_PHRASE_ZIPF,
    XARABIC,
    XLATIN,
    CrossStarts,
    name_skeletons,
    one_edit,
    place_key,
    text_tag,
    word_skeletons,
)
from .crosslink import MAX_WORDS as MAX_CROSS_WORDS
from .designators import DESIGNATORS
from .document import Candidate
from .fold import fold
from .gates import Hit, Site, enabled, first_drop
from .keys import ARTICLE_WORDS, alef_places, foreign_key, loose_key
from .lexicon import Lexicon
from .ranker import country_bonus, score, strength, user_first
from .units import DATELINE, Unit, build_units
from .variants import CROSS, FAMILY, FOLDED, FOREIGN, LOOSE, PRIMARY, SPORTS, entity_names

# a word before a name that says it is a place: محافظة, مدينة … and ريف 'countryside of'
EVIDENCE_BEFORE = DESIGNATORS | frozenset(fold(w) for w in ("ريف", "جزيرة", "بلدات", "مدن", "قرى", "ضواحي"))
MAX_NAME_CHARS = 100
# a Latin word before a name that puts a place there: "in Tyler", not "Tyler said" (gates._town_named_like_a_word)
PLACE_BEFORE = frozenset("in at from near into outside around across toward towards via through".split())
# Latin words after a name that make it a place's, not a person's first name: Jordan Valley (gates.first_name)
PLACE_NOUNS = frozenset("valley river falls lake sea bay gulf strait island islands mountains station street square "
                        "road park bridge airport harbour harbor city county province region state border".split())
_QUALIFIES = regex.compile(r"\s*[,،(]\s*")
# "son of", "father of" (a kunya: سعد بن أبي وقاص): the next word is part of a person's name
PATRONYMS = frozenset({"بن", "ابن", "بنت", "ابو", "ابي", "ابا", "bin", "ibn", "bint"})
# a word before a name that says it names a news outlet (صحيفة القدس, مراسل الجزيرة), or another organization
# (نادي برشلونة, ضيفه واتفورد)
MEDIA_BEFORE = frozenset(fold(w) for w in (
    "صحيفة", "جريدة", "مجلة", "وكالة", "وكالات", "قناة", "إذاعة", "تلفزيون", "فضائية", "مراسل", "مراسلة",
    "newspaper"))
ORGANIZATION_BEFORE = MEDIA_BEFORE | frozenset(fold(w) for w in (
    "فريق", "فريقي", "نادي", "شركة", "مصرف", "بنك", "جامعة", "حركة", "حزب", "مسجد", "ضيفه", "مضيفه", "club", "team"))
# words of sports news: near one, a name a club goes by in sports news only (a SPORTS name) names the club.
# Folded, as units hold them (clitic readings count: وفاز, بالدوري). Not words of other news too: هدف 'aim',
# بطولة 'starring', الذهاب 'going'.
SPORTS_WORDS = frozenset(fold(w) for w in (
    "مباراة", "المباراة", "مباراته", "مباريات", "المباريات", "دوري", "الدوري", "البطولة", "كأس", "الكأس",
    "هدفا", "هدفين", "ملعب", "الملعب", "مدرب", "المدرب", "لاعب", "اللاعب",
    "لاعبي", "لاعبو", "اللاعبين", "الفريق", "فريقه", "النادي", "تعادل", "التعادل", "فاز", "فوز", "الفوز",
    "هزم", "مرمى", "المرمى", "الموسم", "شوط", "الشوط", "الإياب", "الهداف", "المونديال",
    "ضيفه", "مضيفه", "match", "league", "cup", "coach", "goal", "goals", "striker", "midfielder", "defender",
    "goalkeeper", "stadium", "football", "soccer", "derby", "penalty", "scored", "champions", "tournament"))
SPORTS_WINDOW = 10  # words either side of a span in which a sports word counts
DISTINCTIVE_FAMILY_ZIPF = 3.0  # a family name this rare links alone (Linker._distinctive)
FAMILY_NAME_MAX_ZIPF = 5.0  # a word this frequent (الثاني, العربي, كان, الله) never names a person alone
# titles before a person's name: President Vladimir Putin, Sheikh Zayed, الشيخ زايد (folded, as units hold them).
# Governor, Mayor, Judge …: "Governor A B said" with two ANETAC English person names linked a place 159 -> 2
# times in 3,000 (ANERcorp dev unchanged with the Arabic ones)
TITLES = frozenset(fold(w) for w in (
    "president", "prime", "minister", "chancellor", "king", "queen", "prince", "princess", "emir", "sultan",
    "sheikh", "shaikh", "imam", "ayatollah", "pope", "general", "gen.", "colonel", "col.", "commander", "mr.", "mr",
    "mrs.", "mrs", "ms.", "ms", "dr.", "dr", "senator", "ambassador", "envoy", "spokesman", "spokeswoman",
    "governor", "mayor", "secretary", "chairman", "chairwoman", "judge", "lieutenant", "captain", "admiral",
    "bishop", "archbishop", "cardinal", "patriarch", "rabbi", "mufti", "sayyed", "sayyid", "mullah",
    # Arabic titles with the article only: رئيس بلدية حلب is the mayor of Aleppo, الرئيس السوري بشار a person
    "الرئيس", "الملك", "الملكة", "الأمير", "الأميرة", "الشيخ", "السلطان", "الإمام", "البابا", "الجنرال",
    "اللواء", "العميد", "العقيد", "المقدم", "الوزير", "السيد", "السيدة", "الدكتور", "المحافظ", "القاضي", "النائب",
    "المشير", "المفتي", "البطريرك", "المطران", "الحاخام"))
MIN_TITLE_WORDS = 3  # words a Title Case verdict needs once sentence starts and known names are left out
TITLE_SHARE = 0.75   # of them capitalized: a headline
_CLOSES = regex.compile(r"[.!?]")  # what ends a sentence, as a headline seldom is
# words Title Case capitalizes and sentences do not (mid-sentence): a headline's signature
TITLE_STOPS = frozenset("a an the and but or nor for as at by in of off on per to up via from with into over".split())
# lower-case words inside a capitalized name: al-Nujaba, Abd al-Aziz bin Baz, Bank of the Nile
PARTICLE_WORDS = ARTICLE_WORDS | {"bin", "ibn", "bint", "bani", "beni", "abu", "umm", "de", "del", "da", "di", "la",
                                  "le", "of", "the"}


@dataclass
class Span:
    start: int
    end: int
    i: int
    j: int
    hits: dict[int, tuple[float, str]]
    alias: str


# (entity, flags) pairs as tuples: KeyInfo with lists kept three objects each for the garbage collector to walk
# at every collection, while it stops tracking tuples of numbers (10 MB of news: 170,000 tracked objects ->
# 79,000, CPU-s in full collections 2.2 -> 1.4; docs/performance.md)
Entries = tuple[tuple[int, int], ...]


class KeyInfo(NamedTuple):
    """What the index says about one folded key (a span's words joined by spaces)."""

    folded: Entries                # entries under the key itself
    loose: Entries                 # entries under its loose key (none when that is under 4 characters)
    foreign: Entries               # an Arabic key's entries under its foreign-spelling key (keys.foreign_key)
    grows: bool                    # a longer folded key starts with this key and a space
    grows_loose: bool              # a longer loose key starts with this one's loose prefix
    common: bool                   # the key is a common word
    starts: tuple[bool, bool]      # a span may start with this word: [without, with] loose keys
    arabic_loose: str | None       # the loose key, when it is an Arabic one (the words' loose forms joined)
    zipf: float                    # a one-word key's frequency as an ordinary word (Zipf scale, 0: not a word)
    other_form_zipf: float         # an Arabic one-word key's, with the article added or removed
    family: bool                   # a one-word key is the family name of a person in the lexicon (Assad, الأسد)


_NOTHING = KeyInfo((), (), (), False, False, False, (False, False), None, 0.0, 0.0, False)
_NO_ENTITIES: frozenset[int] = frozenset()


class CrossRequest(NamedTuple):
    """A cross-script span the model is asked about (Linker._cross_requests)."""

    key: str          # its folded words as matched, the first without its clitic
    shift: int        # characters of the first word's clitic left out
    j: int            # its last unit
    cands: list[int]  # the entities whose names' words its words match, in order


class CrossKey(NamedTuple):
    """The entities under one cross-script index key (Linker._cross_key; crosslink flags)."""

    near: frozenset[int]   # all: the key is their name word's skeleton or one class shorter
    exact: frozenset[int]  # those whose name word has this skeleton (EXACT)
    long: frozenset[int]   # those whose name is long (LONG)


class CrossPlace(NamedTuple):
    """A text word's cross-script key sets at one place of a name (Linker._cross_place)."""

    skeleton: str                     # its consonant skeleton (keys.skeleton)
    exact: frozenset[int]             # entities whose name has a word of this skeleton there
    near: tuple[frozenset[int], ...]  # the sets of its keys (skeleton and one-class deletions) there
    long: tuple[frozenset[int], ...]  # the same, long names only (crosslink.LONG)


_NO_PLACE = CrossPlace("", _NO_ENTITIES, (), ())

GLUED_WORD_ZIPF = 4.0  # what a glued name leaves of a hashtag part is a word this frequent (Linker._a_word)
KEY_CACHE_SIZE = 100_000  # entries per linker cache (about 30 MB for keys); a full cache is cleared
CROSS_BATCH = 8192  # (span, entity) pairs asked of the model in one call at most (their chunk ids, contexts, answers)


class Linker:
    """Links units to entities of one lexicon."""

    def __init__(self, lexicon: Lexicon, *, gates: tuple[str, ...] = ALL_GATES, cross_script: bool = True,
                 explain: bool = False) -> None:
        self.lexicon = lexicon
        self.index = lexicon.index
        self.max_words = min(self.index.max_words, 10)
        self.gates = enabled(gates)
        # with explain, (surface, entity id, gate name) for every candidate a gate dropped
        self.dropped: list[tuple[str, str, str]] | None = [] if explain else None
        self._keys: dict[str, KeyInfo] = {}
        self._foreign_keys = self.index.has_prefix(FOREIGN, "")  # a user's watchlist has no foreign-spelling keys
        self._prefixes: dict[str, bool] = {}
        self._starting: dict[str, bool] = {}  # a spelling (no hashtag part) -> whether a span may start with it
        self._owned: dict[str, bool] = {}  # a word's spelling -> whether a reading is one person's family name
        # which cross-script key kinds the index has (none, or cross_script off: the cross-script pass is skipped)
        self._cross_tags = {tag for tag in (XLATIN, XARABIC) if cross_script and self.index.has_prefix(tag, "")}
        # (tag, pos, count) of the cross-script keys the index has: a text of four Arabic words asks for
        # four-word names, which a watchlist of two-word names has none of
        self._cross_places = {(tag, pos, count) for tag in self._cross_tags for count in range(1, MAX_CROSS_WORDS + 1)
                              for pos in range(count) if self.index.has_prefix(tag, f"{pos}{count}")}
        self._cross_counts = {tag: sorted({count for t, _, count in self._cross_places if t == tag}, reverse=True)
                              for tag in self._cross_tags}
        self._cross_starts = {tag: CrossStarts(self.index.values, tag) for tag in self._cross_tags}
        self._cross_words: dict[str, CrossPlace] = {}  # a text word's key sets at a place of a name
        self._cross_keys: dict[str, CrossKey] = {}  # one index key's entities: deletion keys recur
        self._skeletons: dict[str, tuple[str, ...]] = {}
        # tuples of strings and numbers, which the garbage collector stops tracking, in the larger caches
        self._entity_skeletons: dict[int, tuple[tuple[str, ...], ...]] = {}
        self._cross_sims: dict[str, tuple[float, ...]] = {}
        self._functions: dict[str, bool] = {}
        self._zipfs: dict[str, float] = {}
        self._readings: dict[str, tuple[tuple[str, int], ...]] = {}  # a text word's readings that may start a span
        self._owners: dict[str, int | None] = {}  # the one person with a word as family name (_sole_owner)
        self._families = self.index.has_prefix(FAMILY, "")  # a gazetteer of places has no family names to look for

    def link(self, text: str) -> list[tuple[Span, list[Candidate]]]:
        """The spans of cleaned text and their ranked candidates."""
        return self.link_many([text])[0]

    def link_many(self, texts: Sequence[str]) -> list[list[tuple[Span, list[Candidate]]]]:
        """link() of each text; the cross-script model is asked about all their spans in one batch, since
        a batch's numpy steps cost about the same for one line's pairs as for a few hundred lines' (pipe)."""
        units = [build_units(text) for text in texts]
        plans = [self._cross_plan(u) if self._cross_tags else {} for u in units]
        if self._cross_tags:
            self._ask_cross([(text, u, plan) for text, u, plan in zip(texts, units, plans, strict=True)])
        return [self._link(text, u, plan) for text, u, plan in zip(texts, units, plans, strict=True)]

    def _link(self, text: str, units: list[Unit], cross: dict[int, list[CrossRequest]]
              ) -> list[tuple[Span, list[Candidate]]]:
        """The spans of one text and their ranked candidates, its cross-script requests already answered."""
        title_case = self._title_case(text, units)
        spans: list[Span] = []
        keys = self._keys
        i = 0
        starting = self._starting
        while i < len(units):
            u = units[i]
            span = None
            # hashtags: a name glued to the next word (#دير_الزورعلى) is found from any part; any other word
            # settles whether a span may start with it by its spelling (its norm, clitics, possessive), once
            may_start = u.hashtag or starting.get(u.text)
            if may_start is None:
                may_start = remember(starting, u.text, self._may_start(u, keys.get(u.norm) or self._key(u.norm)),
                                     KEY_CACHE_SIZE)
            if may_start:
                span = self._longest(text, units, i, title_case, keys.get(u.norm) or self._key(u.norm))
            if span is None and i in cross:
                span = self._cross_span(text, units, i, title_case, cross[i])
            if span is None:
                i += 1
                continue
            spans.append(span)
            i = span.j + 1
        return self._rank(text, self._with_family_names(text, units, spans))

    def _title_case(self, text: str, units: list[Unit]) -> list[bool]:
        """Per unit, whether its sentence is a headline in Title Case, where capitals are no evidence of a name.

        Only capitals nothing else explains count (_title_vote), else "U.S. envoy met Russia in Geneva
        and Paris" reads as a headline and Paris, also a common word, cannot link. Each sentence is
        judged alone, so a headline above its story stays one; a sentence with too few words to judge
        takes the verdict of the whole text. A sentence closed by a full stop, ! or ? is no headline
        ("German Chancellor Angela Merkel met French President Francois Hollande in Paris."), unless a
        small word only headlines capitalize is in it (Troops Met At Border).
        """
        if not any(u.long_latin for u in units):
            return [False] * len(units)  # no word votes (Arabic text): no headline
        votes = [self._title_vote(u) for u in units]
        whole = _headline([v for v in votes if v is not None])
        starts = [k for k, u in enumerate(units) if k == 0 or u.sentence_start] + [len(units)]
        flags: list[bool] = []
        for a, b in pairwise(starts):
            caps = [v for v in votes[a:b] if v is not None]
            closed = _CLOSES.search(text, units[b - 1].end, units[b].start if b < len(units) else len(text))
            plain = closed and not any(u.capital and u.norm in TITLE_STOPS for u in units[a + 1:b])
            flags += [not plain and (_headline(caps) if len(caps) >= MIN_TITLE_WORDS else whole)] * (b - a)
        return flags

    def _title_vote(self, unit: Unit) -> bool | None:
        """Whether a word is capitalized, or None when that says nothing about Title Case:
        short or non-Latin words, hashtags, a sentence's first word, a known name."""
        if not unit.long_latin or unit.hashtag or unit.sentence_start:
            return None
        if unit.capital and self._known_name(unit):
            return None
        return unit.capital

    def _known_name(self, unit: Unit) -> bool:
        """A word whose capital a name explains: no common word that names or starts a name (Geneva, Saudi),
        or a country (Turkey, Russia's), which links when capitalized whatever the verdict."""
        for key in (unit.norm, unit.poss[0]) if unit.poss else (unit.norm,):
            info = self._key(key)
            if info.common:
                if any(self.index.profile(n).kind == "country" for n, _ in info.folded):
                    return True
            elif info.folded or info.grows:
                return True
        return False

    # -- finding spans ------------------------------------------------------
    def _key(self, key: str) -> KeyInfo:
        """Everything the span search asks the trie about one key; cached, since words and phrases repeat."""
        info = self._keys.get(key)
        return remember(self._keys, key, self._lookup(key), KEY_CACHE_SIZE) if info is None else info

    def _lookup(self, key: str) -> KeyInfo:
        """A key's KeyInfo from the trie; two prefix tests settle most (new phrases that start no key)."""
        index = self.index
        loose = loose_key(key)
        loose_start = _loose_prefix(key)  # what the loose keys of every longer span start with
        arabic = is_arabic(key)
        in_folded = index.has_prefix(FOLDED, key)
        grows_loose = index.has_prefix(LOOSE, loose_start)
        # the loose key itself starts with loose_start, except when a trailing article merged across words
        maybe_loose = grows_loose or not loose.startswith(loose_start)
        foreign = foreign_key(key) if arabic and self._foreign_keys else ""
        in_foreign = bool(foreign) and index.has_prefix(FOREIGN, foreign)
        if not (in_folded or maybe_loose or in_foreign or " " not in key):
            return _NOTHING  # whether a phrase is a common word is asked only of words and of keys with entries
        folded = tuple(index.get(FOLDED, key)) if in_folded else ()
        loose_entries = tuple(index.get(LOOSE, loose)) if maybe_loose and len(loose) >= 4 else ()
        foreign_entries = tuple(index.get(FOREIGN, foreign)) if in_foreign else ()
        grows = (in_folded and index.has_prefix(FOLDED, key + " ")
                 or in_foreign and index.has_prefix(FOREIGN, foreign + " "))
        starts = bool(folded) or bool(foreign_entries) or grows
        one_word = (folded or loose_entries or foreign_entries) and " " not in key
        return KeyInfo(folded, loose_entries, foreign_entries, grows, grows_loose, index.is_common(key),
                       (starts, starts or bool(loose_entries) or grows_loose), loose if arabic else None,
                       index.zipf(key) if one_word else 0.0,
                       index.zipf(_other_article_form(key)) if one_word and arabic else 0.0,
                       bool(one_word and index.family(key)))

    def _may_start(self, unit: Unit, info: KeyInfo) -> bool:
        """Whether a span may start with the word (info: its key's), a necessary test before _longest.

        A common Arabic word (في, من, كان) is read whole, and takes loose keys as one word only (_longest):
        that a loose key merely starts with its letters (في begins فيينا's) is no reason to look further,
        while it had sent 3 of every 4 words that start nothing into _longest, on a bigram lookup each.
        """
        if unit.arabic and info.common:
            return info.starts[False] or bool(info.loose)
        return info.starts[unit.arabic or unit.capital] or self._reading_starts(unit)

    def _reading_starts(self, unit: Unit) -> bool:
        """Whether a clitic or possessive reading of the word may start a span (the word itself cannot).

        With _may_start, a superset of what _longest tries at its first word, so skipping
        a unit these reject changes no output; most words are settled by one cached lookup.
        """
        loose = unit.arabic or unit.capital  # the gate _longest and _hits apply to loose keys
        if unit.poss and self._key(unit.poss[0]).starts[loose]:
            return True
        return any(self._key(a).starts[loose] for a, _ in unit.alts)

    def _longest(self, text: str, units: list[Unit], i: int, title_case: list[bool],
                 first_info: KeyInfo) -> Span | None:
        """The longest span starting at units[i] that names something, trying each clitic reading."""
        first = units[i]
        keys = self._keys
        first_common = first_info.common
        # a clitic is only peeled off a word that is not itself an ordinary word (وكان is not و + Cannes),
        # nor off what is left once that is an ordinary word (وبيوتا is و + بيوتا 'houses', not و + ب + Utah)
        starts = [(first.norm, 0)]
        for alt in () if first_common else first.alts:
            starts.append(alt)
            if self._key(alt[0]).common:
                break
        loose_ok = first.arabic or first.capital or first.hashtag  # loose keys only for names that look like names
        # past the first word, loose keys need a first word that is no common word (إن تم is no spelling of Anthem)
        loose_more = loose_ok and not (first.arabic and first_common)
        stop = min(len(units), i + self.max_words)
        best: Span | None = None
        for key, shift in starts:
            if len(key) > MAX_NAME_CHARS:
                continue
            start = first.start + shift
            j, loose = i, loose_ok
            info = first_info if shift == 0 else keys.get(key) or self._key(key)
            while True:
                u = units[j]
                if info.folded or (loose and info.loose) or info.foreign or u.poss or u.hashtag:
                    best = self._ending_at(text, units, i, j, key, info, start, shift, title_case, loose, best)
                j += 1
                if j >= stop or units[j].group != first.group or not self._may_grow(key, info, units[j], loose_more):
                    break
                key = f"{key} {units[j].norm}"
                if len(key) > MAX_NAME_CHARS:
                    break  # no name is this long; bounding it keeps linking linear in the text
                info = keys.get(key) or self._key(key)
                loose = loose_more
        return best

    def _may_grow(self, key: str, info: KeyInfo, unit: Unit, loose_ok: bool) -> bool:
        """Whether key plus the next unit's word can match or grow.

        An Arabic loose key is the words' loose forms joined, and a word's loose form starts with
        its first letter: when no folded key grows from this one, one cached test of that letter
        settles most Arabic phrases without looking the longer key up.
        """
        if info.grows:
            return True
        if not (loose_ok and info.grows_loose):
            return False
        word = unit.norm
        if info.arabic_loose is None or not word or unit.poss or unit.hashtag or word in ARTICLE_WORDS:
            return True  # Latin loose keys merge letters across words (Deir ez-Zor -> dayralzur): look it up
        return self._has_prefix(LOOSE, info.arabic_loose + word[0])

    def _has_prefix(self, tag: str, prefix: str) -> bool:
        """Index.has_prefix, cached."""
        known = self._prefixes.get(tag + prefix)
        if known is None:
            known = remember(self._prefixes, tag + prefix, self.index.has_prefix(tag, prefix), KEY_CACHE_SIZE)
        return known

    def _ending_at(self, text: str, units: list[Unit], i: int, j: int, key: str, info: KeyInfo, start: int,
                   shift: int, title_case: list[bool], loose: bool, best: Span | None) -> Span | None:
        """best, or a longer span ending at units[j]: the key, its possessive reading, a name glued in a hashtag."""
        u = units[j]
        endings = [(key, u.end, info)]
        if u.poss:
            k = (key.rsplit(" ", 1)[0] + " " if j > i else "") + u.poss[0]
            endings.append((k, u.poss[1], self._key(k)))
        found = False
        for k, end, kinfo in endings:
            entries = _entries(kinfo, loose)
            if not entries:
                continue
            hits = self._gate(text, units, i, j, k, start, end, title_case, shift, entries, kinfo,
                              possessive=bool(u.poss) and k == key)
            found = found or bool(hits)
            if hits and (best is None or end - start > best.end - best.start):
                best = Span(start, end, i, j, hits, k)
        if u.hashtag and not found and len(u.norm) <= MAX_NAME_CHARS:
            glued = self._glued(text, units, i, j, key, start, shift, title_case)
            if glued and (best is None or glued.end - glued.start > best.end - best.start):
                best = glued
        return best

    def _glued(self, text: str, units: list[Unit], i: int, j: int, key: str, start: int, shift: int,
               title_case: list[bool]) -> Span | None:
        """A name glued to the next word inside a hashtag: #دير_الزورعلى -> دير الزور + على."""
        u = units[j]
        head = key[: len(key) - len(u.norm)]
        for prefix in sorted(self.index.prefixes(FOLDED, key), key=len, reverse=True):
            used = len(prefix) - len(head)
            if used < 2 or used >= len(u.norm) - 1 or not prefix.startswith(head) or not self._a_word(u.norm[used:]):
                continue
            cut = next((k for k in range(1, len(u.text) + 1) if len(fold(u.text[:k])) >= used), len(u.text))
            end = u.start + cut
            hits = self._hits(text, units, i, j, prefix, start, end, title_case, shift)
            if hits:
                return Span(start, end, i, j, hits, prefix)
        return None

    def _a_word(self, rest: str) -> bool:
        """Whether what a glued name leaves of a hashtag part is a word (على of #دير_الزورعلى): a name is never
        a piece of a longer word (#BlackLivesMatter is no Bla + ck, #ام_الشهيد no الش + هيد, Elche), nor of an
        inflected one (#…_slaughtered is no Slaughter, an old name of Auburn, + ed)."""
        return (self._key(rest).common or self.index.zipf(rest) >= GLUED_WORD_ZIPF) and len(rest) >= 3

    def _hits(self, text: str, units: list[Unit], i: int, j: int, key: str, start: int, end: int,
              title_case: list[bool], shift: int) -> dict[int, tuple[float, str]]:
        first = units[i]
        info = self._key(key)
        loose = (first.arabic or first.hashtag or first.capital) and not (
            first.arabic and j > i and self._key(first.norm).common)
        entries = _entries(info, loose)
        if not entries:
            return {}  # most spans: nothing to gate or rank
        return self._gate(text, units, i, j, key, start, end, title_case, shift, entries, info)

    def _site(self, text: str, units: list[Unit], i: int, j: int, key: str, start: int, end: int,
              title_case: list[bool], shift: int, info: KeyInfo, possessive: bool = False,
              sports_name: bool = False) -> Site | None:
        """What the gates know of the span units[i..j] (text[start:end]), or None when it is never a name;
        sports_name: the key is a name some club goes by in sports news."""
        first = units[i]
        arabic, hashtag = first.arabic, first.hashtag
        if not arabic and j > i and units[j].norm in ARTICLE_WORDS:
            return None  # "Near Al" is never a name: the article belongs to the next word
        surface = text[start:end]
        capitalized = not arabic and any(units[k].capital for k in range(i, j + 1)) and all(
            units[k].capital or units[k].norm in PARTICLE_WORDS for k in range(i, j + 1))
        tag_evidence = hashtag and _whole_hashtag(units, i, j)
        if arabic:
            evidence = tag_evidence or (i > 0 and units[i - 1].norm in EVIDENCE_BEFORE)
        else:
            evidence = tag_evidence or (capitalized and not hashtag and not first.sentence_start and not title_case[i]
                                        or _in_dateline(text, start, end))
        sports = sports_name and _sports_near(units, i, j)
        given_name = j == i and not arabic and self.index.is_given_name(key)
        english = j == i and not arabic and self.index.is_english_word(key)
        exact_method = self.lexicon.exact_method
        return Site(key, arabic, hashtag, capitalized, surface.isupper(), evidence or sports, sports,
                    not shift and i > 0 and (units[i - 1].norm in PATRONYMS or self._after_title(units, i)),
                    i > 0 and _reads_as(units[i - 1], ORGANIZATION_BEFORE),
                    i > 0 and _reads_as(units[i - 1], MEDIA_BEFORE),
                    shift, j == i, info.common, info.zipf, info.other_form_zipf, possessive,
                    self._final_vowel_variants(key) if arabic and j == i else frozenset(),
                    self._article_forms(key) if arabic and j == i else frozenset(),
                    lambda n: exact_method(n, surface) == "exact",
                    j == i and info.family, j == i and key in TITLES,
                    english and surface.islower(), english and capitalized, given_name,
                    j == i and not arabic and self.index.is_surname(key),
                    not arabic and (i > 0 and units[i - 1].norm in PLACE_BEFORE or _in_dateline(text, start, end)),
                    j == i and self._after_given_name(units, i),
                    given_name and not possessive and self._before_family_name(units, i),
                    j > i and key.partition(" ")[0] in TITLES,
                    lambda n: self._alef_moved(n, key) if arabic else False)

    def _gate(self, text: str, units: list[Unit], i: int, j: int, key: str, start: int, end: int,
              title_case: list[bool], shift: int, entries: list[tuple[str, tuple[int, int]]],
              info: KeyInfo, possessive: bool = False) -> dict[int, tuple[float, str]]:
        """The entities this span may name (gates.py decides), with their scores and match methods."""
        sports_name = any(flags & SPORTS for _, (_, flags) in entries)
        site = self._site(text, units, i, j, key, start, end, title_case, shift, info, possessive, sports_name)
        if site is None:
            return {}
        surface = text[start:end]
        hits: dict[int, tuple[float, str]] = {}
        for tag, (n, flags) in entries:
            profile = self.index.profile(n)
            if not self._passes(site, Hit(n, tag, flags, profile), surface):
                continue
            method = self.lexicon.exact_method(n, surface) if tag == FOLDED else "variant"
            raw = score(strength(method, bool(flags & PRIMARY)), profile)
            if raw > hits.get(n, (0.0, ""))[0]:
                hits[n] = (raw, method)
        return hits

    def _passes(self, site: Site, hit: Hit, surface: str) -> bool:
        """Whether no enabled gate drops the candidate; with explain, the gate that did is noted."""
        dropped_by = first_drop(site, hit, self.gates)
        if dropped_by is not None and self.dropped is not None:
            self.dropped.append((surface, self.lexicon.record(hit.n)["id"], dropped_by.__name__))
        return dropped_by is None

    # -- cross-script spans (crosslink.py) -----------------------------------
    def _cross_span(self, text: str, units: list[Unit], i: int, title_case: list[bool],
                    requests: list[CrossRequest]) -> Span | None:
        """The longest span from units[i] that names an entity listed in the other script only, verified by
        the transliteration model: Latin-only watchlists in Arabic text, Arabic-only gazetteers in English."""
        best: Span | None = None
        for key, shift, j, cands in requests:
            span = self._verify_cross(text, units, i, j, key, shift, title_case, cands)
            # a reading without the proclitic wins a tie: وبشار الأسد is و + بشار الأسد
            if span is not None and (best is None or span.end >= best.end):
                best = span
        return best

    def _cross_plan(self, units: list[Unit]) -> dict[int, list[CrossRequest]]:
        """Each unit's cross-script requests (unit index -> requests; most units have none)."""
        plan = {}
        for i in range(len(units)):
            requests = self._cross_requests(units, i)
            if requests:
                plan[i] = requests
        return plan

    def _ask_cross(self, texts: list[tuple[str, list[Unit], dict[int, list[CrossRequest]]]]) -> None:
        """The model's answers to the texts' cross-script requests not asked before, in one batch
        (resolver.cross_script_similarities_many): asked span by span, the numpy overhead of each call was
        most of link's time with a large watchlist. Units that a name found by the other routes covers are
        asked too (few, and which ones is known only as the spans are found)."""
        asked: dict[str, tuple[str, list[int]]] = {}
        for text, units, plan in texts:
            for i, requests in plan.items():
                for r in requests:
                    surface = text[units[i].start + r.shift:units[r.j].end]
                    key = _asked(surface, r.cands)
                    if key not in self._cross_sims:
                        asked[key] = (surface, r.cands)
        if not asked:
            return
        from .resolver import cross_script_similarities_many  # the model loads only when a route needs it

        batch: list[str] = []
        size = 0
        for n, key in enumerate(asked, 1):
            batch.append(key)
            size += len(asked[key][1])
            if size >= CROSS_BATCH or n == len(asked):  # a long text or large batch asks in parts
                sims = cross_script_similarities_many(self.lexicon, [asked[k] for k in batch])
                for k, found in zip(batch, sims, strict=True):
                    remember(self._cross_sims, k, tuple(found), KEY_CACHE_SIZE)
                batch, size = [], 0

    def _cross_requests(self, units: list[Unit], i: int) -> list[CrossRequest]:
        """What the model is asked about spans from units[i]: per clitic reading of the first word, the longest
        span whose words each match the word of some entity's name at the same place (crosslink.py keys),
        with those entities. Depends on the words alone, so a text's requests are scored together."""
        first = units[i]
        if first.hashtag:
            return []
        readings = self._readings.get(first.text)
        if readings is None:
            readings = remember(self._readings, first.text, self._cross_readings(first), KEY_CACHE_SIZE)
        if not readings:
            return []
        tag = text_tag(first.arabic)
        counts = self._cross_counts[tag]  # the word counts of the names keyed, most first
        norms, ends = [first.norm], [i]  # the text words a name's words are matched against, and their units
        for k in range(i + 1, min(len(units), i + 2 * counts[0])):
            u = units[k]
            if (u.group != first.group or u.arabic != first.arabic or len(norms) == counts[0]
                    or self._function_word(u.norm)):
                break
            if not u.arabic and u.norm in ARTICLE_WORDS:
                continue  # al-Kawakibi: Arabic glues the article to its word, the name keys leave it out
            if not (u.arabic or u.capital):
                break
            norms.append(u.norm)
            ends.append(k)
        requests = []
        keys = [(), *map(self._word_skeletons, norms[1:])]  # each word's cross-script keys (the first's per reading)
        for norm, shift in readings:
            keys[0] = self._word_skeletons(norm)
            for m in counts:  # the longest span that names something
                if m > len(norms):
                    continue
                cands = self._cross_candidates(tag, m, [norm, *norms[1:m]], keys[:m])
                if cands:
                    requests.append(CrossRequest(" ".join([norm, *norms[1:m]]), shift, ends[m - 1], sorted(cands)))
                    break
        return requests

    def _cross_candidates(self, tag: str, m: int, norms: list[str], keys: list[tuple[str, ...]]) -> set[int]:
        """The entities with a name of m words that these m text words may spell: each word shares a key
        with the name's word at its place (an edit away at most) and all but one have its skeleton exactly,
        or the name has LONG_NAME_CLASSES or more (crosslink.py). Prevents candidates by the hundred: with
        an edit allowed in every word, nearly every pair of Arabic words shared keys with some name of a
        10k-name Latin watchlist (ANERcorp dev: 104,770 pairs asked of the model, 5 links; link 8x slower
        than without cross-script keys; 9,294 pairs with this rule), while on the dev watchlist it cost 27
        of 2,124 right links (an edit in both words of a name of 5-7 classes). keys: each word's
        crosslink.word_skeletons."""
        long = sum(len(k[0]) for k in keys) >= LONG_NAME_CLASSES - m
        if not self._cross_starts[tag].may_start(keys, long):
            return set()
        if self._ordinary_phrase(norms):
            exact = [self._cross_place(tag, k, m, norm).exact for k, norm in enumerate(norms)]
            return set(exact[0].intersection(*exact[1:]))
        return self._matching(tag, m, norms)

    def _ordinary_phrase(self, norms: list[str]) -> bool:
        """Whether every word of a span is a frequent ordinary word (ORDINARY_PHRASE_ZIPF): such a span is a
        cross-script candidate only of names it spells exactly, consonant for consonant, never an edit away.
        Prevents phrases matched by an edit (حملة عسكرية -> Hamel Askia): with a 10k-name Latin watchlist on
        ANERcorp dev, 3,380 of the 6,917 spans asked of the model (and 1 of its 9 links); the dev watchlist's
        2,326 right links unchanged (1 of its asked spans' right links was at stake; at Zipf 3.5, 4,433 spans
        and 6 links gone, 7 right links at stake)."""
        return all(self._zipf(norm) >= ORDINARY_PHRASE_ZIPF for norm in norms)

    def _zipf(self, norm: str) -> float:
        """index.zipf, cached."""
        found = self._zipfs.get(norm)
        if found is None:
            found = remember(self._zipfs, norm, self.index.zipf(norm), KEY_CACHE_SIZE)
        return found

    def _matching(self, tag: str, m: int, norms: list[str]) -> set[int]:
        """_cross_candidates by the key sets of each word's place."""
        places = [self._cross_place(tag, k, m, norm) for k, norm in enumerate(norms)]
        inexact = [k for k, p in enumerate(places) if not p.exact]
        found: set[int] = set()
        if len(inexact) <= 1:
            for k in inexact or range(m):
                sets = places[k].near
                others = [places[j].exact for j in range(m) if j != k]
                if others:  # the few entities exact at the other words that share a key at this one
                    common = others[0].intersection(*others[1:])
                    sets = tuple(common & e for e in sets)
                found.update(n for n in set().union(*sets) if self._one_edit(n, m, k, places[k].skeleton))
        # a long name's words each an edit away: the text's words lack at most one class each
        if sum(len(p.skeleton) for p in places) >= LONG_NAME_CLASSES - m:
            # the entities under a key of every word: pairwise intersections, since the unions are large
            long = list(places[0].long)
            for p in places[1:]:
                if long:
                    long = [both for a in long for b in p.long if (both := a & b)]
            found.update(*long)
        return found

    def _cross_place(self, tag: str, pos: int, count: int, norm: str) -> CrossPlace:
        """A text word's key sets at word pos of names of count words (cached per word and place: most words
        of a text recur; the sets are those of the key cache, shared). Only keys the index has are kept in
        the key cache, so the misses do not crowd it out."""
        key = place_key(tag, pos, count, norm)
        found = self._cross_words.get(key)
        if found is None:
            skeletons = self._word_skeletons(norm)
            keys = [self._cross_key(place_key(tag, pos, count, k)) for k in skeletons] if (
                skeletons[0] and (tag, pos, count) in self._cross_places) else []
            # most words share no key with a name there: one shared empty place (its skeleton is never read,
            # as it has no entities), not one more object for the garbage collector to walk
            found = _NO_PLACE if not any(keys) else CrossPlace(
                skeletons[0], keys[0].exact if keys[0] else _NO_ENTITIES, tuple(k.near for k in keys if k),
                tuple(k.long for k in keys if k and k.long))
            remember(self._cross_words, key, found, KEY_CACHE_SIZE)
        return found

    def _one_edit(self, n: int, m: int, k: int, skeleton: str) -> bool:
        """Whether a name of m words of entity n has at word k a skeleton one edit from this one
        (crosslink.one_edit)."""
        return any(len(words) == m and one_edit(skeleton, words[k], sum(map(len, words)))
                   for words in self._name_skeletons(n))

    def _name_skeletons(self, n: int) -> tuple[tuple[str, ...], ...]:
        """crosslink.name_skeletons of each name of an entity, cached."""
        found = self._entity_skeletons.get(n)
        if found is None:
            names = tuple(tuple(name_skeletons(name)) for name, _ in entity_names(self.lexicon.record(n)))
            found = remember(self._entity_skeletons, n, names, KEY_CACHE_SIZE)
        return found

    def _word_skeletons(self, norm: str) -> tuple[str, ...]:
        """crosslink.word_skeletons, cached."""
        skeletons = self._skeletons.get(norm)
        if skeletons is None:
            skeletons = remember(self._skeletons, norm, tuple(word_skeletons(norm)) or ("",), KEY_CACHE_SIZE)
        return skeletons

    def _cross_readings(self, first: Unit) -> tuple[tuple[str, int], ...]:
        """The readings (folded word, clitic characters left out) of a word that may start a cross-script
        span: those with a consonant skeleton (_cross_candidates says which spans match); none for a function
        word or a Latin word in lower case. Depends on the word alone (kept per word: most words of a text recur)."""
        tag = text_tag(first.arabic)
        if tag not in self._cross_tags or not (first.arabic or first.capital) or self._function_word(first.norm):
            return ()
        return tuple((norm, shift) for norm, shift in [(first.norm, 0), *first.alts] if self._word_skeletons(norm)[0])

    def _function_word(self, norm: str) -> bool:
        """index.is_function_word, cached: asked of every word a cross-script span might hold."""
        found = self._functions.get(norm)
        if found is None:
            found = remember(self._functions, norm, self.index.is_function_word(norm), KEY_CACHE_SIZE)
        return found

    def _cross_key(self, key: str) -> CrossKey | None:
        """The entities under one cross-script index key, unpacked once: a short skeleton's deletion keys
        (RN, QN) are shared by many text words and hold hundreds of names. Keys the index lacks are not kept."""
        found = self._cross_keys.get(key)
        if found is None:
            entries = self.index.cross(key)
            if not entries:
                return None
            found = remember(self._cross_keys, key, CrossKey(frozenset(n for n, _ in entries),
                                                             frozenset(n for n, f in entries if f & EXACT),
                                                             frozenset(n for n, f in entries if f & LONG)),
                             KEY_CACHE_SIZE)
        return found

    def _verify_cross(self, text: str, units: list[Unit], i: int, j: int, key: str, shift: int,
                      title_case: list[bool], cands: list[int]) -> Span | None:
        """The span, when the model finds it a spelling of some candidate's name (CROSS_SCRIPT_MIN) and the
        gates let the candidate link; key is its folded words as matched (the first without its clitic)."""
        start, end = units[i].start + shift, units[j].end
        surface = text[start:end]
        asked = _asked(surface, cands)
        sims = self._cross_sims.get(asked)
        if sims is None:
            from .resolver import cross_script_similarities  # the model loads only when a route needs it

            sims = remember(self._cross_sims, asked, tuple(cross_script_similarities(self.lexicon, surface, cands)),
                            KEY_CACHE_SIZE)
        if max(sims) < CROSS_SCRIPT_MIN:
            return None  # most spans: no gate need be asked
        # a one-word span's frequency as an ordinary word, which the gates weigh, with or without entries
        info = self._key(key)._replace(zipf=self._zipf(key)) if " " not in key else _NOTHING
        site = self._site(text, units, i, j, key, start, end, title_case, shift, info)
        if site is None:
            return None
        hits: dict[int, tuple[float, str]] = {}
        for n, sim in zip(cands, sims, strict=True):
            profile = self.index.profile(n)
            if sim >= CROSS_SCRIPT_MIN and self._passes(site, Hit(n, CROSS, 0, profile), surface):
                hits[n] = (score(strength("cross-script") * sim, profile), "cross-script")
        return Span(start, end, i, j, hits, key) if hits else None

    def _article_forms(self, key: str) -> frozenset[int]:
        """Entities listing the word with the article before it (اقصر: الأقصر), for gates.article_dropped."""
        if key.startswith("ال"):
            return frozenset()
        return frozenset(n for n, _ in self._key("ال" + key).folded)

    def _final_vowel_variants(self, key: str) -> frozenset[int]:
        """Entities listing the key with its last letter ه and ا swapped (تركيه -> تركيا): loose keys merge
        the two, and a word that differs from a name only there is a nisba adjective (تركية 'Turkish') or
        an adverb (حديثا 'recently'), no spelling of the name; except a country's name spelled with ta marbuta
        (_country_ta_marbuta)."""
        if key[-1:] not in ("ه", "ا"):
            return frozenset()
        swapped = key[:-1] + ("ا" if key[-1] == "ه" else "ه")
        found = (n for n, _ in (self._keys.get(swapped) or self._key(swapped)).folded)
        if _country_ta_marbuta(key):
            return frozenset(n for n in found if self.index.profile(n).kind != "country")
        return frozenset(found)

    def _with_family_names(self, text: str, units: list[Unit], spans: list[Span]) -> list[Span]:
        """The spans and a person's family name alone (الأسد, Assad) where the person was named in full
        earlier in the text, or right after a title (الرئيس الأسد) when one person has that family name."""
        if not self._families:
            return spans
        people: dict[str, int] = {}  # family name (folded) -> the person named in full before
        out: list[Span] = []
        k = 0
        for span in [*spans, None]:
            stop = span.i if span is not None else len(units)
            while k < stop:
                found = self._may_be_family_name(units[k], people) and self._family_name(text, units, k, people)
                if found:
                    out.append(found)
                k += 1
            if span is None:
                break
            out.append(span)
            best = self._best(span)
            family = span.alias.rpartition(" ")[2]
            if " " in span.alias and self.index.profile(best).kind == "person" and self._may_stand_alone(family):
                people[family] = best
            k = span.j + 1
        return out

    def _may_be_family_name(self, unit: Unit, people: dict[str, int]) -> bool:
        """A necessary test before _family_name: a reading of the word is the family name of a person named in
        the text, or of one person in the lexicon (asked once per spelling: most words are neither)."""
        if unit.hashtag or not (unit.arabic or unit.capital):
            return False  # no hashtag part, no lower-case Latin word
        if people and (unit.norm in people or any(alt in people for alt, _ in unit.alts)):
            return True
        owned = self._owned.get(unit.text)
        if owned is None:
            owned = remember(self._owned, unit.text, any(self._sole_owner(norm) is not None
                                                         for norm in (unit.norm, *(a for a, _ in unit.alts))),
                             KEY_CACHE_SIZE)
        return owned

    def _family_name(self, text: str, units: list[Unit], k: int, people: dict[str, int]) -> Span | None:
        """A span for units[k] if it is the family name of a person named before, or of one person after a title
        or when distinctive (_distinctive); never after another given name (Ivanka Trump: gates.other_given_name).
        Asked only of words _may_be_family_name lets through (Arabic or capitalized, no hashtag part)."""
        u = units[k]
        if self._after_given_name(units, k):
            return None
        titled = k > 0 and units[k - 1].norm in TITLES and units[k - 1].group == u.group
        for norm, shift in [(u.norm, 0), *u.alts]:
            n = people.get(norm)
            if n is None and (titled or u.arabic):
                n = self._sole_owner(norm)
                if n is not None and not ((titled or self._distinctive(norm)) and self._may_stand_alone(norm)
                                          and not self._demonym(norm)):
                    n = None
            if n is not None:
                raw = score(strength("family-name"), self.index.profile(n))
                return Span(u.start + shift, u.end, k, k, {n: (raw, "family-name")}, norm)
        return None

    def _sole_owner(self, family: str) -> int | None:
        """The one person whose family name the word is, or None (cached: asked of most words of a text)."""
        if family in self._owners:
            return self._owners[family]
        owners = self.index.family(family)
        return remember(self._owners, family, owners[0] if len(owners) == 1 else None, KEY_CACHE_SIZE)

    def _distinctive(self, family: str) -> bool:
        """Whether an Arabic family name may name the one person it is the family name of with no title before it
        and no full name earlier in the text (a record of one sentence has none): a word rarer than
        DISTINCTIVE_FAMILY_ZIPF that is no name of a place or organization (مهاجراني, الدليمي, لوركا). ANERcorp
        dev PERS P .972 -> .969, R .400 -> .412; below Zipf 3.5, R .427 but P .959, as surnames many people
        share (فرنانديز, هاملتون) link whoever the lexicon holds."""
        return self.index.zipf(family) < DISTINCTIVE_FAMILY_ZIPF and not self._key(family).folded

    def _may_stand_alone(self, family: str) -> bool:
        """Whether the last word of a person's name may name them alone: no article, and no word as frequent as
        the commonest (FAMILY_NAME_MAX_ZIPF): after عبد الله الثاني a later الثاني 'second', after نبيل العربي a
        later العربي 'Arab', after ناوتو كان a later كان 'was' name nobody; الأسد and مبارك still do."""
        return family not in ARTICLE_WORDS and self.index.zipf(family) < FAMILY_NAME_MAX_ZIPF

    def _demonym(self, word: str) -> bool:
        """Whether an Arabic word is a country's adjective (السوداني of السودان, السوري of سوريا): after a title
        it says whose the title is (الرئيس السوداني 'the Sudanese president'), not a family name. ANERcorp dev:
        السوداني linked al-Sudani 6 times."""
        if not word.endswith("ي") or len(word) < 5:
            return False
        stem = word[:-1]
        bare = stem[2:] if stem.startswith("ال") else stem
        return any(self.index.profile(n).kind == "country"
                   for key in {stem, bare, bare + "ا", "ال" + bare} for n, _ in self._key(key).folded)

    def _alef_moved(self, n: int, key: str) -> bool:
        """Whether entity n's Arabic names that share the key's foreign-spelling key all write their inner alefs
        elsewhere than the key does (gates.moved_alef); False when either writes none."""
        mine = alef_places(key)
        if not mine:
            return False
        foreign = foreign_key(key)
        theirs = [alef_places(f) for f in (fold(name) for name, _ in entity_names(self.lexicon.record(n)))
                  if foreign_key(f) == foreign]
        return bool(theirs) and all(places and mine.isdisjoint(places) for places in theirs)

    def _after_given_name(self, units: list[Unit], i: int) -> bool:
        """Whether a Latin word stands right after a capitalized common given name (lexicons/given-names.txt) in
        the same phrase: Kevin Putin, whose family name is that of another person."""
        prev = units[i - 1] if i > 0 else None
        return (prev is not None and not units[i].arabic and prev.capital and prev.group == units[i].group
                and prev.norm not in TITLES and self.index.is_given_name(prev.norm))

    def _before_family_name(self, units: list[Unit], i: int) -> bool:
        """Whether a capitalized Latin word (a given name: gates.first_name) stands right before another capitalized
        word of its phrase, no place noun (PLACE_NOUNS) nor particle: Victoria Beckham, Jordan Henderson."""
        u = units[i]
        after = units[i + 1] if i + 1 < len(units) else None
        return (after is not None and u.poss is None and u.capital and after.capital and after.group == u.group
                and after.norm not in PLACE_NOUNS and after.norm not in PARTICLE_WORDS)

    def _after_title(self, units: list[Unit], i: int) -> bool:
        """Whether units[i] is a person's name after a title, at most one name word between (President Recep
        Tayyip Erdogan); in Latin text that word is capitalized, and it is never one of the ~300 commonest words
        (FUNCTION_WORD_ZIPF): النائب عن البصرة is the MP for Basra, الوزير في حلب the minister in Aleppo."""
        for k in (i - 1, i - 2):
            if k < 0 or units[k].group != units[i].group:
                return False
            if units[k].norm in TITLES:
                return True
            if not (units[k].arabic or units[k].capital) or self._zipf(units[k].norm) >= FUNCTION_WORD_ZIPF:
                return False
        return False

    # -- ranking --------------------------------------------------------------
    def _best(self, span: Span) -> int:
        """The entity a span's ranking puts first before context: the best score, a user's entity on a tie
        (ranker.user_first), else the lower number."""
        scored = user_first([(n, raw, method) for n, (raw, method) in span.hits.items()], self.index.profile)
        return min(scored, key=lambda t: (-t[1], t[0]))[0]

    def _rank(self, text: str, spans: list[Span]) -> list[tuple[Span, list[Candidate]]]:
        """Best candidate first. A country named right after a place ("Tripoli, Lebanon") tips it that way;
        one named elsewhere in the text only breaks near ties (the U.S. in a story does not make Paris Texan)."""
        profile = self.index.profile
        countries: list[str | None] = []  # the country each span names for sure: its one entity, or a country
        for span in spans:
            best = profile(self._best(span))
            countries.append(best.country if len(span.hits) == 1 or best.kind == "country" else None)
        named = set(countries) - {None}
        out = []
        candidate = self.lexicon.candidate
        for k, span in enumerate(spans):
            if len(span.hits) == 1:  # most spans: nothing to rank
                [(n, (raw, method))] = span.hits.items()
                out.append((span, [candidate(n, method, min(1.0, raw), span.alias)]))
                continue
            after = countries[k + 1] if k + 1 < len(spans) and _QUALIFIES.fullmatch(
                text, span.end, spans[k + 1].start) else None
            scored = []
            for n, (raw, method) in span.hits.items():
                scored.append((n, min(1.0, raw + country_bonus(profile(n), after, named)), method))
            scored = sorted(user_first(scored, profile), key=lambda t: (-t[1], t[0]))
            out.append((span, [candidate(n, method, min(1.0, p), span.alias) for n, p, method in scored[:5]]))
        return out


def _asked(surface: str, cands: list[int]) -> str:
    """The key of the model's answer for a cross-script span and its candidates (Linker._cross_sims)."""
    return surface + "\0" + ",".join(map(str, cands))


def _entries(info: KeyInfo, loose: bool) -> list[tuple[str, tuple[int, int]]]:
    """A key's folded entries, or when it has none and loose keys are allowed, its loose ones, else its
    foreign-spelling ones (an Arabic spelling of a foreign name the lexicon lacks)."""
    if info.folded:
        return [(FOLDED, e) for e in info.folded]
    if loose and info.loose:
        return [(LOOSE, e) for e in info.loose]
    return [(FOREIGN, e) for e in info.foreign]


def _country_ta_marbuta(key: str) -> bool:
    """Whether a word ending in ه (a folded ta marbuta) after a letter other than ي may spell a country's name
    ending in ا: هولندة and بولندة are older spellings of هولندا and بولندا, while ية ends a nisba adjective
    (تركية 'Turkish'). Countries only: for towns the swap is an ordinary word (إدانة 'condemnation' is no
    Adana, أبهة no Abha; ANERcorp dev, all entities: 2 places found, 8 wrong links). Countries: 2 found, none wrong."""
    return key.endswith("ه") and key[-2:-1] != "ي"


def _in_dateline(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the place of a news dateline (units.DATELINE). A place a common word also names
    (Washington, Paris, London) needs a capital that is no sentence's first, which a dateline never has."""
    found = DATELINE.match(text, text.rfind("\n", 0, start) + 1)
    return found is not None and found.start(1) <= start and end <= found.end(1)


def _reads_as(unit: Unit, words: frozenset[str]) -> bool:
    """Whether a word, or one of its clitic readings (لوكالة = ل + وكالة), is one of words."""
    return unit.norm in words or any(alt in words for alt, _ in unit.alts)


def _sports_near(units: list[Unit], i: int, j: int) -> bool:
    """Whether a sports word stands within SPORTS_WINDOW words of units[i..j]."""
    return any(_reads_as(units[k], SPORTS_WORDS)
               for k in range(max(0, i - SPORTS_WINDOW), min(len(units), j + SPORTS_WINDOW + 1)) if not i <= k <= j)


def _whole_hashtag(units: list[Unit], i: int, j: int) -> bool:
    """Whether units[i..j] are all the parts of their hashtag: a tag is evidence of the name it spells whole
    (#البوكمال, #DeirEzzor), not of each word of a phrase (#GameOfThrones: Of is no Of, Turkey; the capitals of
    CamelCase split words and say nothing of names)."""
    return ((i == 0 or units[i - 1].group != units[i].group)
            and (j + 1 == len(units) or units[j + 1].group != units[j].group))


def _other_article_form(word: str) -> str:
    """An Arabic word with the article removed, or added: الحارس -> حارس, حارس -> الحارس."""
    return word[2:] if word.startswith("ال") and len(word) > 3 else "ال" + word


def _loose_prefix(key: str) -> str:
    """The loose key a longer span starting with key would begin with ('dayr az' -> 'dayral')."""
    head, _, last = key.rpartition(" ")
    if head and last in ARTICLE_WORDS:
        return loose_key(head) + "al"
    return loose_key(key)


def _headline(caps: list[bool]) -> bool:
    """Enough words, most of them capitalized: Title Case."""
    return len(caps) >= MIN_TITLE_WORDS and sum(caps) >= TITLE_SHARE * len(caps)
