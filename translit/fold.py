"""Match-level folding: Arabic and Latin spelling variation reduced to one form, per token.

Display text never goes through here. Each fold step is a character table
(data); the enabled ones are merged into one ``str.translate`` table per
configuration. unidecode is consulted once, at import, for Latin letters only
(it would turn ى into '~' and reverse ʿ/ʾ if applied to Arabic).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import regex
from unidecode import unidecode

from .caches import remember
from .chars import ARABIC_DIACRITICS, TATWEEL
from .config import FOLD_STEPS


def _latin_diacritics() -> dict[str, str]:
    """Every precomposed Latin letter with a mark -> its unidecode ASCII form; combining marks -> ''."""
    table: dict[str, str] = {}
    for cp in [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00), *range(0x2C60, 0x2C80), *range(0xA720, 0xA800)]:
        ch = chr(cp)
        if unicodedata.category(ch).startswith("L") and "LATIN" in unicodedata.name(ch, ""):
            ascii_form = unidecode(ch)
            if ascii_form and ascii_form != ch and ascii_form.isascii() and regex.fullmatch(r"[A-Za-z]+", ascii_form):
                table[ch] = ascii_form.lower()
    table.update({chr(cp): "" for cp in range(0x0300, 0x0370)})
    return table


FOLD_TABLES: dict[str, dict[str, str]] = {
    "arabic_diacritics": dict.fromkeys(ARABIC_DIACRITICS, ""),
    "tatweel": {TATWEEL: ""},
    "alef_forms": {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا"},
    "hamza_carriers": {"ؤ": "و", "ئ": "ي", "ٶ": "و", "ٸ": "ي"},
    "alef_maqsura": {"ى": "ي"},
    "teh_marbuta": {"ة": "ه", "ۃ": "ه"},
    "persian_letters": {
        "ی": "ي", "ێ": "ي", "ې": "ي", "ۍ": "ي", "ے": "ي", "ک": "ك", "ڪ": "ك", "ګ": "ك",
        "ہ": "ه", "ە": "ه", "ھ": "ه", "ۀ": "ه", "ۆ": "و", "ۇ": "و", "ۈ": "و", "ۋ": "و",
        "ڕ": "ر", "ڵ": "ل", "ڤ": "ف", "ڨ": "ق", "گ": "ك", "پ": "ب", "چ": "ج", "ژ": "ز",
        # Urdu retroflexes and noon ghunna; Maghrebi gaf (ڭ ݣ), qaf (ڧ) and feh (ڢ)
        "ٹ": "ت", "ڈ": "د", "ڑ": "ر", "ں": "ن", "ڭ": "ك", "ݣ": "ك", "ڧ": "ق", "ڢ": "ف",
    },
    "kurdish_vowels": {},  # contextual: done with _KURDISH before the table
    "zero_width": {"\u200c": "", "\u200d": ""},
    "casefold": {},  # done with str.casefold before the table
    "latin_diacritics": _latin_diacritics(),
    "apostrophes": {ch: "" for ch in "'\u2018\u2019\u02bc\u02bf\u02be\u02bb\u0060\u00b4\u2032"},
}
assert set(FOLD_TABLES) == set(FOLD_STEPS)
# Sorani writes every vowel: ئ seats a word-initial one (Arabic never starts a word with ئ) and ە is a short
# vowel inside a word (Arabic leaves it unwritten) but a final -a/-e at its end, like ة (ڕەققە = الرقة)
_KURDISH = re.compile(r"(?<!\S)ئا?|ە(?=\w)")


class Folder:
    """The folding of one configuration: a casefold flag and one translate table."""

    def __init__(self, steps: tuple[str, ...]) -> None:
        self.steps = steps
        self.casefold = "casefold" in steps
        self.kurdish = "kurdish_vowels" in steps
        merged: dict[str, str] = {}
        for name in steps:
            for ch, rep in FOLD_TABLES[name].items():
                merged.setdefault(ch, rep)
        self.table = str.maketrans(merged)
        self._cache: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        """Fold one token (or a short phrase); cached, since words repeat."""
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        folded = text.casefold() if self.casefold else text
        if self.kurdish and ("ئ" in folded or "ە" in folded):
            folded = _KURDISH.sub(lambda m: "" if m.group() == "ە" else "ا", folded)
        return remember(self._cache, text, folded.translate(self.table), 200_000)


@lru_cache(maxsize=16)
def folder(steps: tuple[str, ...] = FOLD_STEPS) -> Folder:
    return Folder(steps)


def fold(text: str, steps: tuple[str, ...] = FOLD_STEPS) -> str:
    """Fold text for matching.

    >>> print(fold("Ālbū Kamāl"), fold("إِسْرَائِيلُ"), fold("Al-Qa’im"))
    albu kamal اسراييل al-qaim
    """
    return folder(steps)(text)
