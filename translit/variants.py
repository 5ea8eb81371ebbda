"""Keys under which one entity is indexed: every name, folded, as spelling variants and cross-script.

Variant generation lives here, at compile time, so that linking text is
plain lookups. See keys.py for what each key merges.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from .chars import arabic_orthography
from .designators import strip_designators
from .keys import ARTICLE_WORDS, foreign_key, is_arabic, loose_key, skeleton, without_inner_articles
from .names import name_words
from .profiles import core_entity, foreign_prominent

FOLDED, LOOSE, SKELETON, COMMON, DELETION, FREQUENCY = "\x01", "\x02", "\x03", "\x04", "\x05", "\x06"
FAMILY = "\x0a"  # index tag: the last word of a person's name of two words or more
FOREIGN = "\x0d"  # index tag: a foreign country's or city's Arabic names as keys.foreign_key spells them
MIN_FOREIGN_KEY = 4  # letters a foreign-spelling key needs: shorter ones collide with ordinary words
CROSS = "cross"  # the kind of a candidate found by a cross-script key (crosslink.py), for the gates

MIN_FUZZY = 5  # shorter keys are one edit away from too many others
CASE = 1     # an abbreviation: the text must write it in capitals (IS, SAA), not as a word (is)
PRIMARY = 2  # the entity's own display name
SPORTS = 4   # a name a club goes by in sports news only (برشلونة for FC Barcelona): links beside sports words
OTHER_ORTHOGRAPHY = 8  # every name giving the key is in another language's orthography (chars.arabic_orthography)
_ALL_NAMES = CASE | SPORTS | OTHER_ORTHOGRAPHY  # flags a key keeps only when every name giving it has them

_ABBREVIATION = regex.compile(r"^[A-Z][A-Z0-9&.]{1,6}$")


def entity_names(record: dict[str, Any]) -> Iterator[tuple[str, int]]:
    """Every name of a record with its flags: the name, names in every language, aliases, sports names."""
    yield record["name"], PRIMARY
    for names in (record.get("names") or {}).values():
        for n in names:
            yield n, 0
    for n in record.get("aliases") or ():
        yield n, CASE if _ABBREVIATION.match(n) else 0
    for n in record.get("sports_names") or ():
        yield n, SPORTS


def name_keys(name: str) -> Iterator[tuple[str, str, bool]]:
    """(tag, key, own) for one name, deduplicated by the caller; own: the key spells the name itself, not a
    shortened form of it (Raqqah of Ar Raqqah, Deir ez-Zor of Deir ez-Zor Governorate)."""
    words = name_words(name)
    if not words:
        return
    folded = " ".join(words)
    yield FOLDED, folded, True
    loose = loose_key(folded)
    yield LOOSE, loose, True
    arabic = is_arabic(folded)
    if not arabic and len(words) > 1 and words[0] in ARTICLE_WORDS:
        rest = loose_key(" ".join(words[1:]))
        if len(rest) >= 4:
            yield LOOSE, rest, False  # Ar Raqqah -> also Raqqah
    inner = without_inner_articles(words)
    if not arabic and inner != words:
        yield LOOSE, loose_key(" ".join(inner)), False  # Kafr ash Shaykh -> also Kafr Shaykh
    bare = strip_designators(words)
    if bare != words and len("".join(bare)) >= 4:
        yield LOOSE, loose_key(" ".join(bare)), False  # Deir ez-Zor Governorate -> also Deir ez-Zor, ranked by prior
    skel = skeleton(folded)
    if len(skel) >= 2:
        yield SKELETON, skel, True


def deletions(key: str) -> set[str]:
    """Every string one character shorter than key: a spelling one edit away shares one of these."""
    return {key[:i] + key[i + 1:] for i in range(len(key))}


def fuzzy_keys(record: dict[str, Any]) -> set[str]:
    """Deletion keys of an Arab-world or curated entity's Latin loose keys, for one-edit fuzzy lookups.

    Limited to the entities this tool is about, so the index of world cities stays small.
    """
    if not core_entity(record):
        return set()
    out: set[str] = set()
    for name, flags in entity_names(record):
        if is_arabic(name) or flags & SPORTS:
            continue
        key = loose_key(" ".join(name_words(name)))
        if len(key) >= MIN_FUZZY:
            out |= deletions(key)
    return out


def record_keys(record: dict[str, Any]) -> Iterator[tuple[str, str, int]]:
    """(tag, key, flags) for every name of a record, a country's short names (short_country_names) included.

    A key needs capitals (CASE) only when every name giving it is an
    abbreviation, and sports words near it (SPORTS) only when every name giving
    it is a sports name; it is PRIMARY when any of them is the display name.
    """
    flags_of: dict[tuple[str, str], int] = {}
    names = [*entity_names(record), *((short, 0) for short in short_country_names(record))]
    for name, name_flags in names:
        if is_arabic(name) and not arabic_orthography(name):
            name_flags |= OTHER_ORTHOGRAPHY
        for tag, key, own in name_keys(name):
            flags = name_flags if own else name_flags & ~PRIMARY  # a shortened display name is no display name
            old = flags_of.get((tag, key))
            flags_of[(tag, key)] = flags if old is None else (old | flags) & ~_ALL_NAMES | (old & flags & _ALL_NAMES)
    for (tag, key), flags in flags_of.items():
        yield tag, key, flags
    for key in fuzzy_keys(record):
        yield DELETION, key, 0
    for key in foreign_keys(record):
        yield FOREIGN, key, 0


def short_country_names(record: dict[str, Any]) -> set[str]:
    """The first part of a country's Arabic name of two joined by و, as news shortens it: البوسنة for البوسنة
    والهرسك, ترينيداد, أنتيغوا. Countries of today only: former ones' parts are ordinary phrases (المناطق
    الجنوبية of the French Southern and Antarctic Lands). The last word with و joins (a name may begin with و:
    جزر والس وفوتونا), and a first part of designators alone is none."""
    code = str(record.get("id", "")).removeprefix("country:")
    if record.get("type") != "country" or len(code) != 2:  # ISO 3166-3 codes of former countries have four letters
        return set()
    out = set()
    for name in (record.get("names") or {}).get("ar", ()):
        words = name.split()
        cut = next((k for k in range(len(words) - 1, 0, -1) if words[k].startswith("و")), None)  # the last و
        if cut is not None and strip_designators(name_words(" ".join(words[:cut]))):
            out.add(" ".join(words[:cut]))
    return out


def foreign_keys(record: dict[str, Any]) -> set[str]:
    """The foreign-spelling keys of a foreign country's or well-known place's Arabic names (keys.foreign_key;
    profiles.foreign_prominent): other Arabic spellings of these names are many, and few are listed."""
    if not foreign_prominent(record):
        return set()
    keys = (foreign_key(" ".join(name_words(name))) for name, flags in entity_names(record)
            if is_arabic(name) and arabic_orthography(name) and not flags & SPORTS)
    return {key for key in keys if len(key.replace(" ", "")) >= MIN_FOREIGN_KEY}
