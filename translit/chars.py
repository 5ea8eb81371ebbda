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
