#!/usr/bin/env python3
"""What cross-script keys cost link: a 10k-name Latin watchlist on Arabic newswire (issue 14's target).

    python scripts/bench_crossscript.py [--names 10000] [--seed 14] [--rounds 3] [--work /tmp/bench-xs]
        [--anercorp ../shared/data/anercorp/dev.txt] [--pairs ../shared/data/translit-pairs/netranslit/wd_arabic_80.tsv]
        [--batch 1 256] [--profile]

Target: link with cross-script keys on within 1.5x the CPU time of link with them off.

The watchlist is ``--names`` person records made as scripts/build_watchlist.py makes names (two random
netranslit name pairs, the English spellings capitalized and joined; ``random.Random(--seed)``), written to
``--work``/wl{N}.jsonl. The text is ANERcorp's dev split, one sentence a line, tokens joined by single
spaces (as ../shared/tools/anercorp_score.py builds it). Each measurement is a fresh Python
(``Normalizer(Config(cross_script=...), lexicons=[watchlist], defaults=False)``, the index compiled
beforehand by a warm-up child) that links every line; it reports the CPU seconds of the link loop
(``time.process_time``; the cross-script model loads inside it, on first use, as in real use), the CPU
seconds of the whole child (``resource.getrusage``: import, index open, link), its peak RSS, the
number of mentions and a digest of them (start, end, id), so two versions of the code can be
compared for identical output. ``--batch 1`` links line by line (``nlp(line)``), ``--batch N`` through
``nlp.pipe(lines, batch_size=N)``, which asks the cross-script model about a batch's spans at once; each
batch size given is measured. Rounds alternate on/off; the best (least) CPU of each mode is kept,
since the machine is shared. ``--profile`` also prints one cProfile of the "on" link (first batch size).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))  # run from a checkout without installing
from build_watchlist import SHARED, NameMaker, read_pairs, read_sentences  # noqa: E402


def write_watchlist(path: Path, pairs_path: Path, count: int, seed: int) -> None:
    """count Latin-only person records, names made as build_watchlist.py makes them."""
    make = NameMaker(read_pairs(pairs_path), random.Random(seed))
    with open(path, "w", encoding="utf-8") as f:
        for _ in range(count):
            ident, english, _ = make()
            f.write(json.dumps({"id": ident, "type": "person", "name": english}, ensure_ascii=False) + "\n")


def write_text(path: Path, anercorp: Path) -> int:
    """ANERcorp sentences, one a line, tokens joined by single spaces; returns the number of lines."""
    lines = [" ".join(w for w, _ in s) for s in read_sentences(anercorp)]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return len(lines)


def child(watchlist: str, text: str, mode: str, batch: int, profile: bool) -> None:
    """One measurement in this fresh process; prints a JSON line."""
    from translit import Config, Normalizer

    nlp = Normalizer(Config(cross_script=mode == "on"), lexicons=[watchlist], defaults=False)
    nlp.lexicon.index  # noqa: B018  (open the index before the clock starts)
    if mode == "warm":
        print(json.dumps({"mode": mode}))
        return
    lines = Path(text).read_text(encoding="utf-8").splitlines()
    digest = hashlib.sha256()
    mentions = cross = 0
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    t0 = time.process_time()
    docs = (nlp(line) for line in lines) if batch == 1 else nlp.pipe(lines, batch_size=batch)
    for doc in docs:
        for m in doc.mentions:
            digest.update(f"{m.start},{m.end},{m.id};".encode())
            mentions += 1
            cross += m.method == "cross-script"
        digest.update(b"\n")
    link_cpu = time.process_time() - t0
    if profiler is not None:
        import pstats

        profiler.disable()
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(35)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"mode": mode, "link_cpu": link_cpu, "process_cpu": usage.ru_utime + usage.ru_stime,
                      "peak_rss_mib": usage.ru_maxrss / 1024, "mentions": mentions, "cross": cross,
                      "digest": digest.hexdigest()[:16]}))


def run_child(watchlist: Path, text: Path, mode: str, batch: int = 1, profile: bool = False) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", mode, str(watchlist), str(text), "--batch", str(batch)]
    cmd += ["--profile"] if profile else []
    done = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8")
    if done.returncode:
        sys.exit(f"child {mode} failed ({done.returncode}): {done.stderr[-1000:]}")
    if profile:
        print(done.stderr, file=sys.stderr)
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--names", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench-crossscript"))
    parser.add_argument("--anercorp", type=Path, default=SHARED / "anercorp" / "dev.txt")
    parser.add_argument("--pairs", type=Path, default=SHARED / "translit-pairs" / "netranslit" / "wd_arabic_80.tsv")
    parser.add_argument("--batch", type=int, nargs="+", default=[1, 256],
                        help="texts per call: 1 is nlp(line), more is nlp.pipe(lines, batch_size=N)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one 'on' link (stderr)")
    parser.add_argument("--child", nargs=3, metavar=("MODE", "WATCHLIST", "TEXT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[1], args.child[2], args.child[0], args.batch[0], args.profile)
        return 0
    for path in (args.anercorp, args.pairs):
        if not path.is_file():
            parser.error(f"{path}: no such file; pass --anercorp / --pairs")
    args.work.mkdir(parents=True, exist_ok=True)
    watchlist, text = args.work / f"wl{args.names // 1000}k-seed{args.seed}.jsonl", args.work / "dev-text.txt"
    write_watchlist(watchlist, args.pairs, args.names, args.seed)
    n_lines = write_text(text, args.anercorp)
    print(f"machine: {platform.machine()} {platform.processor() or ''} {os.cpu_count()} CPUs, "
          f"load {os.getloadavg()[0]:.1f}; Python {platform.python_version()}")
    print(f"watchlist {watchlist} ({args.names} Latin person names, seed {args.seed}); text {n_lines} lines")
    run_child(watchlist, text, "warm")  # compiles the index once, outside the measurements
    best: dict[tuple[int, str], dict[str, Any]] = {}
    for r, batch, mode in ((r, b, m) for r in range(args.rounds) for b in args.batch for m in ("on", "off")):
        res = run_child(watchlist, text, mode, batch)
        print(f"round {r + 1} batch {batch} {mode:3}: link {res['link_cpu']:.2f} CPU-s, "
              f"process {res['process_cpu']:.2f} CPU-s, peak RSS {res['peak_rss_mib']:.0f} MiB, "
              f"{res['mentions']} mentions "
              f"({res['cross']} cross-script), digest {res['digest']}")
        if (batch, mode) not in best or res["link_cpu"] < best[batch, mode]["link_cpu"]:
            best[batch, mode] = res
    for batch in args.batch:
        on, off = best[batch, "on"], best[batch, "off"]
        whole = on["process_cpu"] / off["process_cpu"]
        print(f"best, batch {batch}: on {on['link_cpu']:.2f} CPU-s, off {off['link_cpu']:.2f} CPU-s: "
              f"ratio {on['link_cpu'] / off['link_cpu']:.2f}x (whole process {whole:.2f}x); "
              f"peak RSS on {on['peak_rss_mib']:.0f} MiB, off {off['peak_rss_mib']:.0f} MiB")
    if args.profile:
        run_child(watchlist, text, "on", args.batch[0], profile=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
