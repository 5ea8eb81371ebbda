"""The words the linker matches, straight from cleaned text: one Unit per word, hashtag parts included.

Consecutive units share a group when only a space, a hyphen, the full stop of an abbreviation or a plural
possessive's apostrophe (Workers' Party) separates them (a name never crosses other punctuation or a line
break). Most of news text is runs of plain words (letters of one script) between single spaces: one pattern
finds a whole run and its words become units without a token each; every other stretch goes through the
tokenizer (tokenize.scan) and the same rule per token. Tokens themselves are made only when a Document's are
read.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import regex

from .caches import remember
from .chars import is_arabic
from .fold import fold
from .tokenize import CLOSING_MARK, NOT_SPACE, PLAIN_WORD, Token, hashtag_parts, scan, tokenize

# words written with a full stop that ends no sentence and belongs to the next word's phrase: St. Louis, Mr. Assad,
# Gen. Petraeus (the stop had split the phrase and made the name a sentence's first word, no evidence of a name)
ABBREVIATIONS = frozenset("mr mrs ms dr st mt ft gen col lt sgt capt maj sen rep gov prof rev".split())
# a news dateline opening a line: a place in capitals, maybe a date after a comma, maybe the agency in brackets,
# then a dash: WASHINGTON (Reuters) -, PARIS, Dec 3 (AFP) —, BEIRUT, Lebanon -
DATELINE = regex.compile(r"^[ \t]*(\p{Lu}[\p{Lu}\p{M}.' -]*?)[ \t]*(?:,[^\n()]{1,40}?)?[ \t]*(?:\([^\n()]{1,40}\))?"
                         r"[ \t]*[-–—][ \t]+", regex.MULTILINE)
WORD_CACHE_SIZE = 100_000  # spellings whose word data is kept (a full cache is cleared)
_CONJ = "وف"
_PREP = "بلك"
_SENTENCE_END = frozenset(".!?:;\"'()[]«»؟؛،")
_LATIN_WORD = regex.compile(r"\p{Latin}")
_CROSS_HYPHEN = frozenset("-_")
_APOSTROPHES = frozenset("'\u2019")
_JOINS = ("word", "number", "hyphen")
# a run of plain words between single spaces, maybe a closing mark after the last, then a space or the end; or
# any other stretch of non-space (what tokenize's chunks are, the run's words being chunks of one word each)
_PIECES = re.compile(rf"((?:{PLAIN_WORD})(?: (?:{PLAIN_WORD}))*)({CLOSING_MARK}?)(?!{NOT_SPACE})|{NOT_SPACE}+")


class Unit(NamedTuple):
    """A word the matcher can start or extend a span with (positions in the cleaned text).

    The fields after poss depend on the spelling alone (_word_data), those before on where the word stands.
    """

    start: int
    end: int
    group: int
    sentence_start: bool
    hashtag: bool
    poss: tuple[str, int] | None            # possessive-stripped: (norm, new end)
    text: str
    norm: str
    arabic: bool
    capital: bool
    alts: tuple[tuple[str, int], ...]       # proclitic-stripped forms: (norm, chars dropped)
    long_latin: bool                        # a Latin word of more than 3 letters (for _title_case)


_WORDS: dict[str, tuple[str, str, bool, bool, tuple[tuple[str, int], ...], bool]] = {}


def _word_data(text: str) -> tuple[str, str, bool, bool, tuple[tuple[str, int], ...], bool]:
    """A spelling's Unit fields from text on (computed once per spelling: words recur)."""
    data = _WORDS.get(text)
    if data is None:
        arabic = is_arabic(text)
        alts = tuple((fold(a), n) for a, n in clitic_readings(text)) if arabic else ()
        data = remember(_WORDS, text, (text, fold(text), arabic, text[:1].isupper(), alts, len(text) > 3
                                       and _LATIN_WORD.match(text) is not None and "." not in text),  # not U.S.
                        WORD_CACHE_SIZE)
    return data


def clitic_readings(text: str) -> list[tuple[str, int]]:
    """Arabic clitic readings of a word, longest stripped last: وبالبوكمال -> بالبوكمال, البوكمال."""
    alts: list[tuple[str, int]] = []
    i = 0
    if len(text) > 2 and text[0] in _CONJ:
        i = 1
        alts.append((text[1:], 1))
    rest = text[i:]
    if len(rest) > 3 and rest[0] in _PREP and not _bare_kaf(rest):
        if rest.startswith("لل") and len(rest) > 4:
            alts.append(("ال" + rest[2:], i + 1))  # للبوكمال = لـ + البوكمال: the second lam is the article's
        else:
            alts.append((rest[1:], i + 1))
    return [(a, n) for a, n in alts if len(a) >= 2]  # وتل (أبيب): a two-letter stem may begin a longer name


def _bare_kaf(word: str) -> bool:
    """ك 'as, like' stands before a name with its article (كالعراق) but rarely before a bare one, while many
    words and names begin with ك: كلاوس (Klaus) is no ك + Laos, كريمة (Karima) no ك + Rima, كبرى 'major' no
    ك + Bura. ANERcorp dev: places read through a bare ك were 8 wrong links and no right one."""
    return word[0] == "ك" and not word.startswith("كال")


def dateline_ends(text: str) -> set[int]:
    """Where the stories after datelines start: their first word starts a sentence ("(Reuters) - Police said"
    is no capitalized Police mid-sentence)."""
    return {m.end() for m in DATELINE.finditer(text)} if "-" in text or "—" in text or "–" in text else set()


class _Builder:
    """The units of one text, token by token (token), or a run of plain words at once (run)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.units: list[Unit] = []
        self.group = 0
        self.prev_end = -1
        self.prev_kind = ""
        self.sentence_start = True
        self.stories = dateline_ends(text)

    def token(self, kind: str, start: int, end: int, tok_text: str) -> None:
        """The rule, for one token of tokenize's."""
        units = self.units
        gap = self.text[self.prev_end:start] if self.prev_end >= 0 else ""
        if "\n" in gap or self.stories and start in self.stories:
            self.sentence_start = True  # a line's first word, or a story's after its dateline
        joined = self.prev_end >= 0 and (gap == " " or gap == "") and self.prev_kind in _JOINS
        if kind == "punct" and gap == "" and self.prev_kind == "word" and (
                tok_text in _CROSS_HYPHEN or tok_text == "." and units[-1].norm in ABBREVIATIONS
                or self._plural_possessive(tok_text, end)):
            self.prev_end, self.prev_kind = end, "hyphen"  # al-Assad, St. Louis, Mr. Assad: one phrase
            return
        if kind == "word" or kind == "number":
            if not joined:
                self.group += 1
            data = _word_data(tok_text)
            poss = (fold(tok_text[:-2]), end - 2) if (not data[2] and tok_text.endswith(("'s", "'S"))
                                                      and len(tok_text) > 3) else None
            units.append(tuple.__new__(Unit, (start, end, self.group, self.sentence_start, False, poss, *data)))
            self.sentence_start = False
        else:
            self.group += 1
            if kind == "hashtag":
                self.group += 1
                for s, e, part in hashtag_parts(tok_text, start):
                    data = _word_data(part)
                    units.append(tuple.__new__(Unit, (s, e, self.group, False, True, None, *data)))
                self.group += 1
                self.sentence_start = False
            elif kind == "punct" and tok_text in _SENTENCE_END:
                self.sentence_start = self.sentence_start or tok_text in ".!?:؟؛،"  # a Latin word after ، too
        self.prev_end, self.prev_kind = end, kind

    def _plural_possessive(self, tok_text: str, end: int) -> bool:
        """Whether an apostrophe after a word in s, before a space, is a plural possessive inside a phrase: the
        Kurdistan Workers' Party is one name (the apostrophe had ended the phrase, so the name never matched)."""
        return tok_text in _APOSTROPHES and self.units[-1].text[-1:] in ("s", "S") and self.text[end:end + 1] == " "

    def run(self, start: int, run: str) -> None:
        """A run of plain words between single spaces: the first word by the rule, the others join its group,
        none starts a sentence and none has a possessive (plain letters only)."""
        words = run.split(" ")
        first = words[0]
        self.token("word", start, start + len(first), first)
        units, group = self.units, self.group
        pos = start + len(first) + 1
        new = tuple.__new__
        for word in words[1:]:  # most words of a text: _word_data's cache asked inline
            end = pos + len(word)
            units.append(new(Unit, (pos, end, group, False, False, None) + (_WORDS.get(word) or _word_data(word))))
            pos = end + 1
        self.prev_end = start + len(run)


def build_units(text: str) -> list[Unit]:
    """The units of cleaned text, in order."""
    b = _Builder(text)
    for piece in _PIECES.finditer(text):
        run = piece.group(1)
        if run is None:
            tokens: list[Token] = []
            scan(text, piece.start(), piece.end(), tokens)
            for token in tokens:
                b.token(*token)
            continue
        b.run(piece.start(), run)
        mark = piece.group(2)
        if mark:
            b.token("punct", piece.end() - 1, piece.end(), mark)
    return b.units


def units_of_tokens(text: str) -> list[Unit]:
    """build_units by the rule for every token of tokenize's, no run read at once: what build_units must equal."""
    b = _Builder(text)
    for token in tokenize(text):
        b.token(*token)
    return b.units
