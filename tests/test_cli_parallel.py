"""--jobs keeps order and output identical to a serial run; --shard splits records without losing any."""

from __future__ import annotations

from pathlib import Path

import pytest

from translit.cli import main

SEED = Path(__file__).parent / "data" / "seed" / "albukamal-2017-11-08.txt"


@pytest.fixture(scope="module")
def many_lines(tmp_path_factory: pytest.TempPathFactory) -> Path:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    path = tmp_path_factory.mktemp("in") / "many.txt"
    path.write_text("\n".join(f"{i}: {lines[i % len(lines)]}" for i in range(1200)) + "\n", encoding="utf-8")
    return path


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(args) == 0
    return capsys.readouterr().out.splitlines()


def test_jobs_two_equals_serial(many_lines: Path, capsys: pytest.CaptureFixture[str]) -> None:
    serial = run(["link", "--format", "jsonl", "--tokens", str(many_lines)], capsys)
    parallel = run(["link", "--format", "jsonl", "--tokens", "--jobs", "2", str(many_lines)], capsys)
    assert len(serial) == 1200
    assert parallel == serial


def test_shards_partition_the_records(many_lines: Path, capsys: pytest.CaptureFixture[str]) -> None:
    whole = run(["normalize", str(many_lines)], capsys)
    shards = [run(["normalize", "--shard", f"{i}/3", str(many_lines)], capsys) for i in range(3)]
    assert [len(s) for s in shards] == [400, 400, 400]
    assert [line for k in range(400) for s in shards for line in s[k:k + 1]] == whole


@pytest.mark.parametrize("bad", ["3/3", "x", "1/0", "-1/2"])
def test_bad_shard_is_a_usage_error(bad: str, many_lines: Path) -> None:
    assert main(["normalize", "--shard", bad, str(many_lines)]) == 2


def test_tsv_and_html_formats(many_lines: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = run(["link", "--format", "tsv", "--jobs", "2", str(many_lines)], capsys)
    assert rows[0].split("\t")[:4] == ["record", "start", "end", "surface"]
    first = [r.split("\t") for r in rows[1:] if r.startswith("1\t")]
    assert [(r[3], r[4]) for r in first][:2] == [("BEIRUT", "place:lb:beirut-276781"), ("LEBANON", "country:lb")]
    page = "\n".join(run(["link", "--format", "html", str(SEED)], capsys))
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert page.count('data-id="place:sy:albu-kamal-174448"') == 10  # every spelling in the article


def test_lexicon_export_spacy_patterns(capsys: pytest.CaptureFixture[str]) -> None:
    user = Path(__file__).parent / "data" / "user-lexicon.jsonl"
    lines = run(["lexicon", "export", "--no-default-lexicons", str(user)], capsys)
    assert '{"label": "GPE", "pattern": "Abu Kamal", "id": "place:sy:abu-kamal"}' in lines
    assert '{"label": "ORG", "pattern": "داعش", "id": "org:islamic-state"}' in lines


def test_output_to_a_pipe_writes_through_and_keeps_the_pipe(tmp_path: Path) -> None:
    """-o /dev/null or a FIFO must not be replaced by a renamed temp file (regression: it was, as root)."""
    import os
    import stat
    import threading

    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    assert main(["normalize", str(SEED), "-o", str(fifo)]) == 0
    reader.join(timeout=10)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert got and got[0].splitlines()[0].startswith("date 2017-11-08 BEIRUT")
