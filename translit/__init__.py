"""translit: normalize bilingual Arabic–English text and link every known name to one entity ID.

>>> import translit
>>> print(translit.normalize("\u200fﺍﻟﺒﻮﻛﻤﺎﻝ  ٣٫٥"))
البوكمال 3.5
"""

from __future__ import annotations

from typing import Any

from .cleanup import Change, clean, clean_text
from .config import CLEANUP_STEPS, DEFAULT, FOLD_STEPS, Config
from .document import Candidate, Document, Mention, Token
from .errors import InputError, LexiconError, TranslitError
from .fold import fold
from .lexicon import Lexicon, load_lexicon
from .normalizer import Normalizer
from .transliterate import SCHEMES, transliterate

__version__ = "0.1.0"


def normalize(text: str, **options: Any) -> str:
    """Display-level cleanup of text; keyword options override Config fields (e.g. strip_diacritics=True)."""
    config = DEFAULT.with_options(**options) if options else DEFAULT
    return clean_text(text, config)


def explain(text: str, **options: Any) -> dict[str, Any]:
    """The cleanup steps applied to text, the tokens and the linked mentions (ftfy's fix_and_explain)."""
    config = DEFAULT.with_options(**options) if options else DEFAULT
    return Normalizer(config).explain(text)


__all__ = [
    "CLEANUP_STEPS", "FOLD_STEPS", "SCHEMES", "Candidate", "Change", "Config", "Document", "InputError",
    "Lexicon", "LexiconError", "Mention", "Normalizer", "Token", "TranslitError", "clean", "explain", "fold",
    "load_lexicon", "normalize", "transliterate",
]
