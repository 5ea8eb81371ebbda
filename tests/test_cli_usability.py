"""What a new user trips over (issue 15): errors that point at the real cause, options that are never ignored
silently, help that explains itself. In-process through main(argv), plus a subprocess run where a pipe matters."""

from __future__ import annotations

import argparse
import errno
import gzip
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from translit import __version__, cli
from translit.cli import build_parser, main

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
    (["transliterate", "--scheme", "bwsafe", "--lexicon", "mine.jsonl"],
     "--lexicon and --no-default-lexicons are for --scheme news; --scheme bwsafe uses no names"),
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


# --- item 6: --help and --version -------------------------------------------------------------


def all_parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """(command path) for the top parser and every subcommand under it, depth first."""
    yield path
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from all_parsers(sub, (*path, name))


def subparser(path: tuple[str, ...]) -> argparse.ArgumentParser:
    parser = build_parser()
    for name in path:
        (action,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = action.choices[name]
    return parser


COMMANDS = list(all_parsers(build_parser()))


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "translit")
def test_every_argument_has_help(path: tuple[str, ...]) -> None:
    undocumented = [a.dest for a in subparser(path)._actions if not a.help]
    assert undocumented == []


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "translit")
def test_help_ends_with_the_exit_codes(path: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*path, "--help"]) == 0
    assert capsys.readouterr().out.endswith(
        "\nexit codes: 0 ok, 1 data or runtime error (the message names file:line), 2 usage error\n")


@pytest.mark.parametrize("path", [p for p in COMMANDS if p != ("lexicon",)], ids=lambda p: " ".join(p) or "translit")
def test_help_examples_use_real_options(path: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    """Each --help shows examples, and every option an example uses is one that command has."""
    assert main([*path, "--help"]) == 0
    out = capsys.readouterr().out
    examples = out.split("\nexamples:\n")[1].split("\n\n")[0].splitlines()
    assert examples
    known = {s for a in subparser(path)._actions for s in a.option_strings}
    for line in examples:
        words = line.split(" # ")[0].split("|")[-1].split()  # the translit part of a pipeline
        assert words[:len(path) + 1] == ["translit", *path], line
        if path:
            assert {w for w in words if w.startswith("-")} <= known, line


def test_version_names_the_lexicon_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.jsonl").write_text('{"format": "translit-lexicon", "version": 1, "source": "GeoNames SY 2024-05"}\n'
                                      '{"id": "x", "name": "X"}\n', encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "y", "name": "Y"}\n', encoding="utf-8")
    monkeypatch.setenv("TRANSLIT_LEXICONS", str(tmp_path))
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == (f"translit {__version__}\nlexicon data:\n"
                                       "  a.jsonl: GeoNames SY 2024-05\n  b.jsonl: no header\n")


def readme_cli_lines() -> dict[tuple[str, ...], str]:
    block = (ROOT / "README.md").read_text(encoding="utf-8").split("## CLI\n\n```\n")[1].split("```")[0]
    lines = {}
    for line in block.splitlines():
        words = line.split()[1:]
        path = tuple(words[:2]) if words[0] == "lexicon" else (words[0],)
        lines[path] = line
    return lines


def test_readme_cli_summary_lists_every_command_and_format() -> None:
    lines = readme_cli_lines()
    assert sorted(lines) == sorted(p for p in COMMANDS if p not in ((), ("lexicon",)))
    for path, line in lines.items():
        options = {a.option_strings[-1]: a for a in subparser(path)._actions if a.option_strings}
        for option, values in re.findall(r"(--[\w-]+) ([\w|-]+\|[\w|-]+|spacy-patterns)", line):
            assert sorted(values.split("|")) == sorted(options[option].choices), (path, option)
        assert set(re.findall(r"--[\w-]+", line)) <= options.keys(), path


# --- item 9: smaller ---------------------------------------------------------------------------


def test_replace_ascii_writes_canonical_names_in_plain_ascii(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    inp = tmp_path / "in.txt"
    inp.write_text("مدينة #البوكمال بريف #دير_الزور\n", encoding="utf-8")
    assert main(["link", "--replace", "name", str(inp)]) == 0
    assert capsys.readouterr().out == "مدينة #Ālbū Kamāl بريف #Deir ez-Zor\n"
    assert main(["link", "--replace", "ascii", str(inp)]) == 0
    assert capsys.readouterr().out == "مدينة #Albu Kamal بريف #Deir ez-Zor\n"


GEONAMES_SAMPLE = Path(__file__).parent / "data" / "geonames-sample.txt"


def test_import_geonames_prints_nothing_for_a_file_that_is_no_dump(capsys: pytest.CaptureFixture[str]) -> None:
    not_a_dump = Path(__file__).parent / "data" / "user-lexicon.jsonl"
    assert main(["lexicon", "import-geonames", str(not_a_dump)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"translit: error: {not_a_dump}:1: expected 19 tab-separated columns")


def test_import_geonames_says_what_it_left_out(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["lexicon", "import-geonames", str(GEONAMES_SAMPLE), "--countries", "SY,LB", "--min-population", "100000"]
    assert main(argv) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1 + 5  # the header and the records kept
    assert err == (f"translit: {GEONAMES_SAMPLE}: 5 records written; left out 7 rows: 4 under --min-population "
                   "100000, 2 in other countries (--countries), 1 of feature class L (only P populated places and "
                   "A areas are imported)\n")
