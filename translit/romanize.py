"""The 'news' romanization of Arabic prose, in the style of English news copy.

A word is written, in this order of preference, as: the lexicon spelling of the
name it is part of (when a Normalizer is given: دير الزور -> Deir ez-Zor); a
function word in lower case (من -> min); the usual English spelling of a name or
name part (محمد -> Muhammad, عبد الله -> Abdullah, from ``data/news-spellings.json``,
built by ``scripts/build_news_spellings.py``); else a guess: the cross-script
model's spelling of a word (translit.crossscript, trained on real name pairs), or
for a word with the article, al- and short vowels filled in from syllable shape
(البوكمال -> al-Bukamal). A guess is for display of names nobody has a spelling
for, not for round trips.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import regex
from unidecode import unidecode

from .errors import TranslitError
from .fold import fold

if TYPE_CHECKING:
    from .normalizer import Normalizer

SPELLINGS_PATH = Path(__file__).parent / "data" / "news-spellings.json"
SPELLINGS_FORMAT, SPELLINGS_VERSION = "translit-news-spellings", 1
NAME_TYPES = frozenset({"country", "place", "person"})  # an org's lexicon name is a translation, not a spelling

_CONSONANTS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z",
    "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q",
    "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "'", "أ": "'", "إ": "'", "ؤ": "'", "ئ": "'",
    "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g", "ڤ": "v", "ک": "k", "ڭ": "ng",
}
_SUN = set("تثدذرزسشصضطظلن")
_VOWEL_MARKS = {"َ": "a", "ُ": "u", "ِ": "i", "ً": "an", "ٌ": "un", "ٍ": "in"}
_LONG = {"ا": "a", "آ": "a", "ى": "a", "و": "u", "ي": "i", "ی": "i"}
_WORD = regex.compile(r"[\p{Arabic}&&\p{L}][\p{Arabic}\p{M}--\p{N}--\p{P}--\p{S}]*", regex.V1)
_STRIP = str.maketrans({"ـ": "", "ٰ": "a", "ّ": "~", "ْ": ""})
_ARTICLE = ("ال", "ٱل")
# a conjunction or preposition written onto the next word: و ف (wa-, fa-), and ب ل ك before the article
_CLITICS = {"و": "wa-", "ف": "fa-", "ب": "bi-", "ل": "li-", "ك": "ka-"}
_ALLAH = "الله"


class Spellings(NamedTuple):
    function_words: dict[str, str]  # fold(word) -> lower-case spelling
    names: dict[str, str]  # fold(word) -> spelling; curated names over mined ones


@lru_cache(maxsize=1)
def spellings() -> Spellings:
    """The shipped spelling tables (format header checked), read once."""
    data = json.loads(SPELLINGS_PATH.read_text(encoding="utf-8"))
    if data.get("format") != SPELLINGS_FORMAT or data.get("version") != SPELLINGS_VERSION:
        raise TranslitError(f"{SPELLINGS_PATH}: expected format {SPELLINGS_FORMAT!r} version {SPELLINGS_VERSION}; "
                            "reinstall translit")
    return Spellings(data["function_words"], data["words"] | data["names"])


def _romanize_stem(word: str) -> str:
    """Romanize one word without its article, from its letters.

    Unwritten short vowels are guessed from syllable shape: 'a' goes between two
    consonants unless the first one closes a syllable after a guessed short
    vowel, so بغداد gives Baghdad (not Baghadad) and البوكمال al-Bukamal.
    The relative ending ية is -iya (العربية: al-Arabiya).
    """
    letters = word.translate(_STRIP)
    if len(letters) > 3 and letters.endswith("ية"):
        return _romanize_stem(letters[:-2]).rstrip("iy") + "iya"
    out: list[str] = []
    kinds: list[str] = []  # "C" consonant, "V" written vowel, "v" guessed short vowel, per unit

    def last(k: int = 1) -> str:
        return kinds[-k] if len(kinds) >= k else ""

    def consonant(latin: str) -> None:
        if last() == "C" and last(2) != "v":
            out.append("a")
            kinds.append("v")
        out.append(latin)
        kinds.append("C")

    def vowel(latin: str) -> None:
        if not (last() in ("V", "v") and out[-1].endswith(latin)):
            out.append(latin)
            kinds.append("V")

    n = len(letters)
    for i, ch in enumerate(letters):
        nxt = letters[i + 1] if i + 1 < n else ""
        if ch == "~":
            if last() == "C":
                out.append(out[-1][-1])
            continue
        if ch in _VOWEL_MARKS:
            vowel(_VOWEL_MARKS[ch])
        elif ch in "وي" and (i == 0 or last() in ("V", "v") or nxt == "ا") and not (nxt == "" and last() == "C"):
            consonant("w" if ch == "و" else "y")
        elif ch in "أإآ" and i == 0:
            vowel({"أ": "a", "إ": "i", "آ": "a"}[ch])
        elif ch == "ع" and i == 0:
            kinds.append("C")  # initial ayn is not written in news copy
            out.append("")
        elif ch in "ئؤ" and last() in ("V", "v") and nxt not in _LONG:
            consonant("'")
            vowel("i" if ch == "ئ" else "u")
        elif ch == "ة":
            if last() not in ("V", "v"):
                vowel("a")
        elif ch in _LONG:
            vowel(_LONG[ch])
        elif ch in _CONSONANTS:
            consonant(_CONSONANTS[ch])
        else:
            out.append(ch)
            kinds.append("")
    return "".join(out)


def _capitalized(latin: str) -> str:
    return latin[:1].upper() + latin[1:]


def _article(stem: str, sun_letters: bool) -> str:
    first = stem[:1]
    return f"a{_CONSONANTS[first]}-" if sun_letters and first in _SUN else "al-"


def romanize_word(word: str, *, sun_letters: bool = False, capitalize: bool = True) -> str:
    """News-style romanization of one Arabic word; the article ال becomes 'al-'.

    >>> romanize_word("البوكمال"), romanize_word("الشام", sun_letters=True), romanize_word("من")
    ('al-Bukamal', 'ash-Sham', 'min')
    >>> romanize_word("محمد"), romanize_word("السورية"), romanize_word("وعبدالله")
    ('Muhammad', 'al-Suriya', 'wa-Abdullah')
    """
    table = spellings()
    key = fold(word)
    if key in table.function_words:
        return table.function_words[key]
    if key in table.names:
        return table.names[key]
    if word.startswith(_ARTICLE) and len(word) > 3:
        stem = word[2:]
        known = table.names.get(fold(stem))
        body = known if known is not None else _romanize_stem(stem).lstrip("'")
        return _article(stem, sun_letters) + (_capitalized(body) if capitalize else body)
    if len(word) > 3 and word[0] in "وف" and (word[1:].startswith(_ARTICLE) or fold(word[1:]) in table.names):
        return _CLITICS[word[0]] + romanize_word(word[1:], sun_letters=sun_letters, capitalize=capitalize)
    if len(word) > 4 and word[0] in "بك" and word[1:].startswith(_ARTICLE):
        return _CLITICS[word[0]] + romanize_word(word[1:], sun_letters=sun_letters, capitalize=capitalize)
    body = _learned_spelling(word) or _romanize_stem(word).lstrip("'")
    return _capitalized(body) if capitalize else body


@lru_cache(maxsize=65_536)  # prose repeats its words; the model takes about a millisecond a word
def _learned_spelling(word: str) -> str:
    """The cross-script model's best spelling of a word without the article (trained on real name pairs: on the
    dev pairs it is exact 2-10 times as often as the letter rules); empty for a word it cannot read."""
    from .crossscript import romanize  # numpy and the model load only when a word needs them

    return romanize(word).replace(" ", "")


def _romanize_words(text: str, sun_letters: bool) -> str:
    """Every Arabic word of text romanized, with the two-word names news writes as one or in a fixed way:
    عبد + ال… is Abdul … (عبد الرحمن: Abdul Rahman), X الله is one word (نصر الله: Nasrallah)."""
    out: list[str] = []
    last = 0
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        m = words[i]
        out.append(text[last:m.start()])
        nxt = words[i + 1] if i + 1 < len(words) and text[m.end():words[i + 1].start()] == " " else None
        joined = _two_words(m.group(), nxt.group(), sun_letters) if nxt else None
        if joined is not None and nxt is not None:
            out.append(joined)
            last, i = nxt.end(), i + 2
            continue
        out.append(romanize_word(m.group(), sun_letters=sun_letters))
        last, i = m.end(), i + 1
    out.append(text[last:])
    return "".join(out)


def _two_words(first: str, second: str, sun_letters: bool) -> str | None:
    """The spelling of a two-word name written as a unit, or None."""
    known = spellings().names.get(fold(first + second))
    if known is not None:
        return known
    if fold(second) == fold(_ALLAH) and fold(first) not in spellings().function_words:
        return romanize_word(first, sun_letters=sun_letters) + "allah"
    if fold(first) == fold("عبد") and second.startswith(_ARTICLE) and len(second) > 3:
        return "Abdul " + romanize_word(second[2:], sun_letters=sun_letters)
    return None


def news(text: str, *, sun_letters: bool = False, normalizer: Normalizer | None = None) -> str:
    """Romanize the Arabic of text; anything else passes through.

    With a ``normalizer``, the names it links (places, countries, people) are written
    in their lexicon spelling, in plain ASCII, and a conjunction glued to one is wa-.
    """
    if normalizer is None:
        return _romanize_words(text, sun_letters)
    out: list[str] = []
    last = 0
    for start, end, spelling in _known_names(text, normalizer):
        before = text[last:start]
        glued = regex.search(r"[وفبلك]+$", before)
        if glued and (glued.start() == 0 or not _WORD.match(before[glued.start() - 1])):
            before = before[:glued.start()]
            spelling = "".join(_CLITICS[c] for c in glued.group()) + spelling
        out.append(_romanize_words(before, sun_letters))
        out.append(spelling)
        last = end
    out.append(_romanize_words(text[last:], sun_letters))
    return "".join(out)


def plain_ascii(name: str) -> str:
    """A name in plain ASCII for display: Arabic romanized (news), Latin marks dropped by unidecode.

    >>> plain_ascii("Ālbū Kamāl"), plain_ascii("Ḩalab"), plain_ascii("Qaʿim")
    ('Albu Kamal', 'Halab', "Qa'im")
    """
    return str(unidecode(news(name)))


def _known_names(text: str, normalizer: Normalizer) -> Iterator[tuple[int, int, str]]:
    """(start, end, plain-ASCII lexicon name) of each Arabic name the normalizer links to a place or person."""
    for m in normalizer(text).mentions:
        if m.type in NAME_TYPES and _WORD.search(m.surface):
            yield m.start, m.end, plain_ascii(m.name)
