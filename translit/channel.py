"""The cross-script model's score of one Arabic name against many Latin names at once, in numpy.

``CrossScriptModel.log_channel`` runs the forward algorithm cell by cell in
Python, about 50 µs a pair; resolving one Arabic name rescores dozens of Latin
names. Here the Arabic side's emission tables become dense rows over the
model's chunk vocabulary (unknown chunks get the floor of their length), each
Latin name becomes chunk ids, and one row of the forward lattice is a few array
operations for all names together. Rows are rescaled as they go, so long names
do not underflow; no cells are pruned, so scores can differ from the scalar
version in the last digits.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from .caches import remember

Emission = dict[str, float]  # Latin chunk -> probability, for one Arabic unit in context


class ChannelModel(Protocol):
    """What the scorer reads of a trained model (crossscript.CrossScriptModel), named here so that
    channel needs no import of crossscript."""

    emit0: dict[str, Emission]
    emit1: dict[str, tuple[float, Emission]]
    emit2: dict[str, tuple[float, Emission]]
    floor: list[float]
    cal_bias: float
    cal_weights: list[float]

    def features(self, emissions: Sequence[Emission], latin: str, lm_logp: float | None = None) -> list[float]: ...

    def log_lm(self, latin: str) -> float: ...

MAX_CHUNK = 3
MAX_ROWS = 4096  # dense emission rows kept (36 MB at most)
MAX_KEYS = 100_000  # Latin keys whose chunk ids and n-gram log-probs are kept


class BatchScorer:
    """Dense emission rows, chunk ids and n-gram log-probs for one model; cached, since names repeat."""

    def __init__(self, model: ChannelModel) -> None:
        self.model = model
        chunks = sorted({c for t in model.emit0.values() for c in t}
                        | {c for _, t in model.emit1.values() for c in t}
                        | {c for _, t in model.emit2.values() for c in t})
        self.vocab = {c: i for i, c in enumerate(chunks)}
        size = len(chunks)
        self.unknown = [size + k for k in range(MAX_CHUNK + 1)]  # an id per chunk length for chunks never seen
        self.floor = np.array([model.floor[len(c)] for c in chunks] + model.floor[:MAX_CHUNK + 1], dtype=np.float32)
        self._rows: dict[int, np.ndarray] = {}
        self._ids: dict[str, np.ndarray] = {}
        self._lm: dict[str, float] = {}

    def dense(self, table: Emission) -> np.ndarray:
        """The emission probabilities of one unit over the whole chunk vocabulary (float32: 9 KB a row)."""
        row = self._rows.get(id(table))  # the model keeps every table it compiled, so ids stay valid
        if row is None:
            row = self.floor.copy()
            row[[self.vocab[c] for c in table]] = list(table.values())
            remember(self._rows, id(table), row, MAX_ROWS)
        return row

    def chunk_ids(self, latin: str) -> np.ndarray:
        """ids[k, j] = the chunk latin[j-k:j] (k = 0..3 letters) ending at position j."""
        ids = self._ids.get(latin)
        if ids is None:
            m = len(latin)
            ids = np.array([[self.vocab.get(latin[j - k:j], self.unknown[k]) if j >= k else self.unknown[k]
                             for j in range(m + 1)] for k in range(MAX_CHUNK + 1)], dtype=np.int64)
            remember(self._ids, latin, ids, MAX_KEYS)
        return ids

    def log_lm(self, latin: str) -> float:
        """The model's n-gram log P of a Latin key, cached like the chunk ids."""
        logp = self._lm.get(latin)
        if logp is None:
            logp = self.model.log_lm(latin)
            remember(self._lm, latin, logp, MAX_KEYS)
        return logp

    def log_channel(self, emissions: Sequence[Emission], latins: Sequence[str]) -> np.ndarray:
        """log P(latin | arabic) of one Arabic name for each Latin key (``CrossScriptModel.log_channel``)."""
        if not emissions or not latins:
            return np.full(len(latins), -math.inf)
        lengths = np.array([len(s) for s in latins])
        ids = np.full((MAX_CHUNK + 1, len(latins), int(lengths.max()) + 1), self.unknown[0], dtype=np.int64)
        for c, latin in enumerate(latins):
            ids[:, c, :len(latin) + 1] = self.chunk_ids(latin)
        prev = np.zeros(ids.shape[1:])
        prev[:, 0] = 1.0
        log_scale = np.zeros(len(latins))
        for table in emissions:  # one row of the forward lattice for all Latin keys
            emit = self.dense(table)[ids]
            cur = prev * emit[0]
            for k in range(1, MAX_CHUNK + 1):
                cur[:, k:] += prev[:, :-k] * emit[k][:, k:]
            top = cur.max(axis=1)
            top[top <= 0.0] = 1.0  # a dead pair stays all zeros
            cur /= top[:, None]
            log_scale += np.log(top)
            prev = cur
        final = prev[np.arange(len(latins)), lengths]
        with np.errstate(divide="ignore"):
            return np.where(final > 0.0, np.log(final) + log_scale, -math.inf)

    def scores(self, emissions: Sequence[Emission], latins: Sequence[str],
               lm: Sequence[float] | None = None) -> list[float]:
        """Calibrated P(same name) of one Arabic name (its emissions) and each Latin key (``model.features``)."""
        model = self.model
        chan = self.log_channel(emissions, latins)
        logp = np.array([self.log_lm(s) for s in latins] if lm is None else lm, dtype=float)
        per_letter = np.array([len(s) + 1 for s in latins], dtype=float)
        dead = ~np.isfinite(chan) | (per_letter == 1)
        pmi = np.where(dead, 0.0, chan - logp)
        feats = [pmi / per_letter, pmi / 10.0, np.where(dead, 0.0, chan) / per_letter]
        z = model.cal_bias + sum(w * np.where(dead, -30.0, f) for w, f in zip(model.cal_weights, feats, strict=True))
        return [float(v) for v in 1.0 / (1.0 + np.exp(-np.clip(z, -700, 700)))]

