"""How likely a resolved candidate is the right entity, so ``resolve`` can say "no match" instead of guessing.

The resolver's raw score says how well a name matches; it cannot say whether
other entities match as well (two towns called Al Quşayr, Tadjoura and Tājūrā’
for تاجورة). The probability splits in two:

- how likely the best-matching group (the candidates within ``CLOSE`` of the top
  raw score) holds the right entity: a logistic model of the ranking's shape
  (route, score, lead over the next candidate, group size), fitted on real
  GeoNames spellings by ``scripts/fit_confidence.py`` and shipped as
  ``data/confidence.json``;
- which member of the group it is: a softmax of the raw scores with
  ``TEMPERATURE``. The raw score already weighs prominence (``profiles.prior``);
  at this temperature two equally good matches share like the square roots of
  their populations, so "Tripoli" is the Libyan capital unless context says
  otherwise, while Rafah in Gaza and Rafah in Egypt stay a close call.

Prominence is a stated prior, not fitted: in a split of GeoNames spellings a
village is queried as often as a capital, which real text does not do.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

ROUTES = ("variant", "fuzzy", "cross-script")  # relative to a key match (exact / folded)
CLOSE = 0.03  # candidates this close to the top raw score are one group: the match cannot tell them apart
TEMPERATURE = 0.01  # exp(raw / T): for one match strength, grows like sqrt(population) (see profiles.prior)
FEATURES = ("bias", "score", "lead", "lead_capped", "group", "alone", *ROUTES)
MODEL_PATH = Path(__file__).parent / "data" / "confidence.json"

Ranked = Sequence[tuple[int, float, str]]  # (entity number, raw score, method), best first


def best_group(ranked: Ranked) -> int:
    """How many leading candidates the match cannot tell apart."""
    top = ranked[0][1]
    return sum(1 for _, score, _ in ranked if score >= top - CLOSE)


def features(ranked: Ranked) -> list[float]:
    """The shape of a ranking: route and score of the best, its group's size and lead over the next candidate."""
    size = best_group(ranked)
    top, method = ranked[0][1], ranked[0][2]
    lead = top - ranked[size][1] if size < len(ranked) else top
    return [1.0, top, lead, min(lead, 0.1) / 0.1, float(size - 1), float(len(ranked) == 1),
            *(float(method == route) for route in ROUTES)]


@lru_cache(maxsize=1)
def weights() -> list[float]:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    if data["features"] != list(FEATURES):
        raise ValueError(f"{MODEL_PATH}: features {data['features']} are not {list(FEATURES)}; refit it")
    return [float(w) for w in data["weights"]]


def group_probability(ranked: Ranked) -> float:
    """The probability that the best-matching group holds the right entity."""
    z = sum(w * f for w, f in zip(weights(), features(ranked), strict=True))
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


def calibrated(ranked: Ranked, top: int) -> list[tuple[int, float, str]]:
    """The first ``top`` candidates with their probability of being right (which replaces the raw score).

    The group's probability is shared by a softmax of the raw scores; what is
    left is shared the same way among the other candidates, which stay behind.
    """
    if not ranked:
        return []
    size = best_group(ranked)
    inside = group_probability(ranked)
    group = _shares(ranked[:size], inside)
    rest = _shares(ranked[size:], 1.0 - inside)
    floor = group[-1][1]
    return (group + [(n, min(p, floor), method) for n, p, method in rest])[:top]


def _shares(part: Ranked, mass: float) -> list[tuple[int, float, str]]:
    """mass split over the candidates by a softmax of their raw scores, in their order."""
    if not part:
        return []
    best = part[0][1]
    weight = [math.exp((score - best) / TEMPERATURE) for _, score, _ in part]
    total = sum(weight)
    return [(n, round(mass * w / total, 4), method) for (n, _, method), w in zip(part, weight, strict=True)]
