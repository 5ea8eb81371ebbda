"""Tokenizer for cleaned mixed Arabic/Latin text: URLs, emails, mentions, hashtags, numbers, emoji, words.

One compiled ``regex`` pattern with named alternatives, tried in order at each
position. Repeats that could rescan a long run at every position (domain labels,
e-mail local parts) are bounded by the RFC limits, so tokenizing stays linear.
Words are runs of one script, so ``العراقhttps://…`` and ``ISISداعش`` split
where the script changes; capitals with dots (U.S., U.A.E.) are one word. Positions here index the cleaned text; the
Normalizer maps them back to the original.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import regex

AR_LETTER = r"[\p{Arabic}&&\p{L}]"
LA_LETTER = r"[\p{Latin}&&\p{L}]"
_TLDS = "com|org|net|gov|edu|info|news|tv|me|io|co|ly|sy|iq|lb|sa|ae|eg|jo|ps|ir|tr|ru|uk|us|fr|de|ch"

_PATTERN = regex.compile(
    rf"""
    (?P<url>(?:https?://|ftp://|www\.)[^\s<>"«»\[\]{{}}|\\^`]+
        |(?<![\w@.])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{{0,61}}[A-Za-z0-9])?\.){{1,8}}(?:{_TLDS})(?:/[^\s<>"«»]*)?(?![\w@]))
    |(?P<email>(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{{1,64}}@[A-Za-z0-9-]{{1,63}}(?:\.[A-Za-z0-9-]{{1,63}}){{0,8}}\.[A-Za-z]{{2,24}})
    |(?P<mention>@[\p{{L}}\p{{M}}\p{{N}}_]+(?:\.[\p{{L}}\p{{N}}_]+)*)
    |(?P<hashtag>\#[\p{{N}}_]*[\p{{L}}][\p{{L}}\p{{M}}\p{{N}}_\u200c]*)
    |(?P<number>\d+(?:[.,:/]\d+)*%?)
    |(?P<emoji>\p{{RI}}\p{{RI}}|[\p{{Extended_Pictographic}}\p{{Emoji_Modifier}}][\ufe0f\u20e3\p{{Emoji_Modifier}}]*(?:\u200d[\p{{Extended_Pictographic}}][\ufe0f\p{{Emoji_Modifier}}]*)*)
    |(?P<word>(?<![A-Z]\.)(?:[A-Z]\.){{2,}}+(?![A-Za-z])
        |{AR_LETTER}(?:{AR_LETTER}|\p{{M}}|\u200c(?={AR_LETTER}))*
        |(?:(?!https?://){LA_LETTER})(?:(?!https?://)(?:{LA_LETTER}|\p{{M}}|\d|'(?={LA_LETTER})))*
        |[\p{{L}}--\p{{Latin}}--\p{{Arabic}}](?:[\p{{L}}\p{{M}}--\p{{Latin}}--\p{{Arabic}}])*)
    |(?P<punct>[\p{{P}}\p{{S}}])
    |(?P<other>\S)
    """,
    regex.VERBOSE | regex.V1,
)

_URL_TRAIL = ".,;:!?)]}'\"»"


def _class_of(pattern: str, blocks: list[range]) -> str:
    """The characters of these blocks that a ``regex`` class matches, as a stdlib ``re`` class body."""
    test = regex.compile(pattern, regex.V1)
    return "".join(re.escape(chr(c)) for block in blocks for c in block if test.match(chr(c)))


_AR_BLOCKS = [range(0x0600, 0x0700), range(0x0750, 0x0780), range(0x08A0, 0x0900)]
_AR_L = _class_of(AR_LETTER, _AR_BLOCKS)
_AR_M = _class_of(r"\p{M}", _AR_BLOCKS)
# Most whitespace-separated chunks are one plain word, maybe with a closing mark: for those, _PATTERN
# could only match that word (and the mark as punct), so one stdlib scan finds them and hands the
# other chunks to _PATTERN. Whitespace is regex's (Unicode White_Space), which _PATTERN uses too.
NOT_SPACE = r"[^\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
PLAIN_WORD = rf"[A-Za-z]+|[{_AR_L}][{_AR_L}{_AR_M}]*"  # a word _PATTERN would take whole, as a chunk of its own
CLOSING_MARK = r"[.,:;!?\u060c\u061b\u061f]"  # and a mark after it, which _PATTERN takes as punct
_CHUNKS = re.compile(rf"({PLAIN_WORD}){CLOSING_MARK}?(?!{NOT_SPACE})|{NOT_SPACE}+")
_CAMEL = regex.compile(r"\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+(?:'\p{Ll}+)*|\p{Lu}+|\d+|[\p{L}\p{M}]+")
_AR_PART = regex.compile(r"[^_\d]+|\d+")


class Token(NamedTuple):
    """A token of the cleaned text; start/end index the cleaned text until mapped."""

    kind: str
    start: int
    end: int
    text: str


def tokenize(text: str) -> list[Token]:
    """Split cleaned text into typed tokens; whitespace separates, nothing else is dropped.

    >>> [(t.kind, t.text) for t in tokenize("#دير_الزور العراقhttps://ar.rt.com/jhel")]
    [('hashtag', '#دير_الزور'), ('word', 'العراق'), ('url', 'https://ar.rt.com/jhel')]
    """
    tokens: list[Token] = []
    new = tuple.__new__  # Token(...) without the namedtuple's Python-level __new__
    for chunk in _CHUNKS.finditer(text):
        s, e = chunk.span()
        word = chunk.group(1)
        if word is None:
            scan(text, s, e, tokens)
            continue
        w = s + len(word)
        tokens.append(new(Token, ("word", s, w, word)))
        if w < e:
            tokens.append(new(Token, ("punct", w, e, text[w])))
    return tokens


def scan(text: str, pos: int, endpos: int, tokens: list[Token]) -> None:
    """Tokens of text[pos:endpos] by the full pattern, appended to tokens."""
    for m in _PATTERN.finditer(text, pos, endpos):
        kind = m.lastgroup or "other"
        s, e = m.span()
        if kind == "url":
            e = _url_end(text, s, e)
            tokens.append(Token(kind, s, e, text[s:e]))
            if e < m.end():  # trailing punctuation given back as its own tokens
                tokens.extend(Token("punct", i, i + 1, text[i]) for i in range(e, m.end()))
            continue
        tokens.append(Token(kind, s, e, text[s:e]))


_CLOSES = {")": "(", "]": "[", "}": "{"}


def _url_end(text: str, s: int, e: int) -> int:
    """The end of the URL text[s:e] once trailing punctuation is given back.

    A closing bracket that closes one opened inside the URL belongs to it (Wikipedia links). The
    brackets are counted once and updated as characters are given back: recounting the shrinking URL
    made a URL ending in 160,000 ')' quadratic.
    """
    counts = {c: text.count(c, s, e) for c in "()[]{}"}
    while e > s + 1 and text[e - 1] in _URL_TRAIL:
        last = text[e - 1]
        if last in _CLOSES and counts[_CLOSES[last]] >= counts[last]:
            break
        if last in counts:
            counts[last] -= 1
        e -= 1
    return e


def hashtag_parts(tag: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """The words inside a hashtag: Arabic/underscored tags split on '_', Latin CamelCase split.

    >>> [p[2] for p in hashtag_parts("#DeirEzzor")]
    ['Deir', 'Ezzor']
    """
    body_start = offset + 1
    body = tag[1:]
    parts: list[tuple[int, int, str]] = []
    for chunk in regex.finditer(r"[^_]+", body):
        piece = chunk.group()
        base = body_start + chunk.start()
        if regex.search(r"\p{Lu}", piece):
            found = list(_CAMEL.finditer(piece))
        else:
            found = list(_AR_PART.finditer(piece))
        parts.extend((base + f.start(), base + f.end(), f.group()) for f in found)
    return parts
