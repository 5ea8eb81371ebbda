"""Write lexicons/word-frequencies.tsv.gz: how common each word is in English and Arabic, folded as names are.

    python scripts/build_word_frequencies.py [--min-zipf-en 1.0] [--min-zipf-ar 2.0] [-o OUT.tsv.gz]

The linker's frequent_word gate (translit/gates.py) weighs a one-word name's
frequency as an ordinary word against the prominence of the place it would
name: جنيه 'pound' (Zipf 4.6) is no village of 2,000 people, بغداد is Baghdad;
English frequencies say how often a place's Latin name is written (Marib 1.6),
so the English list goes further down. Source: wordfreq (Robyn Speer; data
CC BY-SA 4.0, code Apache-2.0), every word of the en and ar 'large' lists at
or above the given Zipf frequency. Words are folded with
translit's own name folding (names.name_words), and forms that fold alike add
their frequencies. Needs the [lexicons] extra.
"""

from __future__ import annotations

import argparse
import gzip
import math
import sys
from importlib.metadata import version
from pathlib import Path

import wordfreq

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from translit.names import name_words  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "lexicons" / "word-frequencies.tsv.gz"


def folded_frequencies(lang: str, min_zipf: float) -> dict[str, float]:
    """Folded one-word form -> summed frequency (per word) of the list's words that fold to it."""
    freq: dict[str, float] = {}
    for word in wordfreq.iter_wordlist(lang, "large"):
        zipf = wordfreq.zipf_frequency(word, lang, "large")
        if zipf < min_zipf:
            break
        words = name_words(word)
        if len(words) == 1:
            freq[words[0]] = freq.get(words[0], 0.0) + 10 ** (zipf - 9)
    return freq


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--min-zipf-en", type=float, default=1.0)
    ap.add_argument("--min-zipf-ar", type=float, default=2.0)
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    args = ap.parse_args(argv)
    rows: dict[str, float] = {}
    for lang, min_zipf in (("en", args.min_zipf_en), ("ar", args.min_zipf_ar)):
        for word, f in folded_frequencies(lang, min_zipf).items():
            rows[word] = max(rows.get(word, 0.0), f)  # a Latin word in the Arabic list keeps its English figure
    # mtime=0 and sorted rows: the same inputs give the same bytes
    with open(args.output, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(f"# format: translit-word-frequencies 1; source: wordfreq {version('wordfreq')} en and ar 'large' "
                 f"lists, words of Zipf >= {args.min_zipf_en} (en) and {args.min_zipf_ar} (ar) (Robyn Speer; data "
                 "CC BY-SA 4.0); folded with "
                 "translit's name folding, forms that fold alike summed; columns: word, Zipf\n".encode())
        for word in sorted(rows):
            gz.write(f"{word}\t{math.log10(rows[word]) + 9:.2f}\n".encode())
    print(f"{args.output}: {len(rows)} words, {args.output.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
