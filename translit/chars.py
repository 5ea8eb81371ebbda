"""Character sets shared by the display cleanup and the match-level folding."""

from __future__ import annotations

import re

# harakat and tanwin, shadda, sukun, maddah/hamza above/below marks, superscript alef, Quranic annotation marks
ARABIC_DIACRITICS: frozenset[str] = frozenset(
    chr(cp) for cp in [*range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06DD), *range(0x06DF, 0x06E5),
                       0x06E7, 0x06E8, *range(0x06EA, 0x06EE)]
)
TATWEEL = "\u0640"

# every Arabic-script block: Arabic, Supplement, Extended-A/B, presentation forms A and B
_ARABIC_CHAR = re.compile("[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def is_arabic(text: str) -> bool:
    """True if text has any Arabic-script character (the one test every module uses)."""
    return _ARABIC_CHAR.search(text) is not None


# the letters Arabic writes: its alphabet, hamza forms, ta marbuta, alef maksura, alef wasla (ٱ), and those it
# writes foreign sounds with (پ چ ژ گ ڤ ڨ ڭ); the other letters of the script are Persian, Urdu, Kurdish...
_ARABIC_LETTERS = frozenset("ابتثجحخدذرزسشصضطظعغفقكلمنهوي" "ةىءأإآؤئٱ" "پچژگڤڨڭ" + TATWEEL)
_OTHER_LETTER = re.compile("[^\\W\\d_]")  # any letter


def arabic_orthography(name: str) -> bool:
    """Whether an Arabic-script name is spelled as Arabic spells it: no letter only another language of the
    script writes (ک ی ہ ے ۆ ێ ڈ), and ى only at a word's end. GeoNames lists names of every language of the
    script alike: Persian امسک (Omsk) folds to أمسك 'held', Urdu ادنہ (Adana) to أدناه 'below'.

    >>> [arabic_orthography(name) for name in ("دير الزور", "ٱلْمَدِينَة", "امسک", "رىم")]
    [True, True, False, False]
    """
    for word in name.split():
        letters = [c for c in word if _ARABIC_CHAR.match(c) and _OTHER_LETTER.match(c)]
        if any(c not in _ARABIC_LETTERS for c in letters) or "ى" in letters[:-1]:
            return False
    return True
