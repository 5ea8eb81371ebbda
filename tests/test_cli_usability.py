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


def translit(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    return subprocess.run([sys.executable, "-m", "translit", *args], input=input, capture_output=True,
                          env=env, timeout=120, check=False)


# --- item 2: misleading errors -----------------------------------------------------------------


def test_missing_lexicon_is_named_without_disk_advice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.jsonl"
    inp = tmp_path / "in.txt"
    inp.write_text("Raqqa\n", encoding="utf-8")
    assert main(["link", "--lexicon", str(missing), str(inp)]) == 1
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


# --- item 3: options never ignored silently -----------------------------------------------------


@pytest.mark.parametrize(("argv", "message"), [
    (["normalize", "--tokens"], "--tokens adds the tokens to JSONL output; add --format jsonl "
                                "(--format text has no tokens)"),
    (["link", "--tokens", "--format", "tsv"], "--tokens adds the tokens to JSONL output; add --format jsonl "
                                              "(--format tsv has no tokens)"),
    (["link", "--replace", "name", "--format", "jsonl"], "--replace rewrites the text output; use --format text, "
                                                         "or drop --replace for --format jsonl"),
    (["transliterate", "--scheme", "buckwalter", "--sun-letters"],
     "--sun-letters is for --scheme news; --scheme buckwalter has no article to assimilate"),
])
def test_an_option_the_format_ignores_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       argv: list[str], message: str) -> None:
    inp = tmp_path / "in.txt"
    inp.write_text("Raqqa\n", encoding="utf-8")
    assert main([*argv, str(inp)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.endswith(f"translit: error: {message}\n")


def test_jsonl_input_without_text_key_is_warned_about(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inp = tmp_path / "posts.jsonl"
    inp.write_text('{"id": 7, "text": "Raqqa", "place": "Idlib"}\n{"id": 8, "text": "Homs"}\n', encoding="utf-8")
    assert main(["normalize", str(inp)]) == 0
    out, err = capsys.readouterr()
    assert out == '{"id": 7, "text": "Raqqa", "place": "Idlib"}\n{"id": 8, "text": "Homs"}\n'  # still read as text
    assert err == (f"translit: {inp}: warning: the input looks like JSONL (line 1 is a JSON object with keys "
                   "id, text, place) but is read as plain text, keys and all; give --text-key KEY to process "
                   "one field and pass the others through\n")


@pytest.mark.parametrize("first_line", ["{not json", "[1, 2]", "plain text {\"a\": 1}"])
def test_text_that_is_not_a_json_object_gets_no_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                         first_line: str) -> None:
    inp = tmp_path / "in.txt"
    inp.write_text(first_line + '\n{"a": 1}\n', encoding="utf-8")
    assert main(["normalize", str(inp)]) == 0
    assert capsys.readouterr().err == ""
