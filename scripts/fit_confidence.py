"""Fit translit/data/confidence.json: the probability that resolve's first candidate is right.

The training queries are the GeoNames split of ``scripts/evaluate.py`` (held-out
real spellings of Arab-world places, and Arabic spellings against a Latin-only
lexicon; spellings of the places left out of the lexicon are negatives whatever
they match), restricted to the places in the fitting half (by a hash of the place
ID); ``evaluate.py --half test`` reports on the other half. The model is a
logistic regression (Newton steps with a small L2 penalty) on
``translit.confidence.FEATURES``: does the best-matching group hold the right place?

Exact and folded matches are deliberately one route: in this split an "exact"
match means the held-out spelling is another place's name, which says nothing
about exact matches in real text.

    python scripts/fit_confidence.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from evaluate import ROOT, in_half, split_lexicon  # noqa: E402

from translit import confidence, resolver  # noqa: E402
from translit.lexicon import read_records  # noqa: E402

L2 = 1e-3


def training_rows(records: list[dict], cache: Path) -> tuple[list[list[float]], list[int]]:
    xs: list[list[float]] = []
    ys: list[int] = []
    for latin_only in (False, True):
        with split_lexicon(records, latin_only, cache) as (lex, queries):
            for name, gold in queries:
                ranked = resolver.rank(lex, name)
                if ranked and in_half(gold, "fit"):
                    group = ranked[:confidence.best_group(ranked)]
                    xs.append(confidence.features(ranked))
                    ys.append(int(any(lex.record(n)["id"] == gold for n, _, _ in group)))
    return xs, ys


def fit(xs: list[list[float]], ys: list[int]) -> np.ndarray:
    x, y = np.array(xs), np.array(ys, dtype=float)
    w = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) / len(y) + L2 * w
        hess = (x.T * (p * (1 - p))) @ x / len(y) + L2 * np.eye(len(w))
        w -= np.linalg.solve(hess, grad)
    return w


def main() -> int:
    records = [r for _, r in read_records(ROOT / "lexicons" / "places-arab.jsonl")]
    with tempfile.TemporaryDirectory() as cache:
        xs, ys = training_rows(records, Path(cache))
    w = fit(xs, ys)
    data = {"features": list(confidence.FEATURES), "weights": [round(float(v), 4) for v in w],
            "trained_on": f"{len(ys)} top candidates, GeoNames split of places-arab.jsonl, fitting half",
            "command": "python scripts/fit_confidence.py"}
    confidence.MODEL_PATH.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(data, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
