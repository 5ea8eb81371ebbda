"""Resolve throughput on a 20,000-entity lexicon: names per second by the route that answered, and peak RSS.

The lexicon is the GeoNames split of ``scripts/evaluate.py`` (Arab-world places
with 30% of their spellings held out) plus the most populous cities of
``lexicons/cities-world.jsonl`` up to ``--entities``; the queries are the
held-out real spellings, Latin and Arabic, so every route is exercised in the
proportions real alternate names need it. Not part of the tests.

    python scripts/bench_resolve.py [--entities 20000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from evaluate import ROOT, split  # noqa: E402

from translit.lexicon import Lexicon, read_records  # noqa: E402


def build_lexicon(entities: int, directory: Path) -> tuple[Path, list[tuple[str, str]]]:
    arab = [r for _, r in read_records(ROOT / "lexicons" / "places-arab.jsonl")]
    kept, queries = split(arab, latin_only=False)
    world = sorted((r for _, r in read_records(ROOT / "lexicons" / "cities-world.jsonl")),
                   key=lambda r: -(r.get("population") or 0))
    records = kept + world[:max(0, entities - len(kept))]
    path = directory / "bench-resolve.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path, queries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entities", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the best is reported")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path, queries = build_lexicon(args.entities, Path(tmp))
        start = time.process_time()
        lex = Lexicon([path], defaults=False, cache=Path(tmp) / "cache")
        lex.resolve("warm up")  # builds the cross-script ranker on first use
        ready = time.process_time() - start
        best: dict[str, float] = {}
        counts: dict[str, int] = defaultdict(int)
        for _ in range(args.repeat):
            spent: dict[str, float] = defaultdict(float)
            counts.clear()
            for name, _gold in queries:
                t = time.process_time()
                cands = lex.resolve(name, top=5)
                route = cands[0].method if cands else "none"
                route = "exact/folded" if route in ("exact", "folded") else route
                spent[route] += time.process_time() - t
                counts[route] += 1
            spent["all"] = sum(spent.values())
            counts["all"] = len(queries)
            for route, seconds in spent.items():
                best[route] = min(best.get(route, float("inf")), seconds)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(lex)} entities, {len(queries)} queries; index build + ranker {ready:.1f} CPU-s; "
          f"peak RSS {rss:.0f} MiB; {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print("| route that answered | queries | share | names per CPU-s |")
    print("|---|---:|---:|---:|")
    for route in sorted(best, key=lambda r: (r == "all", -counts[r])):
        share = counts[route] / len(queries)
        print(f"| {route} | {counts[route]} | {share:.1%} | {counts[route] / best[route]:,.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
