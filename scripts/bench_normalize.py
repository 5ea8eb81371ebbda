#!/usr/bin/env python3
"""Throughput of translit's normalize vs the pyarabic pipeline (issue 2's speed target); not part of the tests.

Run from the repository root::

    TRANSLIT_CACHE=/tmp/tcache python scripts/bench_normalize.py --mb 20 --seed 1

It needs ``pyarabic`` (the ``bench`` extra) and uses ``pyinstrument`` only if asked.

The corpus
----------
About ``--mb`` MB (10**6 bytes of UTF-8) of records, one a line, each 150-400
characters, made reproducibly with ``random.Random(seed)`` from material shipped
in the repository:

* the seed article ``tests/data/seed/albukamal-2017-11-08.txt`` (or
  ``/work/shared/data/seed/...`` when the repository has no copy): its English
  sentences, its Arabic line, and that Arabic line verbatim in ~2% of records
  (``#دير_الزورعلى``, ``العراقhttps://…`` glued as in the wild);
* Arabic and English names of ``lexicons/places-arab.jsonl`` and
  ``lexicons/syria-iraq.jsonl`` (English names keep their diacritics: Zinjibār);
* the 300 most frequent Arabic words of ``lexicons/common-words.txt`` (wordfreq)
  as the function words that glue Arabic sentences together.

Record kinds: ~45% Arabic (tweet-like), ~35% English, ~20% mixed (English
sentence with "Name (الاسم)" glosses plus Arabic sentences). Decorations:

* Arabic words: ~12% carry 1-3 harakat (fatha, damma, kasra, sukun, shadda,
  tanween), ~4% a run of 1-4 tatweel (ـ) inside the word;
* ~35% of Arabic sentences carry a number in Arabic-Indic digits (١٢, ٢٠١٧/١١/٠٨,
  ٣٫٥, ٤٠٪); Arabic sentences end in '.' or '،';
* U+200F (RLM) at the start of ~30% of Arabic records and before ~30% of the
  Latin-script insertions (URL, hashtag, mention) in Arabic text;
* URLs (~35% of records), hashtags with '_' or CamelCase (~55%), @mentions
  with '_' (~30%), emoji incl. flags, skin tones and a ZWJ family (~40%);
* English sentences: a lexicon name in curly double quotes (“…”) in ~40% of them,
  straight apostrophes made curly (’) in ~50%.

The script prints the corpus statistics and its SHA-256, so two runs can be
checked to have measured the same bytes.

What is measured (same list of lines, one process)
--------------------------------------------------
a. pyarabic: ``normalize_hamza(strip_tatweel(strip_tashkeel(line)))``;
b. ``translit.normalize(line)``: display cleanup only;
c. ``translit.Normalizer(link=False)(line)``: cleanup + tokens with offsets into
   the original + fold of every word/hashtag/mention (issue 2's target);
d. the CLI end to end, wall time of a subprocess: ``translit normalize FILE`` and
   ``translit normalize --format jsonl --tokens FILE``, stdout to /dev/null.

Each benchmark is run ``--repeat`` times in interleaved rounds (a b c d1 d2, a b
c d1 d2, ...) and the best wall time (``time.perf_counter``) is kept, with the
garbage collector disabled during in-process runs; each loop also sums ``len()``
of its results so all three do the same bookkeeping. CPU seconds are recorded
too (``time.process_time``; the CLI child's user+system time): on a shared
machine they are the steadier number. MB/s are of the corpus's UTF-8 bytes
(newlines included) per second, MB = 10**6 bytes. Peak RSS: for in-process rows
the process's high-water mark during the row (VmHWM, reset through
/proc/self/clear_refs before each run; it includes the corpus in memory), with
``ru_maxrss`` printed as well; for the CLI the child's ``ru_maxrss``, taken by a
small launcher process (a child forked from this process would inherit its peak).

The CLI is run with stdout redirected to /dev/null rather than ``-o /dev/null``:
``-o`` writes a temporary file beside the target and renames it over the target,
which, run as root, would replace the /dev/null device node with a regular file.

Then (c) is profiled on a ``--profile-mb`` slice (cProfile; pyinstrument with
``--profiler pyinstrument``) and split into stages (cleanup, tokenizer regex scan,
token objects, offset mapping and folding) timed without a profiler.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import io
import json
import os
import platform
import pstats
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
try:
    import translit
except ImportError:  # a checkout that is not pip-installed
    sys.path.insert(0, str(REPO))
    import translit

SEED_NAME = "albukamal-2017-11-08.txt"
SEED_PATHS = (REPO / "tests" / "data" / "seed" / SEED_NAME, Path("/work/shared/data/seed") / SEED_NAME)
LEXICONS = (REPO / "lexicons" / "places-arab.jsonl", REPO / "lexicons" / "syria-iraq.jsonl")
COMMON_WORDS = REPO / "lexicons" / "common-words.txt"
MB = 1_000_000

HARAKAT = "\u064e\u064f\u0650\u0652\u0651\u064b\u064c\u064d"  # fatha damma kasra sukun shadda, tanween x3
TATWEEL = "\u0640"
RLM = "\u200f"
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
EMOJI = ("🔴", "⚡️", "🇸🇾", "🇮🇶", "👇", "📍", "🔥", "✅", "💥", "👍🏽", "👨‍👩‍👧", "❗", "🎥")


# --- corpus --------------------------------------------------------------------------------


def _is_arabic(s: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in s)


class Material:
    """The real text the corpus is sampled from; lists in file order (no set order: hashing is salted)."""

    def __init__(self) -> None:
        seed = next((p for p in SEED_PATHS if p.exists()), None)
        if seed is None:
            sys.exit(f"bench: seed article not found in {', '.join(map(str, SEED_PATHS))}")
        self.seed_path = seed
        lines = [ln.strip() for ln in seed.read_text(encoding="utf-8").splitlines() if ln.strip()]
        self.ar_lines = [ln for ln in lines if _is_arabic(ln)]
        self.en_sentences: list[str] = []
        for ln in lines:
            if _is_arabic(ln):
                continue
            for s in ln.replace(". ", ".\n").splitlines():
                if len(s.split()) >= 4:
                    self.en_sentences.append(s.strip())
        seed_ar_words = [w for ln in self.ar_lines for w in ln.split() if _is_arabic(w) and w.isalpha()]
        ar_names: list[str] = []
        en_names: list[str] = []
        for path in LEXICONS:
            with path.open(encoding="utf-8") as f:
                for line in f:
                    rec = json.loads(line)
                    if "id" not in rec:
                        continue
                    names = rec.get("names") or {}
                    ar_names.extend(names.get("ar", ()))
                    en_names.extend(n for n in names.get("en", ()) if n.isprintable() and len(n) <= 40)
        self.ar_names = list(dict.fromkeys(ar_names))
        self.en_names = list(dict.fromkeys(en_names))
        common = []
        if COMMON_WORDS.exists():
            for w in COMMON_WORDS.read_text(encoding="utf-8").splitlines():
                if w and not w.startswith("#") and _is_arabic(w):
                    common.append(w)
        self.ar_common = common[:300] or seed_ar_words
        self.ar_seed_words = list(dict.fromkeys(seed_ar_words))


class CorpusMaker:
    def __init__(self, material: Material, seed: int) -> None:
        self.m = material
        self.rng = random.Random(seed)

    # pieces
    def ar_word(self) -> str:
        r = self.rng.random()
        if r < 0.55:
            w = self.rng.choice(self.m.ar_common)
        elif r < 0.85:
            w = self.rng.choice(self.m.ar_names)
        else:
            w = self.rng.choice(self.m.ar_seed_words)
        return " ".join(self.decorate(x) for x in w.split())

    def decorate(self, w: str) -> str:
        rng = self.rng
        chars = list(w)
        if rng.random() < 0.12:
            for _ in range(rng.randint(1, 3)):
                i = rng.randrange(len(chars))
                if "\u0621" <= chars[i][0] <= "\u064a":
                    chars[i] += rng.choice(HARAKAT)
        if len(chars) >= 3 and rng.random() < 0.04:
            i = rng.randrange(1, len(chars) - 1)
            chars[i] += TATWEEL * rng.randint(1, 4)
        return "".join(chars)

    def ar_number(self) -> str:
        rng = self.rng
        kind = rng.randrange(4)
        if kind == 0:
            s = str(rng.randint(1, 999))
        elif kind == 1:
            s = f"{rng.randint(2011, 2024)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}"
        elif kind == 2:
            return f"{rng.randint(1, 99)}٫{rng.randint(0, 9)}".translate(AR_DIGITS)
        else:
            return f"{rng.randint(1, 99)}٪".translate(AR_DIGITS)
        return s.translate(AR_DIGITS)

    def ar_sentence(self) -> str:
        words = [self.ar_word() for _ in range(self.rng.randint(5, 14))]
        if self.rng.random() < 0.35:
            words.insert(self.rng.randrange(len(words) + 1), self.ar_number())
        return " ".join(words) + self.rng.choice((".", ".", "،", ""))

    def en_sentence(self) -> str:
        rng = self.rng
        s = rng.choice(self.m.en_sentences)
        if rng.random() < 0.5:
            s = s.replace("'", "\u2019")
        if rng.random() < 0.4:
            words = s.split()
            i = rng.randrange(len(words) + 1)
            words.insert(i, f"“{rng.choice(self.m.en_names)}”")
            s = " ".join(words)
        return s

    def handle(self) -> str:
        name = self.rng.choice(self.m.en_names)
        letters = "".join(c if c.isascii() and c.isalnum() else "_" for c in unicodedata.normalize("NFKD", name)
                          if not unicodedata.combining(c))
        letters = "_".join(p for p in letters.split("_") if p) or "user"
        return letters[:20] + (str(self.rng.randint(1, 99)) if self.rng.random() < 0.3 else "")

    def url(self) -> str:
        rng = self.rng
        slug = self.handle().lower().replace("_", "-")
        return rng.choice((
            "https://ar.rt.com/jhel",
            f"https://www.almasdarnews.com/article/{slug}-{rng.randint(1000, 99999)}/",
            f"https://twitter.com/{self.handle()}/status/{rng.randint(10**17, 10**18)}",
            f"http://sana.sy/?p={rng.randint(100000, 999999)}",
            f"https://en.wikipedia.org/wiki/{slug.title()}",
        ))

    def hashtag(self, arabic: bool) -> str:
        rng = self.rng
        if arabic:
            return "#" + rng.choice(self.m.ar_names).replace(" ", "_")
        words = rng.choice(self.m.en_names).replace("-", " ").split()
        body = "_".join(words) if rng.random() < 0.5 else "".join(w[:1].upper() + w[1:] for w in words)
        return "#" + body

    def extras(self, arabic: bool) -> list[str]:
        rng = self.rng
        out = []
        if rng.random() < 0.35:
            out.append(self.url())
        if rng.random() < 0.55:
            out.append(self.hashtag(arabic and rng.random() < 0.8))
        if rng.random() < 0.3:
            out.append("@" + self.handle())
        if rng.random() < 0.4:
            out.append("".join(rng.choice(EMOJI) for _ in range(rng.randint(1, 3))))
        if arabic:
            out = [RLM + x if rng.random() < 0.3 and not _is_arabic(x) else x for x in out]
        return out

    def record(self) -> str:
        rng = self.rng
        target = rng.randint(150, 400)
        r = rng.random()
        if r < 0.02:
            parts = [rng.choice(self.m.ar_lines)]
            arabic = True
        elif r < 0.47:
            parts, arabic = [RLM] if rng.random() < 0.3 else [], True
        elif r < 0.82:
            parts, arabic = [], False
        else:
            parts, arabic = [], None  # mixed
        extras = self.extras(arabic is not False)
        text = ""
        while len(text) < target:
            if arabic is True:
                parts.append(self.ar_sentence())
            elif arabic is False:
                parts.append(self.en_sentence())
            else:
                if rng.random() < 0.5:
                    name = rng.choice(self.m.en_names)
                    parts.append(f"{self.en_sentence()} {name} ({rng.choice(self.m.ar_names)})")
                else:
                    parts.append(self.ar_sentence())
            if extras and rng.random() < 0.5:
                parts.append(extras.pop())
            text = " ".join(p for p in parts if p != RLM)
            if parts and parts[0] == RLM:
                text = RLM + text
        text = " ".join([text, *extras])
        if len(text) > 400:
            cut = text.rfind(" ", 150, 400)
            text = text[:cut if cut > 0 else 400]
        return text


def make_corpus(mb: float, seed: int) -> tuple[list[str], Material]:
    material = Material()
    maker = CorpusMaker(material, seed)
    lines: list[str] = []
    size = 0
    while size < mb * MB:
        line = maker.record()
        lines.append(line)
        size += len(line.encode("utf-8")) + 1
    return lines, material


def corpus_stats(lines: Sequence[str]) -> dict[str, float]:
    text = "\n".join(lines)
    n = len(text)
    return {
        "records": len(lines),
        "bytes": len(text.encode("utf-8")) + 1,
        "chars": n + 1,
        "mean_chars": round(sum(map(len, lines)) / len(lines), 1),
        "arabic_letters_%": round(100 * sum(1 for c in text if "\u0621" <= c <= "\u064a") / n, 1),
        "harakat": sum(text.count(h) for h in HARAKAT),
        "tatweel": text.count(TATWEEL),
        "arabic_indic_digits": sum(text.count(d) for d in "٠١٢٣٤٥٦٧٨٩"),
        "rlm": text.count(RLM),
        "urls": text.count("http"),
        "hashtags": text.count("#"),
        "mentions": text.count("@"),
        "curly_quotes": text.count("“") + text.count("”") + text.count("’"),
    }


# --- timing --------------------------------------------------------------------------------


class Timing:
    """Wall (perf_counter) and CPU seconds of each timed run; the best wall time is the result."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    @property
    def best(self) -> float:
        return min(self.wall)

    @property
    def best_cpu(self) -> float:
        return min(self.cpu)

    def runs(self) -> str:
        return ", ".join(f"{w:.2f}" for w in self.wall)


def timed(fn: Callable[[Sequence[str]], int], lines: Sequence[str], timing: Timing) -> int:
    """One run of fn over lines with the garbage collector off, recorded in timing."""
    gc.collect()
    gc.disable()
    try:
        c0, t0 = time.process_time(), time.perf_counter()
        result = fn(lines)
        timing.wall.append(time.perf_counter() - t0)
        timing.cpu.append(time.process_time() - c0)
    finally:
        gc.enable()
    return result


def run_pyarabic(lines: Sequence[str]) -> int:
    from pyarabic import araby

    strip_tashkeel, strip_tatweel, normalize_hamza = araby.strip_tashkeel, araby.strip_tatweel, araby.normalize_hamza
    n = 0
    for line in lines:
        n += len(normalize_hamza(strip_tatweel(strip_tashkeel(line))))
    return n


def run_normalize(lines: Sequence[str]) -> int:
    normalize = translit.normalize
    n = 0
    for line in lines:
        n += len(normalize(line))
    return n


def run_normalizer(lines: Sequence[str]) -> int:
    nlp = translit.Normalizer(link=False)
    n = 0
    for line in lines:
        n += len(nlp(line).tokens)
    return n


def maxrss_mib(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def reset_peak_rss() -> bool:
    """Reset this process's RSS high-water mark (Linux /proc/self/clear_refs), so a phase's own peak shows."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def _status_mib(field: str) -> float:
    """A kB field of /proc/self/status in MiB, else ru_maxrss (the peak since the start)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return maxrss_mib()


def current_rss_mib() -> float:
    return _status_mib("VmRSS")


def peak_rss_mib() -> float:
    """VmHWM (peak RSS since exec or the last reset) in MiB: unlike ru_maxrss, it does not carry over a
    forked parent's peak across exec."""
    return _status_mib("VmHWM")


def cli_command() -> tuple[list[str], dict[str, str]]:
    env = dict(os.environ)
    exe = shutil.which("translit")
    if exe:
        return [exe], env
    # not installed: run this checkout's package with the same interpreter
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(translit.__file__).parent.parent),
                                                      env.get("PYTHONPATH")]))
    return [sys.executable, "-m", "translit"], env


# A child forked from this process inherits its peak RSS as its own ru_maxrss (Linux keeps the high-water
# mark across exec), so the CLI is started by this small launcher and measured there, fresh.
_LAUNCHER = """
import json, os, subprocess, sys, time
report, cmd = sys.argv[1], sys.argv[2:]
t0 = time.perf_counter()
proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(proc.pid, 0)
wall = time.perf_counter() - t0
with open(report, "w") as f:
    json.dump({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "maxrss_kib": usage.ru_maxrss,
               "rc": os.waitstatus_to_exitcode(status)}, f)
"""


def run_cli(cmd: list[str], env: dict[str, str], timing: Timing | None = None) -> float:
    """Run cmd with stdout to /dev/null; record wall and child CPU seconds; return the child's peak RSS (MiB)."""
    with tempfile.TemporaryFile() as err, tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        subprocess.run([sys.executable, "-c", _LAUNCHER, str(report), *cmd], stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=err, env=env, check=False)
        result = json.loads(report.read_text()) if report.exists() else {"rc": -1}
        if result["rc"]:
            err.seek(0)
            sys.exit(f"bench: {' '.join(cmd)} failed ({result['rc']}): {err.read().decode(errors='replace')}")
    if timing is not None:
        timing.wall.append(result["wall"])
        timing.cpu.append(result["cpu"])
    return float(result["maxrss_kib"]) / 1024


# --- machine -------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        nproc = str(len(os.sched_getaffinity(0)))
    except AttributeError:
        nproc = str(os.cpu_count())
    versions = {}
    for mod in ("regex", "pyarabic", "unidecode"):
        try:
            from importlib.metadata import version

            versions[mod] = version(mod)
        except Exception:
            versions[mod] = "?"
    try:
        commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, check=False).stdout.strip() or "?"
    except OSError:
        commit = "?"
    return {
        "cpu": model,
        "nproc": nproc,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": f"{platform.system()} {platform.release()}",
        "load average (1, 5, 15 min) at start": ", ".join(f"{x:.2f}" for x in os.getloadavg()),
        "translit": f"{translit.__version__} ({Path(translit.__file__).parent}, commit {commit})",
        **{k: v for k, v in versions.items()},
    }


# --- profile -------------------------------------------------------------------------------


def profile_run(nlp: Callable[[str], object], lines: Sequence[str], profiler: str, top: int, label: str) -> None:
    """Profile nlp over lines with cProfile and/or pyinstrument; print the reports as markdown."""
    if profiler in ("cprofile", "both"):
        prof = cProfile.Profile()
        prof.enable()
        for line in lines:
            nlp(line)
        prof.disable()
        for key in ("cumulative", "tottime"):
            buf = io.StringIO()
            pstats.Stats(prof, stream=buf).strip_dirs().sort_stats(key).print_stats(top)
            text = buf.getvalue()
            body = text[text.find("   ncalls"):] if "   ncalls" in text else text
            print(f"\n### cProfile of {label}, top {top} by {key}\n\n```\n{body.rstrip()}\n```")
    if profiler in ("pyinstrument", "both"):
        try:
            from pyinstrument import Profiler
        except ImportError:
            print("\n(pyinstrument is not installed: pip install pyinstrument)")
            return
        p = Profiler(interval=0.0005)
        p.start()
        for line in lines:
            nlp(line)
        p.stop()
        print(f"\n### pyinstrument of {label}\n\n```")
        print(p.output_text(unicode=True, color=False, show_all=False).rstrip())
        print("```")


def profile_slice(lines: Sequence[str], profiler: str, top: int) -> None:
    nlp = translit.Normalizer(link=False)
    nlp("warm up")
    profile_run(nlp, lines, profiler, top, "(c)")


def stages(lines: Sequence[str], repeat: int) -> None:
    """Cumulative stages of (c) timed without a profiler, so C-level regex time is not hidden in callers."""
    from translit import tokenize as tok_mod
    from translit.cleanup import clean
    from translit.tokenize import tokenize

    pattern = getattr(tok_mod, "_PATTERN", None)
    nlp = translit.Normalizer(link=False)
    cleaned_all = [clean(line)[0] for line in lines]

    def s_clean(ls: Sequence[str]) -> int:
        n = 0
        for line in ls:
            n += len(clean(line)[0])
        return n

    def s_scan(ls: Sequence[str]) -> int:  # the tokenizer's regex alone, on already-cleaned text
        n = 0
        assert pattern is not None
        for c in ls:
            for _ in pattern.finditer(c):
                n += 1
        return n

    def s_tokenize(ls: Sequence[str]) -> int:
        n = 0
        for c in ls:
            n += len(tokenize(c))
        return n

    def s_full(ls: Sequence[str]) -> int:
        n = 0
        for line in ls:
            n += len(nlp(line).tokens)
        return n

    size = sum(len(x.encode("utf-8")) + 1 for x in lines) / MB
    rows = [("clean() (cleanup + offset map)", s_clean, lines)]
    if pattern is not None:
        rows.append(("tokenizer regex scan only (cleaned text)", s_scan, cleaned_all))
    rows += [("tokenize() (scan + Token tuples)", s_tokenize, cleaned_all),
             ("Normalizer(link=False)(line), all of (c)", s_full, lines)]
    print(f"\n### Stages of (c) on the {size:.1f} MB slice (best of {repeat}, no profiler)\n")
    print("| stage (each timed alone; tokenize() includes the scan) | best s | MB/s | CPU s "
          "| share of (c), CPU |\n| --- | ---: | ---: | ---: | ---: |")
    results = []
    for name, fn, data in rows:
        timing = Timing()
        for _ in range(repeat):
            timed(fn, data, timing)
        results.append((name, timing))
    full = results[-1][1].best_cpu
    for name, t in results:
        print(f"| {name} | {t.best:.3f} | {size / t.best:.2f} | {t.best_cpu:.3f} | {100 * t.best_cpu / full:.0f}% |")
    by_name = {name: t for name, t in results}
    rest = (full - by_name["clean() (cleanup + offset map)"].best_cpu
            - by_name["tokenize() (scan + Token tuples)"].best_cpu)
    print(f"| rest of (c): offset mapping, folding, document Token objects (difference) | | | {rest:.3f} "
          f"| {100 * rest / full:.0f}% |")
    tokens = s_tokenize(cleaned_all)
    print(f"\n{tokens} tokens in the slice ({tokens / len(lines):.0f} a record), {tokens / full / 1e3:.0f}k "
          f"tokens per CPU-second through (c), {full / tokens * 1e6:.2f} µs of CPU per token")


# --- main ----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    ap.add_argument("--mb", type=float, default=20, help="corpus size in MB of UTF-8 (default 20)")
    ap.add_argument("--seed", type=int, default=1, help="random seed of the corpus (default 1)")
    ap.add_argument("--out", metavar="PATH", help="keep the corpus at PATH (default: a temporary file, removed)")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per benchmark, best kept (default 3)")
    ap.add_argument("--profile-mb", type=float, default=2, help="slice profiled and split into stages (default 2)")
    ap.add_argument("--profiler", choices=("cprofile", "pyinstrument", "both", "none"), default="cprofile")
    ap.add_argument("--top", type=int, default=15, help="functions listed per profile (default 15)")
    ap.add_argument("--no-cli", action="store_true", help="skip the CLI runs")
    args = ap.parse_args(argv)

    rss0 = maxrss_mib()
    t0 = time.perf_counter()
    lines, material = make_corpus(args.mb, args.seed)
    gen = time.perf_counter() - t0
    data = ("\n".join(lines) + "\n").encode("utf-8")
    size = len(data) / MB
    digest = hashlib.sha256(data).hexdigest()
    if args.out:
        out_path, temp = Path(args.out), False
    else:
        fd, name = tempfile.mkstemp(prefix="translit-bench-", suffix=".txt")
        os.close(fd)
        out_path, temp = Path(name), True
    out_path.write_bytes(data)
    del data

    info = machine()
    print("## Machine\n")
    for k, v in info.items():
        print(f"- {k}: {v}")
    print(f"\n## Corpus (--mb {args.mb:g} --seed {args.seed})\n")
    print(f"- file: {out_path}{' (temporary)' if temp else ''}, sha256 {digest}")
    print(f"- made in {gen:.1f} s from {material.seed_path}, {len(material.ar_names)} Arabic and "
          f"{len(material.en_names)} English lexicon names, {len(material.ar_common)} Arabic common words")
    print("- " + ", ".join(f"{k} {v}" for k, v in corpus_stats(lines).items()))
    print("- first records:")
    for line in lines[:3]:
        print(f"  - `{line[:160]}…`")
    rss_corpus = maxrss_mib()

    translit.Normalizer(link=False)("warm up ١٢")  # compile the plans and tables once, outside the timing
    translit.normalize("warm up")
    benches: list[tuple[str, str, Callable[[Sequence[str]], int] | list[str]]] = [
        ("a", "pyarabic strip_tashkeel → strip_tatweel → normalize_hamza", run_pyarabic),
        ("b", "translit.normalize(line) (cleanup only)", run_normalize),
        ("c", "translit.Normalizer(link=False)(line) (clean + tokens + offsets + fold)", run_normalizer),
    ]
    startup = Timing()
    if not args.no_cli:
        base, env = cli_command()
        for _ in range(3):
            run_cli([*base, "--version"], env, startup)
        for label, extra in (("d1", []), ("d2", ["--format", "jsonl", "--tokens"])):
            shown = " ".join(["translit", "normalize", *extra, "FILE", "> /dev/null"])
            benches.append((label, f"CLI `{shown}`", [*base, "normalize", *extra, str(out_path)]))
    timings = {label: Timing() for label, _, _ in benches}
    rss = dict.fromkeys(timings, 0.0)
    resettable = False
    gc.collect()
    rss_before = current_rss_mib()
    # rounds interleave the benchmarks, so that a busy spell on a shared machine hits all of them alike
    for r in range(args.repeat):
        for label, _what, job in benches:
            if callable(job):
                resettable = reset_peak_rss()
                timed(job, lines, timings[label])
                rss[label] = max(rss[label], peak_rss_mib())
            else:
                rss[label] = max(rss[label], run_cli(job, env, timings[label]))
            print(f"round {r + 1}: {label} {timings[label].wall[-1]:.2f} s", file=sys.stderr)

    ref = timings["a"].best
    ref_cpu = timings["a"].best_cpu
    print(f"\n## Results ({size:.2f} MB, {len(lines)} records, best of {args.repeat} interleaved rounds)\n")
    print("| | benchmark | best s | MB/s | speed vs pyarabic (a) | CPU s (best) | MB/CPU-s | peak RSS MiB |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for label, what, _ in benches:
        t = timings[label]
        print(f"| {label} | {what} | {t.best:.2f} | {size / t.best:.2f} | {ref / t.best:.3f}× | {t.best_cpu:.2f} "
              f"| {size / t.best_cpu:.2f} | {rss[label]:.0f} |")
    print("\nAll runs (wall s): " + "; ".join(f"{label} {timings[label].runs()}" for label, _, _ in benches))
    rss_note = ("the peak RSS of this process during the row's runs (VmHWM, reset before each run), which "
                "includes the corpus held in memory" if resettable else
                "this process's ru_maxrss after the row (it only grows)")
    print(f"\nPeak RSS: in-process rows show {rss_note}: {rss0:.0f} MiB at start, {rss_before:.0f} MiB resident "
          f"with the corpus loaded (ru_maxrss {rss_corpus:.0f} MiB after making it, {maxrss_mib():.0f} MiB now). "
          f"CLI rows show the child's own ru_maxrss (os.wait4 in a small launcher process). CPU s is "
          f"time.process_time() of this process (CLI: the child's user+system time): about what the wall time "
          f"would be on an idle CPU.")
    if not args.no_cli:
        print(f"CLI wall times include interpreter start and imports: `translit --version` takes "
              f"{startup.best:.2f} s.")
    a, b, c = (timings[x].best for x in "abc")
    a_cpu, b_cpu, c_cpu = (timings[x].best_cpu for x in "abc")
    print(f"\nRatios (wall): (b)/(a) = {a / b:.3f} (translit.normalize runs at {100 * a / b:.1f}% of pyarabic's "
          f"speed, {b / a:.1f}× its time); (c)/(a) = {a / c:.3f} ({100 * a / c:.1f}%, {c / a:.1f}× its time).")
    print(f"Ratios (CPU): (b)/(a) = {a_cpu / b_cpu:.3f}; (c)/(a) = {a_cpu / c_cpu:.3f} ({c_cpu / a_cpu:.1f}× its time)."
          f" pyarabic reference: {size / ref_cpu:.2f} MB/CPU-s.")

    cut, acc = 0, 0
    while cut < len(lines) and acc < args.profile_mb * MB:
        acc += len(lines[cut].encode("utf-8")) + 1
        cut += 1
    part = lines[:cut]
    print(f"\n## Profile of (c) on the first {acc / MB:.1f} MB ({cut} records)")
    stages(part, args.repeat)
    if args.profiler != "none":
        profile_slice(part, args.profiler, args.top)

    print(f"\nLoad average at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())} "
          f"(above ~1 on this {info['nproc']}-CPU machine, other processes competed for the CPUs).")
    if temp:
        out_path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
