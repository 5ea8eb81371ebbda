"""The most frequent false and missed links on ANERcorp-format newswire, per class (error analysis).

    python scripts/anercorp_errors.py [GOLD] [--pred PRED.jsonl] [--cls LOC] [--top 20]

GOLD defaults to ../shared/data/anercorp/dev.txt. Without --pred, runs `translit link --format jsonl`
on the sentences, as ../shared/tools/anercorp_score.py does, and scores the same way (overlap).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

CLASS_OF = {"country": "LOC", "place": "LOC", "person": "PERS", "org": "ORG"}


def _scorer(path: Path):
    spec = importlib.util.spec_from_file_location("anercorp_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def main(argv: list[str] | None = None) -> int:
    here = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("gold", nargs="?", default=str(here.parent / "shared/data/anercorp/dev.txt"))
    ap.add_argument("--pred")
    ap.add_argument("--cls", default="LOC")
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--tool", default=str(here.parent / "shared/tools/anercorp_score.py"))
    args = ap.parse_args(argv)
    score = _scorer(Path(args.tool))
    golds = [score.build(s) for s in score.sentences(args.gold)]
    if args.pred:
        lines = Path(args.pred).read_text(encoding="utf-8").splitlines()
    else:
        text = "".join(t + "\n" for t, _ in golds)
        lines = subprocess.run(["translit", "link", "--format", "jsonl"], input=text, capture_output=True,
                               text=True, check=True).stdout.splitlines()
    preds = [json.loads(line) for line in lines if line.strip()]
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for (text, spans), rec in zip(golds, preds, strict=True):
        gold = [(s, e) for s, e, c in spans if c == args.cls]
        ments = [m for m in rec.get("mentions", []) if CLASS_OF.get(m.get("type")) == args.cls]
        for m in ments:
            if not any(m["start"] < ge and gs < m["end"] for gs, ge in gold):
                other = next((c for s, e, c in spans if m["start"] < e and s < m["end"]), "O")
                fp[f"{m['surface']} -> {m['name']} ({m['id']}) [{other}]"] += 1
        for gs, ge in gold:
            if not any(m["start"] < ge and gs < m["end"] for m in ments):
                fn[text[gs:ge]] += 1
    print(f"{args.cls} false links: {sum(fp.values())}, missed gold spans: {sum(fn.values())}")
    print(f"\nmost frequent false links ({args.cls}), with the gold tag of the span:")
    for k, v in fp.most_common(args.top):
        print(f"{v:4d}  {k}")
    print(f"\nmost frequent missed gold spans ({args.cls}):")
    for k, v in fn.most_common(args.top):
        print(f"{v:4d}  {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
