"""Arabic -> Latin transliteration: Buckwalter (lossless, for machines) and 'news' (readable, for names).

Buckwalter and its safe and XML variants are fixed one-to-one tables, shipped as
data (``data/buckwalter.json``, identical to camel-tools' CharMapper builtins on
every Arabic code point: ``scripts/buckwalter_tables.py`` checks it).
'news' is a readable romanization in the style of English news copy
(translit.romanize): known names in their usual spelling, short vowels guessed
for the rest, so it is for display, not for round trips.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from .errors import TranslitError
from .romanize import news

if TYPE_CHECKING:
    from .normalizer import Normalizer

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


def transliterate(text: str, scheme: str = "news", *, sun_letters: bool = False,
                  normalizer: Normalizer | None = None) -> str:
    """Transliterate the Arabic in text; Latin, digits and punctuation pass through.

    Under 'news', a ``normalizer`` writes the names it links in their lexicon spelling
    (see translit.romanize.news).

    >>> transliterate("أبو كمال", "buckwalter"), transliterate("أبو كمال", "bwsafe"), transliterate("البوكمال")
    ('>bw kmAl', 'Obw kmAl', 'al-Bukamal')
    """
    if scheme == "news":
        return news(text, sun_letters=sun_letters, normalizer=normalizer)
    if scheme in SCHEMES:
        return text.translate(_charmaps()[scheme])
    raise ValueError(f"unknown scheme {scheme!r}; choose from {', '.join(SCHEMES)}")
