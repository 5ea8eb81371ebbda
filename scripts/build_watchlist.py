"""Build the dev watchlist set of issue 14: a Latin-only person watchlist to find in Arabic newswire.

    python scripts/build_watchlist.py OUT_DIR [--anercorp ../shared/data/anercorp/dev.txt]
        [--pairs ../shared/data/translit-pairs/netranslit/wd_arabic_80.tsv] [--seed 14]

Takes the ANERcorp sentences that hold a PERS span and replaces each PERS span with a two-word Arabic
name made of two random name pairs (Merhav & Ash 2018, Wikidata person names, CC0: the Arabic
spellings joined by a space). The watchlist holds only the English spellings of every inserted name
(capitalized, joined), plus as many distractor names made the same way that never occur. Writes:

- OUT_DIR/sentences.txt   the changed sentences, ANERcorp format (``token TAG``), inserted names B-/I-PERS;
- OUT_DIR/text.txt        the same sentences, one a line, tokens joined by single spaces (what is linked);
- OUT_DIR/inserted.jsonl  per line of text.txt, the inserted spans: {"spans": [{"start", "end", "id"}]};
- OUT_DIR/watchlist.jsonl the lexicon: {"id", "type": "person", "name"} records, inserted then distractors.

Score with scripts/watchlist_score.py OUT_DIR. Same seed, same files.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import regex

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
from translit.geonames import slug  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
SENTENCE_ENDS = {".", "!", "؟", "?"}  # as ../shared/tools/anercorp_score.py splits sentences
LATIN_NAME = regex.compile(r"\p{Latin}+")
ARABIC_NAME = regex.compile(r"\p{Arabic}+")

Token = tuple[str, str]  # (word, tag)
Spans = list[dict[str, Any]]  # inserted names of one sentence: start, end, id, name


def read_sentences(path: Path) -> Iterator[list[Token]]:
    """ANERcorp sentences: a blank line or a sentence-ending token closes one (the scorer's rule)."""
    sentence: list[Token] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line.strip():
                if sentence:
                    yield sentence
                    sentence = []
                continue
            word, _, tag = line.rpartition(" ")
            sentence.append((word, tag))
            if word in SENTENCE_ENDS:
                yield sentence
                sentence = []
    if sentence:
        yield sentence


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """(English, Arabic) single names: the Arabic column's letters are joined; other lines are skipped."""
    pairs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 2:
                continue
            en, ar = cols[0], cols[1].replace(" ", "")
            if LATIN_NAME.fullmatch(en) and ARABIC_NAME.fullmatch(ar):
                pairs.append((en.capitalize(), ar))
    return pairs


class NameMaker:
    """Two-word names from random pairs, each English name used once (inserted or distractor)."""

    def __init__(self, pairs: list[tuple[str, str]], rng: random.Random) -> None:
        self.pairs, self.rng, self.used = pairs, rng, set()

    def __call__(self) -> tuple[str, str, str]:
        """(id, English name, Arabic name)."""
        while True:
            (en1, ar1), (en2, ar2) = self.rng.sample(self.pairs, 2)
            english = f"{en1} {en2}"
            ident = f"person:wl-{slug(english)}"
            if ident not in self.used:
                self.used.add(ident)
                return ident, english, f"{ar1} {ar2}"


def pers_spans(sentence: list[Token]) -> list[tuple[int, int]]:
    """Token ranges [i, j) of the PERS spans (B-PERS and the I-PERS after it; a stray I-PERS opens one)."""
    spans: list[tuple[int, int]] = []
    for i, (_, tag) in enumerate(sentence):
        if tag == "B-PERS" or (tag == "I-PERS" and (not spans or spans[-1][1] != i)):
            spans.append((i, i + 1))
        elif tag == "I-PERS":
            spans[-1] = (spans[-1][0], i + 1)
    return spans


def insert_names(sentence: list[Token], make: NameMaker) -> tuple[list[Token], Spans]:
    """The sentence with each PERS span replaced by a new name, and the inserted spans as character offsets
    in the tokens joined by single spaces."""
    out: list[Token] = []
    inserted: Spans = []
    spans = dict(pers_spans(sentence))
    i = 0
    while i < len(sentence):
        if i in spans:
            ident, english, arabic = make()
            first, second = arabic.split(" ")
            start = sum(len(w) + 1 for w, _ in out)
            out += [(first, "B-PERS"), (second, "I-PERS")]
            inserted.append({"start": start, "end": start + len(arabic), "id": ident, "name": english})
            i = spans[i]
        else:
            out.append(sentence[i])
            i += 1
    return out, inserted


def build(anercorp: Path, pairs_path: Path, seed: int) -> tuple[list[list[Token]], list[Spans], list[dict[str, str]]]:
    """(sentences, inserted spans per sentence, watchlist records)."""
    rng = random.Random(seed)
    make = NameMaker(read_pairs(pairs_path), rng)
    sentences, inserted = [], []
    for sentence in read_sentences(anercorp):
        if not pers_spans(sentence):
            continue
        changed, spans = insert_names(sentence, make)
        sentences.append(changed)
        inserted.append(spans)
    names = [{"id": s["id"], "type": "person", "name": s["name"]} for spans in inserted for s in spans]
    distractors = [make() for _ in names]
    names += [{"id": ident, "type": "person", "name": english} for ident, english, _ in distractors]
    return sentences, inserted, names


def write_set(out: Path, sentences: list[list[Token]], inserted: list[Spans], names: list[dict[str, str]]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "sentences.txt", "w", encoding="utf-8") as f:
        f.write("\n".join("\n".join(f"{w} {t}" for w, t in s) + "\n" for s in sentences))
    with open(out / "text.txt", "w", encoding="utf-8") as f:
        f.writelines(" ".join(w for w, _ in s) + "\n" for s in sentences)
    with open(out / "inserted.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps({"spans": [{k: s[k] for k in ("start", "end", "id")} for s in spans]},
                                ensure_ascii=False) + "\n" for spans in inserted)
    with open(out / "watchlist.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in names)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="directory to write the set into")
    parser.add_argument("--anercorp", type=Path, default=SHARED / "anercorp" / "dev.txt")
    parser.add_argument("--pairs", type=Path, default=SHARED / "translit-pairs" / "netranslit" / "wd_arabic_80.tsv")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args(argv)
    for path in (args.anercorp, args.pairs):
        if not path.is_file():
            parser.error(f"{path}: no such file; pass --anercorp / --pairs")
    sentences, inserted, names = build(args.anercorp, args.pairs, args.seed)
    write_set(args.out, sentences, inserted, names)
    n = sum(len(s) for s in inserted)
    print(f"{args.out}: {len(sentences)} sentences, {n} inserted names, {len(names) - n} distractors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
