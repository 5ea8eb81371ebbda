"""Score person linking on a watchlist set made by scripts/build_watchlist.py (issue 14).

    python scripts/watchlist_score.py SET_DIR [PRED.jsonl] [--show 20]

Without PRED.jsonl it runs ``translit link --format jsonl --no-default-lexicons --lexicon
SET_DIR/watchlist.jsonl`` on SET_DIR/text.txt (with the translit next to this Python). A person mention is
right when it overlaps an inserted span and carries that span's ID; precision counts every person
mention, recall every inserted span. Prints P/R/F1, then with --show N the N most frequent misses and
wrong mentions.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def link(set_dir: Path) -> list[dict[str, Any]]:
    """translit's output on the set's text, one record a line."""
    cmd = [sys.executable, "-m", "translit", "link", "--format", "jsonl", "--no-default-lexicons",
           "--lexicon", str(set_dir / "watchlist.jsonl"), str(set_dir / "text.txt")]
    done = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8")
    if done.returncode:
        sys.exit(f"translit link failed ({done.returncode}): {done.stderr[-500:]}")
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def score(texts: list[str], gold: list[dict[str, Any]], preds: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts, P/R/F1 and the errors: misses by the inserted text, wrong mentions by surface and ID."""
    if not len(texts) == len(gold) == len(preds):
        raise ValueError(f"{len(preds)} predicted records for {len(gold)} sentences ({len(texts)} lines of text)")
    right = found = predicted = inserted = 0
    misses: Counter[str] = Counter()
    wrong: Counter[tuple[str, str]] = Counter()
    for text, g, p in zip(texts, gold, preds, strict=True):
        spans = g["spans"]
        people = [m for m in p.get("mentions", []) if m.get("type") == "person"]
        predicted += len(people)
        inserted += len(spans)
        for m in people:
            if any(overlaps(m, s) and m["id"] == s["id"] for s in spans):
                right += 1
            else:
                wrong[(m["surface"], m["id"])] += 1
        for s in spans:
            if any(overlaps(m, s) and m["id"] == s["id"] for m in people):
                found += 1
            else:
                misses[text[s["start"]:s["end"]]] += 1
    precision, recall = right / max(predicted, 1), found / max(inserted, 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"inserted": inserted, "predicted": predicted, "right": right, "found": found,
            "precision": precision, "recall": recall, "f1": f1, "misses": misses, "wrong": wrong}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("set_dir", type=Path)
    parser.add_argument("pred", type=Path, nargs="?", help="translit link --format jsonl output on text.txt")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print the N most frequent errors")
    args = parser.parse_args(argv)
    texts = (args.set_dir / "text.txt").read_text(encoding="utf-8").splitlines()
    preds = read_jsonl(args.pred) if args.pred else link(args.set_dir)
    s = score(texts, read_jsonl(args.set_dir / "inserted.jsonl"), preds)
    print(f"watchlist: inserted {s['inserted']} predicted {s['predicted']} right {s['right']} | "
          f"P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}")
    if args.show:
        print("missed:", "; ".join(f"{n}× {t}" for t, n in s["misses"].most_common(args.show)))
        print("wrong:", "; ".join(f"{n}× {t} → {i}" for (t, i), n in s["wrong"].most_common(args.show)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
