#!/usr/bin/env python3
"""Which compiled matcher the one-scan engine of issue 12 should use: each one's build, load and scan, measured.

Not part of the tests. Run from the repository root, after ``scripts/bench_link.py --targets`` has written its
lexicons and corpus into ``--work`` (or with ``--corpus`` and ``--lexicons`` of your own)::

    python scripts/bench_matchers.py [--lexicons cities15000,cities500] [--work $TMPDIR/translit-bench-link]

Every matcher gets the same keys and the same text, each in a fresh process (so its peak RSS is its own): the
keys are the lexicon's names folded with ``translit.fold`` (the fold the text gets), the text is the corpus
folded line by line and joined with newlines, scanned as one string. A scan is leftmost-longest where the
matcher has it; a match counts as a word when no letter or digit touches it on either side, which a Python
loop checks for every matcher alike (its time is reported apart). Matchers:

* ``daachorse``: ``CharwiseDoubleArrayAhoCorasick`` (compiled double array, Rust, MIT/Apache), leftmost-longest;
  saved with ``serialize`` and loaded with ``deserialize`` (bytes: no pickle of user-reachable files);
* ``ahocorasick_rs``: the Rust ``aho-corasick`` crate's ``AhoCorasick``, leftmost-longest; cannot be saved;
* ``pyahocorasick``: ``Automaton.iter_long`` (C), which is not leftmost-longest over the text: it drops a match
  that starts inside a longer candidate it abandoned; saved with ``save`` (pickle of its values);
* ``marisa``: what translit does today, a ``marisa_trie.Trie`` of the keys asked for the longest key at each
  word start (``prefixes``), in Python;
* ``flashtext``: the pure-Python reference of issue 12 (its own word boundaries, on the same folded text).

Reported per matcher: keys, build CPU-s, saved size and load CPU-s where it can be saved, scan CPU-s and MB per
CPU-s of the scan alone, word matches, the word check's CPU-s, peak RSS of the process that read the names and
built it; how many word matches each finds that daachorse does not, and back; and for the compiled automata that
can be saved, the peak RSS of a fresh process that only opens the saved file and scans the text 256 K characters
at a time (and of the folded text alone), which is what a ``translit link`` built on it would pay.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
from bench_link import all_names, geonames_lexicon, machine, peak_rss_mib, word_chars  # noqa: E402

MB = 10**6
CHUNK = 256 * 1024  # characters of folded text an opened matcher scans at a time (child_saved)


def _folded(corpus: Path) -> str:
    from translit import fold

    return "\n".join(fold(line) for line in corpus.read_text(encoding="utf-8").split("\n"))


def _keys(lexicon: Path) -> list[str]:
    from translit import fold

    return sorted({k for k in (fold(name) for name in all_names([lexicon])) if k})


def _words(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that no letter or digit touches on either side."""
    last = len(text)
    return [(s, e) for s, e in spans
            if (s == 0 or not text[s - 1].isalnum()) and (e == last or not text[e].isalnum())]


def _daachorse(keys: list[str], text: str, work: Path) -> dict[str, Any]:
    import daachorse

    c = time.process_time()
    auto = daachorse.CharwiseDoubleArrayAhoCorasick(keys, match_kind=daachorse.MATCH_KIND_LEFTMOST_LONGEST)
    build = time.process_time() - c
    path = work / "matcher.daachorse"
    path.write_bytes(auto.serialize())
    c = time.process_time()
    auto = daachorse.CharwiseDoubleArrayAhoCorasick.deserialize(path.read_bytes())
    load = time.process_time() - c
    c = time.process_time()
    spans = [(s, e) for s, e, _ in auto.find(text)]
    return {"build": build, "saved_mb": path.stat().st_size / MB, "load": load, "scan": time.process_time() - c,
            "spans": spans}


def _ahocorasick_rs(keys: list[str], text: str, work: Path) -> dict[str, Any]:
    import ahocorasick_rs

    c = time.process_time()
    auto = ahocorasick_rs.AhoCorasick(keys, matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST)
    build = time.process_time() - c
    c = time.process_time()
    spans = [(s, e) for _, s, e in auto.find_matches_as_indexes(text)]
    return {"build": build, "scan": time.process_time() - c, "spans": spans}


def _pyahocorasick(keys: list[str], text: str, work: Path) -> dict[str, Any]:
    import pickle

    import ahocorasick

    c = time.process_time()
    auto = ahocorasick.Automaton()
    for key in keys:
        auto.add_word(key, len(key))
    auto.make_automaton()
    build = time.process_time() - c
    path = work / "matcher.pyahocorasick"
    auto.save(str(path), pickle.dumps)
    c = time.process_time()
    auto = ahocorasick.load(str(path), pickle.loads)
    load = time.process_time() - c
    c = time.process_time()
    spans = [(end - n + 1, end + 1) for end, n in auto.iter_long(text)]
    return {"build": build, "saved_mb": path.stat().st_size / MB, "load": load, "scan": time.process_time() - c,
            "spans": spans}


def _marisa(keys: list[str], text: str, work: Path) -> dict[str, Any]:
    import marisa_trie
    import regex

    c = time.process_time()
    trie = marisa_trie.Trie(keys)
    build = time.process_time() - c
    path = work / "matcher.marisa"
    trie.save(str(path))
    c = time.process_time()
    trie = marisa_trie.Trie().load(str(path))
    load = time.process_time() - c
    longest = max(map(len, keys))
    c = time.process_time()
    spans = []
    for m in regex.finditer(r"(?<![\p{L}\p{N}])[\p{L}\p{N}]", text):
        s = m.start()
        found = trie.prefixes(text[s:s + longest])
        if found:
            spans.append((s, s + max(map(len, found))))
    return {"build": build, "saved_mb": path.stat().st_size / MB, "load": load, "scan": time.process_time() - c,
            "spans": spans}


def _flashtext(keys: list[str], text: str, work: Path) -> dict[str, Any]:
    from flashtext import KeywordProcessor

    c = time.process_time()
    kp = KeywordProcessor()
    kp.set_non_word_boundaries(word_chars())  # as bench_link.py sets flashtext up
    for key in keys:
        kp.add_keyword(key)
    build = time.process_time() - c
    c = time.process_time()
    spans = [(s, e) for _, s, e in kp.extract_keywords(text, span_info=True)]
    return {"build": build, "scan": time.process_time() - c, "spans": spans}


def _load(name: str, path: Path) -> Any:
    """A saved matcher, as the engine would open it."""
    if name == "daachorse":
        import daachorse

        return daachorse.CharwiseDoubleArrayAhoCorasick.deserialize(path.read_bytes())
    if name == "pyahocorasick":
        import pickle

        import ahocorasick

        return ahocorasick.load(str(path), pickle.loads)
    import marisa_trie

    return marisa_trie.Trie().load(str(path))


def child_saved(name: str, corpus: str, work: str) -> dict[str, Any]:
    """What a process that only opens the saved matcher and scans pays: no names read, nothing built."""
    text = _folded(Path(corpus))
    rss0 = peak_rss_mib()
    c = time.process_time()
    auto = _load(name, Path(work) / f"matcher.{name}")
    load = time.process_time() - c
    for start in range(0, len(text), CHUNK):  # as the engine would: a chunk of records at a time
        chunk = text[start:start + CHUNK]
        if name == "daachorse":
            auto.find(chunk)
        elif name == "pyahocorasick":
            list(auto.iter_long(chunk))
    return {"load": load, "rss_text": rss0, "rss": peak_rss_mib()}


MATCHERS = {"daachorse": _daachorse, "ahocorasick_rs": _ahocorasick_rs, "pyahocorasick": _pyahocorasick,
            "marisa": _marisa, "flashtext": _flashtext}


def child(name: str, lexicon: str, corpus: str, work: str, spans_out: str) -> dict[str, Any]:
    """One matcher on one lexicon, in this process: its measures, its word spans written to spans_out."""
    keys, text = _keys(Path(lexicon)), _folded(Path(corpus))
    r = MATCHERS[name](keys, text, Path(work))
    c = time.process_time()
    words = _words(text, r.pop("spans")) if name != "flashtext" else r.pop("spans")  # flashtext checks its own
    r["check"] = time.process_time() - c
    r.update(keys=len(keys), mb=len(text.encode()) / MB, words=len(words), rss=peak_rss_mib())
    Path(spans_out).write_text(json.dumps(words))
    return r


def run(name: str, lexicon: Path, corpus: Path, work: Path) -> tuple[dict[str, Any], set[tuple[int, int]]]:
    spans = work / f"spans-{name}.json"
    cmd = [sys.executable, __file__, "--child", name, str(lexicon), str(corpus), str(work), str(spans)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode:
        sys.exit(f"bench_matchers: {name} failed ({proc.returncode}):\n{proc.stderr}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    if "saved_mb" in result and name != "marisa":  # marisa's scan is the Python loop above; its trie is tiny
        cmd = [sys.executable, __file__, "--saved", name, str(corpus), str(work)]
        saved = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if saved.returncode:
            sys.exit(f"bench_matchers: {name} (saved) failed ({saved.returncode}):\n{saved.stderr}")
        result["opened"] = json.loads(saved.stdout.strip().splitlines()[-1])
    return result, {tuple(s) for s in json.loads(spans.read_text())}


def render(kind: str, rows: dict[str, dict[str, Any]], found: dict[str, set[tuple[int, int]]]) -> None:
    ref = found["daachorse"]
    some = next(iter(rows.values()))
    print(f"\n### {kind}: {some['keys']:,} folded keys, {some['mb']:.2f} MB of folded text\n")
    print("| matcher | build CPU-s | saved MB / load CPU-s | scan CPU-s | scan MB per CPU-s | word matches "
          "| not in daachorse / missed | word check CPU-s | peak RSS MiB | opened and scanned: RSS MiB (text alone) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, r in rows.items():
        saved = f"{r['saved_mb']:.0f} / {r['load']:.2f}" if "saved_mb" in r else "—"
        diff = f"{len(found[name] - ref):,} / {len(ref - found[name]):,}"
        speed = f"{r['mb'] / r['scan']:.1f}" if r["scan"] else "—"
        o = r.get("opened")
        opened = f"{o['rss']:.0f} ({o['rss_text']:.0f})" if o else "—"
        print(f"| {name} | {r['build']:.2f} | {saved} | {r['scan']:.2f} | {speed} "
              f"| {r['words']:,} | {diff} | {r['check']:.2f} | {r['rss']:.0f} | {opened} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    ap.add_argument("--lexicons", default="cities15000,cities500",
                    help="GeoNames sets bench_link.py writes into --work, or .jsonl files")
    ap.add_argument("--work", default=str(Path(tempfile.gettempdir()) / "translit-bench-link"),
                    help="bench_link.py --targets' folder (default: TMPDIR/translit-bench-link)")
    ap.add_argument("--corpus", help="the text (default: the newest news-*.txt in --work)")
    ap.add_argument("--matchers", default=",".join(MATCHERS), help=f"default {','.join(MATCHERS)}")
    ap.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    ap.add_argument("--saved", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(*args.child)))
        return 0
    if args.saved:
        print(json.dumps(child_saved(*args.saved)))
        return 0
    work = Path(args.work)
    corpus = Path(args.corpus) if args.corpus else max(work.glob("news-*.txt"), key=lambda p: p.stat().st_mtime,
                                                         default=None)
    if corpus is None or not corpus.exists():
        sys.exit(f"bench_matchers: no corpus in {work}; run scripts/bench_link.py --targets first or pass --corpus")
    names = [m.strip() for m in args.matchers.split(",") if m.strip()]
    if "daachorse" not in names or not set(names) <= set(MATCHERS):
        ap.error(f"--matchers takes daachorse and any of {', '.join(MATCHERS)}")
    print("## Machine\n\n" + "\n".join(f"- {k}: {v}" for k, v in machine().items()))
    print(f"\n## Matchers on {corpus}")
    for kind in (k.strip() for k in args.lexicons.split(",") if k.strip()):
        lexicon = geonames_lexicon(kind, work)
        rows, found = {}, {}
        for name in names:
            print(f"{kind}: {name}", file=sys.stderr)
            rows[name], found[name] = run(name, lexicon, corpus, work)
        render(kind, rows, found)
    return 0


if __name__ == "__main__":
    sys.exit(main())
