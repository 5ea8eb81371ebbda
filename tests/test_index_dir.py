"""A compiled index users keep: `translit lexicon compile FILES -o DIR`, then `--index DIR` / Normalizer(index=)."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

import translit
from translit.cli import main

USER = Path(__file__).parent / "data" / "user-lexicon.jsonl"
TEXT = "Clashes near Al-Bukamal and in Deir ez-Zor, قصف على البو كمال والرقة\n"


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("kept") / "index"
    assert main(["lexicon", "compile", "--no-default-lexicons", str(USER), "-o", str(out)]) == 0
    return out


def test_link_with_a_kept_index_is_the_same_as_with_its_files(index_dir: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    inp = tmp_path / "in.txt"
    inp.write_text(TEXT, encoding="utf-8")
    assert main(["link", "--format", "jsonl", "--index", str(index_dir), str(inp)]) == 0
    kept = capsys.readouterr().out
    assert main(["link", "--format", "jsonl", "--no-default-lexicons", "--lexicon", str(USER), str(inp)]) == 0
    assert kept == capsys.readouterr().out
    ids = [m["id"] for m in json.loads(kept)["mentions"]]
    assert ids == ["place:sy:abu-kamal", "place:sy:deir-ez-zor", "place:sy:abu-kamal", "place:sy:raqqa"]


def test_resolve_and_the_library_open_a_kept_index(index_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", "--index", str(index_dir), "Abu Kemal"]) == 0
    assert json.loads(capsys.readouterr().out)["candidates"][0]["id"] == "place:sy:abu-kamal"
    nlp = translit.Normalizer(index=index_dir)
    assert [m.id for m in nlp(TEXT).mentions][:1] == ["place:sy:abu-kamal"]
    again = pickle.loads(pickle.dumps(nlp.lexicon))  # workers reopen the same directory
    assert again.index.path == nlp.lexicon.index.path


def test_index_with_lexicon_options_is_a_usage_error(index_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["link", "--index", str(index_dir), "--lexicon", str(USER)]) == 2
    assert "--index" in capsys.readouterr().err


def test_a_compiled_index_is_byte_identical_on_rebuild(index_dir: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    assert main(["lexicon", "compile", "--no-default-lexicons", str(USER), "-o", str(again)]) == 0
    for f in sorted(p.name for p in index_dir.iterdir() if p.name != "meta.json"):
        assert (again / f).read_bytes() == (index_dir / f).read_bytes(), f
