"""The linker's per-process caches (trie answers per key, per-word data, entity fields) only save work.

Run with caches so small that they are cleared all the time, linking must give the same mentions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import translit
from translit import linker

SEED = Path(__file__).parent / "data" / "seed" / "albukamal-2017-11-08.txt"


def _mentions(lines: list[str]) -> list[list[dict[str, object]]]:
    nlp = translit.Normalizer()  # a new Normalizer has a new Linker, with empty caches
    return [[m.to_dict() for m in nlp(line).mentions] for line in lines]


def test_tiny_caches_link_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = SEED.read_text(encoding="utf-8").splitlines() * 2  # the second pass runs on warm caches
    expected = _mentions(lines)
    assert sum(map(len, expected)) > 20
    monkeypatch.setattr(linker, "KEY_CACHE_SIZE", 3)
    monkeypatch.setattr(linker, "_WORDS", {})
    assert _mentions(lines) == expected
