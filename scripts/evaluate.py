"""Resolve quality on a GeoNames split: held-out real spellings of Arab-world places, resolved against the rest.

For every place in lexicons/places-arab.jsonl with at least three names, a
stable 30% of its Latin and Arabic spellings (by hash, never the display name)
are held out; a lexicon of the remaining names is compiled, and each held-out
spelling is resolved. One place in ten is left out of the lexicon altogether:
its held-out spellings are queries whose right answer is none (real queries
often name places no lexicon has); for them "accuracy" is the share left
unanswered. A second run keeps only the Latin names in the lexicon and resolves
every Arabic spelling ("places known only in Latin"). A third run
resolves the main Latin and Arabic names of every city of 100,000 people or more
against the shipped lexicons: in real text a name most often means the place it
is the main name of (Alexandria the Egyptian city, not Mashhad, which GeoNames
also lists as Alexandria).

Reports accuracy (top-1 is the place), wrong (top-1 is another entity) and
unresolved (no credible candidate), by script, and names per second.

    python scripts/evaluate.py [--limit N] [--half all|fit|test] [--min-score 0.5]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from translit.keys import is_arabic  # noqa: E402
from translit.lexicon import Lexicon, read_records  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ABSENT = "absent:"  # gold of a spelling of a place left out of the lexicon: the right answer is none


def held_out(name: str, entity: str) -> bool:
    return int(hashlib.sha1(f"{entity}|{name}".encode()).hexdigest(), 16) % 10 < 3


def absent(entity: str) -> bool:
    """One place in ten is left out of the lexicon: its spellings are queries whose right answer is none."""
    return int(hashlib.sha1(f"absent|{entity}".encode()).hexdigest(), 16) % 10 == 0


def split(records: list[dict[str, Any]], latin_only: bool) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """The lexicon's records and the (held-out spelling, gold ID) queries; "absent:ID" for an absent place."""
    kept, queries = [], []
    for rec in records:
        names = [n for v in rec.get("names", {}).values() for n in v]
        if len(names) < 3:
            kept.append(rec)
            continue
        gold = f"{ABSENT}{rec['id']}" if absent(rec["id"]) else rec["id"]
        if latin_only:
            keep = [n for n in names if not is_arabic(n)]
            queries += [(n, gold) for n in names if is_arabic(n)]
        else:
            keep = [n for n in names if n == rec["name"] or not held_out(n, rec["id"])]
            queries += [(n, gold) for n in names if n != rec["name"] and held_out(n, rec["id"])]
        if gold == rec["id"]:
            kept.append(rec | {"names": {"all": keep}})
    return kept, queries


def in_half(entity: str, half: str) -> bool:
    """Places split in two by hash: "fit" trains translit/data/confidence.json, "test" is never seen by it."""
    fit = int(hashlib.sha1(f"half|{entity}".encode()).hexdigest(), 16) % 2 == 0
    return half == "all" or fit == (half == "fit")


@contextmanager
def split_lexicon(records: list[dict[str, Any]], latin_only: bool,
                  cache: Path) -> Iterator[tuple[Lexicon, list[tuple[str, str]]]]:
    """The lexicon of the kept names, compiled in a temporary file, and the held-out (name, gold ID) queries."""
    kept, queries = split(records, latin_only)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "split.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept), encoding="utf-8")
        yield Lexicon([path], defaults=False, cache=cache), queries


Bins = dict[int, list[int]]  # tenth of the first candidate's probability -> [queries, right]


def run(records: list[dict[str, Any]], latin_only: bool, cache: Path, half: str,
        min_score: float, bins: Bins) -> dict[str, dict[str, float]]:
    with split_lexicon(records, latin_only, cache) as (lex, queries):
        return resolve_all(lex, [(name, gold) for name, gold in queries if in_half(gold, half)], min_score, bins)


def resolve_all(lex: Lexicon, queries: list[tuple[str, str]], min_score: float,
                bins: Bins | None = None) -> dict[str, dict[str, float]]:
    """Right / wrong / unresolved counts and names per second, by the query's script; bins collects reliability."""
    counts: dict[str, dict[str, float]] = {}
    start = time.perf_counter()
    for name, gold in queries:
        missing = gold.startswith(ABSENT)
        script = ("arabic" if is_arabic(name) else "latin") + (", place not in lexicon" if missing else "")
        c = counts.setdefault(script, {"n": 0, "right": 0, "wrong": 0, "unresolved": 0})
        best = next(iter(lex.resolve(name, top=1, threshold=0.0)), None)
        if best and bins is not None:
            tally = bins.setdefault(min(int(best.score * 10), 9), [0, 0])
            tally[0] += 1
            tally[1] += best.id == gold
        c["n"] += 1
        answered = best is not None and best.score >= min_score
        if missing:  # no answer is the right one
            c["wrong" if answered else "right"] += 1
        else:
            c["right" if answered and best.id == gold else "wrong" if answered else "unresolved"] += 1
    elapsed = time.perf_counter() - start
    for c in counts.values():
        c["names/s"] = len(queries) / elapsed
    return counts


def display_names(half: str, min_score: float, min_population: int = 100_000) -> dict[str, dict[str, float]]:
    """Main Latin and first Arabic name of each big city, resolved against the shipped lexicons."""
    queries = []
    for path in ("cities-world.jsonl", "places-arab.jsonl"):
        for _, r in read_records(ROOT / "lexicons" / path):
            if (r.get("population") or 0) >= min_population and in_half(r["id"], half):
                queries += [(r["name"], r["id"]), *((ar[0], r["id"]) for ar in [r.get("names", {}).get("ar")] if ar)]
    return resolve_all(Lexicon(), queries, min_score)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=0, help="only the first N places (0 = all)")
    parser.add_argument("--half", choices=("all", "fit", "test"), default="all",
                        help="only the places of one half (test: never seen by scripts/fit_confidence.py)")
    parser.add_argument("--min-score", type=float, default=0.5,
                        help="answer only when the first candidate's probability reaches this (resolve's threshold)")
    args = parser.parse_args(argv)
    records = [r for _, r in read_records(ROOT / "lexicons" / "places-arab.jsonl")]
    if args.limit:
        records = records[: args.limit]
    print("| split | script | queries | accuracy | wrong | unresolved | names/s |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as cache:
        bins: Bins = {}
        runs = [("GeoNames 30% held out", lambda: run(records, False, Path(cache), args.half, args.min_score, bins)),
                ("Arabic vs Latin-only lexicon",
                 lambda: run(records, True, Path(cache), args.half, args.min_score, bins)),
                ("Main names of cities ≥ 100k, shipped lexicons", lambda: display_names(args.half, args.min_score))]
        for label, counted in runs:
            for script, c in sorted(counted().items()):
                n = c["n"]
                print(f"| {label} | {script} | {n:.0f} | {c['right'] / n:.3f} | {c['wrong'] / n:.3f} | "
                      f"{c['unresolved'] / n:.3f} | {c['names/s']:.0f} |")
    print("\nHow often the first candidate is right, by its probability (both splits, every query with a candidate):\n")
    print("| probability of the first candidate | queries | share right |")
    print("|---|---:|---:|")
    for tenth, (n, right) in sorted(bins.items()):
        print(f"| {tenth / 10:.1f}–{(tenth + 1) / 10:.1f} | {n} | {right / n:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
