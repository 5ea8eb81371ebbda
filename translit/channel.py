"""The cross-script model's score of one Arabic name against many Latin names at once, in numpy.

``CrossScriptModel.log_channel`` runs the forward algorithm cell by cell in
Python, about 50 µs a pair; resolving one Arabic name rescores dozens of Latin
names. Here the Arabic side's emission tables become dense rows over the
model's chunk vocabulary (unknown chunks get the floor of their length), each
Latin name becomes chunk ids, and one row of the forward lattice is a few array
operations for all names together. Rows are rescaled as they go, so long names
do not underflow (each pair's row by its own largest cell: cells past a name's
end emit nothing, so a pair scores the same in any batch); no cells are pruned,
so scores can differ from the scalar version in the last digits.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Sequence
from typing import Any, Protocol, TypeVar

import numpy as np

from .caches import remember

K = TypeVar("K", bound=Hashable)
Emission = dict[str, float]  # Latin chunk -> probability, for one Arabic unit in context


class ChannelModel(Protocol):
    """What the scorer reads of a trained model (crossscript.CrossScriptModel), named here so that
    channel needs no import of crossscript."""

    emit0: dict[str, Emission]
    emit1: dict[str, tuple[float, Emission]]
    emit2: dict[str, tuple[float, Emission]]
    floor: list[float]
    b1: float
    b2: float
    cal_bias: float
    cal_weights: list[float]

    def features(self, emissions: Sequence[Emission], latin: str, lm_logp: float | None = None) -> list[float]: ...

    def log_lm(self, latin: str) -> float: ...

MAX_CHUNK = 3
MAX_ROWS = 4096  # dense emission rows kept (36 MB at most)
# rows kept per context (context_row); a full matrix is emptied
MAX_CONTEXT_ROWS = 16_384  # (147 MB at most; a text meets ~10,000 contexts)
MAX_KEYS = 100_000  # Latin keys whose chunk ids and n-gram log-probs are kept
LATTICE_PAIRS = 512  # pairs of like size that share one pass of the lattice (log_channel_many)


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
        self.nothing = size + MAX_CHUNK + 1  # the id of what no unit emits (0.0): lattice cells past a name's end
        self.floor = np.array([model.floor[len(c)] for c in chunks] + model.floor[:MAX_CHUNK + 1] + [0.0],
                              dtype=np.float32)
        self._rows: dict[int, np.ndarray] = {}
        # dense rows in one matrix, so a batch gathers from it without stacking its rows: key -> row number
        self._matrix = np.empty((0, len(self.floor)), dtype=np.float32)  # allocated on first use
        self._slots: dict[Any, int] = {}
        self._chunks = chunks
        self._bases: dict[str, tuple[np.ndarray, np.ndarray]] = {}
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

    def slots(self, keys: Sequence[K], make: Callable[[K], np.ndarray]) -> list[int]:
        """The matrix rows holding each key's dense row (make(key) computes a new one). They stay valid until
        the next call: a full matrix is emptied before it takes in a batch's new rows."""
        new = [k for k in dict.fromkeys(keys) if k not in self._slots]
        if len(self._slots) + len(new) > len(self._matrix):
            if len(self._slots) + len(new) > MAX_CONTEXT_ROWS:
                self._slots.clear()
                new = list(dict.fromkeys(keys))
            size = max(min(MAX_CONTEXT_ROWS, 2 * (len(self._slots) + len(new))), len(self._slots) + len(new))
            grown = np.empty((size, len(self.floor)), dtype=np.float32)
            grown[:len(self._slots)] = self._matrix[:len(self._slots)]
            self._matrix = grown
        for k in new:
            self._matrix[len(self._slots)] = make(k)
            self._slots[k] = len(self._slots)
        return [self._slots[k] for k in keys]

    def context_row(self, context: tuple[str, str, str]) -> np.ndarray:
        """``dense(model.emission(prev, unit, nxt))`` computed from the model's tables in numpy, for context
        (unit, k1, k2), k1 and k2 being its keys (crossscript.context_keys). The model compiles a dict of ~130
        chunks per context (``CrossScriptModel._compile_emission``: the same formula, the same float
        operations), which took most of the linker's cross-script time and, cached, most of its memory."""
        unit, k1, k2 = context
        model = self.model
        base, listed = self._base(unit)
        n1, c1 = model.emit1.get(k1, (0.0, {}))
        n2, c2 = model.emit2.get(k2, (0.0, {}))
        listed = listed.copy()
        p1 = model.b1 * base
        self._add_counts(p1, c1, listed)
        p1 /= n1 + model.b1
        out = model.b2 * p1
        self._add_counts(out, c2, listed)
        out /= n2 + model.b2
        row = self.floor.copy()
        row[:len(out)][listed] = out[listed]
        return row

    def _add_counts(self, row: np.ndarray, counts: dict[str, float], listed: np.ndarray) -> None:
        """Adds a context's chunk counts to row in place (count + row, as the model's formula orders it) and
        marks those chunks listed."""
        if counts:
            at = [self.vocab[c] for c in counts]
            row[at] = np.array(list(counts.values())) + row[at]
            listed[at] = True

    def _base(self, unit: str) -> tuple[np.ndarray, np.ndarray]:
        """P0 of a unit over the chunk vocabulary (the floor where it lists nothing), and which chunks it lists."""
        found = self._bases.get(unit)
        if found is None:
            p0 = self.model.emit0.get(unit, {})
            floor = self.model.floor
            found = (np.array([p0.get(c, floor[len(c)]) for c in self._chunks], dtype=np.float64),
                     np.array([c in p0 for c in self._chunks]))
            self._bases[unit] = found
        return found

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
        return self.log_channel_many([self._table_slots(emissions)], [0] * len(latins), latins)

    def _table_slots(self, emissions: Sequence[Emission]) -> list[int]:
        """Matrix rows of the model's emission tables (keyed by id: the model keeps every table it compiled)."""
        tables = {id(table): table for table in emissions}
        return self.slots([("table", id(table)) for table in emissions], lambda key: self.dense(tables[key[1]]))

    def log_channel_many(self, queries: Sequence[Sequence[int]], owners: Sequence[int],
                         latins: Sequence[str]) -> np.ndarray:
        """log P(latins[p] | queries[owners[p]]) for each pair p, a query being the matrix rows (slots) of an
        Arabic name's units: many Arabic names, each against its own Latin keys, in passes of the lattice
        shared by up to LATTICE_PAIRS pairs of like size (sorted by units and letters: padding a pass to
        its longest pair wasted 60% of the cells), since the array operations of a row cost the same for
        a few pairs as for hundreds (a line of text asks about dozens of spans). Each pair scores as it
        would alone."""
        if not latins:
            return np.full(0, -math.inf)
        sizes = np.array([len(query) for query in queries])
        by_query = np.zeros((len(queries), max(int(sizes.max()), 1)), dtype=np.int64)  # query q's rows, padded
        for q, query in enumerate(queries):
            by_query[q, :len(query)] = query
        owned = np.asarray(owners)
        units = sizes[owned]
        distinct: dict[str, int] = {}
        which = np.array([distinct.setdefault(s, len(distinct)) for s in latins])
        lengths = np.array([len(s) for s in distinct])
        # chunk ids of each distinct Latin key, padded with the id that emits nothing, as a pass reads them:
        # ids[latin, j] = the ids of the chunks of 3..0 letters ending at j
        ids = np.full((len(distinct), MAX_CHUNK + 1, int(lengths.max()) + 1), self.nothing, dtype=np.int64)
        for c, latin in enumerate(distinct):
            ids[c, :, :len(latin) + 1] = self.chunk_ids(latin)
        ids = np.ascontiguousarray(ids[:, ::-1].transpose(0, 2, 1))
        lengths = lengths[which]
        order = np.lexsort((lengths, units))
        out = np.empty(len(latins))
        for start in range(0, len(order), LATTICE_PAIRS):
            part = order[start:start + LATTICE_PAIRS]
            steps, width = int(units[part].max()), int(lengths[part].max()) + 1
            out[part] = self._lattice(by_query[owned[part], :max(steps, 1)].T, ids[which[part], :width],
                                      units[part], lengths[part])
        return out

    def _lattice(self, row_of: np.ndarray, ids: np.ndarray, units: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """log_channel_many of one pass: every pair's forward lattice, row by row; row_of[step, p] is the matrix
        row pair p reads at a step, ids[p, j] its chunk ids ending at j. Pairs come by units, fewest first: a
        pair whose Arabic name has run out of units keeps its row as it is, and a step computes only the
        rows of the pairs after those."""
        # the lattice row with MAX_CHUNK zeros before it, seen as windows: windows[p, j] = row[p, j-3..j], and
        # ids in the same order (chunks of 3..0 letters ending at j), so a step is one gather and one einsum
        steps = int(units.max())
        n, width = ids.shape[:2]
        padded = np.zeros((n, width + MAX_CHUNK))
        padded[:, MAX_CHUNK] = 1.0
        cell = padded.strides[1]
        windows = np.lib.stride_tricks.as_strided(padded, (n, width, MAX_CHUNK + 1), (padded.strides[0], cell, cell),
                                                  writeable=False)
        tops = np.ones((max(steps, 1), n))
        # every step's emissions, gathered at once, in float64 (what the products are taken in anyway: einsum
        # is twice as fast on one type)
        emits = self._matrix[row_of[:, :, None, None], ids].astype(np.float64)
        spent = np.searchsorted(units, np.arange(steps), side="right")  # pairs spent before each step
        for step in range(steps):  # one row of the forward lattice for all pairs
            k = spent[step]
            cur = np.einsum("pjk,pjk->pj", windows[k:], emits[step, k:])
            top = cur.max(axis=1)
            top[top <= 0.0] = 1.0  # a dead pair stays all zeros
            np.divide(cur, top[:, None], out=padded[k:, MAX_CHUNK:])
            tops[step, k:] = top
        final = padded[np.arange(n), lengths + MAX_CHUNK]
        with np.errstate(divide="ignore"):
            return np.where((final > 0.0) & (units > 0), np.log(final) + np.log(tops).sum(axis=0), -math.inf)

    def scores(self, emissions: Sequence[Emission], latins: Sequence[str],
               lm: Sequence[float] | None = None) -> list[float]:
        """Calibrated P(same name) of one Arabic name (its emissions) and each Latin key (``model.features``)."""
        return self.scores_many([self._table_slots(emissions)], [0] * len(latins), latins, lm)

    def scores_many(self, queries: Sequence[Sequence[int]], owners: Sequence[int], latins: Sequence[str],
                    lm: Sequence[float] | None = None) -> list[float]:
        """Calibrated P(same name) of each pair (queries[owners[p]], latins[p]), in one pass (log_channel_many)."""
        model = self.model
        chan = self.log_channel_many(queries, owners, latins)
        logp = np.array([self.log_lm(s) for s in latins] if lm is None else lm, dtype=float)
        per_letter = np.array([len(s) + 1 for s in latins], dtype=float)
        dead = ~np.isfinite(chan) | (per_letter == 1)
        pmi = np.where(dead, 0.0, chan - logp)
        feats = [pmi / per_letter, pmi / 10.0, np.where(dead, 0.0, chan) / per_letter]
        z = model.cal_bias + sum(w * np.where(dead, -30.0, f) for w, f in zip(model.cal_weights, feats, strict=True))
        return [float(v) for v in 1.0 / (1.0 + np.exp(-np.clip(z, -700, 700)))]

