"""Arabic -> Latin transliteration: Buckwalter (lossless, for machines) and 'news' (readable, for names).

Buckwalter and its safe and XML variants are fixed one-to-one tables, shipped as
data (``data/buckwalter.json``, identical to camel-tools' CharMapper builtins on
every Arabic code point: ``scripts/buckwalter_tables.py`` checks it).
'news' is a heuristic romanization of unvocalized names in the style of English
news copy (البوكمال -> al-Bukamal); it guesses short vowels, so it is for
display of names nobody has a spelling for, not for round trips.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Literal

import regex
from unidecode import unidecode

from .errors import TranslitError

Scheme = Literal["buckwalter", "bwsafe", "bwxml", "news"]
SCHEMES: tuple[str, ...] = ("buckwalter", "bwsafe", "bwxml", "news")

CHARMAPS_PATH = Path(__file__).parent / "data" / "buckwalter.json"
CHARMAPS_FORMAT, CHARMAPS_VERSION = "translit-charmaps", 1


@lru_cache(maxsize=1)
def _charmaps() -> dict[str, dict[int, str]]:
    """The Buckwalter tables (plain, safe, XML) from the shipped data file, compiled for str.translate once."""
    data = json.loads(CHARMAPS_PATH.read_text(encoding="utf-8"))
    if data.get("format") != CHARMAPS_FORMAT or data.get("version") != CHARMAPS_VERSION:
        raise TranslitError(f"{CHARMAPS_PATH}: expected format {CHARMAPS_FORMAT!r} version {CHARMAPS_VERSION}; "
                            "reinstall translit")
    return {scheme: str.maketrans(table) for scheme, table in data["maps"].items()}


# news romanization ---------------------------------------------------------
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


def _romanize_stem(word: str) -> str:
    """Romanize one word without its article.

    Unwritten short vowels are guessed from syllable shape: 'a' goes between two
    consonants unless the first one closes a syllable after a guessed short
    vowel, so بغداد gives Baghdad (not Baghadad) and البوكمال al-Bukamal.
    """
    letters = word.translate(_STRIP)
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


def romanize_word(word: str, *, sun_letters: bool = False, capitalize: bool = True) -> str:
    """News-style romanization of one Arabic word; the article ال becomes 'al-'.

    >>> romanize_word("البوكمال"), romanize_word("الشام", sun_letters=True)
    ('al-Bukamal', 'ash-Sham')
    """
    article = ""
    stem = word
    if word.startswith(("ال", "ٱل")) and len(word) > 3:
        stem = word[2:] if word[0] == "ا" else word[2:]
        first = stem[0]
        if sun_letters and first in _SUN:
            article = "a" + _CONSONANTS[first] + "-"
        else:
            article = "al-"
    body = _romanize_stem(stem).lstrip("'")
    if capitalize and body:
        body = body[0].upper() + body[1:]
    return article + body


def news(text: str, *, sun_letters: bool = False) -> str:
    """Romanize every Arabic word of text; anything else passes through."""
    return _WORD.sub(lambda m: romanize_word(m.group(), sun_letters=sun_letters), text)


def plain_ascii(name: str) -> str:
    """A name in plain ASCII for display: Arabic romanized (news), Latin marks dropped by unidecode.

    >>> plain_ascii("Ālbū Kamāl"), plain_ascii("Ḩalab"), plain_ascii("Qaʿim")
    ('Albu Kamal', 'Halab', "Qa'im")
    """
    return str(unidecode(news(name)))


def transliterate(text: str, scheme: str = "news", *, sun_letters: bool = False) -> str:
    """Transliterate the Arabic in text; Latin, digits and punctuation pass through.

    >>> transliterate("أبو كمال", "buckwalter"), transliterate("أبو كمال", "bwsafe"), transliterate("البوكمال")
    ('>bw kmAl', 'Obw kmAl', 'al-Bukamal')
    """
    if scheme == "news":
        return news(text, sun_letters=sun_letters)
    if scheme in SCHEMES:
        return text.translate(_charmaps()[scheme])
    raise ValueError(f"unknown scheme {scheme!r}; choose from {', '.join(SCHEMES)}")
