"""Issue 16, the adversarial audit: nothing lost, nothing corrupted, no traceback, no hang.

One test (or a few) per numbered item of the issue, named after it; docs/reliability.md maps each bad input
to its test. Every test runs in tmp_path: before the fixes, item 1 emptied the current directory.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from translit.cli import main

HOMS = {"id": "place:sy:homs", "type": "place", "name": "Homs", "names": {"ar": ["حمص"]}}


@pytest.fixture(autouse=True)
def _in_tmp_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def write(path: Path, data: str | bytes) -> Path:
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def lexicon(path: Path, *records: dict[str, object]) -> Path:
    return write(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))


# --- 1. lexicon compile -o DIR never deletes what translit did not create -----------------------------------


def test_item01_compile_refuses_a_folder_that_is_not_an_index(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    lex = lexicon(tmp_path / "mine.jsonl", HOMS)
    notes = write(tmp_path / "notes.txt", "keep me\n")
    assert main(["lexicon", "compile", "--no-default-lexicons", str(lex), "-o", str(tmp_path)]) == 1
    assert "is not empty and is not a translit index" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.jsonl", "notes.txt"]
    assert notes.read_text() == "keep me\n" and json.loads(lex.read_text()) == HOMS


@pytest.mark.parametrize("out", [".", "./"])
def test_item01_compile_dot_refuses_the_current_directory(tmp_path: Path, out: str) -> None:
    lex = lexicon(tmp_path / "mine.jsonl", HOMS)
    assert main(["lexicon", "compile", "--no-default-lexicons", "mine.jsonl", "-o", out]) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["mine.jsonl"] and lex.exists()


@pytest.mark.parametrize("command", [["lexicon", "compile", "--no-default-lexicons"], ["normalize"]])
def test_item01_empty_output_name_is_a_usage_error(tmp_path: Path, command: list[str]) -> None:
    lex = lexicon(tmp_path / "mine.jsonl", HOMS)
    assert main([*command, str(lex), "-o", ""]) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["mine.jsonl"]


def test_item01_compile_replaces_an_index_and_fills_an_empty_folder(tmp_path: Path) -> None:
    from translit.index import Index

    lex = lexicon(tmp_path / "mine.jsonl", HOMS)
    out = tmp_path / "idx"
    out.mkdir()
    for _ in range(2):  # an empty folder, then the index compiled there the first time
        assert main(["lexicon", "compile", "--no-default-lexicons", str(lex), "-o", str(out)]) == 0
        assert len(Index(out)) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["idx", "mine.jsonl"]  # no temp folder left


def test_item01_compile_refuses_a_file(tmp_path: Path) -> None:
    lex = lexicon(tmp_path / "mine.jsonl", HOMS)
    assert main(["lexicon", "compile", "--no-default-lexicons", str(lex), "-o", str(lex)]) == 1
    assert json.loads(lex.read_text()) == HOMS


# --- 2. -o never replaces a file the run reads -------------------------------------------------------------


def test_item02_output_over_a_user_lexicon_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lex = lexicon(tmp_path / "mine.jsonl", HOMS)
    before = lex.read_bytes()
    text = write(tmp_path / "t.txt", "Clashes in Homs\n")
    assert main(["link", "--no-default-lexicons", "--lexicon", str(lex), str(text), "-o", str(lex)]) == 1
    assert "output would overwrite input file" in capsys.readouterr().err
    assert lex.read_bytes() == before


def test_item02_output_over_the_file_stdin_reads_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    text = write(tmp_path / "in.txt", "Clashes in Homs\n")
    with open(text, "rb") as f:
        monkeypatch.setattr("sys.stdin", type("In", (), {"fileno": f.fileno, "buffer": f})())
        assert main(["normalize", "-o", "in.txt"]) == 1
    assert "output would overwrite input file <stdin>" in capsys.readouterr().err
    assert text.read_text() == "Clashes in Homs\n"


def test_item02_export_over_a_lexicon_is_refused(tmp_path: Path) -> None:
    lex = lexicon(tmp_path / "mine.jsonl", HOMS)
    assert main(["lexicon", "export", "--no-default-lexicons", str(lex), "-o", str(lex)]) == 1
    assert json.loads(lex.read_text()) == HOMS
