#!/usr/bin/env python3
"""Fuzz target for translit: arbitrary bytes -> text -> normalize, tokens, links; checks the invariants.

Run manually (atheris is a fuzzing tool, not a project dependency; see fuzz/README.md):

    pip install atheris
    python fuzz/fuzz_normalize.py -max_total_time=300
    python fuzz/fuzz_normalize.py --no-atheris --seconds 300     # no atheris: a seeded random-input loop

Each input is decoded as UTF-8 (lone surrogates kept, any other bad byte -> U+FFFD) and run through
``translit.normalize``, ``Normalizer(link=False)`` and ``Normalizer()`` (default lexicons). A crash is any
exception or a broken invariant: normalize is idempotent, the Normalizer's display text is normalize's,
and every token, hashtag part and mention indexes the original (``original[start:end] == text/surface``).
Crashing inputs belong in tests/data/fuzz-regressions/, which tests/test_reliability.py replays. Bugs already
kept there are replayed by tests/test_reliability.py::test_fuzz_regression.
"""

from __future__ import annotations

import argparse
import codecs
import hashlib
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # a source checkout works without installing

try:
    import atheris
except ImportError:  # the --no-atheris loop needs nothing but translit
    atheris = None


def _surrogate_or_replace(exc: UnicodeError) -> tuple[str, int]:
    """'surrogatepass' for an encoded lone surrogate (ED A0..BF 80..BF), 'replace' for any other bad byte."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    b = exc.object[exc.start:exc.start + 3]
    if len(b) == 3 and b[0] == 0xED and 0xA0 <= b[1] <= 0xBF and 0x80 <= b[2] <= 0xBF:
        return chr(0xD000 | ((b[1] & 0x3F) << 6) | (b[2] & 0x3F)), exc.start + 3
    return "\ufffd", exc.start + 1


codecs.register_error("translit-fuzz", _surrogate_or_replace)


def decode(data: bytes) -> str:
    return data.decode("utf-8", "translit-fuzz")


if atheris is not None and "--no-atheris" not in sys.argv:
    with atheris.instrument_imports(include=["translit"]):
        import translit
else:
    import translit

NORMALIZE = translit.normalize
TOKENS_ONLY = translit.Normalizer(link=False)
LINKED = translit.Normalizer()
def _fail(what: str, text: str) -> None:
    raise AssertionError(f"{what}: {text!r}")


def check(text: str) -> None:
    """Every invariant on one text; raises (AssertionError or whatever translit raised) on a violation."""
    once = NORMALIZE(text)
    if NORMALIZE(once) != once:
        _fail("normalize is not idempotent", text)
    for nlp in (TOKENS_ONLY, LINKED):
        doc = nlp(text)
        if doc.original != text:
            _fail("Document.original is not the input", text)
        if doc.text != once:
            _fail("Normalizer display text differs from normalize()", text)
        for t in doc.tokens:
            if not (0 <= t.start <= t.end <= len(text)) or text[t.start:t.end] != t.text:
                _fail(f"token {t} does not index the original", text)
            for start, end, _norm in t.parts:
                if not t.start <= start <= end <= t.end:
                    _fail(f"hashtag part {(start, end)} outside its token {t}", text)
        for m in doc.mentions:
            if not (0 <= m.start < m.end <= len(text)) or text[m.start:m.end] != m.surface:
                _fail(f"mention {m} does not index the original", text)


def test_one_input(data: bytes) -> None:
    check(decode(data))


# --- the fallback: seeded random inputs, no coverage guidance ------------------------------------------------

ALPHABET = ("ابتثجحخدذرزسشصضطظعغفقكلمنهوي" "ءآأؤإئىة" "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" "āūīḤṣʿʾ’'-" "یکگپچژۀە"
            "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪.,:"
            "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\u2060"
            "\ufeff\u00ad" "ﺍﻟﺒﻮﻛﻤﺎﻝﻻﻷﷲﷺﹰﹱ" "_#@/:. \t\n\r\u00a0\u2028\x00\x85\ufffd\ud800\udfff")
FRAGMENTS = ["https://ar.rt.com/jhel", "http://", "www.", "#البوكمال", "#دير_الزورعلى", "#DeirEzzor", "@AlMasdarNews",
             "info@almasdarnews.com", "Albukamal", "al-Bukamal", "Al-Qa’im", "دير الزور", "أبو كمال", "ﺍﻟﺒﻮﻛﻤﺎﻝ",
             "08.11.2017", "٣٫٥", "👨\u200d👩\u200d👧", "🇸🇾", "1\ufe0f\u20e3", "Abu Kamal", "وبالبوكمال", "للبوكمال",
             "SAA", "Syria's", "مدينة كان", "#", "_", "a.", "'", "\u0301", "Ø§Ù„Ø¨ÙˆÙƒÙ…Ø§Ù„", "cafÃ©", "â€™", "Ã"]


def random_input(rng: random.Random, max_len: int) -> bytes:
    """Raw random bytes, or text built from the alphabet, fragments and repeated runs, encoded as UTF-8."""
    kind = rng.random()
    if kind < 0.15:
        return rng.randbytes(rng.randint(0, max_len))
    pieces: list[str] = []
    size = rng.randint(0, max_len // 4)
    while sum(map(len, pieces)) < size:
        r = rng.random()
        if r < 0.45:
            pieces.append("".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 8))))
        elif r < 0.85:
            pieces.append(rng.choice(FRAGMENTS))
        else:
            pieces.append(rng.choice(FRAGMENTS + list(ALPHABET)) * rng.randint(2, 200))
    data = "".join(pieces).encode("utf-8", "surrogatepass")
    if kind > 0.9 and data:  # a few flipped bytes: invalid UTF-8 inside otherwise good text
        buf = bytearray(data)
        for _ in range(rng.randint(1, 4)):
            buf[rng.randrange(len(buf))] = rng.randrange(256)
        data = bytes(buf)
    return data[:max_len]


def random_loop(seconds: float, seed: int, max_len: int, artifacts: Path) -> int:
    rng = random.Random(seed)
    deadline = time.monotonic() + seconds
    runs = crashes = 0
    while time.monotonic() < deadline:
        data = random_input(rng, max_len)
        runs += 1
        try:
            test_one_input(data)
        except Exception as exc:  # noqa: BLE001 - every exception is a finding
            crashes += 1
            artifacts.mkdir(parents=True, exist_ok=True)
            path = artifacts / f"crash-{hashlib.sha1(data).hexdigest()}"
            path.write_bytes(data)
            print(f"CRASH #{crashes} after {runs} runs: {type(exc).__name__}: {exc!s:.300} -> {path}", flush=True)
        if runs % 5000 == 0:
            print(f"#{runs} runs, {crashes} crashes", flush=True)
    print(f"done: {runs} runs in {seconds:.0f} s, {crashes} crashes (seed {seed})", flush=True)
    return 1 if crashes else 0


# libFuzzer dictionary: tokens worth splicing in (UTF-8 bytes, escaped)
DICTIONARY = ["http://", "https://", "www.", ".com", "#", "@", "_", "'", "-", "\u200c", "\u200d", "\u200f", "\ufe0f",
              "\u0651", "\u064e", "\u0640", "ال", "و", "ب", "لل", "ﻻ", "٫", "٣", "۳", "ی", "ک", "Al-", "al-", "Abu ",
              "البوكمال", "دير_الزور", "Albukamal", "Deir", "Ezzor", "مدينة ", "\U0001F468", "\U0001F1F8", "\r\n",
              "\u0301", "Ø§Ù„", "Ã©", "â€™", "Ù"]  # the last four: UTF-8 read as Windows-1252 (mojibake)


def _dictionary_file() -> str:
    """The dictionary in libFuzzer's format, written once to the temp directory (named by its content)."""
    lines = []
    for i, token in enumerate(DICTIONARY):
        escaped = "".join(chr(b) if 0x20 <= b < 0x7F and chr(b) not in '"\\' else f"\\x{b:02X}"
                          for b in token.encode("utf-8"))
        lines.append(f'kw{i}="{escaped}"\n')
    text = "".join(lines)
    path = Path(tempfile.gettempdir()) / f"translit-fuzz-{hashlib.sha1(text.encode()).hexdigest()[:12]}.dict"
    if not path.exists():
        path.write_text(text, encoding="ascii")
    return str(path)


def main() -> int:
    if "--no-atheris" in sys.argv or atheris is None:
        parser = argparse.ArgumentParser(description="random-input fuzz loop (no atheris)")
        parser.add_argument("--no-atheris", action="store_true")
        parser.add_argument("--seconds", type=float, default=300)
        parser.add_argument("--seed", type=int, default=int(time.time()))
        parser.add_argument("--max-len", type=int, default=4096)
        parser.add_argument("--artifacts", type=Path, default=Path("."), help="where crash-<sha1> files go")
        args = parser.parse_args()
        if atheris is None and not args.no_atheris:
            print("atheris is not installed: running the random-input loop (see --help)", file=sys.stderr)
        return random_loop(args.seconds, args.seed, args.max_len, args.artifacts)
    argv = list(sys.argv)
    if not any(a.startswith("-dict=") for a in argv):
        argv.append(f"-dict={_dictionary_file()}")
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
