"""The corpus of real cases in tests/cases/*.jsonl: cleanup (normalize), tokens, and match-level folding.

Each line is {"label", "input", "expected", "comment"} plus, where needed:
``options`` (keyword options for normalize), ``norms`` (the folded norm of each
token), ``parts`` (per hashtag token, its parts as [original slice, norm]) and
``xfail`` (the reason a known bug makes the case fail; strict, never deleted).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from casefiles import load

import translit

SEED = Path(__file__).parent / "data" / "seed" / "albukamal-2017-11-08.txt"
NLP = translit.Normalizer(link=False)


@pytest.mark.parametrize("case", load("cleanup.jsonl"))
def test_cleanup(case: dict[str, Any]) -> None:
    assert translit.normalize(case["input"], **case.get("options", {})) == case["expected"]


@pytest.mark.parametrize("case", load("tokens.jsonl"))
def test_tokens(case: dict[str, Any]) -> None:
    original = case["input"]
    doc = NLP(original)
    for t in doc.tokens:
        assert original[t.start:t.end] == t.text, f"{t.kind} token {t.text!r} at {t.start}:{t.end}"
    assert [[t.kind, t.text] for t in doc.tokens] == case["expected"]
    if "norms" in case:
        assert [t.norm for t in doc.tokens] == case["norms"]
    if "parts" in case:
        hashtags = [t for t in doc.tokens if t.kind == "hashtag"]
        assert [[[original[s:e], norm] for s, e, norm in t.parts] for t in hashtags] == case["parts"]


@pytest.mark.parametrize("case", load("fold.jsonl"))
def test_fold(case: dict[str, Any]) -> None:
    assert translit.fold(case["input"]) == case["expected"]


def test_seed_copy_is_the_article() -> None:
    """The copy the cases were written from: 17 lines, the tricky ones where the cases expect them."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    assert len(lines) == 18 and lines[-1] == ""
    assert "العراقhttps://ar.rt.com/jhel" in lines[10]
    assert "Hashd Al-Sha’abi" in lines[1] and "Al-Qa’im" in lines[1]
    assert lines[12] == "08.11.2017"


def test_seed_lines_without_special_characters_are_unchanged() -> None:
    """Negative cases from the article itself: every line with nothing to clean comes out as it went in."""
    clean = [line for line in SEED.read_text(encoding="utf-8").splitlines()
             if line == line.strip() and "  " not in line and all(c.isascii() or "\u0621" <= c <= "\u064a" or c == "#"
                                                                   for c in line)]
    assert len(clean) == 13  # lines 3, 6-17
    for line in clean:
        assert translit.normalize(line) == line
