"""scripts/build_watchlist.py and scripts/watchlist_score.py (issue 14's dev measure) on small fixtures."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
import regex

DATA = Path(__file__).parent / "data" / "watchlist"  # a made-up ANERcorp-format sample; netranslit-format pairs
Script = Callable[[str], ModuleType]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, script: Script) -> Path:
    out = tmp_path_factory.mktemp("wl")
    assert script("build_watchlist").main([str(out), "--anercorp", str(DATA / "anercorp-sample.txt"),
                                          "--pairs", str(DATA / "pairs-sample.tsv"), "--seed", "3"]) == 0
    return out


def test_pers_spans_become_two_word_arabic_names_with_offsets(built: Path, script: Script) -> None:
    texts = (built / "text.txt").read_text(encoding="utf-8").splitlines()
    inserted = [json.loads(line)["spans"] for line in (built / "inserted.jsonl").open(encoding="utf-8")]
    assert len(texts) == len(inserted) == 2  # "لا أحد هنا ." holds no person and is left out
    assert texts[0].startswith("قال الرئيس ") and texts[0].endswith(" في دمشق .")
    assert texts[1].startswith("وأكد ") and texts[1].endswith(" أن الوفد وصل")
    assert [len(spans) for spans in inserted] == [1, 2]  # سمير و أحمد: I-PERS after O opens a span, as the scorer reads
    assert texts[1].split(" ")[3] == "و"
    pairs = dict(script("build_watchlist").read_pairs(DATA / "pairs-sample.tsv"))
    arabic = set(pairs.values())
    for text, spans in zip(texts, inserted, strict=True):
        for span in spans:
            first, second = text[span["start"]:span["end"]].split(" ")
            assert {first, second} <= arabic and span["id"].startswith("person:wl-")
    sentences = (built / "sentences.txt").read_text(encoding="utf-8").split("\n\n")
    assert [line.split(" ")[1] for line in sentences[0].splitlines()] == [
        "O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O"]


def test_the_watchlist_is_latin_only_inserted_names_then_as_many_distractors(built: Path, script: Script) -> None:
    names = [json.loads(line) for line in (built / "watchlist.jsonl").open(encoding="utf-8")]
    lines = (built / "inserted.jsonl").read_text(encoding="utf-8").splitlines()
    inserted = [s["id"] for line in lines for s in json.loads(line)["spans"]]
    assert [n["id"] for n in names[:3]] == inserted and len(names) == 6 and len({n["id"] for n in names}) == 6
    assert all(set(n) == {"id", "type", "name"} and n["type"] == "person" for n in names)
    assert all(regex.fullmatch(r"\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+", n["name"]) for n in names), names  # Latin only
    pairs = dict(script("build_watchlist").read_pairs(DATA / "pairs-sample.tsv"))
    assert set(pairs) == {"Kawakita", "Massee", "Ziege", "Nordtveit", "Salgueiro", "Hülya"}  # bad lines skipped


def test_same_seed_same_set(built: Path, tmp_path: Path, script: Script) -> None:
    script("build_watchlist").main([str(tmp_path), "--anercorp", str(DATA / "anercorp-sample.txt"),
                                    "--pairs", str(DATA / "pairs-sample.tsv"), "--seed", "3"])
    for name in ("sentences.txt", "text.txt", "inserted.jsonl", "watchlist.jsonl"):
        assert (tmp_path / name).read_bytes() == (built / name).read_bytes()


def test_score_counts_a_person_mention_right_only_with_the_span_id(script: Script) -> None:
    texts = ["قال أ ب في دمشق", "وأكد ج د أن"]
    gold = [{"spans": [{"start": 4, "end": 7, "id": "person:wl-a-b"}]},
            {"spans": [{"start": 5, "end": 8, "id": "person:wl-c-d"}]}]
    preds = [{"mentions": [{"start": 4, "end": 5, "surface": "أ", "id": "person:wl-a-b", "type": "person"},
                           {"start": 11, "end": 15, "surface": "دمشق", "id": "place:sy:x", "type": "place"}]},
             {"mentions": [{"start": 5, "end": 8, "surface": "ج د", "id": "person:wl-a-b", "type": "person"}]}]
    s = script("watchlist_score").score(texts, gold, preds)
    assert (s["inserted"], s["predicted"], s["right"], s["found"]) == (2, 2, 1, 1)
    assert (s["precision"], s["recall"], s["f1"]) == (0.5, 0.5, 0.5)
    assert s["misses"] == {"ج د": 1} and s["wrong"] == {("ج د", "person:wl-a-b"): 1}
    with pytest.raises(ValueError, match="1 predicted records for 2 sentences"):
        script("watchlist_score").score(texts, gold, preds[:1])
