"""Encoding policy: exact records out, exact error positions, nothing lost."""

from __future__ import annotations

import codecs
import gzip
import io
from pathlib import Path

import pytest

from translit import decode
from translit.decode import DECODE_HINT, detect_encoding, iter_lines, open_binary
from translit.errors import InputError

ARABIC = [
    "الجيش السوري يحكم السيطرة على مدينة البوكمال",
    "قوات النظام تدخل المدينة بعد معارك عنيفة مع تنظيم الدولة",
    "دير الزور: القوات تتقدم نحو الحدود العراقية",
    "",
    "وكالة سانا: البوكمال آخر معاقل التنظيم في سوريا",
    "Albukamal (al-Bukamal) — #البوكمال",
]


def lines_of(data: bytes, **kw: object) -> list[str]:
    return list(iter_lines(io.BytesIO(data), path="in.txt", **kw))  # type: ignore[arg-type]


@pytest.mark.parametrize(("data", "expected"), [
    (b"", []),
    (b"a\nb\n", ["a", "b"]),
    (b"a\nb", ["a", "b"]),
    (b"a\n\nb\n", ["a", "", "b"]),
    (b"\n", [""]),
    (b"\n\n", ["", ""]),
    (b"a\r\nb\r\n", ["a", "b"]),
    (b"a\rb\rc", ["a", "b", "c"]),
    (b"a\r\rb\r", ["a", "", "b"]),
    (b"a\r\r\nb", ["a", "", "b"]),
    (b"a\x00b\nc\x00\n", ["a\x00b", "c\x00"]),
    (b"\xef\xbb\xbfhello\nworld", ["hello", "world"]),
    (b"\xef\xbb\xbf", []),
    (b"x\xef\xbb\xbfy", ["x\ufeffy"]),  # only a BOM at file start is dropped
    (b"a\x0cb\xc2\x85c\xe2\x80\xa8d\n", ["a\x0cb\x85c\u2028d"]),  # only \n, \r\n, \r end a line
], ids=["empty", "trailing-nl", "no-final-nl", "empty-middle", "one-empty", "two-empty", "crlf",
        "lone-cr", "cr-empty-line", "cr-then-crlf", "nul-kept", "bom-dropped", "bom-only",
        "bom-in-middle-kept", "other-breaks-not-split"])
def test_line_splitting(data: bytes, expected: list[str]) -> None:
    assert lines_of(data) == expected


def test_crlf_split_across_chunk_boundary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decode, "CHUNK", 4)
    assert lines_of(b"abc\r\ndef\r\rg\r\n\xd8\xa7\xd9\x84\r") == ["abc", "def", "", "g", "ال"]


def test_long_line_across_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decode, "CHUNK", 7)
    text = "البوكمال " * 50
    assert lines_of((text + "\n" + text).encode()) == [text, text]


def test_invalid_utf8_on_line_3_strict() -> None:
    data = b"first\nsecond\nab\xffcd\nlast\n"
    it = iter_lines(io.BytesIO(data), path="in.txt")
    assert [next(it), next(it)] == ["first", "second"]
    with pytest.raises(InputError) as err:
        next(it)
    assert (err.value.path, err.value.line, err.value.byte) == ("in.txt", 3, 15)
    assert err.value.hint == DECODE_HINT
    assert str(err.value).startswith("in.txt:3 (byte 15): cannot decode as utf-8")


def test_invalid_utf8_offset_counts_bom_and_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decode, "CHUNK", 5)
    data = b"\xef\xbb\xbf" + "بوكمال\r\n".encode() + b"x\r\xd8"  # cut character at EOF
    with pytest.raises(InputError) as err:
        lines_of(data)
    assert (err.value.line, err.value.byte) == (3, len(data) - 1)


def test_lines_before_the_bad_byte_are_yielded_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decode, "CHUNK", 1 << 16)
    got: list[str] = []
    with pytest.raises(InputError) as err:
        got.extend(iter_lines(io.BytesIO(b"a\rb\r\xffc\n"), path=None))
    assert got == ["a", "b"]
    assert (err.value.path, err.value.line, err.value.byte) == (None, 3, 4)
    assert str(err.value).startswith("<stdin>:3 (byte 4): ")


def test_errors_replace_yields_every_line() -> None:
    data = b"ok\nab\xffcd\n\xd8\n\xe2\x82\n"
    assert lines_of(data, errors="replace") == ["ok", "ab\ufffdcd", "\ufffd", "\ufffd"]


def test_cp1256_arabic_detected_and_decoded_exactly() -> None:
    data = "\r\n".join(ARABIC).encode("cp1256")
    assert len(data) >= 200
    seen: list[tuple[str, str]] = []
    got = list(iter_lines(io.BytesIO(data), path="ar.txt", encoding="auto",
                          on_detect=lambda src, enc: seen.append((src, enc))))
    assert got == ARABIC
    assert seen == [("ar.txt", "cp1256")]


def test_cp1256_strict_under_utf8_says_what_to_do() -> None:
    data = "\n".join(ARABIC).encode("cp1256")
    with pytest.raises(InputError) as err:
        lines_of(data)
    assert (err.value.line, err.value.byte) == (1, 0)
    assert "--encoding auto" in str(err.value)


def test_explicit_codec_name() -> None:
    assert lines_of("\n".join(ARABIC).encode("cp1256"), encoding="windows-1256") == ARABIC


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_32_with_bom_under_auto(codec: str) -> None:
    text = "Albukamal\r\nالبوكمال\n\nدير الزور\r"
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    seen: list[str] = []
    got = list(iter_lines(io.BytesIO(data), path="u.txt", encoding="auto",
                          on_detect=lambda _src, enc: seen.append(enc)))
    assert got == ["Albukamal", "البوكمال", "", "دير الزور"]
    assert seen == ["utf-32" if codec == "utf-32" else "utf-16"]


def test_utf16_newline_bytes_inside_characters_do_not_split() -> None:
    # U+0A0D and U+0D0A contain the raw bytes 0x0a / 0x0d; only decoded text is split.
    text = "\u0a0d\u0d0a\n\u010a"
    assert lines_of(text.encode("utf-16"), encoding="utf-16") == ["\u0a0d\u0d0a", "\u010a"]


def test_utf16_bad_surrogate_position() -> None:
    data = "ab\ncd".encode("utf-16") + b"\x00\xd8" + "e\n".encode("utf-16-le")
    with pytest.raises(InputError) as err:
        lines_of(data, encoding="utf-16")
    assert (err.value.line, err.value.byte) == (2, 12)


def test_auto_prefers_utf8() -> None:
    seen: list[str] = []
    data = "Abu Kamal — البوكمال\n".encode()
    assert list(iter_lines(io.BytesIO(data), path="x", encoding="auto",
                           on_detect=lambda _s, e: seen.append(e))) == ["Abu Kamal — البوكمال"]
    assert seen == ["utf-8"]


def test_auto_utf8_bom_dropped() -> None:
    assert lines_of(b"\xef\xbb\xbfa\nb", encoding="auto") == ["a", "b"]


def test_auto_sample_cut_inside_utf8_character(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decode, "SAMPLE", 5)  # cuts the 2-byte ب in half
    assert lines_of("abcdبوكمال\n".encode(), encoding="auto") == ["abcdبوكمال"]


@pytest.mark.parametrize(("text", "codec", "expected"), [
    ("البوكمال", "cp1256", "cp1256"),  # charset_normalizer alone says cp949
    ("Deir Ezzor دير الزور\n", "cp1256", "cp1256"),  # charset_normalizer alone says utf_16_le
    ("Сирийская армия взяла под контроль город Абу-Кемаль на востоке страны.\n", "cp1251", "cp1251"),
    ("Le président a déclaré à la presse que l'armée était prête.\n" * 3, "cp1252", "cp1252"),
], ids=["short-arabic", "mixed-short", "cyrillic-not-taken-for-arabic", "french"])
def test_detect_encoding(text: str, codec: str, expected: str) -> None:
    data = text.encode(codec)
    assert detect_encoding(data, final=True) == expected
    assert data.decode(expected) == text


def test_detection_failure_is_input_error() -> None:
    with pytest.raises(InputError) as err:
        detect_encoding(bytes(range(0x80, 0x100)) * 4 + b"\x00\xff\xfe", final=True, path="x.bin")
    assert "could not detect" in str(err.value)
    assert "--encoding NAME" in str(err.value)


@pytest.mark.parametrize("name", ["no-such-codec", "base64"])
def test_unknown_or_non_text_codec_is_lookup_error(name: str) -> None:
    with pytest.raises(LookupError):
        iter_lines(io.BytesIO(b"x"), path=None, encoding=name)  # raised at call time


def test_open_binary_plain_and_gzip(tmp_path: Path) -> None:
    plain = tmp_path / "a.txt"
    plain.write_bytes(b"one\r\ntwo\n")
    packed = tmp_path / "a.txt.gz"
    packed.write_bytes(gzip.compress("\n".join(ARABIC).encode()))
    for path, expected in ((plain, ["one", "two"]), (packed, ARABIC)):
        with open_binary(str(path)) as f:
            assert list(iter_lines(f, path=str(path))) == expected


def test_truncated_gzip_is_input_error(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(gzip.compress(("\n".join(ARABIC) * 50).encode())[:-30])
    with open_binary(str(path)) as f, pytest.raises(InputError) as err:
        list(iter_lines(f, path=str(path)))
    assert err.value.path == str(path)
    assert "truncated or corrupt" in str(err.value)


def test_not_gzip_with_gz_name_is_input_error(tmp_path: Path) -> None:
    path = tmp_path / "fake.gz"
    path.write_bytes(b"plain text\n")
    with open_binary(str(path)) as f, pytest.raises(InputError, match="truncated or corrupt"):
        list(iter_lines(f, path=str(path)))


def test_missing_file_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot open file"):
        open_binary(str(tmp_path / "nope.txt"))


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(b"x\ny\n"))
    monkeypatch.setattr("sys.stdin", fake)
    for name in (None, "-"):
        assert open_binary(name) is fake.buffer
    assert list(iter_lines(open_binary("-"), path="-")) == ["x", "y"]
