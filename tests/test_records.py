"""Records for the CLI: N lines in = N records out, JSONL passthrough, all-or-nothing output."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest

from translit.errors import InputError
from translit.records import (
    OutputError,
    Record,
    atomic_output,
    iter_records,
    write_jsonl,
)


def write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def test_plain_text_records_over_files_in_order(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", "Albukamal\r\n\r\nالبوكمال".encode())
    b = write(tmp_path / "b.txt.gz", gzip.compress(b"x\n"))
    assert list(iter_records([a, b], encoding="utf-8", errors="strict", text_key=None)) == [
        Record("Albukamal", {}, a, 1),
        Record("", {}, a, 2),
        Record("البوكمال", {}, a, 3),
        Record("x", {}, b, 1),
    ]


def test_stdin_when_no_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b'{"text": "a", "id": 1}\n'))
    monkeypatch.setattr("sys.stdin", stdin)
    assert list(iter_records([], text_key="text")) == [Record("a", {"id": 1}, "<stdin>", 1)]
    assert not stdin.closed  # stdin is not ours to close


def test_on_detect_gets_source_and_encoding(tmp_path: Path) -> None:
    p = write(tmp_path / "ar.txt", "الجيش السوري يحكم السيطرة على مدينة البوكمال\n".encode("cp1256"))
    seen: list[tuple[str, str]] = []
    recs = list(iter_records([p], encoding="auto", text_key=None,
                             on_detect=lambda src, enc: seen.append((src, enc))))
    assert [r.text for r in recs] == ["الجيش السوري يحكم السيطرة على مدينة البوكمال"]
    assert seen == [(p, "cp1256")]


def test_jsonl_passthrough_keeps_other_keys_in_order(tmp_path: Path) -> None:
    lines = [
        {"id": "a1", "text": "#البوكمال", "meta": {"src": "rt"}, "n": [1, 2]},
        {"z": 1, "a": None, "text": None},
    ]
    p = write(tmp_path / "in.jsonl", "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in lines).encode())
    recs = list(iter_records([p], encoding="utf-8", errors="strict", text_key="text"))
    assert recs == [
        Record("#البوكمال", {"id": "a1", "meta": {"src": "rt"}, "n": [1, 2]}, p, 1),
        Record(None, {"z": 1, "a": None}, p, 2),
    ]
    assert list(recs[0].extra) == ["id", "meta", "n"]
    assert list(recs[1].extra) == ["z", "a"]


BAD_JSONL = (
    '{"text": "ok"}\n'
    "\n"
    "not json\n"
    '["text"]\n'
    '{"body": "x"}\n'
    '{"text": 5, "id": 7}\n'
    '{"text": "last"}'
)
EXPECTED_ERRORS = [
    None,
    "blank line; expected a JSON object",
    "not valid JSON: Expecting value at column 1",
    "expected a JSON object, got an array",
    "missing key 'text'",
    "key 'text' must be a string or null, got a number",
    None,
]


def test_jsonl_bad_lines_become_error_records(tmp_path: Path) -> None:
    p = write(tmp_path / "bad.jsonl", BAD_JSONL.encode())
    recs = list(iter_records([p], encoding="utf-8", errors="strict", text_key="text", on_error="record"))
    assert [r.error for r in recs] == EXPECTED_ERRORS
    assert [r.line for r in recs] == [1, 2, 3, 4, 5, 6, 7]
    assert [r.text for r in recs] == ["ok", None, None, None, None, None, "last"]
    assert [r.extra for r in recs] == [{}, {}, {}, {}, {"body": "x"}, {"text": 5, "id": 7}, {}]


@pytest.mark.parametrize(("line", "message"), list(zip(range(2, 7), EXPECTED_ERRORS[1:6], strict=True)))
def test_jsonl_bad_line_stops(tmp_path: Path, line: int, message: str) -> None:
    lines = BAD_JSONL.split("\n")
    p = write(tmp_path / "bad.jsonl", "\n".join([lines[0], lines[line - 1], lines[0]]).encode())
    it = iter_records([p], encoding="utf-8", errors="strict", text_key="text", on_error="stop")
    assert next(it).text == "ok"
    with pytest.raises(InputError) as err:
        next(it)
    assert (err.value.path, err.value.line) == (p, 2)
    assert str(err.value) == f"{p}:2: {message}; " + (err.value.hint or "")
    assert "--on-error record" in (err.value.hint or "")


def test_jsonl_key_named_like_an_output_field_is_an_error_not_lost(tmp_path: Path) -> None:
    p = write(tmp_path / "clash.jsonl", b'{"text": "Homs", "mentions": [1]}\n{"text": "ok", "id": 2}\n')
    recs = list(iter_records([p], text_key="text", on_error="record", reserved=frozenset({"mentions", "error"})))
    assert [(r.text, r.extra, r.error) for r in recs] == [
        (None, {"mentions": [1]}, "key 'mentions' is one translit writes and would be overwritten; "
                                  "rename it in the input"),
        ("ok", {"id": 2}, None)]


def test_decode_error_is_not_turned_into_a_record(tmp_path: Path) -> None:
    p = write(tmp_path / "x.txt", b"ok\n\xff\n")
    with pytest.raises(InputError) as err:
        list(iter_records([p], encoding="utf-8", errors="strict", text_key=None, on_error="record"))
    assert (err.value.line, err.value.byte) == (2, 3)
    recs = list(iter_records([p], encoding="utf-8", errors="replace", text_key=None))
    assert [r.text for r in recs] == ["ok", "\ufffd"]


def test_atomic_output_writes_on_success(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    with atomic_output(str(out), inputs=[]) as f:
        write_jsonl(f, {"normalized": "البوكمال", "n": 1})
        write_jsonl(f, {"normalized": "a\nb"})
        assert out.read_text() == "old\n"  # not replaced until the block ends
    assert out.read_bytes() == '{"normalized": "البوكمال", "n": 1}\n{"normalized": "a\\nb"}\n'.encode()
    assert os.listdir(tmp_path) == ["out.jsonl"]


@pytest.mark.parametrize("exc", [RuntimeError, KeyboardInterrupt])
def test_atomic_output_leaves_nothing_when_the_block_raises(tmp_path: Path, exc: type[BaseException]) -> None:
    out = tmp_path / "out.txt"
    with pytest.raises(exc), atomic_output(str(out), inputs=[]) as f:
        f.write("partial\n")
        raise exc
    assert os.listdir(tmp_path) == []


def test_atomic_output_keeps_old_file_when_the_block_raises(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    out.write_text("old\n")
    with pytest.raises(RuntimeError), atomic_output(str(out), inputs=[]) as f:
        f.write("partial\n")
        raise RuntimeError
    assert out.read_text() == "old\n"
    assert os.listdir(tmp_path) == ["out.txt"]


def test_atomic_output_refuses_to_overwrite_an_input(tmp_path: Path) -> None:
    inp = write(tmp_path / "in.txt", b"keep me\n")
    link = tmp_path / "link.txt"
    link.symlink_to(inp)
    for target in (inp, str(link), str(tmp_path / "." / "in.txt")):
        with pytest.raises(OutputError, match="would overwrite input file"), \
                atomic_output(target, inputs=["-", inp]):
            pass
    assert Path(inp).read_bytes() == b"keep me\n"
    assert isinstance(OutputError("x"), InputError)


def test_atomic_output_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    for name in (None, "-"):
        with atomic_output(name, inputs=[]) as f:
            write_jsonl(f, {"t": "دير الزور"})
    assert capsys.readouterr().out == '{"t": "دير الزور"}\n' * 2


def test_atomic_output_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="cannot create output file"), \
            atomic_output(str(tmp_path / "no" / "out.txt"), inputs=[]):
        pass
