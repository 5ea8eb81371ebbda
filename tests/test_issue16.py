"""Issue 16, the adversarial audit: nothing lost, nothing corrupted, no traceback, no hang.

One test (or a few) per numbered item of the issue, named after it; docs/reliability.md maps each bad input
to its test. Every test runs in tmp_path: before the fixes, item 1 emptied the current directory.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

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


# --- 14. processes sharing an empty index cache ------------------------------------------------------------


def test_item14_a_builder_finishing_second_keeps_the_winners_index(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Another process finishes the same index while this one builds: this one keeps it (a reader has it open)."""
    import translit.lexicon as lexicon_module
    from translit.index import Index

    real_build = lexicon_module.build
    seen: dict[str, object] = {}

    def race(records: object, target: Path, **kwargs: object) -> None:
        real_build([HOMS], target, **kwargs)  # the competitor wins
        seen["reader"] = Index(target)
        seen["inode"] = (target / "meta.json").stat().st_ino
        real_build(records, target, **kwargs)  # then this build ends

    monkeypatch.setattr(lexicon_module, "build", race)
    lex = lexicon(tmp_path / "mine.jsonl", HOMS)
    opened = lexicon_module.Lexicon([lex], defaults=False, cache=tmp_path / "cache")
    assert (opened.index.path / "meta.json").stat().st_ino == seen["inode"]
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [opened.index.path.name]  # no temp folder left


def _open_when_released(lex: str, cache: str, go: object, out: object) -> None:
    from translit.lexicon import Lexicon

    go.wait()  # type: ignore[attr-defined]
    try:
        out.put(Lexicon([lex], defaults=False, cache=Path(cache)).resolve("Homs")[0].id)  # type: ignore[attr-defined]
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which fails the test with it
        out.put(repr(exc))  # type: ignore[attr-defined]


def test_item14_processes_opening_an_empty_cache_at_once_all_succeed(tmp_path: Path) -> None:
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    lex = lexicon(tmp_path / "mine.jsonl", HOMS)
    go, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_open_when_released, args=(str(lex), str(tmp_path / "cache"), go, out))
             for _ in range(6)]
    for p in procs:
        p.start()
    go.set()
    results = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(30)
    assert results == ["place:sy:homs"] * 6
    assert len(list((tmp_path / "cache").iterdir())) == 1


# --- 15, 16. --jobs: a lost worker is an error, not a hang; a bad line stops like a serial run ----------------


def test_item16_jobs_bad_line_stops_like_a_serial_run(tmp_path: Path) -> None:
    """The good lines before the bad one come out, as serially, and the error names the line once."""
    lines = [json.dumps({"text": f"line {i}"}) for i in range(600)]
    lines[400] = "{not json"
    data = "\n".join(lines) + "\n"
    runs = [subprocess.run([sys.executable, "-m", "translit", "normalize", "--text-key", "text", *jobs],
                           input=data.encode(), capture_output=True, timeout=120) for jobs in ([], ["--jobs", "2"])]
    serial, parallel = runs
    assert serial.returncode == parallel.returncode == 1
    assert parallel.stdout == serial.stdout and len(serial.stdout.splitlines()) == 400
    assert parallel.stderr == serial.stderr
    assert parallel.stderr.decode().count("<stdin>") == 1 and "<stdin>:401: not valid JSON" in parallel.stderr.decode()


def test_item15_a_killed_worker_stops_the_run_with_an_error(tmp_path: Path) -> None:
    """kill -9 of a --jobs worker: exit 1 naming records, -o keeps its old content, no temp file, no hang."""
    psutil = pytest.importorskip("psutil")  # with distributed, a dev dependency
    out = write(tmp_path / "out.txt", "old\n")
    proc = subprocess.Popen([sys.executable, "-m", "translit", "normalize", "--jobs", "2", "-o", str(out)],
                            stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert proc.stdin is not None
        proc.stdin.write(b"Clashes near Albukamal\n" * 20_000)  # past a read: the pool starts; stdin stays open
        proc.stdin.flush()
        deadline = time.monotonic() + 60
        children: list[Any] = []
        while len(children) < 2 and time.monotonic() < deadline:
            children = psutil.Process(proc.pid).children()
            time.sleep(0.05)
        assert len(children) == 2, "the workers never started"
        children[0].kill()
        children[0].wait(30)
        _, err = proc.communicate(b"Clashes near Albukamal\n" * 2000, timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 1, err
    assert "a worker process died" in err.decode() and "by records " in err.decode()
    assert out.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]
