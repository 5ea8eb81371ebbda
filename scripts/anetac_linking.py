"""Linking real names from news by their class: how many place names link, and how many person names wrongly do.

ANETAC (``../shared/data/translit-pairs/anetac/train.tsv``) pairs single-word English
and Arabic names from parallel news with their class (PERSON, LOCATION, ORGANIZATION).
Each distinct name of a random sample is put in a neutral sentence and linked with the
shipped lexicons. A LOCATION that links to anything is counted as found (a recall proxy:
no gold ID is given, and ANETAC's words are often parts of longer names); a PERSON that
links to a place or country is a false positive. ORGANIZATION words are mostly place
names inside organization names (Paris in Paris Saint-Germain), so they are reported
without a verdict. Then pairs of PERSON names after a title ("President A B"): a
place link there is a false positive. Last, "A met B and C in Paris." with three
PERSON names: capitalized names must not make it read as a headline, where Paris (a
common word too) would need more evidence. Needs the shared development data; not
part of the tests.

    python scripts/anetac_linking.py [--sample 2000] [--seed 0]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import translit  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "translit-pairs" / "anetac" / "train.tsv"
FRAMES = {"english": "Officials said {} was mentioned in the report.", "arabic": "وقال مسؤولون إن {} ذكر في التقرير"}
TITLED = {"english": "Officials said President {} {} was there.", "arabic": "وقال مسؤولون إن الرئيس {} {} كان هناك"}
PLACE = ("place:", "country:", "region:")


def samples(path: Path, size: int, seed: int) -> dict[str, list[dict[str, str]]]:
    """Up to ``size`` distinct (english, arabic) pairs of each class, drawn reproducibly."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    by_class: dict[str, dict[tuple[str, str], dict[str, str]]] = {}
    for row in rows:
        by_class.setdefault(row["class"], {}).setdefault((row["english"], row["arabic"]), row)
    rng = random.Random(seed)
    return {cls: rng.sample(sorted(pairs.values(), key=lambda r: (r["english"], r["arabic"])), min(size, len(pairs)))
            for cls, pairs in sorted(by_class.items())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample", type=int, default=2000, help="names drawn per class (default 2000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", type=int, default=12, help="examples listed per row")
    args = parser.parse_args(argv)
    nlp = translit.Normalizer()
    print("| class | script | names | linked to a place | share |")
    print("|---|---|---:|---:|---:|")
    examples = []
    sample_by_class = samples(DATA, args.sample, args.seed)
    for cls, rows in sample_by_class.items():
        for script, frame in FRAMES.items():
            linked = []
            for row in rows:
                mentions = [m for m in nlp(frame.format(row[script])).mentions if m.id.startswith(PLACE)]
                if mentions:
                    linked.append(f"{row[script]} -> {mentions[0].id}")
            print(f"| {cls} | {script} | {len(rows)} | {len(linked)} | {len(linked) / len(rows):.3f} |")
            examples.append(f"{cls} {script}: " + ", ".join(linked[: args.show]))
    people = sample_by_class["PERSON"]
    rng = random.Random(args.seed)
    pairs = [rng.sample(people, 2) for _ in range(len(people))]
    print("\n| two PERSON names after a title | script | names | linked to a place | share |")
    print("|---|---|---:|---:|---:|")
    for script, frame in TITLED.items():
        linked = [f"{a[script]} {b[script]}" for a, b in pairs
                  if any(m.id.startswith(PLACE) for m in nlp(frame.format(a[script], b[script])).mentions)]
        print(f"| President / الرئيس + two names | {script} | {len(pairs)} | {len(linked)} | "
              f"{len(linked) / len(pairs):.3f} |")
        examples.append(f"titled {script}: " + ", ".join(linked[: args.show]))
    trios = [[p["english"] for p in rng.sample(people, 3)] for _ in range(len(people))]
    met = sum(any(m.id == "place:fr:paris-2988507" for m in nlp(f"{a} met {b} and {c} in Paris.").mentions)
              for a, b, c in trios)
    print(f"\n'A met B and C in Paris.' with three PERSON names: Paris linked in {met} of {len(people)}")
    print("\n" + "\n".join(examples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
