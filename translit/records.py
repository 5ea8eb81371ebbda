"""Records in, JSONL out, for the CLI: one record per input line (none dropped), all-or-nothing output."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, TextIO

from translit import jsonline, tempfiles
from translit.decode import Errors, OnDetect, iter_lines, open_binary
from translit.errors import InputError

OnError = Literal["stop", "record"]
OnJsonl = Callable[[str, list[str]], None]
"""Called as ``on_jsonl(source, keys)`` when a file read as plain text starts with a JSON object."""
ON_ERROR_HINT = "fix the line, or re-run with --on-error record to emit an error record for it and go on"


class OutputError(InputError):
    """The output cannot be written safely (e.g. it is an input); an InputError so the CLI maps it alike."""


@dataclass
class Record:
    """One input line. ``text`` None means no text: a JSON null, or a bad line (then ``error`` says why)."""

    text: str | None
    extra: dict[str, Any] = field(default_factory=dict)  # JSONL keys other than the text key, in input order
    source: str = "<stdin>"
    line: int = 0  # 1-based
    error: str | None = None


def iter_records(paths: list[str], *, encoding: str = "utf-8", errors: Errors = "strict",
                 text_key: str | None = None, on_error: OnError = "stop",
                 on_detect: OnDetect | None = None, reserved: frozenset[str] = frozenset(),
                 on_jsonl: OnJsonl | None = None) -> Iterator[Record]:
    """Yield the records of ``paths`` in order (no paths or "-" = stdin), one per line.

    Plain text when ``text_key`` is None; else each line is a JSON object whose ``text_key``
    is the text (a string, or null for none) and whose other keys go to ``extra``. A bad
    JSONL line (blank, not JSON, not an object, key missing, value not a string/null, or a
    key in ``reserved``: one the output writes, which would be overwritten) raises
    InputError under ``on_error="stop"``; under ``"record"`` it becomes a Record with
    ``error`` set, so N lines in = N records out. Decoding errors follow ``errors`` (see
    translit.decode.iter_lines), not ``on_error``. Without ``text_key``, a file whose first
    line is a JSON object is reported to ``on_jsonl(source, keys)`` (and still read as text).
    """
    if on_error not in ("stop", "record"):
        raise ValueError(f"on_error must be 'stop' or 'record', not {on_error!r}")
    for path in paths or ["-"]:
        stream = open_binary(path)
        source = "<stdin>" if path == "-" else path
        try:
            lines = iter_lines(stream, path=None if path == "-" else path, encoding=encoding,
                               errors=errors, on_detect=on_detect)
            for n, line in enumerate(lines, 1):
                if text_key is None:
                    if n == 1 and on_jsonl is not None and (keys := json_object_keys(line)) is not None:
                        on_jsonl(source, keys)
                    yield Record(line, {}, source, n)
                    continue
                record = parse_jsonl(line, text_key, source=source, line=n, reserved=reserved)
                if record.error is not None and on_error == "stop":
                    raise InputError(record.error, path=None if path == "-" else path, line=n,
                                     hint=ON_ERROR_HINT)
                yield record
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()


def json_object_keys(line: str) -> list[str] | None:
    """The keys of ``line`` when it is one JSON object (a JSONL record read as text by mistake), else None."""
    if not line.lstrip().startswith("{"):
        return None
    try:
        obj = json.loads(line)
    except ValueError:
        return None
    return list(obj) if isinstance(obj, dict) else None


def parse_jsonl(raw: str, text_key: str, *, source: str = "<stdin>", line: int = 0,
                reserved: frozenset[str] = frozenset()) -> Record:
    """Parse one JSONL line into a Record; a bad line gives a Record with ``error`` set (never raises)."""
    if not raw.strip():
        return Record(None, {}, source, line, "blank line; expected a JSON object")
    try:
        obj = jsonline.loads(raw)
    except jsonline.JSONLineError as e:  # also what could not be written back unchanged (1e999, "\ud800")
        return Record(None, {}, source, line, str(e))
    if not isinstance(obj, dict):
        return Record(None, {}, source, line, f"expected a JSON object, got {_json_type(obj)}")
    if text_key not in obj:
        return Record(None, obj, source, line, f"missing key {text_key!r}")
    text = obj[text_key]
    if text is not None and not isinstance(text, str):
        return Record(None, obj, source, line,
                      f"key {text_key!r} must be a string or null, got {_json_type(text)}")
    extra = {k: v for k, v in obj.items() if k != text_key}
    clash = sorted(reserved & extra.keys())
    if clash:
        return Record(None, extra, source, line,
                      f"key {clash[0]!r} is one translit writes and would be overwritten; rename it in the input")
    return Record(text, extra, source, line)


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


@contextlib.contextmanager
def atomic_output(path: str | None, *, inputs: list[str]) -> Iterator[TextIO]:
    """Write UTF-8 text ("\\n" newlines) to ``path`` all-or-nothing; None or "-" is stdout.

    A file is written to a temporary file in the same directory and renamed over ``path``
    only when the block succeeds, so an error or Ctrl-C never leaves a partial or clobbered
    output. Writing over one of ``inputs`` (paths, "-" for stdin's file) is refused (OutputError) before
    anything is opened.
    """
    if path in (None, "-"):
        if sys.stdout is None:  # started with stdout closed (>&-)
            raise OutputError("standard output is closed", path="<stdout>", hint="pass -o FILE")
        reconfigure = getattr(sys.stdout, "reconfigure", None)
        if reconfigure is not None:
            sys.stdout.flush()
            reconfigure(encoding="utf-8", newline="\n")  # the CLI's stdout carries only our data
        try:
            yield sys.stdout
        finally:
            sys.stdout.flush()
        return
    assert path is not None
    for inp in inputs:
        if _same_file(path, inp):
            raise OutputError(f"output would overwrite input file {_source(inp)}", path=path,
                              hint="write to a different -o path, then rename it")
    if os.path.isdir(path):
        raise OutputError("output path is a directory", path=path, hint="give a file name to -o")
    if os.path.exists(path) and not os.path.isfile(path):
        # a device or pipe (-o /dev/null, a FIFO): write through; renaming over it would replace the node
        with open(path, "w", encoding="utf-8", newline="\n") as special:
            yield special
        return
    directory = os.path.dirname(os.path.abspath(path))
    stem = f".{os.path.basename(path)}."
    tempfiles.remove_stale(directory, stem)  # what a run killed with SIGKILL left
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=tempfiles.prefix(stem), suffix=tempfiles.SUFFIX)
    except OSError as e:
        raise OutputError(f"cannot create output file: {e.strerror or e}", path=path,
                          hint="check that the directory exists and is writable") from e
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            yield out
        os.chmod(tmp, _new_file_mode(path))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _same_file(output: str, inp: str) -> bool:
    """Whether writing ``output`` would replace the input ``inp`` ("-" is whatever file stdin reads)."""
    if inp == "-":
        try:
            stdin, out = os.fstat(sys.stdin.fileno()), os.stat(output)
        except (OSError, AttributeError, ValueError):  # no stdin, or no output file yet
            return False
        return (stdin.st_dev, stdin.st_ino) == (out.st_dev, out.st_ino)
    if os.path.exists(output) and os.path.exists(inp):
        return os.path.samefile(output, inp)
    return os.path.realpath(output) == os.path.realpath(inp)


def _source(path: str) -> str:
    return "<stdin>" if path == "-" else path


def _new_file_mode(path: str) -> int:
    """Keep an existing output's mode; else what open() would give (mkstemp makes 0600)."""
    with contextlib.suppress(OSError):
        return os.stat(path).st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_jsonl(out: TextIO, obj: Any) -> None:
    """Write one JSONL line; ensure_ascii=False keeps Arabic readable."""
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")
