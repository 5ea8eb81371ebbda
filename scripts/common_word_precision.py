"""How often ordinary words link to an entity: the common-word false positives of the linker.

Each of the N most frequent English and Arabic words (wordfreq, the [lexicons]
extra) is put in a neutral sentence — mid-sentence, lower case in English —
and linked with the shipped lexicons. Every mention found is a false positive
(these are sentences about nothing); words that are also names the lexicons
should link (countries, regions, first-level divisions such as US states) are
reported apart from the rest.

    python scripts/common_word_precision.py [--top 10000] [--capitalized]

``--capitalized`` writes the English words with a capital, as names are: a
stress test of the variant (loose-spelling) matches, since capitalized words
mid-sentence do link.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import wordfreq

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import translit  # noqa: E402
from translit.geonames import ADMIN1  # noqa: E402
from translit.lexicon import default_lexicon_paths, read_records  # noqa: E402

FRAMES = {"en": "yesterday we said that {} was there", "ar": "قال إن {} كان هناك"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--top", type=int, default=10000)
    parser.add_argument("--show", type=int, default=15, help="list this many linked words per language")
    parser.add_argument("--capitalized", action="store_true", help="English words written Capitalized")
    args = parser.parse_args(argv)
    nlp = translit.Normalizer()
    divisions = {r["id"] for path in default_lexicon_paths() for _, r in read_records(path)
                 if r.get("feature") == ADMIN1}
    print("| language | words | linked | rate | of which countries/regions/divisions |")
    print("|---|---|---|---|---|")
    examples = {}
    for lang, frame in FRAMES.items():
        words = wordfreq.top_n_list(lang, args.top)
        linked = []
        for w in words:
            w = w.capitalize() if args.capitalized and lang == "en" else w
            text = frame.format(w)
            start = frame.index("{}")
            hits = [m for m in nlp(text).mentions if m.start < start + len(w) and m.end > start]
            if hits:
                linked.append((w, hits[0].id))
        names = [x for x in linked if x[1].startswith(("country:", "region:")) or x[1] in divisions]
        print(f"| {lang} | {len(words)} | {len(linked)} | {len(linked) / len(words):.4f} | {len(names)} |")
        examples[lang] = [x for x in linked if x not in names][: args.show]
    for lang, ex in examples.items():
        print(f"\n{lang}: " + ", ".join(f"{w} -> {i}" for w, i in ex))
    return 0


if __name__ == "__main__":
    sys.exit(main())
