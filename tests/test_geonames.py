"""translit.geonames: GeoNames dump rows -> lexicon records, on real rows in the dump layout."""

from __future__ import annotations

import gzip
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from translit.errors import LexiconError
from translit.geonames import junk_name, place_record, read_dump

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "geonames-sample.txt"
MALFORMED = DATA / "geonames-malformed.txt"


def by_geonames_id(path: Path = SAMPLE, **filters: object) -> dict[int, dict]:
    return {r["xrefs"]["geonames"]: r for r in read_dump(path, **filters)}  # type: ignore[arg-type]


def test_abu_kamal_exact_record() -> None:
    assert by_geonames_id()[174448] == {
        "id": "place:sy:albu-kamal-174448",
        "type": "place",
        "name": "Ālbū Kamāl",
        "names": {
            "en": ["Ālbū Kamāl", "Albu Kamal", "Abou Kemal", "Abu Kamal", "Abu Kemal", "Abu Kemāl", "Abu-Kamal'",
                   "Abū Kamāl", "Al-Bukamal", "Al-bu-Kamal", "Bukmal", "Hindane", "Hindané"],
            "ar": ["أبو كمال", "البو كمال"],
        },
        "xrefs": {"geonames": 174448},
        "country": "SY",
        "admin1": "07",
        "population": 57572,
        "feature": "P.PPLA2",
    }


def test_al_qaim_drops_machine_skeletons_and_keeps_arabic() -> None:
    r = by_geonames_id()[92138]
    assert r["id"] == "place:iq:al-qaim-92138"
    assert r["population"] == 74100
    assert r["names"]["ar"] == ["القائم", "حصيبة", "مركز قضاء القائم"]
    assert {"Al-Qa'im", "Al Qa'im", "Husaybah", "Markaz Qaḑā‘ al Qā‘im"} <= set(r["names"]["en"])
    for skeleton in ("alqaym", "hsybt", "ʼl-qʼʼm"):  # all-lowercase transliterations from Arabic/Hebrew
        assert skeleton not in r["names"]["en"]
    assert "Ел Каим" not in r["names"]["en"] + r["names"]["ar"]  # Cyrillic: neither list


def test_beirut_drops_codes_lowercase_names_and_invisible_characters() -> None:
    r = by_geonames_id()[276781]
    en = r["names"]["en"]
    assert en[0] == "Beirut" and len(en) == len(set(en))
    assert "BEY" not in en  # IATA code
    assert not {"bairut", "byrwt", "bei lu te", "beiluteu"} & set(en)
    assert "Beyrutʻ" in en and not any("\xad" in n for n in en)  # soft hyphen removed, not a separate name
    assert r["names"]["ar"] == ["بيروت", "بَيْرُوت", "بیروت", "بېيرۇت", "بەیرووت"]
    assert r["xrefs"] == {"geonames": 276781} and r["feature"] == "P.PPLC"


def test_al_mayadin_is_a_place() -> None:
    r = by_geonames_id()[173480]
    assert (r["id"], r["type"]) == ("place:sy:al-mayadin-173480", "place")
    assert r["names"]["ar"] == ["الميادين", "ميادين"]
    assert "almyadyn" not in r["names"]["en"] and "Al-Mayadeen" in r["names"]["en"]


def test_country_row_is_typed_country() -> None:
    r = by_geonames_id()[163843]
    assert (r["type"], r["feature"], r["population"]) == ("country", "A.PCLI", 16906283)
    assert r["names"] == {"en": ["Syria", "Syrian Arab Republic", "Syrie", "Siria"], "ar": ["سوريا", "سورية"]}


def test_default_filters_keep_populated_places_and_admin_areas() -> None:
    ids = set(by_geonames_id())
    assert ids == {174448, 173480, 170794, 170654, 174506, 92138, 99072, 276781, 265846, 267008, 163843}
    assert 6255152 not in ids  # Antarctica is L.CONT


def test_country_population_and_class_filters() -> None:
    assert set(by_geonames_id(countries={"lb"})) == {276781, 265846, 267008}
    assert set(by_geonames_id(countries={"IQ"}, min_population=100_000)) == {99072}
    assert set(by_geonames_id(feature_classes={"A"})) == {163843}
    assert set(by_geonames_id(countries={"LB"}, min_population=1)) == {276781, 267008}  # Zghartā has 0


def test_all_feature_classes_and_a_row_without_country() -> None:
    r = by_geonames_id(feature_classes=None)[6255152]
    assert r["id"] == "place:antarctica-6255152" and "country" not in r
    assert r["feature"] == "L.CONT" and r["names"]["ar"] == ["القطب الجنوبي", "أنتاركتيكا"]


def test_malformed_row_reports_its_line_after_streaming_the_good_ones() -> None:
    records = read_dump(MALFORMED)
    assert next(records)["xrefs"] == {"geonames": 174448}
    with pytest.raises(LexiconError) as err:
        next(records)
    assert err.value.line == 3 and err.value.path == str(MALFORMED)
    assert "expected 19 tab-separated columns" in str(err.value) and "found 18" in str(err.value)
    assert str(err.value).startswith(f"{MALFORMED}:3: ")


def _sample_rows() -> list[str]:
    return [line for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


@pytest.mark.parametrize(("column", "value", "what"), [(14, "57,572", "population"), (0, "17444x", "geonameid")])
def test_non_integer_columns_raise_with_the_line(tmp_path: Path, column: int, value: str, what: str) -> None:
    rows = _sample_rows()
    cols = rows[1].split("\t")
    cols[column] = value
    path = tmp_path / "SY.txt"
    path.write_text("\n".join([rows[0], "", "\t".join(cols)]) + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=what) as err:
        list(read_dump(path))
    assert err.value.line == 3


def test_non_utf8_raises_with_the_line(tmp_path: Path) -> None:
    path = tmp_path / "SY.txt"
    path.write_bytes(SAMPLE.read_bytes() + "5\tZgharta\tZghart\xe9\n".encode("latin-1"))  # a Latin-1 row
    with pytest.raises(LexiconError, match="not UTF-8") as err:
        list(read_dump(path))
    assert err.value.line == len(SAMPLE.read_bytes().splitlines()) + 1


def test_gz_and_zip_read_like_the_plain_file(tmp_path: Path) -> None:
    plain = list(read_dump(SAMPLE))
    gz = tmp_path / "SY.txt.gz"
    gz.write_bytes(gzip.compress(SAMPLE.read_bytes()))
    zipped = tmp_path / "SY.zip"
    with zipfile.ZipFile(zipped, "w") as z:
        z.writestr("readme.txt", "GeoNames readme")
        z.write(SAMPLE, "SY.txt")
    assert list(read_dump(gz)) == plain
    assert list(read_dump(zipped)) == plain


def test_zip_with_two_dumps_is_refused(tmp_path: Path) -> None:
    zipped = tmp_path / "two.zip"
    with zipfile.ZipFile(zipped, "w") as z:
        z.write(SAMPLE, "SY.txt")
        z.write(SAMPLE, "IQ.txt")
    with pytest.raises(LexiconError, match="expected one GeoNames .txt file"):
        list(read_dump(zipped))


def test_place_record_keeps_main_name_and_drops_digits_and_mixed_script() -> None:
    r = place_record(1, "القائم", "", ["Route 66", "Al Qaim", "القائم 2", "Al القائم", "Al Qaim"], "IQ", 5,
                     feature_class="P", feature_code="PPL")
    assert r["names"] == {"en": ["Al Qaim"], "ar": ["القائم"]}
    assert r["id"] == "place:iq:lqym-1"  # unidecode's loose romanization; the GeoNames ID keeps it unique
    assert "admin1" not in r and r["feature"] == "P.PPL"


JUNK_NAMES = DATA / "geonames-junk-names.txt"


def test_import_drops_short_arabic_names_and_function_words_and_counts_them() -> None:
    # issue 13: ال linked as Halle and بن as Bonn; From, Off and Can are GeoNames' other names of Frome, Of, Caen
    junk: Counter[str] = Counter()
    records = by_geonames_id(JUNK_NAMES, junk=junk)
    assert records[2796696]["names"]["ar"] == ["هاله"]  # Halle: ال dropped
    assert records[2946447]["names"]["ar"] == ["بون"]  # Bonn: بن dropped
    assert records[741240]["names"]["en"][0] == "Of"  # the display name stays; the other name Off goes
    assert "Off" not in records[741240]["names"]["en"] and "Can" not in records[3029241]["names"]["en"]
    assert junk == Counter({"ال": 1, "بن": 1, "Off": 1, "Can": 1})


@pytest.mark.parametrize(("name", "script", "junk"), [
    ("ال", "ar", True), ("بن", "ar", True), ("لي", "ar", True), ("ام", "ar", True), ("إب", "ar", True),
    ("على", "ar", True), ("إلى", "ar", True), ("الى", "ar", True), ("ابن", "ar", True), ("هذه", "ar", True),
    ("The", "en", True), ("From", "en", True), ("off", "en", True),
    ("عمان", "ar", False), ("قطر", "ar", False), ("بون", "ar", False), ("Bath", "en", False), ("US", "en", False),
    ("Hal", "en", False),
])
def test_junk_name(name: str, script: str, junk: bool) -> None:
    assert junk_name(name, script) is junk


def test_junk_names_never_reach_a_record_in_either_script() -> None:
    r = place_record(1, "Halle", "Halle", ["ال", "Of", "من", "هال", "Hal"], "BE", 30000)
    assert r["names"] == {"en": ["Halle", "Hal"], "ar": ["هال"]}


def test_import_geonames_cli_reports_the_dropped_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from translit.cli import main
    from translit.lexicon import read_records

    out = tmp_path / "places.jsonl"
    assert main(["lexicon", "import-geonames", str(JUNK_NAMES), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "translit: dropped 4 names no text can be linked by" in err and "ال, بن, Off, Can" in err
    names = {n for _, r in read_records(out) for ns in r["names"].values() for n in ns}
    assert not {"ال", "بن", "Off", "Can"} & names and len(list(read_records(out))) == 4
