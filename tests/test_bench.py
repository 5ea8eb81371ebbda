"""The link benchmark script runs end to end (a smoke test, deselected by default: `pytest -m bench`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ARABIC = "وصلت القوات إلى البوكمال ( د ب أ ) ثم دير الزور ."


@pytest.mark.bench
def test_bench_link_targets_on_ten_kilobytes(tmp_path: Path) -> None:
    pytest.importorskip("flashtext")
    anercorp = tmp_path / "dev.txt"  # ANERcorp's layout: one 'token TAG' a line, a blank line between sentences
    anercorp.write_text("".join(f"{w} O\n" for w in ARABIC.split()) + "\n", encoding="utf-8")
    lexicon = REPO / "tests" / "data" / "user-lexicon.jsonl"
    run = subprocess.run([sys.executable, str(REPO / "scripts" / "bench_link.py"), "--targets", "--mb", "0.01",
                          "--rounds", "1", "--lexicons", str(lexicon), "--anercorp", str(anercorp),
                          "--work", str(tmp_path / "work"), "--profile"],
                         capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    assert "| **translit / flashtext** (CPU), median (range) | **" in run.stdout
    assert "| match, gate and rank (Linker.link) | " in run.stdout


@pytest.mark.bench
def test_bench_matchers_agree_on_the_same_keys(tmp_path: Path) -> None:
    for module in ("flashtext", "ahocorasick", "daachorse", "ahocorasick_rs"):
        pytest.importorskip(module)
    corpus = tmp_path / "news.txt"
    corpus.write_text(f"{ARABIC}\nFrom Deir ez-Zor to Albukamal and Damascus.\n", encoding="utf-8")
    lexicon = REPO / "tests" / "data" / "user-lexicon.jsonl"
    run = subprocess.run([sys.executable, str(REPO / "scripts" / "bench_matchers.py"), "--lexicons", str(lexicon),
                          "--corpus", str(corpus), "--work", str(tmp_path)],
                         capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    rows = {line.split(" | ")[0].strip("| "): line.split(" | ") for line in run.stdout.splitlines()
            if line.startswith("| ") and not line.startswith("| matcher")}
    assert set(rows) == {"daachorse", "ahocorasick_rs", "pyahocorasick", "marisa", "flashtext"}
    # the two leftmost-longest automata find the same words
    assert rows["ahocorasick_rs"][5] == rows["daachorse"][5] != "0"
    assert rows["ahocorasick_rs"][6] == "0 / 0"
