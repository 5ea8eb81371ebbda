"""Linking cases as data: tests/cases/link.jsonl, linked with the fixture lexicon only.

Each line is {"label", "input", "expected": [[start, end, id], ...], "comment"}
and, for a known error, "xfail" (the reason; run strict, never deleted). The
mentions must be exactly the expected ones, in order, with offsets into the
original input. An id of null stands for a place that has no record yet (a
coverage gap, always an xfail): any entity at that span would do until the
record is added and its ID pinned.

The fixture (tests/data/link-fixture/: a few hundred records copied from
lexicons/*.jsonl with their IDs, and the lines of the common-word list and of
the word-frequency table the cases need) is written by
scripts/build_link_fixture.py; rerun it after adding a case. Its word lists are
read from TRANSLIT_LEXICONS, set while the lexicon opens.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from casefiles import load

import translit

FIXTURE = Path(__file__).parent / "data" / "link-fixture"


@pytest.fixture(scope="module")
def nlp() -> translit.Normalizer:
    with pytest.MonkeyPatch.context() as env:
        env.setenv("TRANSLIT_LEXICONS", str(FIXTURE))  # the fixture's word lists, not the shipped ones
        lexicon = translit.Lexicon([FIXTURE / "fixture-lexicon.jsonl"], defaults=False)
    return translit.Normalizer(lexicons=lexicon)


def same(want: list[Any], got: list[Any]) -> bool:
    """One expected [start, end, id] against one linked; an id of null takes any entity."""
    return want[:2] == got[:2] and want[2] in (None, got[2])


@pytest.mark.parametrize("case", load("link.jsonl"))
def test_link_case(nlp: translit.Normalizer, case: dict[str, Any]) -> None:
    text = case["input"]
    mentions = nlp(text).mentions
    for m in mentions:
        assert text[m.start:m.end] == m.surface, f"{m.id} at {m.start}:{m.end}"
    got = [[m.start, m.end, m.id] for m in mentions]
    want = case["expected"]
    assert len(got) == len(want) and all(map(same, want, got)), f"got {got}"


def test_every_expected_id_is_in_the_fixture(nlp: translit.Normalizer) -> None:
    """An expected entity the fixture lacks could never link: a case that would fail for the wrong reason."""
    ids = {nlp.lexicon.record(n)["id"] for n in range(len(nlp.lexicon))}
    expected = {i for param in load("link.jsonl") for _, _, i in param.values[0]["expected"] if i}
    assert expected - ids == set()
