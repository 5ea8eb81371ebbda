"""A user's own lexicons next to the shipped ones (issue 15): the first build says so."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

import translit
import translit.lexicon

LEXICONS = Path(__file__).resolve().parents[1] / "lexicons"
FIXTURE = Path(__file__).parent / "data" / "link-fixture"
SINJAR = "place:iq:sinjar-448149"


def shipped_record(entity_id: str) -> dict[str, Any]:
    """A record of the shipped lexicons, as it is there."""
    for path in sorted(LEXICONS.glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if f'"{entity_id}"' in line:
                    rec = json.loads(line)
                    if rec.get("id") == entity_id:
                        return rec
    raise LookupError(entity_id)


def write(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def fixture_records() -> list[dict[str, Any]]:
    lines = (FIXTURE / "fixture-lexicon.jsonl").read_text(encoding="utf-8").splitlines()
    return [rec for rec in map(json.loads, lines) if "id" in rec]


@pytest.fixture
def fixture_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """The link fixture's small word lists (TRANSLIT_LEXICONS), so a build takes a fraction of a second."""
    monkeypatch.setenv("TRANSLIT_LEXICONS", str(FIXTURE))


# -- 1. the first build says so ------------------------------------------------------------------------

class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_build_says_so_on_stderr_once(tmp_path: Path, fixture_words: None,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    lex = write(tmp_path / "mine.jsonl", fixture_records()[:3])
    translit.Lexicon([lex], defaults=False, cache=tmp_path / "cache")
    out, err = capsys.readouterr()
    assert (out, err) == ("", "translit: building the index of 1 lexicon file (mine.jsonl), once (~1 s)...\n")
    translit.Lexicon([lex], defaults=False, cache=tmp_path / "cache")
    assert capsys.readouterr() == ("", "")


def test_a_build_shows_a_progress_bar_on_a_terminal(tmp_path: Path, fixture_words: None,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    lex = write(tmp_path / "mine.jsonl", fixture_records()[:3])
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    translit.Lexicon([lex], defaults=False, cache=tmp_path / "cache")
    message, _, bar = terminal.getvalue().partition("\n")
    assert message == "translit: building the index of 1 lexicon file (mine.jsonl), once (~1 s)..."
    assert "0/3 " in bar and " records/s" in bar
