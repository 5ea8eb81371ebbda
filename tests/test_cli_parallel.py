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
