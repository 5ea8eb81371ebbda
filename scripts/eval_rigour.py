"""Compare rigour's cross-script name symbols with translit on the dev name pairs and the dev watchlist.

rigour (OpenSanctions, MIT; `pip install 'translit[eval]'`) tags the parts of a name with symbols backed
by Wikidata: بشار and Bashar carry the same NAME symbol. Two spellings in two scripts match by symbols
when they share one; rigour's residue comparison (compare_parts) works on letters and gives nothing
across scripts. Measured here:

1. Dev name pairs (the splits of eval_pairs.py), both directions, every query ranked against every name
   of the other script: shared = the query and a gold spelling share a NAME symbol; top-1 by symbol
   overlap (Jaccard of the symbol sets; a tie among k best counts 1/k; no shared symbol, no answer);
   wrong = the best answer is not gold; rescue = of the queries translit's crossscript ranker gets wrong
   at top-1, the share rigour gets right alone at the top. names/s: analyze_names on the queries, per CPU-second.
2. The dev watchlist (scripts/build_watchlist.py SET_DIR): each inserted Arabic name resolved against
   the Latin-only watchlist by translit (`translit resolve --no-default-lexicons --lexicon
   SET_DIR/watchlist.jsonl`, Arabic queries on stdin) and ranked by rigour's symbols over all watchlist
   names; both parts of the name must carry a shared symbol for rigour to answer (a screener's full
   match). Right, wrong, unanswered, names/s; and the two combined (rigour only where translit is silent).

    python scripts/eval_rigour.py [--sets anetac wikidata google] [--watchlist SET_DIR] > table.md
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_pairs import Task, crossscript_builder, crossscript_model, load  # noqa: E402


def name_symbols(names: Iterable[str]) -> dict[str, list[frozenset[str]]]:
    """Each name's NAME symbols, one set per part (rigour.names.analyze_names on the name alone)."""
    from rigour.names import NameTypeTag, SymbolCategory, analyze_names

    out: dict[str, list[frozenset[str]]] = {}
    for name in names:
        analyzed = list(analyze_names(NameTypeTag.PER, [name]))
        parts: dict[int, set[str]] = defaultdict(set)
        for n in analyzed:
            for span in n.spans:
                if span.symbol.category == SymbolCategory.NAME:
                    for part in span.parts:
                        parts[part.index].add(span.symbol.id)
        words = analyzed[0].parts if analyzed else ()
        out[name] = [frozenset(parts.get(p.index, ())) for p in words if p.tag.value != "STOP"]
    return out


def flat(parts: list[frozenset[str]]) -> frozenset[str]:
    return frozenset().union(*parts) if parts else frozenset()


def symbol_rank(query: frozenset[str], index: dict[str, list[int]], cand_syms: list[frozenset[str]]
                ) -> tuple[list[int], float]:
    """The candidates tied at the best symbol Jaccard with the query, and that score (0: none shares one)."""
    scores: dict[int, float] = {}
    for sym in query:
        for i in index.get(sym, ()):
            if i not in scores:
                scores[i] = len(query & cand_syms[i]) / len(query | cand_syms[i])
    if not scores:
        return [], 0.0
    best = max(scores.values())
    return [i for i, s in scores.items() if s == best], best


def symbol_index(cand_syms: list[frozenset[str]]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = defaultdict(list)
    for i, syms in enumerate(cand_syms):
        for sym in syms:
            index[sym].append(i)
    return index


def pairs_row(name: str, task: Task, model: Any) -> dict[str, Any]:
    """rigour's symbol measures on one set and direction, and how often it is right where crossscript is not."""
    t0 = time.process_time()
    q_syms = {q: flat(p) for q, p in name_symbols(task.queries).items()}
    t1 = time.process_time()
    cand_syms = [flat(p) for p in name_symbols(task.candidates).values()]
    index = symbol_index(cand_syms)
    ranker = crossscript_builder(model, 40)(task.candidates)
    shared = top1 = wrong = misses = rescued = 0.0
    for q, gold in zip(task.queries, task.gold, strict=True):
        qs = q_syms[q]
        shared += any(qs & cand_syms[g] for g in gold)
        best, _ = symbol_rank(qs, index, cand_syms)
        top1 += sum(i in gold for i in best) / len(best) if best else 0.0
        wrong += bool(best) and not set(best) & gold
        ranked = ranker(q)
        if not (ranked and ranked[0][0] in gold):
            misses += 1
            rescued += len(best) == 1 and best[0] in gold
    n = len(task.queries)
    return {"set": name, "direction": task.direction, "queries": n, "candidates": len(task.candidates),
            "shared": shared / n, "top1": top1 / n, "wrong": wrong / n, "cs_misses": int(misses),
            "rescued": rescued / max(misses, 1), "names_s": n / (t1 - t0)}


def translit_resolve(watchlist: Path, queries: list[str]) -> tuple[list[str | None], float]:
    """translit's first candidate (or None) for each Arabic query, and names per CPU-second of the whole
    command (start-up and opening the cached index included)."""
    cmd = [sys.executable, "-m", "translit", "resolve", "--no-default-lexicons", "--lexicon", str(watchlist)]
    subprocess.run(cmd, input=queries[0] + "\n", capture_output=True, check=True, text=True, encoding="utf-8")  # index
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(cmd, input="".join(q + "\n" for q in queries), capture_output=True, text=True,
                          encoding="utf-8")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    elapsed = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if done.returncode:
        sys.exit(f"translit resolve failed ({done.returncode}): {done.stderr[-500:]}")
    answers = [json.loads(line)["candidates"] for line in done.stdout.splitlines() if line.strip()]
    return [a[0]["id"] if a else None for a in answers], len(queries) / elapsed


def rigour_answers(names: list[tuple[str, str]], queries: list[str]) -> tuple[list[str | None], float]:
    """rigour's answer for each Arabic query among (id, Latin name) candidates: the one entity whose name's
    symbols cover every part of both names best (a tie or a part without a shared symbol is no answer), and
    names per CPU-second (queries analyzed and ranked)."""
    cand_parts = list(name_symbols(name for _, name in names).values())
    cand_syms = [flat(p) for p in cand_parts]
    index = symbol_index(cand_syms)
    t0 = time.process_time()
    q_parts = name_symbols(queries)
    answers: list[str | None] = []
    for q in queries:
        parts = q_parts[q]
        best, _ = symbol_rank(flat(parts), index, cand_syms)
        full = {names[i][0] for i in best if covers(parts, cand_parts[i])}
        answers.append(full.pop() if len(full) == 1 else None)
    return answers, len(queries) / (time.process_time() - t0)


def covers(a: list[frozenset[str]], b: list[frozenset[str]]) -> bool:
    """Every part of each name shares a symbol with some part of the other."""
    return all(any(p & q for q in b) for p in a) and all(any(q & p for p in a) for q in b)


def watchlist_rows(set_dir: Path) -> list[dict[str, Any]]:
    """The inserted Arabic names of a watchlist set against its Latin-only watchlist."""
    names = [json.loads(line) for line in (set_dir / "watchlist.jsonl").open(encoding="utf-8")]
    texts = (set_dir / "text.txt").read_text(encoding="utf-8").splitlines()
    queries, gold = [], []
    for text, line in zip(texts, (set_dir / "inserted.jsonl").open(encoding="utf-8"), strict=True):
        for s in json.loads(line)["spans"]:
            queries.append(text[s["start"]:s["end"]])
            gold.append(s["id"])
    return compare(set_dir / "watchlist.jsonl", [(n["id"], n["name"]) for n in names], queries, gold)


def people_rows(people: Path, tmp: Path) -> list[dict[str, Any]]:
    """Every Arabic full name (two words or more) of a person lexicon against its Latin names only: names of
    the Arab world and its news, which the pair sets (mostly foreign names) have few of."""
    records = [json.loads(line) for line in people.open(encoding="utf-8")][1:]
    latin = tmp / "people-latin.jsonl"
    with open(latin, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps({"id": r["id"], "type": "person", "name": r["name"], "names": {"en": r["names"]["en"]}},
                               ensure_ascii=False) + "\n")
    queries = [(a, r["id"]) for r in records for a in r["names"]["ar"] if " " in a]
    names = [(r["id"], n) for r in records for n in r["names"]["en"]]
    return compare(latin, names, [q for q, _ in queries], [g for _, g in queries])


def compare(lexicon: Path, names: list[tuple[str, str]], queries: list[str], gold: list[str]
            ) -> list[dict[str, Any]]:
    """translit resolve, rigour's symbols and the two combined on Arabic queries against a Latin lexicon."""
    ours, ours_speed = translit_resolve(lexicon, queries)
    theirs, their_speed = rigour_answers(names, queries)
    combined = [a if a is not None else b for a, b in zip(ours, theirs, strict=True)]
    rows = []
    for system, answers, speed in (("translit resolve (crossscript)", ours, ours_speed),
                                   ("rigour symbols", theirs, their_speed),
                                   ("translit, then rigour where translit is silent", combined, None)):
        right = sum(a == g for a, g in zip(answers, gold, strict=True))
        answered = sum(a is not None for a in answers)
        rows.append({"system": system, "lexicon": lexicon.name, "queries": len(queries), "names": len(names),
                     "right": right / len(queries),
                     "wrong": (answered - right) / len(queries), "none": 1 - answered / len(queries),
                     "names_s": speed})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="*", default=["anetac", "wikidata", "google"])
    parser.add_argument("--watchlist", type=Path, help="a set written by scripts/build_watchlist.py")
    parser.add_argument("--people", type=Path, help="a person lexicon (lexicons/people.jsonl)")
    args = parser.parse_args(argv)
    model = crossscript_model(None)
    name_symbols(["Bashar", "بشار"])  # rigour loads its data on first use: keep that out of names/s
    print("| set | direction | queries | candidates | shared symbol | top-1 | best is wrong "
          "| crossscript misses | rigour right among them | names/s |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name in args.sets:
        pairs = load(name, "dev")
        for direction in ("ar>en", "en>ar"):
            r = pairs_row(name, Task(pairs, direction), model)
            print(f"| {r['set']} | {r['direction']} | {r['queries']} | {r['candidates']} | {r['shared']:.3f} "
                  f"| {r['top1']:.3f} | {r['wrong']:.3f} | {r['cs_misses']} | {r['rescued']:.3f} "
                  f"| {r['names_s']:,.0f} |", flush=True)
    rows = watchlist_rows(args.watchlist) if args.watchlist else []
    with tempfile.TemporaryDirectory() as tmp:
        rows += people_rows(args.people, Path(tmp)) if args.people else []
    if rows:
        print("\n| Latin lexicon | system | Arabic queries | Latin names | right | wrong | unanswered | names/s |")
        print("|---|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        speed = f"{r['names_s']:,.0f}" if r["names_s"] else ""
        print(f"| {r['lexicon']} | {r['system']} | {r['queries']} | {r['names']} | {r['right']:.3f} "
              f"| {r['wrong']:.3f} | {r['none']:.3f} | {speed} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
