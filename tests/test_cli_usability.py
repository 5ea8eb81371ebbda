"""What a new user trips over (issue 15): errors that point at the real cause, options that are never ignored
silently, help that explains itself. In-process through main(argv), plus a subprocess run where a pipe matters."""

from __future__ import annotations

import errno
import gzip
import os
import subprocess
import sys
from pathlib import Path

import pytest

from translit import cli
from translit.cli import main

ROOT = Path(__file__).resolve().parents[1]
USER_LEXICON = Path(__file__).parent / "data" / "user-lexicon.jsonl"


def translit(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    return subprocess.run([sys.executable, "-m", "translit", *args], input=input, capture_output=True,
                          env=env, timeout=120, check=False)


# --- item 2: misleading errors -----------------------------------------------------------------


def test_missing_lexicon_is_named_without_disk_advice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.jsonl"
    assert main(["link", "--lexicon", str(missing), "--no-default-lexicons", str(USER_LEXICON)]) == 1
    err = capsys.readouterr().err
    assert err == (f"translit: error: {missing}: cannot read lexicon (No such file or directory); "
                   "check the path and permissions\n")


@pytest.mark.parametrize(("code", "advice"), [
    (errno.ENOSPC, "free space or choose another -o path"),
    (errno.EACCES, "check the permissions, or choose another path"),
    (errno.ENOENT, "check the path"),
])
def test_os_error_advice_fits_the_error(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                        code: int, advice: str) -> None:
    def fail(args: object, out: object) -> int:
        raise OSError(code, os.strerror(code), "some/file")

    monkeypatch.setattr(cli, "_resolve", fail)
    assert main(["resolve", "Raqqa"]) == 1
    assert capsys.readouterr().err == f"translit: error: {os.strerror(code)}: some/file; {advice}\n"


def test_gzip_on_stdin_is_read() -> None:
    proc = translit("normalize", "-", input=gzip.compress("ﺍﻟﺒﻮﻛﻤﺎﻝ ٣٫٥\nAl-Qa’im\n".encode()))
    assert (proc.returncode, proc.stderr, proc.stdout.decode()) == (0, b"", "البوكمال 3.5\nAl-Qa'im\n")


def test_gzip_file_without_gz_name_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inp = tmp_path / "news.dat"
    inp.write_bytes(gzip.compress("Al-Qa’im\n".encode()))
    assert main(["normalize", str(inp)]) == 0
    assert capsys.readouterr().out == "Al-Qa'im\n"
