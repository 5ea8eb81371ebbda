"""The linker's per-process caches (trie answers per key, per-word data, entity fields) only save work.

Run with caches so small that they are cleared all the time, linking must give the same mentions.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import translit
from translit import linker, units

SEED = Path(__file__).parent / "data" / "seed" / "albukamal-2017-11-08.txt"
CASES = Path(__file__).parent / "cases" / "link.jsonl"


def _mentions(lines: list[str]) -> list[list[dict[str, object]]]:
    nlp = translit.Normalizer()  # a new Normalizer has a new Linker, with empty caches
    return [[m.to_dict() for m in nlp(line).mentions] for line in lines]


def test_tiny_caches_link_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = SEED.read_text(encoding="utf-8").splitlines() * 2  # the second pass runs on warm caches
    expected = _mentions(lines)
    assert sum(map(len, expected)) > 20
    monkeypatch.setattr(linker, "KEY_CACHE_SIZE", 3)
    monkeypatch.setattr(units, "WORD_CACHE_SIZE", 3)
    monkeypatch.setattr(units, "_WORDS", {})
    assert _mentions(lines) == expected


def test_skipping_words_that_start_nothing_links_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """Linker._may_start and _may_be_family_name are necessary tests: trying every word as a span's start and
    as a family name alone gives the same mentions (the seed article and the linking cases' inputs, shipped
    lexicons)."""
    with open(CASES, encoding="utf-8") as f:  # lines end at \n only: inputs hold other line breaks
        cases = [json.loads(line)["input"] for line in f if line.strip()]
    lines = SEED.read_text(encoding="utf-8").splitlines() + cases
    expected = _mentions(lines)
    assert sum(map(len, expected)) > 200
    monkeypatch.setattr(linker.Linker, "_may_start", lambda self, unit, info: True)
    monkeypatch.setattr(linker.Linker, "_may_be_family_name", lambda self, unit, people: True)
    assert _mentions(lines) == expected


def test_arabic_loose_keys_join_words_that_keep_their_first_letter() -> None:
    """Linker._may_grow stops an Arabic phrase when no loose key starts with its loose key plus the next
    word's first letter; that is exact only while Arabic loose keys are the words' loose forms joined."""
    from translit.fold import fold
    from translit.keys import loose_key

    words = [fold(w) for w in ("دير", "الزور", "مدينة", "البوكمال", "ريف", "حلب", "في", "ة", "هه")]
    for a in words:
        for b in words:
            assert loose_key(f"{a} {b}") == loose_key(a) + loose_key(b)
            assert loose_key(b)[0] == b[0]


def test_remember_keeps_a_cache_bounded() -> None:
    from translit.caches import remember

    cache: dict[int, int] = {}
    assert [remember(cache, k, k * k, 3) for k in range(5)] == [0, 1, 4, 9, 16]
    assert cache == {3: 9, 4: 16}  # full at 3 entries: emptied before the fourth
