"""Lexicon files: validation with file:line errors, duplicate IDs, shared names, and the compiled index."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from translit.cli import main
from translit.errors import LexiconError
from translit.index import Index
from translit.lexicon import Lexicon, read_records, validate

GOOD = {"id": "place:sy:homs", "type": "place", "name": "Homs", "names": {"ar": ["حمص"]}}


def write(path: Path, *records: object) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("bad, message", [
    ({"name": "Homs"}, "'id' is required"),
    ({"id": "x", "name": ""}, "'name' is required"),
    ({"id": "a b", "name": "Homs"}, "contains whitespace"),
    ({"id": "x", "name": "Homs", "type": "city"}, "type 'city' is not one of"),
    ({"id": "x", "name": "Homs", "names": {"ar": "حمص"}}, "'names' must map"),
    ({"id": "x", "name": "Homs", "aliases": "Hims"}, "'aliases' must be a list"),
    ({"id": "x", "name": "Homs", "population": -3}, "'population' must be"),
    ({"id": "x", "name": "Homs", "xrefs": [1]}, "'xrefs' must be an object"),
    ("{not json", "not valid JSON"),
    ("[1, 2]", "expected a JSON object"),
    ({"format": "translit-lexicon", "version": 9}, "version 9"),
])
def test_bad_record_names_file_and_line(tmp_path: Path, bad: object, message: str) -> None:
    path = write(tmp_path / "lex.jsonl", GOOD, bad)
    with pytest.raises(LexiconError) as err:
        list(read_records(path))
    assert err.value.line == 2 and err.value.path == str(path)
    assert message in str(err.value) and str(err.value).startswith(f"{path}:2: ")


def test_validate_reports_every_error_duplicates_and_shared_names(tmp_path: Path) -> None:
    a = write(tmp_path / "a.jsonl", GOOD, {"id": "x", "name": ""}, {"id": "y", "name": "Hims", "aliases": ["Homs"]})
    b = write(tmp_path / "b.jsonl", GOOD)
    report = validate([a, b])
    assert any(e.startswith(f"{a}:2: ") for e in report.errors)
    assert any("duplicate id 'place:sy:homs'" in e and e.startswith(f"{b}:1") for e in report.errors)
    assert report.ambiguous["homs"] == ["place:sy:homs", "y"]


def test_cli_validate_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write(tmp_path / "good.jsonl", GOOD)
    assert main(["lexicon", "validate", str(good)]) == 0
    bad = write(tmp_path / "bad.jsonl", GOOD, {"id": "x"})
    assert main(["lexicon", "validate", str(bad)]) == 1
    assert f"{bad}:2: 'name' is required" in capsys.readouterr().err


def test_index_is_rebuilt_when_tampered(tmp_path: Path) -> None:
    path = write(tmp_path / "lex.jsonl", GOOD)
    lex = Lexicon([path], defaults=False, cache=tmp_path / "cache")
    assert [c.id for c in lex.resolve("حمص")] == ["place:sy:homs"]
    entities = lex.index.path / "entities.jsonl"
    entities.write_bytes(entities.read_bytes().replace(b"Homs", b"Hxms"))
    with pytest.raises(LexiconError, match="checksum"):
        Index(lex.index.path)
    again = Lexicon([path], defaults=False, cache=tmp_path / "cache")  # stale index detected and rebuilt
    assert again.resolve("Homs")[0].name == "Homs"


def test_index_refuses_a_foreign_directory(tmp_path: Path) -> None:
    (tmp_path / "meta.json").write_text('{"format": "something-else", "version": 1}')
    with pytest.raises(LexiconError, match="rebuild"):
        Index(tmp_path)


def test_user_lexicon_edit_changes_the_index(tmp_path: Path) -> None:
    path = write(tmp_path / "lex.jsonl", GOOD)
    assert Lexicon([path], defaults=False, cache=tmp_path / "c").resolve("Emesa") == []
    write(path, GOOD | {"aliases": ["Emesa"]})
    assert Lexicon([path], defaults=False, cache=tmp_path / "c").resolve("Emesa")[0].id == "place:sy:homs"


def test_fuzzy_stage_takes_one_edit_and_scores_by_letters_in_common(tmp_path: Path) -> None:
    from translit.resolver import rank

    sousse = {"id": "place:tn:hammam-sousse", "type": "place", "name": "Hammam Sousse", "country": "TN",
              "population": 40000}
    lex = Lexicon([write(tmp_path / "lex.jsonl", sousse)], defaults=False, cache=tmp_path / "c")
    prior = 0.85 + 0.15 * min(0.85, 0.3 + 0.55 * math.log10(40001) / 7)
    # loose keys against hamamsusa: a letter changed, one missing, one too many; score 2 x common / all letters
    for query, key, common in (("Hamman-Sousse", "hamansusa", 8), ("Hammam Sous", "hamamsus", 8),
                               ("Hammami Sousse", "hamamisusa", 9)):
        [(n, score, method)] = rank(lex, query)
        assert method == "fuzzy"
        assert score == pytest.approx(0.75 * 2 * common / (len(key) + 9) * prior, abs=1e-9)
    assert rank(lex, "Hamman Sous") == []  # two edits away is no spelling of it


def test_a_name_means_the_place_it_is_the_main_name_of(tmp_path: Path) -> None:
    # GeoNames lists "Alexandria" among Mashhad's alternate names; the city called Alexandria comes first,
    # even where the other is more populous
    alexandria = {"id": "place:eg:alexandria", "type": "place", "name": "Alexandria", "country": "EG",
                  "population": 1_000_000, "names": {"ar": ["الإسكندرية"]}}
    mashhad = {"id": "place:ir:mashhad", "type": "place", "name": "Mashhad", "country": "IR",
               "population": 3_001_184, "aliases": ["Alexandria", "Meshed"]}
    lex = Lexicon([write(tmp_path / "lex.jsonl", mashhad, alexandria)], defaults=False, cache=tmp_path / "c")
    assert [c.id for c in lex.resolve("Alexandria")] == ["place:eg:alexandria"]
    assert [c.id for c in lex.resolve("Meshed")] == ["place:ir:mashhad"]


def test_diacritics_written_or_not_weigh_less_than_prominence(tmp_path: Path) -> None:
    # news writes Duma; only the village's record happens to list that spelling without its macrons
    town = {"id": "place:sy:duma", "type": "place", "name": "Dūmā", "country": "SY", "population": 111_864}
    village = {"id": "place:ps:duma", "type": "place", "name": "Dūmā", "country": "PS", "population": 2_157,
               "aliases": ["Duma"]}
    lex = Lexicon([write(tmp_path / "lex.jsonl", village, town)], defaults=False, cache=tmp_path / "c")
    from translit.resolver import rank

    assert [(lex.index.record(n)["id"], method) for n, _, method in rank(lex, "Duma")] == [
        ("place:sy:duma", "folded"), ("place:ps:duma", "exact")]
