"""Bytes → text lines under an explicit encoding policy: a clear error or U+FFFD, never silent loss."""

from __future__ import annotations

import codecs
import contextlib
import gzip
import re
import sys
import unicodedata
import zlib
from collections.abc import Callable, Iterator
from typing import BinaryIO, Literal

import charset_normalizer

from translit.errors import InputError, TranslitError

Errors = Literal["strict", "replace"]
OnDetect = Callable[[str, str], None]
"""Called as ``on_detect(source, encoding)`` once a file's encoding has been detected under ``"auto"``."""

CHUNK = 1 << 16
SAMPLE = 1 << 16  # bytes looked at by ``encoding="auto"``
GZIP_MAGIC = b"\x1f\x8b"
DECODE_HINT = "re-run with --encoding auto (or --encoding NAME, e.g. cp1256) or --errors replace"
_NOT_FILE_CODECS = frozenset({"punycode", "idna", "undefined"})  # domain labels, and a codec that always fails
_EOL = re.compile(r"\r\n|\r|\n")  # not str.splitlines: U+2028, \x85, \x0c etc. stay inside a record
_UTF16_HINT = "without a byte-order mark, name the byte order: --encoding utf-16-le (or -be, utf-32-le, -be)"
_BOMS = (  # UTF-32 first: its LE BOM starts with the UTF-16 LE BOM
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class UnknownEncoding(TranslitError, LookupError):
    """An --encoding name that is no codec of text files: a usage error."""


def _source(path: str | None) -> str:
    return "<stdin>" if path in (None, "-") else str(path)


def open_binary(path: str | None) -> BinaryIO:
    """Open ``path`` for reading bytes; None or "-" is stdin; gzip data is decompressed on the fly.

    Gzip is recognised by a ``.gz`` name or by its magic bytes, so ``cat news.txt.gz |
    translit normalize`` reads the text, not the compressed bytes. The caller closes the
    stream (closing a gzip reader over stdin leaves stdin open). A missing or unreadable
    file is an InputError rather than a bare OSError, so the CLI reports it like bad data.
    """
    if path in (None, "-"):
        if sys.stdin is None:  # started with stdin closed (<&-)
            raise InputError("standard input is closed", hint="name the input files, or pipe text in")
        stdin = sys.stdin.buffer
        return gzip.GzipFile(fileobj=stdin, mode="rb") if _is_gzip(stdin) else stdin  # type: ignore[return-value]
    try:
        if path.endswith(".gz"):
            return gzip.open(path, "rb")  # type: ignore[return-value]
        stream = open(path, "rb")
    except OSError as e:
        raise InputError(f"cannot open file: {e.strerror or e}", path=path,
                         hint="check the path and permissions") from e
    return _GzipReader(stream) if _is_gzip(stream) else stream  # type: ignore[return-value]


class _GzipReader(gzip.GzipFile):
    """A gzip reader over a file we opened, closed with it (as gzip.open does for a path)."""

    def __init__(self, stream: BinaryIO) -> None:
        super().__init__(fileobj=stream, mode="rb")
        self._under = stream

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._under.close()


def _is_gzip(stream: BinaryIO) -> bool:
    """The next bytes are the gzip magic number (looked at without consuming them)."""
    peek = getattr(stream, "peek", None)
    return peek is not None and peek(len(GZIP_MAGIC))[:len(GZIP_MAGIC)] == GZIP_MAGIC


def codec_name(encoding: str) -> str:
    """Canonical Python codec name for ``encoding`` ("auto" passes through).

    Raises UnknownEncoding (a LookupError) for names Python does not know, for bytes-to-bytes codecs
    (base64, zlib, …) and for codecs of no file (punycode, idna, undefined); the CLI maps it to a usage
    error.
    """
    if encoding == "auto":
        return "auto"
    try:
        info = codecs.lookup(encoding)
    except LookupError as exc:
        raise UnknownEncoding(f"{exc}") from None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_FILE_CODECS:
        raise UnknownEncoding(f"{encoding!r} is not an encoding of text files")
    return "utf-8" if info.name == "utf-8-sig" else info.name  # the BOM is dropped below anyway


def detect_encoding(sample: bytes, *, final: bool, path: str | None = None) -> str:
    """Pick a codec: BOM, else valid UTF-8, else UTF-16 without BOM, else an Arabic code page, else
    charset_normalizer; a guess whose text is implausible is not taken, and when nothing fits, InputError.

    Arabic code pages come before statistics because short Arabic lines defeat them (charset_normalizer
    calls a cp1256 "البوكمال" Korean cp949, "Deir Ezzor دير الزور" UTF-16, and short ISO-8859-6 Hebrew
    cp1255), while Windows-1256 is the legacy encoding this tool meets most. A sample that is mostly UTF-8
    with a few bytes that are not is a mix of encodings: no single codec reads it right, so it is an error.
    ``final`` says the sample is the whole file (so a character cut at its end is an error).
    """
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name
    utf8 = _decodes(sample, "utf-8", final)
    if utf8 and _plausible(_text(sample, "utf-8")):
        return "utf-8"
    for name in _utf16_candidates(sample):  # its ASCII is NULs and controls (valid, implausible UTF-8)
        if _decodes(sample, name, final) and _plausible(_text(sample, name), letters=_LATIN_ARABIC):
            return name
    if utf8:
        return "utf-8"
    if _utf8_share(sample) >= 0.5:
        raise InputError("the text is mostly UTF-8 with some bytes that are not: a mix of encodings", path=path,
                         hint="convert the file to one encoding first, or read it with --errors replace")
    for name in ("cp1256", "iso8859-6"):
        if _looks_arabic(sample, name):
            return name
    fits = []
    for match in charset_normalizer.from_bytes(sample):
        with contextlib.suppress(LookupError):
            name = codecs.lookup(match.encoding).name
            if _decodes(sample, name, final) and _plausible(_text(sample, name)):
                fits.append((match.chaos, -match.coherence, name))
    if fits:  # on a tie prefer cp1252, the common Western codepage (charset_normalizer often says cp1250)
        best = fits[0][:2]
        return "cp1252" if (*best, "cp1252") in fits else fits[0][2]
    raise InputError("could not detect the text encoding", path=path,
                     hint="re-run with --encoding NAME (e.g. cp1256, utf-16-le, latin-1)")


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH = re.compile(rb"[\x80-\xff]")
_LATIN_ARABIC = ("LATIN", "ARABIC")
_ARABIC_IN_LATIN = re.compile(r"[A-Za-z][\u0600-\u06ff]|[\u0600-\u06ff][A-Za-z]")


def _utf8_share(sample: bytes) -> float:
    """The share of non-ASCII bytes that are part of well-formed UTF-8 sequences."""
    high = len(_HIGH.findall(sample))
    return sum(len(m) for m in _UTF8_SEQUENCE.findall(sample)) / high if high else 0.0


def _utf16_candidates(sample: bytes) -> list[str]:
    """UTF-16 byte orders worth trying: 8-bit text never holds a NUL, nor 0x06 (the Arabic block's high byte)."""
    if b"\x00" not in sample and b"\x06" not in sample:
        return []
    high_bytes_odd = sum(sample[1::2].count(b) for b in (0, 6)) >= sum(sample[0::2].count(b) for b in (0, 6))
    return ["utf-16-le", "utf-16-be"] if high_bytes_odd else ["utf-16-be", "utf-16-le"]


def _looks_arabic(sample: bytes, codec: str) -> bool:
    """Nearly all non-ASCII bytes decode to Arabic letters under codec (cp1256 or ISO-8859-6).

    cp1251 Cyrillic or cp1252 text fails this (cp1256 maps 0xE0-0xFF partly to Latin letters,
    ISO-8859-6 leaves most of 0x80-0xFF undefined), and so does Latin text whose accented letters land
    on Arabic ones inside its words.
    """
    text = sample.decode(codec, errors="replace")
    high = [c for c in text if c >= "\x80"]
    arabic = sum("\u0600" <= c <= "\u06ff" for c in high)
    glued = len(_ARABIC_IN_LATIN.findall(text))  # French é read as ISO-8859-6 is an Arabic letter inside a word
    return arabic >= 2 and arabic >= 0.9 * len(high) and glued <= 0.1 * arabic


def _text(sample: bytes, codec: str) -> str:
    return codecs.getincrementaldecoder(codec)(errors="replace").decode(sample)


def _plausible(text: str, letters: tuple[str, ...] | None = None) -> bool:
    """Text a person wrote: almost no control or unassigned characters, and its letters mostly of one
    script besides Latin (or, with ``letters``, of those scripts)."""
    if not text:
        return True
    odd = sum(1 for c in text if unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs") and c not in "\t\n\r\f")
    if odd > 0.01 * len(text):
        return False
    scripts = [unicodedata.name(c, "?").split(" ")[0] for c in text if c.isalpha()]
    if not scripts:
        return True
    if letters is not None:
        return sum(s in letters for s in scripts) >= 0.9 * len(scripts)
    other = [s for s in scripts if s != "LATIN"]
    return not other or max(map(other.count, set(other))) >= 0.8 * len(other)


def _decodes(sample: bytes, name: str, final: bool) -> bool:
    try:
        codecs.getincrementaldecoder(name)().decode(sample, final=final)
    except UnicodeDecodeError:
        return False
    return True


def iter_lines(stream: BinaryIO, *, path: str | None, encoding: str = "utf-8",
               errors: Errors = "strict", on_detect: OnDetect | None = None) -> Iterator[str]:
    """Stream the records of ``stream``: one str per line, terminators (\\n, \\r\\n, lone \\r) removed.

    N lines in = N records out: empty lines are records, a last line without a newline is a
    record, a trailing newline adds none, an empty file yields none. A BOM at the start is
    dropped; NUL and every other character are kept. Bytes are decoded incrementally in
    chunks and split after decoding, so UTF-16/32 work and memory stays bounded by the
    longest line. Under ``errors="strict"`` the first undecodable byte raises InputError with
    .path, .line (1-based) and .byte (offset in the decompressed file); the lines before it
    have been yielded. Validation (unknown codec: LookupError) happens at call time.
    """
    codec = codec_name(encoding)
    if errors not in ("strict", "replace"):
        raise ValueError(f"errors must be 'strict' or 'replace', not {errors!r}")
    return _iter_lines(stream, path, codec, errors, on_detect)


def _read(stream: BinaryIO, size: int, path: str | None) -> bytes:
    try:
        return stream.read(size)
    except (EOFError, gzip.BadGzipFile, zlib.error) as e:
        raise InputError(f"compressed file is truncated or corrupt ({e})", path=path,
                         hint="re-download or re-create the file (gzip -t FILE checks it)") from e


def _iter_lines(stream: BinaryIO, path: str | None, codec: str, errors: Errors,
                on_detect: OnDetect | None) -> Iterator[str]:
    chunk = _read(stream, SAMPLE if codec == "auto" else CHUNK, path)
    if codec == "auto":
        codec = detect_encoding(chunk, final=len(chunk) < SAMPLE, path=path)
        if on_detect is not None:
            on_detect(_source(path), codec)
    decoder = codecs.getincrementaldecoder(codec)(errors)
    splitter = _Splitter()
    offset = 0  # file offset of the first byte of ``chunk``
    at_start = True
    while True:
        final = not chunk
        state = decoder.getstate()
        try:
            text = decoder.decode(chunk, final=final)
        except UnicodeDecodeError as e:
            # Yield the good lines before the bad byte, then say exactly where it is.
            pending = len(state[0])
            good = codecs.getincrementaldecoder(codec)()
            good.setstate(state)
            head = good.decode(chunk[:max(0, e.start - pending)])
            if at_start:
                head = head.removeprefix("\ufeff")
            yield from splitter.feed(head, final=False)
            yield from splitter.end_cr()  # a \r before a bad byte cannot be half of \r\n
            raise InputError(f"cannot decode as {codec} ({e.reason})", path=path,
                             line=splitter.next_line, byte=offset - pending + e.start,
                             hint=DECODE_HINT) from e
        except UnicodeError as e:  # a codec's own complaint with no position: utf-16 with no byte-order mark
            raise InputError(f"cannot decode as {codec} ({e})", path=path, line=splitter.next_line,
                             hint=_UTF16_HINT if "BOM" in str(e) else DECODE_HINT) from e
        if at_start and text:
            text, at_start = text.removeprefix("\ufeff"), False
        yield from splitter.feed(text, final=final)
        if final:
            return
        offset += len(chunk)
        chunk = _read(stream, CHUNK, path)


class _Splitter:
    """Cuts decoded text into lines across chunk boundaries (a \\r at a chunk's end may be half of \\r\\n)."""

    def __init__(self) -> None:
        self.parts: list[str] = []  # the unfinished line, as pieces (no quadratic joins on long lines)
        self.held_cr = False  # text so far ended with \r: the next chunk decides \r or \r\n
        self.count = 0  # lines yielded

    @property
    def next_line(self) -> int:
        """1-based number of the line the next decoded character belongs to."""
        return self.count + 1 + self.held_cr

    def end_cr(self) -> Iterator[str]:
        """Treat a held \\r as a lone \\r line end."""
        if self.held_cr:
            self.held_cr = False
            yield from self.feed("\r", final=True)

    def feed(self, text: str, *, final: bool) -> Iterator[str]:
        if self.held_cr:
            text, self.held_cr = "\r" + text, False
        if not final and text.endswith("\r"):
            text, self.held_cr = text[:-1], True
        pos = 0
        for m in _EOL.finditer(text):
            self.parts.append(text[pos:m.start()])
            pos = m.end()
            self.count += 1
            line, self.parts = "".join(self.parts), []
            yield line
        if pos < len(text):
            self.parts.append(text[pos:])
        if final and self.parts:
            self.count += 1
            line, self.parts = "".join(self.parts), []
            yield line
