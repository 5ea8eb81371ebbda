"""The shipped lexicons/: format headers, record shape, unique IDs, and exact spot checks on real entities."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import regex

from translit.geonames import slug
from translit.names import folded_key

LEXICONS = Path(__file__).resolve().parents[1] / "lexicons"
FILES = sorted(LEXICONS.glob("*.jsonl"))
TYPES = {"country", "place", "org", "person", "other"}
ARAB_LEAGUE = set("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split())
ARABIC = regex.compile(r"\p{Arabic}")
ONE_SCRIPT = regex.compile(r"[\p{Latin}\p{Common}\p{Inherited}]+|[\p{Arabic}\p{Common}\p{Inherited}]+")


@cache
def load(name: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(header, records) of one shipped file."""
    with open(LEXICONS / name, encoding="utf-8") as f:
        header, *records = (json.loads(line) for line in f)
    return header, records


def entity(name: str, **match: Any) -> dict[str, Any]:
    """The one record of ``name`` whose fields equal ``match`` (``geonames`` matches xrefs.geonames)."""
    def field(r: dict[str, Any], key: str) -> Any:
        return r.get("xrefs", {}).get("geonames") if key == "geonames" else r.get(key)

    found = [r for r in load(name)[1] if all(field(r, k) == v for k, v in match.items())]
    assert len(found) == 1, f"{name}: {len(found)} records match {match}"
    return found[0]


def all_names(r: dict[str, Any]) -> list[str]:
    return [*r["names"].get("en", []), *r["names"].get("ar", []), *r.get("aliases", [])]


def test_the_expected_files_ship() -> None:
    assert {f.name for f in FILES} == {"places-arab.jsonl", "cities-world.jsonl", "countries.jsonl", "divisions.jsonl",
                                        "regions.jsonl", "syria-iraq.jsonl", "us-states.jsonl", "orgs.jsonl",
                                        "people.jsonl"}
    assert (LEXICONS / "common-words.txt").is_file()


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_header_and_records(path: Path) -> None:
    header, records = load(path.name)
    assert header["format"] == "translit-lexicon" and header["version"] == 1
    assert header["source"] and header["license"]
    assert records, "no records"
    assert [r["id"] for r in records] == sorted(r["id"] for r in records), "records not sorted by id"
    for r in records:
        assert isinstance(r["id"], str) and r["id"] and isinstance(r["name"], str) and r["name"], r
        assert r["type"] in TYPES, r["id"]
        names = all_names(r)
        # GeoNames has a few mixed-script main names ('Sidi Senoussi سيدي سنوسي'); no list can hold them
        assert r["name"] in names or not ONE_SCRIPT.fullmatch(r["name"]), f"{r['id']}: name missing from its names"
        assert all(isinstance(n, str) and n == n.strip() and n for n in names), r["id"]
        assert len(r["names"].get("en", [])) == len(set(r["names"].get("en", []))), f"{r['id']}: duplicate names"
        assert all(ARABIC.search(n) for n in r["names"].get("ar", [])), f"{r['id']}: non-Arabic name in ar"
        assert not any(ARABIC.search(n) for n in r["names"].get("en", [])), f"{r['id']}: Arabic name in en"
        if "geonames" in r.get("xrefs", {}):
            assert isinstance(r["xrefs"]["geonames"], int), r["id"]


def test_ids_unique_across_files() -> None:
    seen: dict[str, str] = {}
    for path in FILES:
        for r in load(path.name)[1]:
            assert r["id"] not in seen, f"{r['id']} in both {seen[r['id']]} and {path.name}"
            seen[r["id"]] = path.name


def test_place_files_split_at_the_arab_league() -> None:
    assert {r["country"] for r in load("places-arab.jsonl")[1]} == ARAB_LEAGUE
    assert not {r["country"] for r in load("cities-world.jsonl")[1]} & ARAB_LEAGUE


def test_common_words() -> None:
    lines = (LEXICONS / "common-words.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# source: wordfreq") and "CC BY-SA 4.0" in lines[0]
    words = [w for w in lines if not w.startswith("#")]
    assert words[0] == "the" and "في" in words and len(words) == len(set(words)) >= 5900
    # a clitic plus the first word of a known name is no common word, or no clitic is peeled off it
    assert "للأمم" not in words and "حماس" not in words
    # words as common in another sense stay: فتح 'opened', القاعدة 'the base'
    assert {"فتح", "القاعدة", "الأسد", "عباس"} <= set(words)


def test_abu_kamal() -> None:
    r = entity("places-arab.jsonl", geonames=174448)
    assert r["id"] == "place:sy:albu-kamal-174448" and r["type"] == "place"
    assert "البو كمال" in r["names"]["ar"] and "Al-Bukamal" in r["names"]["en"]
    assert r["population"] == 57572 and r["country"] == "SY"


@pytest.mark.parametrize(("iso", "geonames", "arabic", "english"), [
    ("sy", 163843, "سوريا", "Syria"),
    ("iq", 99237, "العراق", "Iraq"),
    ("lb", 272103, "لبنان", "Lebanon"),
    ("us", 6252001, "الولايات المتحدة", "United States"),
])
def test_countries(iso: str, geonames: int, arabic: str, english: str) -> None:
    r = entity("countries.jsonl", id=f"country:{iso}")
    assert (r["type"], r["name"], r["xrefs"], r["country"]) == ("country", english, {"geonames": geonames}, iso.upper())
    assert arabic in r["names"]["ar"]


def test_country_variants_and_no_nationality_adjectives() -> None:
    sy, us = entity("countries.jsonl", id="country:sy"), entity("countries.jsonl", id="country:us")
    assert {"سورية", "الجمهورية العربية السورية"} <= set(sy["names"]["ar"])
    assert "Syrian Arab Republic" in sy["names"]["en"]
    assert {"USA", "U.S."} <= set(us["aliases"]) and "أميركا" in us["names"]["ar"]
    for r in load("countries.jsonl")[1]:
        assert not {"Syrian", "Iraqi", "American", "السوري", "العراقي"} & set(all_names(r)), r["id"]


def test_cities() -> None:
    assert entity("places-arab.jsonl", geonames=276781)["id"] == "place:lb:beirut-276781"
    assert entity("places-arab.jsonl", geonames=92138)["id"] == "place:iq:al-qaim-92138"
    assert "القائم" in entity("places-arab.jsonl", geonames=92138)["names"]["ar"]
    assert entity("cities-world.jsonl", geonames=2643743)["name"] == "London"


def test_us_states() -> None:
    records = load("us-states.jsonl")[1]
    assert len(records) == 51  # and D.C.
    assert entity("us-states.jsonl", geonames=4155751) == {
        "id": "place:us:florida-4155751", "type": "place", "name": "Florida",
        "names": {"en": ["Florida"], "ar": ["فلوريدا"]}, "xrefs": {"geonames": 4155751}, "country": "US",
        "admin1": "FL", "feature": "A.ADM1"}


def test_capitals_carry_geonames_feature_code() -> None:
    # countries.json names the capital "Brasilia" and "Nur-Sultan": matched without accents and by alternate name
    capitals = {r["xrefs"]["geonames"] for f in ("places-arab.jsonl", "cities-world.jsonl")
                for r in load(f)[1] if r.get("feature") == "P.PPLC"}
    assert {3469058, 1526273, 1261481, 170654, 2643743} <= capitals  # Brasília, Astana, New Delhi, Damascus, London
    assert entity("cities-world.jsonl", geonames=1273294)["feature"] == "P"  # Delhi is not the capital
    assert len(capitals) == 242


def test_deir_ez_zor_governorate() -> None:
    r = entity("syria-iraq.jsonl", id="place:sy:deir-ez-zor-governorate")
    assert r["xrefs"] == {"geonames": 170792} and r["type"] == "place"
    assert {"Deir Ezzor Governorate", "Dayr az-Zawr Governorate"} <= set(r["names"]["en"])
    assert "محافظة دير الزور" in r["names"]["ar"]


def test_governorate_counts() -> None:
    governorates = [r for r in load("syria-iraq.jsonl")[1] if r.get("feature") == "A.ADM1"]
    assert sum(r["country"] == "SY" for r in governorates) == 14
    assert sum(r["country"] == "IQ" for r in governorates) == 18


def test_al_mayadin_town_and_al_mayadeen_tv_stay_apart() -> None:
    town = entity("places-arab.jsonl", geonames=173480)
    assert town["type"] == "place" and "الميادين" in town["names"]["ar"]
    tv = entity("orgs.jsonl", id="org:al-mayadeen-tv")
    assert tv["type"] == "org" and "Al-Mayadin TV" in tv["names"]["en"]
    assert all(regex.search(r"\bTV\b|channel|قناة", n) for n in all_names(tv)), all_names(tv)


def test_seed_organizations() -> None:
    saa = entity("orgs.jsonl", id="org:syrian-arab-army")
    assert "SAA" in saa["aliases"] and "الجيش السوري" in saa["names"]["ar"]
    isis = entity("orgs.jsonl", id="org:islamic-state")
    assert {"ISIS", "ISIL", "IS"} <= set(isis["aliases"]) and "داعش" in isis["names"]["ar"]
    assert isis["xrefs"] == {"wikidata": "Q2429253"}
    pmu = entity("orgs.jsonl", id="org:popular-mobilization-units")
    assert "Hashd Al-Sha'abi" in pmu["names"]["en"] and "PMU" in pmu["aliases"]
    nujaba = entity("orgs.jsonl", id="org:harakat-hezbollah-al-nujaba")
    hezbollah = entity("orgs.jsonl", id="org:hezbollah")
    assert not set(all_names(nujaba)) & set(all_names(hezbollah))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_junk_names(path: Path) -> None:
    # issue 13: ال linked as Halle, بن as Bonn, لي as Leigh; the display name of a place (Of, Turkey) is its name
    from translit.geonames import junk_name

    for r in load(path.name)[1]:
        for script, names in r["names"].items():
            junk = [n for n in names if n != r["name"] and junk_name(n, script)]
            assert not junk, (r["id"], junk)


def test_junk_names_dropped_are_reported_in_the_header() -> None:
    header, records = load("cities-world.jsonl")
    assert header["dropped"].startswith("85 names no text can be linked by")
    bonn = entity("cities-world.jsonl", geonames=2946447)
    assert "بن" not in bonn["names"]["ar"] and "بون" in bonn["names"]["ar"]


@pytest.mark.parametrize(("code", "name", "english", "arabic"), [
    ("GB-ENG", "England", "England", "إنجلترا"),
    ("GB-SCT", "Scotland", "Scotland", "اسكتلندا"),
    ("GB-WLS", "Wales", "Cymru", "ويلز"),
    ("GB-NIR", "Northern Ireland", "Northern Ireland", "أيرلندا الشمالية"),
    ("RU-CE", "Chechenskaya Respublika", "Chechnya", "الشيشان"),
    ("ES-AR", "Aragón", "Aragon", "أراغون"),
    ("DE-BY", "Bayern", "Bavaria", "بافاريا"),
    ("YE-HD", "Ḩaḑramawt", "Hadhramaut", "حضرموت"),
    ("EG-SIN", "Shamāl Sīnā'", "North Sinai", "شمال سيناء"),
])
def test_first_level_divisions(code: str, name: str, english: str, arabic: str) -> None:
    r = entity("divisions.jsonl", id=f"place:iso:{code}")
    assert (r["type"], r["name"], r["country"], r["feature"]) == ("place", name, code[:2], "A.ADM1")
    assert english in r["names"]["en"] and arabic in r["names"]["ar"]


def test_divisions_cover_iso_3166_2_and_keep_nicknames_and_other_entities_names_out() -> None:
    header, records = load("divisions.jsonl")
    assert "pycountry" in header["source"] and "iso3166-2" in header["source"]
    assert len(records) == 3409  # 3590 first-level divisions; not US, SY, IQ (shipped apart): 3503; 94 named as others
    # or only by everyday words (Central, North West: the build script lists them)
    assert {r["country"] for r in records} >= {"GB", "RU", "ES", "DE", "CN", "IN", "EG", "YE", "SA", "FR"}
    assert not {"US", "SY", "IQ"} & {r["country"] for r in records}
    assert all(r["id"].startswith("place:iso:") and "xrefs" not in r for r in records)  # ISO gives no GeoNames ID
    names = {n for r in records for n in all_names(r)}
    assert not {"Blighty", "Land of the Rose", "The Golden State", "North Province", "Canton", "Taiwan",
                "Crimea", "Florida", "Central", "Western", "North West", "Unity", "Tobacco"} & names
    # nicknames, descriptions; a country's, a region's, a US state's name; everyday words; literal translations


@pytest.mark.parametrize(("code", "english", "arabic"), [
    ("suhh", "Soviet Union", "الاتحاد السوفيتي"),
    ("yucs", "Yugoslavia", "يوغوسلافيا"),
    ("cshh", "Czechoslovakia", "تشيكوسلوفاكيا"),
    ("ddde", "East Germany", "ألمانيا الشرقية"),
])
def test_former_countries(code: str, english: str, arabic: str) -> None:
    r = entity("countries.jsonl", id=f"country:{code}")
    assert (r["type"], r["name"]) == ("country", english) and arabic in r["names"]["ar"]


def test_iso_short_names_of_countries() -> None:
    # ISO 3166-1 calls CG Congo (pycountry, with its Arabic الكونغو); a bad translation (Moldova as Maldives) is out
    assert {"Congo", "الكونغو"} <= set(all_names(entity("countries.jsonl", id="country:cg")))
    assert "الكونغو" not in all_names(entity("countries.jsonl", id="country:cd"))
    assert "المالديف" not in all_names(entity("countries.jsonl", id="country:md"))
    assert "Republic of Korea" in entity("countries.jsonl", id="country:kr")["names"]["en"]


@pytest.mark.parametrize(("slug", "arabic"), [
    ("siberia", "سيبيريا"), ("anatolia", "الأناضول"), ("al-andalus", "الأندلس"), ("khorasan", "خراسان"),
])
def test_news_regions(slug: str, arabic: str) -> None:
    assert arabic in entity("regions.jsonl", id=f"region:{slug}")["names"]["ar"]


# the organizations first curated in syria-iraq.jsonl: they moved to orgs.jsonl under the same IDs
MOVED_ORGS = """al-arabiya al-jazeera al-manar al-masdar-news al-mayadeen-tv al-nusra-front asaib-ahl-al-haq baath-party
badr-organization free-syrian-army harakat-hezbollah-al-nujaba hayat-tahrir-al-sham hezbollah hezbollah-war-media
iraqi-army islamic-state kataib-hezbollah kurdistan-democratic-party patriotic-union-of-kurdistan
peoples-protection-units peshmerga popular-mobilization-units rt-arabic russian-armed-forces syrian-arab-army
syrian-arab-news-agency syrian-democratic-forces syrian-observatory-for-human-rights tiger-forces us-led-coalition"""


def test_organizations_live_in_one_file_under_their_old_ids() -> None:
    orgs = {r["id"] for r in load("orgs.jsonl")[1]}
    assert {f"org:{name}" for name in MOVED_ORGS.split()} <= orgs
    assert not [r["id"] for r in load("syria-iraq.jsonl")[1] if r["type"] != "place"]


@pytest.mark.parametrize("name, kind", [("orgs.jsonl", "org"), ("people.jsonl", "person")])
def test_orgs_and_people_have_both_scripts_and_capital_aliases(name: str, kind: str) -> None:
    records = load(name)[1]
    assert len(records) >= 250
    for r in records:
        assert r["type"] == kind and r["id"].startswith(f"{kind}:"), r["id"]
        assert r["names"]["en"] and r["names"]["ar"], r["id"]
        assert all(a.isupper() for a in r.get("aliases", [])), r["id"]  # abbreviations match only in capitals
        assert set(r.get("xrefs", {})) <= {"wikidata"} and r.get("country", "XX").isupper(), r["id"]


def test_people_cover_the_arab_league_the_g20_and_the_region() -> None:
    g20 = set("AR AU BR CA CN FR DE IN ID IT JP KR MX RU SA ZA TR GB US".split())
    countries = {r.get("country") for r in load("people.jsonl")[1]}
    assert ARAB_LEAGUE | g20 | {"IR", "IL"} <= countries


def test_no_two_people_share_a_name() -> None:
    owners: dict[str, set[str]] = {}
    for r in load("people.jsonl")[1]:
        for n in all_names(r):
            owners.setdefault(folded_key(n), set()).add(r["id"])
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_people_of_every_field_news_names() -> None:
    """Issue 14: besides heads of state, writers, scientists, artists, athletes and officials news names."""
    for pid, name in [("person:naguib-mahfouz", "نجيب محفوظ"), ("person:albert-einstein", "أينشتاين"),
                      ("person:umm-kulthum", "أم كلثوم"), ("person:zinedine-zidane", "زين الدين زيدان"),
                      ("person:boris-yeltsin", "يلتسين"), ("person:ibn-khaldun", "ابن خلدون")]:
        assert name in entity("people.jsonl", id=pid)["names"]["ar"], pid
    assert "رايس" in entity("people.jsonl", id="person:condoleezza-rice")["names"]["ar"]  # called by surname alone
    # a last name word the linker would read alone later in the text: left out when it is an ordinary word
    last = {folded_key(n).rpartition(" ")[2] for r in load("people.jsonl")[1] for n in r["names"]["ar"] if " " in n}
    assert not last & {folded_key(w) for w in ("الوزير", "أمام", "السيد", "الشيخ", "بيت", "غير", "بين", "المصري",
                                                "الفلسطيني", "السوري", "الليبي", "ضيوف", "ديون", "سماحة", "نضال")}


def test_no_football_club_takes_a_place_name(script: Callable[[str], ModuleType]) -> None:
    entities = script("build_entities")
    clubs = {f"org:{slug(row[1][0])}" for row in entities.parse_table(entities.CLUBS, 5)}
    places = {folded_key(n) for path in FILES if path.name not in ("orgs.jsonl", "people.jsonl")
              for r in load(path.name)[1] for n in all_names(r)}
    taken = {n: r["id"] for r in load("orgs.jsonl")[1] if r["id"] in clubs for n in all_names(r)
             if folded_key(n) in places}
    assert len(clubs) >= 30 and taken == {}  # ميلان and Benfica stay the city's and the parish's
    sports_names = {n for r in load("orgs.jsonl")[1] for n in r.get("sports_names", [])}
    assert {"برشلونة", "Barcelona", "ميلان", "العربي"} <= sports_names  # the club's only beside sports words


def test_people_and_organizations_spot_checks() -> None:
    assert entity("people.jsonl", id="person:bashar-al-assad") == {
        "id": "person:bashar-al-assad", "type": "person", "name": "Bashar al-Assad",
        "names": {"en": ["Bashar al-Assad", "Bashar Assad", "Bashar al-Asad"], "ar": ["بشار الأسد", "بشار حافظ الأسد"]},
        "country": "SY"}
    trump = entity("people.jsonl", id="person:donald-trump")
    assert {"دونالد ترامب", "ترامب", "ترمب"} <= set(trump["names"]["ar"])
    abbas = entity("people.jsonl", id="person:mahmoud-abbas")
    assert "عباس" not in all_names(abbas) and "أبو مازن" in abbas["names"]["ar"]  # عباس alone is a common name
    king = entity("people.jsonl", id="person:abdullah-ii-of-jordan")
    assert {"عبد الله الثاني", "عبدالله الثاني"} <= set(king["names"]["ar"])  # both spellings news uses
    un = entity("orgs.jsonl", id="org:united-nations")
    assert un["aliases"] == ["UN", "U.N."] and "الأمم المتحدة" in un["names"]["ar"]
    fatah = entity("orgs.jsonl", id="org:fatah")
    assert "فتح" not in all_names(fatah) and "حركة فتح" in fatah["names"]["ar"]  # فتح alone is 'opened'
    club = entity("orgs.jsonl", id="org:fc-barcelona")
    assert "برشلونة" not in all_names(club) and "Barcelona" not in all_names(club)  # the city's names
    assert club["sports_names"] == ["Barcelona", "برشلونة"]
