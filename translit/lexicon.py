"""Lexicons: reading and validating entity records, finding the shipped files, and resolving names.

A lexicon is JSONL, one entity a line (DESIGN.md). Shipped files start with a
``{"format": "translit-lexicon", "version": 1}`` header; user files may omit it.
Records are compiled once into an index (index.py) cached by content hash.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
import tempfile
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from . import jsonline
from .caches import remember
from .combined import CombinedIndex
from .document import Candidate
from .errors import LexiconError
from .index import Index, build, sources_hash
from .names import name_words
from .profiles import TYPES, core_entity
from .resolver import resolve
from .variants import entity_names

if TYPE_CHECKING:
    from .crossscript import Ranker

LEXICON_FORMAT = "translit-lexicon"
LEXICON_VERSION = 1
COMMON_WORDS_FILE = "common-words.txt"
ENGLISH_WORDS_FILE = "english-words.txt"  # scripts/build_english_words.py
GIVEN_NAMES_FILE = "given-names.txt"  # scripts/build_given_names.py
SURNAMES_FILE = "family-names.txt"  # scripts/build_given_names.py
WORD_FREQUENCIES_FILE = "word-frequencies.tsv.gz"  # scripts/build_word_frequencies.py
MAX_QUERY_CHARS = 256  # longer resolve queries are no name: no candidates
NAME_SETS_CACHED = 10_000  # entities whose names exact_method keeps as a set; a full cache starts over



# --- finding and reading files ------------------------------------------------

def default_lexicon_dir() -> Path:
    """Where the shipped lexicons are: $TRANSLIT_LEXICONS, the installed package, or the repository."""
    env = os.environ.get("TRANSLIT_LEXICONS")
    if env:
        return Path(env)
    packaged = Path(str(resources.files("translit"))) / "lexicons"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "lexicons"  # editable install / source checkout


def default_lexicon_paths() -> list[Path]:
    d = default_lexicon_dir()
    paths = sorted(d.glob("*.jsonl"))
    if not paths:
        raise LexiconError("no shipped lexicons found; reinstall translit or set TRANSLIT_LEXICONS", path=str(d))
    return paths


def shipped_lexicon_sources() -> list[tuple[str, str]]:
    """(file name, source) from each shipped lexicon's header: the data version ``translit --version`` shows."""
    sources = []
    for path in default_lexicon_paths():
        with _open_lexicon(path) as f:
            try:
                header = json.loads(f.readline())
            except ValueError:
                header = None
        source = header.get("source") if isinstance(header, dict) and "id" not in header else None
        sources.append((path.name, str(source) if source else "no header"))
    return sources


def scan_records(path: Path | str) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """(line, record, problem) for every non-blank line; a header line gives (line, None, None)."""
    path = Path(path)
    with _open_lexicon(path) as f:
        n = 0
        try:
            for n, raw in enumerate(f, 1):
                if not raw.strip():
                    continue
                try:
                    rec = jsonline.loads(raw)
                except jsonline.JSONLineError as exc:
                    yield n, None, f"{exc}; each line must be one JSON object"
                    continue
                if isinstance(rec, dict) and "format" in rec and "id" not in rec:
                    yield n, None, _header_problem(rec)
                    continue
                yield n, rec, record_problem(rec)
        except UnicodeDecodeError as exc:
            raise LexiconError("not UTF-8; lexicons must be UTF-8 JSONL", path=str(path), line=n + 1) from exc


def _open_lexicon(path: Path) -> TextIO:
    """Open a lexicon file for reading; a missing or unreadable one is a LexiconError naming it."""
    try:
        return open(path, encoding="utf-8")
    except OSError as exc:
        raise LexiconError(f"cannot read lexicon ({exc.strerror or exc}); check the path and permissions",
                           path=str(path)) from exc


def read_records(path: Path | str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, record) for each entity of a JSONL lexicon; the first bad line raises, naming file:line."""
    for n, rec, problem in scan_records(path):
        if problem:
            raise LexiconError(problem, path=str(path), line=n)
        if rec is not None:
            yield n, rec


def _header_problem(rec: dict[str, Any]) -> str | None:
    if rec.get("format") != LEXICON_FORMAT or rec.get("version") != LEXICON_VERSION:
        return (f"header says format {rec.get('format')!r} version {rec.get('version')!r}; this translit reads "
                f"{LEXICON_FORMAT!r} version {LEXICON_VERSION}")
    return None


def record_problem(rec: Any) -> str | None:
    """What is wrong with one record, in words a user can act on, or None."""
    if not isinstance(rec, dict):
        return f"expected a JSON object, got {type(rec).__name__}"
    for key in ("id", "name"):
        if not isinstance(rec.get(key), str) or not rec[key].strip():
            return f"'{key}' is required and must be a non-empty string"
    if any(c.isspace() for c in rec["id"]):
        return f"id {rec['id']!r} contains whitespace; use e.g. 'place:sy:abu-kamal'"
    if rec.get("type", "other") not in TYPES:
        return f"type {rec.get('type')!r} is not one of {', '.join(TYPES)}"
    names = rec.get("names", {})
    if not isinstance(names, dict) or not all(
            isinstance(v, list) and all(isinstance(s, str) and s.strip() for s in v) for v in names.values()):
        return "'names' must map a language code to a list of non-empty strings, e.g. {\"ar\": [\"البوكمال\"]}"
    for key in ("aliases", "sports_names"):
        listed = rec.get(key, [])
        if not isinstance(listed, list) or not all(isinstance(s, str) and s.strip() for s in listed):
            return f"'{key}' must be a list of non-empty strings"
    for key, example in (("country", "SY"), ("feature", "P.PPLC"), ("admin1", "14")):
        if rec.get(key) is not None and not isinstance(rec[key], str):
            return f"'{key}' must be a string such as {example!r}, got {json.dumps(rec[key])[:40]}"
    if not isinstance(rec.get("xrefs", {}), dict):
        return "'xrefs' must be an object such as {\"geonames\": 174448}"
    pop = rec.get("population", 0)
    if pop is not None and (not isinstance(pop, int) or isinstance(pop, bool) or pop < 0):
        return "'population' must be a whole number >= 0"
    return None


def word_files() -> list[Path]:
    """The shipped word lists every index is built with (common words, English words, given names, family names,
    word frequencies), where present."""
    d = default_lexicon_dir()
    return [p for p in (d / COMMON_WORDS_FILE, d / ENGLISH_WORDS_FILE, d / GIVEN_NAMES_FILE, d / SURNAMES_FILE,
                        d / WORD_FREQUENCIES_FILE) if p.exists()]


def read_word_frequencies(path: Path) -> Iterator[tuple[str, float]]:
    """(folded word, Zipf frequency) pairs of a word-frequencies file."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                word, _, zipf = line.rstrip("\n").partition("\t")
                yield word, float(zipf)


def read_word_list(path: Path) -> Iterator[str]:
    """The folded words of a word list (common-words.txt, english-words.txt): one a line, # comments."""
    if not path.exists():
        return
    with open(path, encoding="utf-8") as f:
        for line in f:
            word = line.strip()
            if word and not word.startswith("#"):
                yield " ".join(name_words(word))


# --- validation report ---------------------------------------------------------

@dataclass
class ValidationReport:
    """Problems found in lexicon files: errors stop loading; ambiguities are kept and reported."""

    errors: list[str] = field(default_factory=list)
    ambiguous: dict[str, list[str]] = field(default_factory=dict)
    entities: int = 0
    names: int = 0


def validate(paths: Sequence[Path | str]) -> ValidationReport:
    """Check files line by line (every error, not just the first), duplicate IDs and shared names."""
    report = ValidationReport()
    seen: dict[str, str] = {}
    owners: dict[str, set[str]] = {}
    for path in paths:
        try:
            for line, rec, problem in scan_records(path):
                where = f"{path}:{line}"
                if problem:
                    report.errors.append(f"{where}: {problem}")
                if rec is None or problem:
                    continue
                report.entities += 1
                if rec["id"] in seen:
                    report.errors.append(f"{where}: duplicate id {rec['id']!r} (first at {seen[rec['id']]})")
                seen.setdefault(rec["id"], where)
                for name in _all_names(rec):
                    report.names += 1
                    owners.setdefault(" ".join(name_words(name)), set()).add(rec["id"])
        except LexiconError as exc:
            report.errors.append(str(exc))
    report.ambiguous = {k: sorted(v) for k, v in owners.items() if len(v) > 1 and k}
    return report


def _all_names(rec: dict[str, Any]) -> Iterator[str]:
    """Every name of a record, as variants.entity_names lists them, without their flags."""
    return (name for name, _ in entity_names(rec))


# --- the lexicon ---------------------------------------------------------------

def cache_dir() -> Path:
    env = os.environ.get("TRANSLIT_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "translit"


BUILD_SECONDS_PER_MB = 1.0  # compiling the shipped 11 MB took 12 s on a 2-core machine shared with other jobs


def compiled_index(paths: Sequence[Path], *, cache: Path | None = None) -> Index | CombinedIndex:
    """The index of these files, compiled on first use and cached by content hash.

    The shipped lexicons make one part and every other file one more (index_parts), searched as one
    (combined.py): adding a small lexicon to the shipped ones compiles only the small one. A missing,
    stale or damaged part is rebuilt; an unwritable cache falls back to the temp directory.
    """
    words = word_files()
    groups = index_parts(paths)
    zipf = lru_cache(maxsize=1)(lambda: word_zipf(words))  # read once, and only when a part is compiled
    parts = [_compiled_part(files, user=user, first=k == 0, words=words, zipf=zipf, cache=cache)
             for k, (files, user) in enumerate(groups)]
    if len(parts) == 1:
        return parts[0]
    combined = CombinedIndex(parts)
    k, shared = combined.duplicate_ids()
    if shared:
        path = groups[k][0][0]
        line, entity_id = next((n, rec["id"]) for n, rec in read_records(path) if rec["id"] in shared)
        raise LexiconError(f"duplicate id {entity_id!r}; every entity id must be unique across lexicons",
                           path=str(path), line=line)
    return combined


def index_parts(paths: Sequence[Path]) -> list[tuple[list[Path], bool]]:
    """(files, user) per part of the index: the shipped lexicons together, then each other file alone.

    With no shipped file the first file is the first part. ``user`` is true for files that are not shipped.
    """
    shipped = default_lexicon_dir().resolve()
    ours = [p for p in paths if p.resolve().parent == shipped]
    theirs = [p for p in paths if p.resolve().parent != shipped]
    return ([(ours, False)] if ours else []) + [([p], True) for p in theirs]


def _compiled_part(files: list[Path], *, user: bool, first: bool, words: list[Path],
                   zipf: Callable[[], dict[str, float]], cache: Path | None) -> Index:
    """One part's index, opened from the cache or compiled into it; the first part holds the word lists."""
    digest = sources_hash(files, words)
    name = f"index-{digest}-user" if first and user else f"index-{digest}" if first else f"part-{digest}"
    fallback = Path(tempfile.gettempdir()) / "translit-cache"
    for k, root in enumerate((cache or cache_dir(), fallback)):
        target = root / name
        try:
            return Index(target)
        except LexiconError:
            pass
        try:
            _build(files, target, words, zipf(), is_user=lambda rec: user, word_lists=first, keep_existing=True,
                   announce=k == 0)  # a build that falls back to the temp directory said so already
        except OSError as exc:  # read-only, full, or a file where the folder should be
            if root != fallback:
                warnings.warn(f"cannot write the index cache {root} ({exc.strerror or exc}); compiling into "
                              f"{fallback} instead: set TRANSLIT_CACHE to a writable directory", stacklevel=3)
            continue
        return Index(target)
    raise LexiconError("cannot write a compiled index; set TRANSLIT_CACHE to a writable directory")


def build_index(paths: Sequence[Path], target: Path) -> None:
    """Compile lexicon files, with the shipped word lists, into one index directory (``translit lexicon
    compile``); it links as the cache's parts of the same files do: a user's entities win ties there too."""
    users = {rec["id"] for files, user in index_parts(paths) if user for p in files for _, rec in read_records(p)}
    words = word_files()
    _build(paths, target, words, word_zipf(words), is_user=lambda rec: rec["id"] in users)


def _build(files: Sequence[Path], target: Path, words: list[Path], zipf: dict[str, float], *,
           is_user: Callable[[dict[str, Any]], bool], word_lists: bool = True, keep_existing: bool = False,
           announce: bool = True) -> None:
    """The one build of lexicon files the cache and ``translit lexicon compile`` share, announced on stderr.
    ``keep_existing``: see index.build (the cache keeps what a concurrent builder installed)."""
    if announce:
        _announce_build(files)
    def listed(name: str) -> Iterator[str]:
        return (w for p in words if p.name == name for w in read_word_list(p))

    build(_with_progress(_records(files), files), target, sources=[str(p) for p in files],
          keep_existing=keep_existing, is_user=is_user, common_words=listed(COMMON_WORDS_FILE),
          english_words=listed(ENGLISH_WORDS_FILE), given_names=listed(GIVEN_NAMES_FILE),
          surnames=listed(SURNAMES_FILE),
          word_zipf=zipf, word_lists=word_lists)


def word_zipf(words: list[Path]) -> dict[str, float]:
    """Folded word -> Zipf frequency, from the shipped word lists."""
    return dict(wz for p in words if p.name == WORD_FREQUENCIES_FILE for wz in read_word_frequencies(p))


def _announce_build(files: Sequence[Path]) -> None:
    """One line on stderr before a build, so a first run that compiles for seconds does not look hung."""
    size = sum(p.stat().st_size for p in files)
    what = f"{len(files)} lexicon files" if len(files) > 1 else f"1 lexicon file ({files[0].name})"
    print(f"translit: building the index of {what}, once (~{round(1 + size / 1e6 * BUILD_SECONDS_PER_MB)} s)...",
          file=sys.stderr, flush=True)


def _with_progress(records: Iterator[dict[str, Any]], files: Sequence[Path]) -> Iterator[dict[str, Any]]:
    """The records, counted on a progress bar when stderr is a terminal (a person is watching)."""
    if not sys.stderr.isatty():
        return records
    from tqdm import tqdm  # imported only for a build a person watches

    total = sum(_count_lines(p) for p in files)
    return iter(tqdm(records, total=total, unit=" records", file=sys.stderr, leave=False, dynamic_ncols=True))


def _count_lines(path: Path) -> int:
    with open(path, "rb") as f:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))


def _records(paths: Sequence[Path]) -> Iterator[dict[str, Any]]:
    seen: set[str] = set()
    for path in paths:
        for line, rec in read_records(path):
            if rec["id"] in seen:
                raise LexiconError(f"duplicate id {rec['id']!r}; every entity id must be unique across lexicons",
                                   path=str(path), line=line)
            seen.add(rec["id"])
            yield rec


class Lexicon:
    """A set of lexicon files, compiled and opened; picklable as its file list (workers reopen it).

    ``index`` opens a directory that ``translit lexicon compile`` wrote instead (the files need not be
    there: an index carries everything linking reads).
    """

    def __init__(self, paths: Sequence[Path | str] = (), *, defaults: bool = True, cache: Path | None = None,
                 index: Path | str | None = None) -> None:
        self._cache = cache
        self._index_dir = Path(index) if index is not None else None
        self._ranker: tuple[Ranker, list[int]] | None = None
        self._name_sets: dict[int, frozenset[str]] = {}
        self.index: Index | CombinedIndex
        if self._index_dir is not None:
            kept = Index(self._index_dir)
            self.index, self.paths = kept, [Path(p) for p in kept.meta.get("sources", [])]
            return
        self.paths = [Path(p) for p in ([*default_lexicon_paths()] if defaults else []) + list(paths)]
        if not self.paths:
            raise LexiconError("no lexicon files given; pass --lexicon PATH or keep the default lexicons")
        for p in self.paths:
            _open_lexicon(p).close()  # a missing file is named here, not deep inside the index build
        self.index = compiled_index(self.paths, cache=cache)

    def __reduce__(self) -> tuple[Any, ...]:
        if self._index_dir is not None:
            return (_open_index_dir, (str(self._index_dir),))
        return (_reopen, ([str(p) for p in self.paths], str(self._cache) if self._cache else None))

    def __len__(self) -> int:
        return len(self.index)

    def record(self, n: int) -> dict[str, Any]:
        return self.index.record(n)

    def candidate(self, n: int, method: str, score: float, alias: str = "") -> Candidate:
        rec = self.index.record(n)
        return Candidate(rec["id"], rec["name"], rec.get("type", "other"), score, method,
                         rec.get("xrefs") or {}, alias)

    def name_ranker(self) -> tuple[Ranker, list[int]]:
        """Core entities' names and their owners, for the cross-script model (built on first use)."""
        if self._ranker is None:
            names, owners = [], []
            for n, rec in enumerate(self.index.records()):
                if not core_entity(rec):
                    continue
                for alias in dict.fromkeys(_all_names(rec)):
                    names.append(alias)
                    owners.append(n)
            from .crossscript import Ranker  # numpy and the model load only when a route needs them

            self._ranker = (Ranker(names), owners)
        return self._ranker

    def exact_method(self, n: int, surface: str) -> str:
        """'exact' when the surface is written as one of the entity's names, else 'folded'."""
        return "exact" if surface in self._names(n) else "folded"

    def _names(self, n: int) -> frozenset[str]:
        """Entity n's names as written; kept, since exact_method is asked on every link of the entity."""
        names = self._name_sets.get(n)
        if names is None:
            names = remember(self._name_sets, n, frozenset(_all_names(self.index.record(n))), NAME_SETS_CACHED)
        return names

    def resolve(self, name: str, *, top: int = 5, threshold: float = 0.5) -> list[Candidate]:
        """Ranked entities a name may refer to, best first; empty when nothing is a credible match.

        A query longer than MAX_QUERY_CHARS is no name (the longest known is Bangkok's ceremonial name,
        193 characters): it gets no candidates, in time that does not grow with it (the one-edit stage
        is quadratic in the query's length).

        >>> lex = load_lexicon()
        >>> lex.resolve("Abu Kemal")[0].xrefs["geonames"]
        174448
        """
        if len(name) > MAX_QUERY_CHARS:
            return []
        return resolve(self, name, top=top, threshold=threshold)


def _reopen(paths: list[str], cache: str | None) -> Lexicon:
    return _open_cached(tuple(paths), cache)


@lru_cache(maxsize=8)
def _open_cached(paths: tuple[str, ...], cache: str | None) -> Lexicon:
    return Lexicon(paths, defaults=False, cache=Path(cache) if cache else None)


@lru_cache(maxsize=8)
def _open_index_dir(path: str) -> Lexicon:
    return Lexicon(index=path)


def load_lexicon(paths: Iterable[Path | str] = (), *, defaults: bool = True, cache: Path | None = None,
                 index: Path | str | None = None) -> Lexicon:
    """Open lexicon files (plus the shipped defaults unless ``defaults=False``), or with ``index`` a compiled
    index directory (``translit lexicon compile``); cached per process."""
    if index is not None:
        return _open_index_dir(str(index))
    all_paths = [*(str(p) for p in default_lexicon_paths())] if defaults else []
    all_paths += [str(p) for p in paths]
    return _open_cached(tuple(all_paths), str(cache) if cache else None)


__all__ = ["Lexicon", "LexiconError", "load_lexicon", "read_records", "validate"]
