"""Measure the 'news' romanization: exact match and CER against real Latin spellings, next to uroman.

Sets: the dev splits of the name-pair sets (ANETAC dev, the Wikidata dev split, Google eval; see
eval_pairs.py), and the Arab-world places of lexicons/places-arab.jsonl (each Arabic name against
every Latin name of its place). A name counts as exact when its romanization, reduced to a-z
(eval_pairs.romanize_scores), equals one of the gold spellings; CER is the edit distance to the
closest gold spelling over that spelling's length.

Systems: 'news' as it was at a git commit (``--before``, the scheme before issue 15); 'news' now
without a lexicon, with and without the cross-script model's spelling of unknown words; 'news'
now with the shipped lexicons (names it links are written in their lexicon spelling: on the
places set that is the answer key itself, so read that row as a check of the lookup, not of
romanization); and uroman (``pip install uroman``, in the [eval] extra).

    python scripts/eval_romanization.py --before cdfb1d5 > table.md
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import types
from collections.abc import Callable
from pathlib import Path
from unittest import mock

from eval_pairs import Pair, load, romanize_scores, uroman_fn

from translit import romanize

ROOT = Path(__file__).resolve().parents[1]
PAIR_SETS = ("anetac", "wikidata", "google")


def lexicon_places(path: Path = ROOT / "lexicons" / "places-arab.jsonl") -> list[Pair]:
    """(Arabic name, Latin name) for every pair of names of each place of the lexicon."""
    pairs = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if "id" not in rec:
                continue  # the header
            names = rec.get("names") or {}
            latin = [n for n in [rec["name"], *names.get("en", [])] if n.isascii() or not any(
                "\u0600" <= c <= "\u06ff" for c in n)]
            pairs += [(ar, lat) for ar in names.get("ar", []) for lat in latin]
    return pairs


def news_at(commit: str) -> Callable[[str], str]:
    """The 'news' scheme of translit/transliterate.py as it was at ``commit`` (run from this checkout)."""
    source = subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:translit/transliterate.py"],
                            capture_output=True, text=True, check=True).stdout
    module = types.ModuleType("translit._news_before")
    module.__package__ = "translit"
    exec(compile(source, f"{commit}:translit/transliterate.py", "exec"), module.__dict__)  # noqa: S102
    return lambda arabic: str(module.transliterate(arabic, "news"))


def letter_rules_only(arabic: str) -> str:
    """'news' without the cross-script model's spelling of unknown words: what the model adds."""
    with mock.patch.object(romanize, "_learned_spelling", lambda word: ""):
        return romanize.news(arabic)


def systems(before: str | None) -> list[tuple[str, Callable[[str], str]]]:
    import translit
    from translit.transliterate import transliterate

    nlp = translit.Normalizer()
    found: list[tuple[str, Callable[[str], str]]] = []
    if before:
        found.append((f"news before ({before})", news_at(before)))
    found.append(("news, no lexicon", lambda ar: transliterate(ar, "news")))
    found.append(("news, no lexicon, letter rules only", letter_rules_only))
    found.append(("news + shipped lexicons", lambda ar: transliterate(ar, "news", normalizer=nlp)))
    urom = uroman_fn()
    if urom is not None:
        found.append(("uroman", urom))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", metavar="COMMIT", help="also measure 'news' as it was at this git commit")
    parser.add_argument("--limit", type=int, help="names per set (default all)")
    args = parser.parse_args(argv)
    sets: list[tuple[str, list[Pair]]] = [(f"{name} dev", load(name, "dev")) for name in PAIR_SETS]
    sets.append(("places-arab.jsonl", lexicon_places()))
    rows = []
    for set_name, pairs in sets:
        for system, fn in systems(args.before):
            romanize._learned_spelling.cache_clear()  # each system starts cold, so names/s compare
            r = romanize_scores(pairs, fn, args.limit)
            print(f"{set_name} {system}: {r}", file=sys.stderr)
            rows.append((set_name, system, len({ar for ar, _ in pairs}), r))
    print("| set | system | names | exact | CER | names/s |")
    print("|---|---|---:|---:|---:|---:|")
    for set_name, system, n, r in rows:
        shown = min(n, args.limit) if args.limit else n
        print(f"| {set_name} | {system} | {shown} | {r['exact']:.3f} | {r['cer']:.3f} | {r['names_s']:,.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
