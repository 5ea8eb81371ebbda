"""translit.crossscript: the packaged Arabic↔Latin name model on real pairs (dev splits, never trained on)."""

from __future__ import annotations

import json
import string
import time
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.crossscript import (
    FORMAT,
    VERSION,
    CrossScriptModel,
    CrossScriptModelError,
    Ranker,
    load_model,
    rank,
    romanize,
    score,
    scores,
)

THRESHOLD = 0.5

# Real pairs from the dev splits (ANETAC dev, Wikidata dev slice, Google eval); each list is also the
# distractor set of the others. Kobera/Kobena and Calot/Kabbalah-like neighbours make rank 1 non-trivial.
DEV_PAIRS = [
    ("كالوت", "Calot"), ("روندونيا", "Rondonia"), ("هاتونغيمانا", "Hatungimana"), ("بادوفكين", "Padovkin"),
    ("كوبيرا", "Kobera"), ("كوبينا", "Kobena"), ("تيسورو", "Tesoro"), ("حمية", "hamieh"), ("عقبي", "okbi"),
    ("يوجين", "eugene"), ("ميرتشا", "mircea"), ("المغامسي", "maghamsi"), ("الشغيوي", "shegewi"),
    ("جوناثان", "jonathan"), ("مارسيلينو", "marcelino"), ("سكستون", "sexton"), ("ياكوف", "yakov"),
]

UNRELATED = [
    ("بغداد", "Damascus"), ("البوكمال", "Aleppo"), ("ميشيل", "Robertson"), ("جوناثان", "Marcelino"),
    ("حمية", "Tesoro"), ("دير الزور", "Baghdad"),
]

RELATED = [
    ("البوكمال", "Albukamal"), ("بغداد", "Baghdad"), ("دير الزور", "Deir ez-Zor"), ("أبو كمال", "Abu Kamal"),
    ("ميشيل", "Michel"), ("كالوت", "Calot"), ("يوجين", "Eugene"),
]


def test_model_file_has_header() -> None:
    data = json.loads((resources.files("translit") / "data" / "crossscript.json").read_text(encoding="utf-8"))
    assert data["format"] == FORMAT and data["version"] == VERSION
    assert data["trained_on"] and "license note" in data
    assert load_model().header["format"] == FORMAT


def test_wrong_header_is_a_specific_error() -> None:
    with pytest.raises(CrossScriptModelError, match="expected format"):
        CrossScriptModel({"format": FORMAT, "version": VERSION + 1})
    with pytest.raises(CrossScriptModelError, match="malformed"):
        CrossScriptModel({"format": FORMAT, "version": VERSION})


def test_right_spelling_beats_other_place() -> None:
    assert score("البوكمال", "Albukamal") > score("البوكمال", "Aleppo")


@pytest.mark.parametrize(("arabic", "latin"), RELATED, ids=[lat for _, lat in RELATED])
def test_related_pairs_clear_threshold(arabic: str, latin: str) -> None:
    assert score(arabic, latin) > THRESHOLD


@pytest.mark.parametrize(("arabic", "latin"), UNRELATED, ids=[f"{lat}-unrelated" for _, lat in UNRELATED])
def test_unrelated_pairs_stay_under_threshold(arabic: str, latin: str) -> None:
    assert score(arabic, latin) < THRESHOLD


def test_score_takes_either_argument_order() -> None:
    assert score("Baghdad", "بغداد") == score("بغداد", "Baghdad")


@pytest.mark.parametrize(("arabic", "latin"), DEV_PAIRS, ids=[lat for _, lat in DEV_PAIRS])
def test_rank_finds_gold_among_dev_distractors_both_directions(arabic: str, latin: str) -> None:
    arabics = [a for a, _ in DEV_PAIRS]
    latins = [b for _, b in DEV_PAIRS]
    assert rank(arabic, latins, top=1)[0][0] == latins.index(latin)
    assert rank(latin, arabics, top=1)[0][0] == arabics.index(arabic)


def test_ranker_matches_rank_and_skips_same_script() -> None:
    mixed = [a for a, _ in DEV_PAIRS] + [b for _, b in DEV_PAIRS]
    ranker = Ranker(mixed)
    got = ranker.rank("Kobena", top=3)
    assert got == rank("Kobena", mixed, top=3)
    assert mixed[got[0][0]] == "كوبينا"
    assert all(not mixed[i].isascii() for i, _ in got)
    assert scores_sorted(got)


def scores_sorted(ranked: list[tuple[int, float]]) -> bool:
    return all(a[1] >= b[1] for a, b in zip(ranked, ranked[1:], strict=False))


def test_rank_with_nothing_to_compare() -> None:
    assert rank("Baghdad", ["Damascus", "Aleppo"]) == []
    assert rank("", ["بغداد"]) == []
    assert rank("بغداد", []) == []


@pytest.mark.parametrize(("arabic", "plausible"), [
    ("بغداد", {"baghdad", "bagdad"}),
    ("جوناثان", {"jonathan", "gonathan"}),
    ("مارسيلينو", {"marcelino", "marselino", "marsilino"}),
])
def test_romanize_is_plausible(arabic: str, plausible: set[str]) -> None:
    assert romanize(arabic) in plausible


def test_romanize_multi_word() -> None:
    assert romanize("دير الزور").count(" ") == 1


# Known failures: the training pairs are mostly foreign names, where final ب is often 'p' and
# the article is dropped; Arab names come out in an odd style. Kept until a model gets them right.
@pytest.mark.xfail(strict=True, reason="foreign-name bias of the training data")
@pytest.mark.parametrize(("arabic", "expected"), [("حلب", "halab"), ("الرقة", "raqqa"), ("البوكمال", "albukamal")])
def test_romanize_arab_place_names_known_failures(arabic: str, expected: str) -> None:
    assert romanize(arabic) == expected


@pytest.mark.parametrize(("query", "candidates", "gold"), [
    ("Deir ez-Zor", ["دير حافر", "دير الزور", "الزور", "دمشق"], 1),
    ("دير الزور", ["Deir Hafer", "Deir ez-Zor", "Zor", "Damascus"], 1),
    ("Abu Kamal", ["البوكمال", "القائم", "الميادين"], 0),
], ids=["deir-ez-zor-en", "deir-ez-zor-ar", "abu-kamal"])
def test_rank_multi_word_names(query: str, candidates: list[str], gold: int) -> None:
    assert rank(query, candidates, top=1)[0][0] == gold


def test_rank_on_1000_candidates_is_fast() -> None:
    model = load_model()
    cands = [f"{a}{b}{c}" for a in ("ba", "ka", "ma", "sa", "ta", "ra", "la", "na", "da", "fa")
             for b in ("ri", "lo", "mi", "no", "si", "ke", "du", "ga", "vi", "zo")
             for c in ("n", "s", "ra", "to", "ki", "l", "m", "ne", "ta", "sh")]
    ranker = Ranker(cands, model=model)
    queries = ["بارين", "كالوس", "ماميرا", "سانوتو", "تاكيكي", "راغال", "لافيم", "ناسون", "داريتا", "فازوش"]
    ranker.rank(queries[0])
    t0 = time.process_time()  # CPU time: other processes on a loaded machine do not count (issue 16)
    for q in queries * 3:
        ranker.rank(q)
    per_query = (time.process_time() - t0) / (3 * len(queries))
    assert per_query < 0.025  # typically ~1 ms; generous for slow CI machines


LETTERS = list(string.ascii_letters + " -'") + list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئةىًٌٍَُِّْـ")
text = st.text(alphabet=st.sampled_from(LETTERS))


@settings(deadline=None, max_examples=60)
@given(text, text)
def test_score_is_a_probability_on_any_input(a: str, b: str) -> None:
    assert 0.0 <= score(a, b) <= 1.0


@settings(deadline=None, max_examples=60)
@given(text)
def test_romanize_gives_lowercase_latin_words(a: str) -> None:
    out = romanize(a)
    assert set(out) <= set(string.ascii_lowercase + " ")


def test_batched_scores_agree_with_the_scalar_model() -> None:
    names = ["Baghdad", "Bagdad", "Damascus", "Albukamal", "Deir ez-Zor", "", "a" * 40]
    for arabic in ("بغداد", "البوكمال", "دير الزور"):
        batched = scores(arabic, names)
        scalar = [score(arabic, latin) for latin in names]
        assert [abs(a - b) < 0.01 for a, b in zip(batched, scalar, strict=True)] == [True] * len(names)
        assert batched[-2:] == [pytest.approx(0.0, abs=1e-12)] * 2  # nothing to align; too long for 3 letters a unit
    assert [p > 0.5 for p in scores("بغداد", names)] == [True, True, False, False, False, False, False]


def test_context_rows_are_the_compiled_tables() -> None:
    """BatchScorer.context_row computes in numpy what dense(model.emission(...)) gives, to the bit."""
    import numpy as np

    from translit.crossscript import batch_scorer, context_keys, contexts, load_model

    model, scorer = load_model(), batch_scorer()
    for word in ("البوكمال", "جابلونسكي", "نورتفايت", "بغداد", "ؤئى"):
        for prev, unit, nxt in contexts(word):
            row = scorer.context_row((unit, *context_keys(prev, unit, nxt)))
            assert np.array_equal(row, scorer.dense(model.emission(prev, unit, nxt)))


def test_many_queries_in_one_pass_score_as_one_each() -> None:
    from translit.crossscript import scores_many

    asked = [("بغداد", ["Baghdad", "Damascus", "Bagdad"]), ("البوكمال", ["Albukamal"]), ("دمشق", []),
             ("Baghdad", ["بغداد", "دمشق"]), ("دير الزور", ["Deir ez-Zor", "Dayr al-Zawr", "Aleppo", "x"])]
    got = scores_many(asked)
    assert [len(g) for g in got] == [3, 1, 0, 2, 4]
    for (query, others), sims in zip(asked, got, strict=True):
        assert sims == scores(query, others)  # to the bit: a pair's lattice is rescaled by its own cells alone


def test_a_pair_scores_the_same_in_any_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pairs sorted by size and cut into passes of LATTICE_PAIRS score as they do alone (the linker's
    answers do not depend on which texts are linked together)."""
    import translit.channel
    from translit.crossscript import scores_many

    asked = [("بغداد", ["Baghdad", "Damascus", "Bagdad", "a" * 30]), ("البوكمال", ["Albukamal", "Bukamal"]),
             ("دير الزور", ["Deir ez-Zor", "Dayr al-Zawr", "Aleppo", "x"]),
             ("جابلونسكي نورتفايت", ["Jablonski Nordtveit"])]
    alone = [scores_many([a])[0] for a in asked]
    monkeypatch.setattr(translit.channel, "LATTICE_PAIRS", 3)
    assert scores_many(asked) == alone
