"""Leftovers of killed runs: temporary names carry the writer's PID, and the next writer removes dead ones."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from translit import index, tempfiles
from translit.records import atomic_output
from translit.variants import FOLDED


@pytest.fixture(scope="module")
def dead_pid() -> int:
    """The PID of a process that has exited (and been reaped)."""
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(proc.stdout)


@pytest.mark.skipif(os.name != "posix", reason="liveness by signal 0")
def test_next_output_removes_only_dead_writers_temp_files(tmp_path: Path, dead_pid: int) -> None:
    names = {
        f".out.jsonl.{dead_pid}.abc123.tmp": False,  # a killed run's: removed
        f".out.jsonl.{os.getpid()}.def456.tmp": True,  # a live writer's (this process): kept
        f".out.jsonl.7.{dead_pid}.ghi789.tmp": True,  # out.jsonl.7's temp file, not out.jsonl's: kept
        ".out.jsonl.abc.tmp": True,  # no PID (an older translit's name): kept
        "out.jsonl.bak": True,
    }
    for name in names:
        (tmp_path / name).write_text("partial")
    (tmp_path / f".build-{dead_pid}.xyz.tmp").mkdir()  # not an output's: kept by atomic_output
    with atomic_output(str(tmp_path / "out.jsonl"), inputs=[]) as out:
        out.write("{}\n")
    left = {p.name for p in tmp_path.iterdir()}
    assert left == {n for n, kept in names.items() if kept} | {f".build-{dead_pid}.xyz.tmp", "out.jsonl"}


@pytest.mark.skipif(os.name != "posix", reason="liveness by signal 0")
def test_index_build_removes_a_killed_builds_directory(tmp_path: Path, dead_pid: int) -> None:
    stale = tmp_path / f".build-{dead_pid}.k1ll3d.tmp"
    stale.mkdir()
    (stale / "keys.marisa").write_bytes(b"half")
    index.build([{"id": "place:sy:homs", "type": "place", "name": "Homs"}], tmp_path / "idx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["idx"]
    assert [n for n, _ in index.Index(tmp_path / "idx").get(FOLDED, "homs")] == [0]


def test_temporary_names_carry_the_pid() -> None:
    assert tempfiles.prefix(".out.jsonl.") == f".out.jsonl.{os.getpid()}."
