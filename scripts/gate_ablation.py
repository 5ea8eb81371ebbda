"""What each precision gate gains and costs on ANERcorp-format newswire: LOC overlap P/R/F1 with every gate,
and with each gate switched off in turn.

    python scripts/gate_ablation.py [GOLD] [--gates common_word,frequent_word]

GOLD defaults to ../shared/data/anercorp/dev.txt; scoring is that of ../shared/tools/anercorp_score.py
(overlap, LOC = mentions of type place or country). Runs in-process with the shipped lexicons.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

import translit
from translit.config import GATES

HERE = Path(__file__).resolve().parent.parent


def _scorer(path: Path):  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("anercorp_score", path)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def loc_scores(golds: list[tuple[str, list[tuple[int, int, str]]]], nlp: translit.Normalizer) -> tuple[float, ...]:
    tp = npred = ngold = found = 0
    for text, spans in golds:
        gold = [(s, e) for s, e, c in spans if c == "LOC"]
        pred = [(m.start, m.end) for m in nlp(text).mentions if m.type in ("place", "country")]
        npred += len(pred)
        ngold += len(gold)
        tp += sum(any(ps < ge and gs < pe for gs, ge in gold) for ps, pe in pred)
        found += sum(any(ps < ge and gs < pe for ps, pe in pred) for gs, ge in gold)
    p, r = tp / max(npred, 1), found / max(ngold, 1)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0, npred


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", default=str(HERE.parent / "shared/data/anercorp/dev.txt"))
    ap.add_argument("--gates", default=",".join(GATES), help="the gates to switch off one at a time")
    ap.add_argument("--tool", default=str(HERE.parent / "shared/tools/anercorp_score.py"))
    args = ap.parse_args(argv)
    score = _scorer(Path(args.tool))
    golds = [score.build(s) for s in score.sentences(args.gold)]
    lexicon = translit.load_lexicon()
    p0, r0, f0, n0 = loc_scores(golds, translit.Normalizer(lexicons=lexicon))
    print(f"all gates: P {p0:.3f} R {r0:.3f} F1 {f0:.3f}, {n0} links")
    print(f"{'gate switched off':24} {'P':>6} {'R':>6} {'F1':>6}  links")
    for gate in args.gates.split(","):
        config = translit.Config(gates=tuple(g for g in GATES if g != gate))
        p, r, f, n = loc_scores(golds, translit.Normalizer(config, lexicons=lexicon))
        print(f"{gate:24} {p:6.3f} {r:6.3f} {f:6.3f}  {n - n0:+5d}   gate's worth: F1 {f0 - f:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
