"""Entity profiles: the few facts about an entity that precision gates and the ranker read.

Computed once per record when the index is built (index.py stores them as
columns), so linking never decodes a JSON record to decide whether a name may
link; the record itself is read only for output (id, name, xrefs).
"""

from __future__ import annotations

import json
import math
from array import array
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from .caches import remember
from .chars import is_arabic
from .geonames import ADMIN1, ARAB_LEAGUE, CAPITAL
from .keys import ARTICLE_WORDS, latin_key
from .names import name_words

TYPES = ("country", "place", "org", "person", "other")
LOWER_CASE_POPULATION = 100_000  # a place this big is prominent: its display name links even in lower case
FOREIGN_TOWN_POPULATION = 500_000
# Latin spellings of a place that make it known worldwide, whatever its size (_named_worldwide). ANERcorp dev: of
# the links foreign_minor_arabic dropped, those of places with 20 or more were 9 right and 1 wrong (15: 13 and 3;
# 10: 16 and 33)
WORLDWIDE_SPELLINGS = 20
CAPITAL_POPULATION = 100_000  # capitals this big are news (نيودلهي); tiny ones have junk names (دولي = The Valley)
LOOSE_LATIN_POPULATION = 20_000  # a smaller Arab-world place takes loose Latin spellings only of long names,
LOOSE_LATIN_CHARS = 8  # since short loose keys of villages catch person names (Hossain is no Al Husayn)
NO_LOOSE_LATIN = 10**6  # the shortest loose Latin key of an entity that takes none
# Latin names of a small foreign town unlike its display name (a person's name, a historical or
# neighbourhood name: Elliot for Khowa, Wilbur for Boulder City), or of under 4 letters (Dam for Dome,
# One for Onex), link only as spelled in its display name
UNRELATED_ALIAS_POPULATION = 100_000
# a first-level division (state, governorate) whose size the lexicon lacks counts as a city of 220,000: it ranks
# above the towns named after it (Florida, Cuba; Virginia, South Africa), below the capital of its name
# (Washington), and its name is weighed against ordinary words as such a city's is (gates.frequent_word)
ADMIN1_POPULATION = 220_000
# Arabic news names the towns of Israel as it names its own region's (حيفا, صفد, إيلات: many keep Arabic
# names), so they are no foreign minor places: ANERcorp dev, 10 more right links, none wrong (Iran and Turkey
# too: 6 more right, 7 wrong)
NEWS_REGION = ARAB_LEAGUE | {"IL"}
PROFILES_CACHED = 200_000  # entities whose Profile tuple is kept once built


class Profile(NamedTuple):
    """What the gates and the ranker know of one entity."""

    kind: str
    country: str | None
    population: int | None
    prior: float
    prominent: bool
    foreign_minor: bool
    core: bool
    loose_latin_chars: int     # the shortest key a loose Latin spelling of it may have
    minor_display: str | None  # a small foreign town's display name as a Latin key, else None
    name_zipf: float           # how often the Latin display name is written (Zipf scale): fame beyond population
    user: bool                 # from a user's lexicon, not a shipped one: it wins ties (ranker.user_first)
    foreign_town: bool         # a town outside the news region, of any size, that no capital or fame exempts
    division: bool             # a first-level division (state, province, governorate: ADMIN1)
    capital: bool              # a country's capital (CAPITAL)
    arabic_named: bool         # the record gives an Arabic name: Arabic news names it (Wales, ويلز; not Delta State)


def profile(rec: dict[str, Any], word_zipf: Mapping[str, float] | None = None, *, user: bool = False) -> Profile:
    """The profile of one validated lexicon record; ``word_zipf`` gives folded words' Zipf frequencies."""
    return Profile(rec.get("type", "other"), rec.get("country"), _size(rec), prior(rec), _prominent(rec),
                   _foreign_minor_place(rec), core_entity(rec), _loose_latin_chars(rec), _minor_display(rec),
                   _name_zipf(rec, word_zipf or {}), user, _foreign_town(rec), rec.get("feature") == ADMIN1,
                   rec.get("feature") == CAPITAL, bool((rec.get("names") or {}).get("ar")) or is_arabic(rec["name"]))


def prior(rec: dict[str, Any]) -> float:
    """How likely an entity is a priori, in [0, 1]: countries and curated entities first, then population."""
    kind = rec.get("type", "other")
    if kind == "country":
        return 1.0
    if kind in ("org", "person") or _is_region(rec):
        return 0.9
    return min(0.85, 0.3 + 0.55 * math.log10((_size(rec) or 0) + 1) / 7)


def _size(rec: dict[str, Any]) -> int | None:
    """The population, or ADMIN1_POPULATION for a first-level division the lexicon gives none."""
    pop = rec.get("population")
    return ADMIN1_POPULATION if pop is None and rec.get("feature") == ADMIN1 else pop


def core_entity(rec: dict[str, Any]) -> bool:
    """An entity of the Arab world or a curated one: the names costly matching (fuzzy, cross-script) is for.

    World cities are left to exact and variant keys, so the index and the model's name list stay small.
    """
    return not (rec.get("type") == "place" and rec.get("country") not in ARAB_LEAGUE and not _is_region(rec))


def _is_region(rec: dict[str, Any]) -> bool:
    return str(rec.get("id", "")).startswith("region:")


def _prominent(rec: dict[str, Any]) -> bool:
    pop = rec.get("population") or 0
    return rec.get("type") != "place" or _is_region(rec) or pop >= LOWER_CASE_POPULATION


def _foreign_minor_place(rec: dict[str, Any]) -> bool:
    """A town outside the Arab world small enough that its Arabic name is rarely news (a capital city is news;
    so is a state, a first-level division)."""
    pop = rec.get("population") or 0
    return _foreign_place(rec) and pop < (CAPITAL_POPULATION if rec.get("feature") == CAPITAL
                                          else FOREIGN_TOWN_POPULATION)


def _foreign_town(rec: dict[str, Any]) -> bool:
    """A town outside the Arab world, of any size, that no capital or worldwide fame makes news by itself."""
    return _foreign_place(rec) and rec.get("feature") != CAPITAL


def _foreign_place(rec: dict[str, Any]) -> bool:
    """A place outside the Arab world that is neither a first-level division, a region nor known worldwide."""
    return (rec.get("type") == "place" and rec.get("country") not in NEWS_REGION and rec.get("feature") != ADMIN1
            and not _is_region(rec) and not _named_worldwide(rec))


def _named_worldwide(rec: dict[str, Any]) -> bool:
    """Whether a place has WORLDWIDE_SPELLINGS Latin spellings or more: a town that many languages name
    (GeoNames' alternate names follow Wikipedia's) is known abroad whatever its size, and Arabic news names
    it as it names a big city. Prevents missing جنيف Geneva, زيورخ Zurich, لاهاي The Hague as foreign minor
    places: ANERcorp dev LOC R .883 -> .885, P .923 -> .922 (6 right links, 3 wrong)."""
    return len((rec.get("names") or {}).get("en", ())) >= WORLDWIDE_SPELLINGS


def foreign_prominent(rec: dict[str, Any]) -> bool:
    """A country or a well-known place outside the Arab world (a capital, a first-level division, a city of
    LOWER_CASE_POPULATION): Arabic spells its name in many ways, of which a lexicon lists a few."""
    kind, country = rec.get("type"), rec.get("country")
    if kind == "country":
        return country not in ARAB_LEAGUE
    return (kind == "place" and country not in ARAB_LEAGUE and not _is_region(rec)
            and (rec.get("feature") in (ADMIN1, CAPITAL) or (rec.get("population") or 0) >= LOWER_CASE_POPULATION))


def _place_under(rec: dict[str, Any], population: int) -> bool:
    """A place whose population is known and under the bar (curated entities, which give none, never are)."""
    pop = rec.get("population")
    return rec.get("type") == "place" and pop is not None and pop < population


def _minor_display(rec: dict[str, Any]) -> str | None:
    """The display name of a town outside the Arab world under UNRELATED_ALIAS_POPULATION, as a Latin key."""
    small = _place_under(rec, UNRELATED_ALIAS_POPULATION) and not core_entity(rec)
    return latin_key(rec["name"]) if small else None


def _loose_latin_chars(rec: dict[str, Any]) -> int:
    """How long a key must be for a loose Latin spelling to name it: any for Arab-world and curated entities
    (core_entity), LOOSE_LATIN_CHARS for their villages, never for the rest of the world."""
    if not core_entity(rec):
        return NO_LOOSE_LATIN
    return LOOSE_LATIN_CHARS if _place_under(rec, LOOSE_LATIN_POPULATION) else 0


def _name_zipf(rec: dict[str, Any], word_zipf: Mapping[str, float]) -> float:
    """How often the entity's best-known Latin name is written (Zipf scale of its rarest word, articles aside):
    Marib, Raqqa and Baghdad are written often in English, Jinniyah and Al Mayah are not. 0 without one."""
    best = 0.0
    for name in (rec["name"], *(rec.get("names") or {}).get("en", ())):
        words = [w for w in name_words(name) if w not in ARTICLE_WORDS] if not is_arabic(name) else []
        best = max(best, min((word_zipf.get(w, 0.0) for w in words), default=0.0))
    return best


# -- storage: fixed-width binary columns, read with one copy each; a profile is built when first asked for ----
_NUMBERS = (("population", "q"), ("prior", "d"), ("loose_latin_chars", "q"), ("name_zipf", "d"))
_FLAGS = ("prominent", "foreign_minor", "core", "user", "foreign_town", "division", "capital", "arabic_named")


def save(profiles: list[Profile], path: Path) -> None:
    """Write the profiles of an index as binary columns (no pickle; a file users receive stays data)."""
    countries = sorted({p.country for p in profiles if p.country})
    code = {c: k + 1 for k, c in enumerate(countries)}  # 0: no country
    minor = bytearray()
    ends = array("Q")
    for p in profiles:
        minor += (p.minor_display or "").encode("utf-8")
        ends.append(len(minor))
    columns: list[array[Any]] = [
        array("B", [TYPES.index(p.kind) for p in profiles]),
        array("H", [code.get(p.country or "", 0) for p in profiles]),
        *(array(t, [_number(getattr(p, name)) for p in profiles]) for name, t in _NUMBERS),
        array("B", [sum(1 << k for k, f in enumerate(_FLAGS) if getattr(p, f)) for p in profiles]),
        ends]
    header = json.dumps({"count": len(profiles), "countries": countries}).encode("utf-8")
    with open(path, "wb") as f:
        f.write(len(header).to_bytes(4, "little") + header)
        for column in columns:
            column.tofile(f)
        f.write(minor)


def _number(value: float | int | None) -> float | int:
    return -1 if value is None else value


class ProfileTable:
    """The profiles of an opened index: columns read at open, a Profile built on first use of an entity."""

    def __init__(self, path: Path) -> None:
        data = path.read_bytes()
        size = int.from_bytes(data[:4], "little")
        header = json.loads(data[4:4 + size])
        count, pos = header["count"], 4 + size
        self._countries: list[str | None] = [None, *header["countries"]]
        self._columns: list[array[Any]] = []
        for t in ("B", "H", *(t for _, t in _NUMBERS), "B", "Q"):
            column = array(t)
            column.frombytes(data[pos:pos + count * column.itemsize])
            pos += count * column.itemsize
            self._columns.append(column)
        self._minor = data[pos:]
        self._cache: dict[int, Profile] = {}

    def __getitem__(self, n: int) -> Profile:
        found = self._cache.get(n)
        if found is None:
            kind, country, population, prior, loose, name_zipf, flags, end = (c[n] for c in self._columns)
            start = self._columns[-1][n - 1] if n else 0
            found = Profile(TYPES[kind], self._countries[country], None if population < 0 else population, prior,
                            loose_latin_chars=loose, minor_display=self._minor[start:end].decode("utf-8") or None,
                            name_zipf=name_zipf, **{f: bool(flags & 1 << k) for k, f in enumerate(_FLAGS)})
            remember(self._cache, n, found, PROFILES_CACHED)
        return found
