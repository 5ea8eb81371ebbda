#!/usr/bin/env python3
"""Write lexicons/english-words.txt: English words written in lower case, which name no place in lower case,
and capitalized, no small foreign town (english_word_town) and no name by a loose spelling (loose_english_word).

A lower-case Latin word links a city's display name (lower_case gate: 'beirut', 'toronto' in social
media), but many cities are named with an ordinary word: bath, bush, hub, oral, delta, paradise,
buffalo. The list is the words a spelling dictionary gives in lower case (SCOWL size 50, as Debian's
wamerican package installs it at /usr/share/dict/american-english) that are also among the 50,000 most
frequent English words of wordfreq: a dictionary gives Toronto and Berlin with a capital, so they stay
names; the frequency cut keeps rare senses out. Words of the common-word list stay: a capitalized
"Union" or "Police" mid-sentence is evidence of a name to the common-word gate, and only this list
says that English writes the word in lower case (the english_word_town gate).

    sudo apt-get install wamerican     # or pass another SCOWL-style list with --dictionary
    python scripts/build_english_words.py [--dictionary /usr/share/dict/american-english] [--top 50000]
"""

from __future__ import annotations

import argparse
import sys
from importlib.metadata import version
from pathlib import Path

import wordfreq

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "lexicons" / "english-words.txt"
NOTICE = """\
# English words a spelling dictionary writes in lower case that are among the {top:,} most frequent English words:
# in lower case they name no place or organization (the lower_case_word gate); capitalized, no small foreign town
# (english_word_town) and no name by a loose spelling (loose_english_word). Built by
# scripts/build_english_words.py from
# - SCOWL size 50 as Debian's wamerican {version} ships it (/usr/share/dict/american-english). SCOWL is
#   Copyright 2000-2011 by Kevin Atkinson, with parts by others named in its README. "Permission to use, copy,
#   modify, distribute and sell these word lists, the associated scripts, the output created from the scripts,
#   and its documentation for any purpose is hereby granted without fee, provided that the above copyright
#   notice appears in all copies and that both that copyright notice and this permission notice appear in
#   supporting documentation. Kevin Atkinson makes no representations about the suitability of this array for
#   any purpose. It is provided "as is" without express or implied warranty." (http://wordlist.aspell.net/)
# - wordfreq {wordfreq} top_n_list("en", {top}) (Robyn Speer; data CC BY-SA 4.0, code Apache-2.0).
"""


def lower_case_words(dictionary: Path) -> set[str]:
    """The dictionary's entries written in lower-case ASCII letters only (no names, no possessives)."""
    with open(dictionary, encoding="utf-8") as f:
        return {w for w in (line.strip() for line in f) if w.isascii() and w.isalpha() and w.islower()}


def package_version(name: str) -> str:
    """The installed Debian package's version, for the notice ('' when dpkg does not know it)."""
    import subprocess

    done = subprocess.run(["dpkg-query", "-W", "-f=${Version}", name], capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dictionary", type=Path, default=Path("/usr/share/dict/american-english"))
    parser.add_argument("--top", type=int, default=50_000)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not args.dictionary.is_file():
        parser.error(f"{args.dictionary}: no such file; install Debian's wamerican or pass --dictionary")
    frequent = set(wordfreq.top_n_list("en", args.top))
    words = sorted(lower_case_words(args.dictionary) & frequent)
    notice = NOTICE.format(top=args.top, version=package_version("wamerican"), wordfreq=version("wordfreq"))
    args.out.write_text(notice + "".join(w + "\n" for w in words), encoding="utf-8")
    print(f"{args.out}: {len(words):,} words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
