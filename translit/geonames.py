"""GeoNames rows -> translit lexicon records: the dump reader and the one record builder both paths share.

GeoNames (geonames.org, CC BY 4.0) is the gazetteer behind the shipped place lexicons.
Its alternate names mix real spellings with noise that would make the linker fire on
garbage: machine skeletons of Arabic ('abw kmal', 'dyr alzwr'), airport codes ('BEY'),
names with digits, scripts translit does not handle, and names no text can be linked by:
Arabic names of one or two letters (ال for Halle, بن for Bonn) and function words (من, على;
Of, From). ``place_record`` keeps only real Latin- and Arabic-script spellings, and
``junk_name`` is the one test of the last kind that every lexicon builder applies.
"""

from __future__ import annotations

import contextlib
import gzip
import zipfile
import zlib
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path
from typing import Any

import regex
from unidecode import unidecode

from translit.errors import LexiconError
from translit.names import folded_key

COLUMNS = 19  # geonameid, name, asciiname, alternatenames, lat, lon, feature class, feature code, country, cc2,
#               admin1-4, population, elevation, dem, timezone, modification date
DEFAULT_FEATURE_CLASSES: frozenset[str] = frozenset({"P", "A"})  # populated places, administrative areas
ARAB_LEAGUE: frozenset[str] = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split())
COUNTRY_CODES: frozenset[str] = frozenset({"PCL", "PCLD", "PCLF", "PCLI", "PCLS"})  # political entities
CAPITAL = "P.PPLC"  # feature class.code of a national capital
ADMIN1 = "A.ADM1"  # of a first-level division: a state, a governorate

_NEUTRAL = r"\p{Script=Common}\p{Script=Inherited}"  # punctuation, spaces, ʻ ʼ, harakat: no script of their own
_LATIN_NAME = regex.compile(rf"[\p{{Latin}}{_NEUTRAL}]*\p{{Latin}}[\p{{Latin}}{_NEUTRAL}]*")
_ARABIC_NAME = regex.compile(rf"[\p{{Arabic}}{_NEUTRAL}]*\p{{Arabic}}[\p{{Arabic}}{_NEUTRAL}]*")
_FORMAT_CHARS = regex.compile(r"\p{Cf}")  # soft hyphen, ZWNJ, bidi marks: invisible, dropped before comparing
_ALEF_RUN = regex.compile(r"(?<!\S)ا{2,}")  # no Arabic word starts with two alefs: GeoNames has ااالخرطوم
_DIGIT = regex.compile(r"\p{Nd}")
_CODE = regex.compile(r"[A-Z]{2,4}")  # IATA/ICAO-like codes ('BEY', 'DEZ')
_UPPER = regex.compile(r"\p{Lu}")
_COUNTRY = regex.compile(r"[A-Z]{2}")
_SLUG_JUNK = regex.compile(r"[^a-z0-9]+")
_SLUG_MARKS = regex.compile(r"['`]")  # apostrophes, ayn and hamza after unidecode: Qa'im -> qaim, not qa-im
_LETTER = regex.compile(r"\p{L}")
MIN_ARABIC_LETTERS = 3  # ال, بن, لي, ام: article, clitics and particles, never a name by themselves
# Function words (particles, prepositions, pronouns, demonstratives, auxiliaries) that GeoNames lists as other
# names of places (From for Frome, Off for Of, على, ابن). Real names that are also words (عمان, Bath) are not here.
FUNCTION_WORDS: frozenset[str] = frozenset(folded_key(w) for w in (
    "على إلى الى حتى التي الذي الذين اللذان اللتان اللاتي اللواتي هذا هذه هذان هاتان هؤلاء ذلك تلك أولئك هناك "
    "هنالك لكن لكنه ليس ليست بين حول خلال عند عندما منذ نحو ضد مثل دون غير سوى بعد قبل فوق تحت أمام وراء خلف "
    "لدى لقد سوف إذا إذن لأن كما بينما أيضا فقط جدا ثمة أية أين متى ماذا لماذا ربما عليه عليها عليهم فيه فيها "
    "فيهم منه منها منهم لها لهم بها بهم إليه إليها عنه عنها معه معها أنا أنت أنتم نحن هما هن وهو وهي ابن أبو "
    "بنت كلا بعض "
    "a an the and or but nor of in on at to by for from with into onto upon over under off out up down as is "
    "are was were be been am do does did have has had can could will would shall should may might must not no "
    "so than then there here this that these those it its i me my we our you your he him his she her they "
    "them their who whom whose which what when where why how if yet also very more most never ever"
).split())


def place_record(geonameid: int, name: str, asciiname: str, alternatenames: Iterable[str], country: str,
                 population: int, feature_class: str = "P", feature_code: str = "",
                 admin1: str = "", junk: Counter[str] | None = None) -> dict[str, Any]:
    """One GeoNames feature as a lexicon record (see DESIGN.md); the main name comes first.

    Other names that ``junk_name`` rejects are left out and counted in ``junk`` when given.

    >>> r = place_record(174448, "Ālbū Kamāl", "Albu Kamal", ["Abu Kamal", "abw kmal", "البو كمال"], "SY", 57572)
    >>> r["id"], r["names"]["en"]
    ('place:sy:albu-kamal-174448', ['Ālbū Kamāl', 'Albu Kamal', 'Abu Kamal'])
    >>> print(r["names"]["ar"][0])
    البو كمال
    """
    record: dict[str, Any] = {
        "id": place_id(country, name, geonameid),
        "type": "country" if feature_code in COUNTRY_CODES else "place",
        "name": name,
        "names": names_by_script([name, asciiname, *alternatenames], junk=junk),
        "xrefs": {"geonames": geonameid},
    }
    if country:
        record["country"] = country
    if admin1:
        record["admin1"] = admin1
    record["population"] = population
    record["feature"] = f"{feature_class}.{feature_code}" if feature_code else feature_class
    return record


def names_by_script(raw_names: Iterable[str], *, junk: Counter[str] | None = None,
                    noise: bool = True) -> dict[str, list[str]]:
    """Latin ('en') and Arabic ('ar') names, invisible characters dropped, exact duplicates once, order kept.

    The first name is the display name and always kept; later ones are dropped when ``junk_name`` says so
    (counted in ``junk``) or, with ``noise``, when they look like GeoNames' machine-made names (``_is_noise``).

    >>> names_by_script(["Halle", "Hal", "ال", "هال"])
    {'en': ['Halle', 'Hal'], 'ar': ['هال']}
    >>> names_by_script(["Khartoum", "ااالخرطوم", "خرطوم"])
    {'en': ['Khartoum'], 'ar': ['الخرطوم', 'خرطوم']}
    """
    names: dict[str, dict[str, None]] = {"en": {}, "ar": {}}  # dicts as ordered sets: exact dedupe, order kept
    for i, raw in enumerate(raw_names):
        text = _ALEF_RUN.sub("ا", " ".join(_FORMAT_CHARS.sub("", raw).split()))
        script = _script(text)
        if script is None or text in names[script]:
            continue
        if i > 0 and junk_name(text, script):
            if junk is not None:
                junk[text] += 1
            continue
        if i == 0 or not (noise and _is_noise(text, script)):
            names[script][text] = None
    return {script: list(found) for script, found in names.items()}


def junk_name(name: str, script: str) -> bool:
    """A name no text may be linked by: Arabic of one or two letters (ال, بن, لي), or a function word (من,
    على; Of, From). The one test of this kind: GeoNames imports and every shipped lexicon apply it.

    >>> junk_name("ال", "ar"), junk_name("على", "ar"), junk_name("From", "en"), junk_name("عمان", "ar")
    (True, True, True, False)
    """
    if script == "ar" and len(_LETTER.findall(name)) < MIN_ARABIC_LETTERS:
        return True
    return folded_key(name) in FUNCTION_WORDS


def junk_report(junk: Counter[str], top: int = 10) -> str:
    """What ``junk_name`` dropped, in one line: '3 names no text can be linked by (...): ال ×2, بن'."""
    examples = ", ".join(f"{name} ×{k}" if k > 1 else name for name, k in junk.most_common(top))
    return (f"{junk.total()} names no text can be linked by (Arabic of one or two letters, function words): "
            f"{examples}")


def place_id(country: str, name: str, geonameid: int) -> str:
    """``place:<cc>:<slug>-<geonameid>``: readable, and unique and stable because the GeoNames ID is in it.

    >>> place_id("IQ", "Al Qā’im", 92138)
    'place:iq:al-qaim-92138'
    """
    readable = slug(name)
    tail = f"{readable}-{geonameid}" if readable else str(geonameid)
    return f"place:{country.lower()}:{tail}" if country else f"place:{tail}"


def slug(text: str) -> str:
    """ASCII lowercase, apostrophes dropped, runs of anything else -> '-': the readable part of an entity ID.

    >>> slug("Deir ez-Zor Governorate"), slug("Kata'ib Hezbollah")
    ('deir-ez-zor-governorate', 'kataib-hezbollah')
    """
    return _SLUG_JUNK.sub("-", _SLUG_MARKS.sub("", unidecode(text).lower())).strip("-")


def _script(name: str) -> str | None:
    """'en' for a Latin-script name, 'ar' for an Arabic-script one, None for any other or mixed script."""
    if _LATIN_NAME.fullmatch(name):
        return "en"
    if _ARABIC_NAME.fullmatch(name):
        return "ar"
    return None


def _is_noise(name: str, script: str) -> bool:
    """An alternate name that is not a real spelling: a code, a name with digits, or a lowercase skeleton.

    GeoNames' Latin names with no capital letter ('abw kmal', 'alqaym', 'bei lu te', "ʼl-qʼʼm") are
    machine transliterations from other scripts, not spellings anyone writes.
    """
    if _DIGIT.search(name):
        return True
    return script == "en" and (_CODE.fullmatch(name) is not None or not _UPPER.search(name))


def read_dump(path: str | Path, *, countries: Collection[str] | None = None, min_population: int = 0,
              feature_classes: Collection[str] | None = DEFAULT_FEATURE_CLASSES,
              dropped: Counter[str] | None = None, junk: Counter[str] | None = None) -> Iterator[dict[str, Any]]:
    """Stream lexicon records from a GeoNames dump (cities500.txt, SY.txt, allCountries.txt; .gz or .zip too).

    Every row is checked before the filters apply, so a malformed file fails the same way
    whatever the filters. ``countries`` (ISO codes) and ``feature_classes`` of None keep all.
    ``dropped``, when given, counts the rows the filters leave out by reason ("country",
    "population", "feature class X"), so a caller can say what was not imported; names dropped
    by ``junk_name`` are counted in ``junk``.
    Raises LexiconError with the path and 1-based line of the first bad row.
    """
    where = str(path)
    wanted = {c.upper() for c in countries} if countries is not None else None
    with _open_binary(Path(path)) as stream:
        yield from _records(_lines(stream, where), where, wanted, min_population, feature_classes,
                            Counter() if dropped is None else dropped, junk)


def _lines(stream: Iterable[bytes], where: str) -> Iterator[bytes]:
    """Lines of a (possibly compressed) dump; a damaged archive is a LexiconError naming the file."""
    lineno = 0
    try:
        for raw in stream:
            lineno += 1
            yield raw
    except (EOFError, OSError, zlib.error, zipfile.BadZipFile) as e:
        raise LexiconError(f"the file is truncated or corrupt ({e}); check it with 'gzip -t' or download it "
                           "again", path=where, line=lineno + 1) from None


def _records(lines: Iterable[bytes], where: str, wanted: set[str] | None, min_population: int,
             feature_classes: Collection[str] | None, dropped: Counter[str],
             junk: Counter[str] | None) -> Iterator[dict[str, Any]]:
    seen = _IdSet()
    for lineno, raw in enumerate(lines, 1):
        try:
            line = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError as e:
            raise LexiconError(f"not UTF-8 ({e.reason} at byte {e.start}); GeoNames dumps are UTF-8: "
                               "download the file again or convert it", path=where, line=lineno) from None
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != COLUMNS:
            raise LexiconError(f"expected {COLUMNS} tab-separated columns (the GeoNames dump layout), found "
                               f"{len(cols)}; pass a GeoNames dump such as cities500.txt or SY.txt, not a file "
                               "re-saved by a spreadsheet or an alternateNames/admin-codes file",
                               path=where, line=lineno)
        geonameid = _integer(cols[0], "geonameid (column 1)", where, lineno)
        population = _integer(cols[14] or "0", "population (column 15)", where, lineno)
        name = cols[1].strip() or cols[2].strip()  # the asciiname when the name is missing
        problem = _row_problem(geonameid, name, population, cols[8], seen)
        if problem:
            raise LexiconError(f"{problem}; fix or remove the row (a lexicon written from it would not "
                               "validate)", path=where, line=lineno)
        if feature_classes is not None and cols[6] not in feature_classes:
            dropped[f"feature class {cols[6] or '(none)'}"] += 1
            continue
        if wanted is not None and cols[8] not in wanted:
            dropped["country"] += 1
            continue
        if population < min_population:
            dropped["population"] += 1
            continue
        yield place_record(geonameid, name, cols[2], cols[3].split(",") if cols[3] else [], cols[8],
                           population, cols[6], cols[7], cols[10], junk)


def _row_problem(geonameid: int, name: str, population: int, country: str, seen: _IdSet) -> str | None:
    """What a row has that no valid lexicon record can carry: no name, a negative population, a country code
    that is not two capitals, or a geonameid met before (its entity ID would be a duplicate)."""
    if not name:
        return "the name (column 2) and asciiname (column 3) are empty"
    if population < 0:
        return f"population (column 15) is negative ({population})"
    if country and not _COUNTRY.fullmatch(country):
        return f"country code (column 9) {country!r} is not two capital letters"
    if not seen.add(geonameid):
        return f"geonameid {geonameid} appears a second time"
    return None


class _IdSet:
    """The geonameids seen so far, as a bitmap (12 M rows of allCountries in 2 MB rather than 600 MB of ints)."""

    LIMIT = 1 << 28  # IDs from here on (none in GeoNames today) go to a plain set

    def __init__(self) -> None:
        self.bits = bytearray()
        self.large: set[int] = set()

    def add(self, n: int) -> bool:
        """Add n; False when it was already there."""
        if not 0 <= n < self.LIMIT:
            new = n not in self.large
            self.large.add(n)
            return new
        byte, bit = divmod(n, 8)
        if byte >= len(self.bits):
            self.bits.extend(bytes(max(byte + 1 - len(self.bits), len(self.bits))))
        new = not self.bits[byte] >> bit & 1
        self.bits[byte] |= 1 << bit
        return new


def _integer(text: str, what: str, path: str, line: int) -> int:
    try:
        return int(text)
    except ValueError:
        raise LexiconError(f"{what} must be an integer, got {text!r}; the columns are probably shifted: "
                           "check the row for a missing or extra tab", path=path, line=line) from None


@contextlib.contextmanager
def _open_binary(path: Path) -> Iterator[Iterable[bytes]]:
    """The dump's bytes: plain, gzip, or the one dump .txt inside a GeoNames .zip (its readme.txt ignored)."""
    if path.suffix == ".gz":
        with gzip.open(path, "rb") as stream:
            yield stream
    elif path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.namelist()
                       if m.endswith(".txt") and Path(m).name.lower() != "readme.txt"]
            if len(members) != 1:
                raise LexiconError(f"expected one GeoNames .txt file in the zip, found {members or 'none'}; "
                                   "unzip it and pass the dump .txt file", path=str(path))
            with archive.open(members[0]) as stream:
                yield stream
    else:
        with open(path, "rb") as stream:
            yield stream
