"""The wheel must carry the shipped lexicons (force-included from the top-level lexicons/)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "-o", str(out), str(ROOT)],
                   check=True, capture_output=True)
    (whl,) = out.glob("*.whl")
    return whl


def test_wheel_contains_every_shipped_lexicon(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = sorted(p.name for p in (ROOT / "lexicons").iterdir() if p.is_file())
    assert shipped, "no lexicons in the repository"
    assert [n for n in shipped if f"translit/lexicons/{n}" not in names] == []


def test_wheel_contains_the_models_and_tables(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = sorted(p.name for p in (ROOT / "translit" / "data").iterdir() if p.suffix == ".json")
    assert shipped == ["buckwalter.json", "confidence.json", "crossscript.json", "news-spellings.json"]
    assert [n for n in shipped if f"translit/data/{n}" not in names] == []


def test_wheel_contains_typing_marker_and_cli(wheel: Path) -> None:
    zf = zipfile.ZipFile(wheel)
    names = set(zf.namelist())
    assert "translit/py.typed" in names
    (entry_points,) = [n for n in names if n.endswith("entry_points.txt")]
    assert "translit = translit.cli:run" in zf.read(entry_points).decode()
