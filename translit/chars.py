"""Character sets shared by the display cleanup and the match-level folding."""

from __future__ import annotations

# harakat and tanwin, shadda, sukun, maddah/hamza above/below marks, superscript alef, Quranic annotation marks
ARABIC_DIACRITICS: frozenset[str] = frozenset(
    chr(cp) for cp in [*range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06DD), *range(0x06DF, 0x06E5),
                       0x06E7, 0x06E8, *range(0x06EA, 0x06EE)]
)
TATWEEL = "\u0640"
