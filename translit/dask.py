"""Dask adapter: link or normalize a bag of lines, text files, or a dataframe column on a cluster.

What crosses to the workers is a ``NormalizerSpec`` — the lexicon file paths,
their content hash and the config, well under 4 KiB pickled — never the index.
Each worker process opens the compiled index once (``spec.load()`` caches the
Normalizer per process; the index itself is mmapped from the on-disk cache) and
every partition after that reuses it. ``LOADS`` counts the actual loads, so a
test or a user can check it with ``client.run(translit.dask.load_count)``.

dask is imported inside the functions only: ``import translit.dask`` works
without it, and the spec can be used by other schedulers (Spark's
``mapInPandas``, multiprocessing) just the same.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from .cleanup import clean
from .config import DEFAULT, Config
from .errors import LexiconError
from .index import sources_hash
from .lexicon import default_lexicon_paths, word_files
from .normalizer import Normalizer

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas as pd

LOADS = 0  # Normalizers actually loaded (index opened) by this process; see load_count()
_LOADED: dict[str, Normalizer] = {}
_LOCK = threading.Lock()  # a dask worker may run several threads; the first one loads, the others wait


def load_count() -> int:
    """How many times this process has loaded a spec's Normalizer (index opened): ``client.run(load_count)``."""
    return LOADS


def _digest(paths: Sequence[Path]) -> str:
    """The content hash of the lexicon files, the shipped word lists and the code that compiles them."""
    return sources_hash(paths, word_files())


@dataclass(frozen=True)
class NormalizerSpec:
    """What a worker needs to build the same Normalizer: lexicon paths, their content hash, and the config.

    Make one with ``NormalizerSpec.create(...)`` (it hashes the files on the
    client). ``load()`` opens the Normalizer once per process and checks that
    the worker's files hash the same, so a cluster never links against a
    different gazetteer silently.

    >>> import pickle
    >>> spec = NormalizerSpec.create()
    >>> len(pickle.dumps(spec)) < 4096
    True
    >>> [m.id for m in spec.load()("Clashes near #البوكمال").mentions]
    ['place:sy:albu-kamal-174448']
    """

    lexicons: tuple[str, ...] = ()  # user lexicon files (absolute paths), after the defaults when defaults=True
    defaults: bool = True           # the shipped lexicons, found on each worker and checked by the digest
    digest: str = ""                # content hash of every lexicon file (and the shipped word lists)
    config: Config = DEFAULT
    link: bool = True

    @classmethod
    def create(cls, lexicons: Iterable[str | Path] = (), *, defaults: bool = True, config: Config = DEFAULT,
               link: bool = True) -> NormalizerSpec:
        """A spec for ``Normalizer(config, lexicons=lexicons, defaults=defaults, link=link)``."""
        own = tuple(str(Path(p).resolve()) for p in lexicons)
        spec = cls(own, defaults, "", config, link)
        return cls(own, defaults, _digest(spec.paths()), config, link)

    def paths(self) -> list[Path]:
        """Every lexicon file of the spec, as this process finds them (defaults first)."""
        found = list(default_lexicon_paths()) if self.defaults else []
        return found + [Path(p) for p in self.lexicons]

    @property
    def key(self) -> str:
        """A short hash of the whole spec: the per-process cache key."""
        text = repr((self.lexicons, self.defaults, self.digest, self.config, self.link))
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    def load(self) -> Normalizer:
        """The spec's Normalizer, loaded (index opened) on the first call in this process and reused after."""
        global LOADS
        nlp = _LOADED.get(self.key)
        if nlp is None:
            with _LOCK:
                nlp = _LOADED.get(self.key)
                if nlp is None:
                    nlp = self._open()
                    _LOADED[self.key] = nlp
                    LOADS += 1
        return nlp

    def _open(self) -> Normalizer:
        nlp = Normalizer(self.config, lexicons=list(self.lexicons), defaults=self.defaults, link=self.link)
        if self.link and nlp.link_enabled:
            here = _digest(nlp.linker.lexicon.paths)  # opens the index, then hashes the files it was built from
            if self.digest and here != self.digest:
                raise LexiconError(
                    f"the lexicon files here do not match the spec (content hash {self.digest}, here "
                    f"{here}); give every worker the same lexicon files and "
                    "translit version, or make the spec again", path=", ".join(map(str, self.paths())))
        return nlp


# --- per-partition work (module-level, so dask pickles them by reference) ----------------

def _strip_eol(line: str) -> str:
    """One trailing line break removed: ``read_text`` keeps it, the CLI's line reader does not."""
    if line.endswith("\r\n"):
        return line[:-2]
    if line.endswith(("\n", "\r")):
        return line[:-1]
    return line


def _link_lines(lines: Iterable[str | None], spec: NormalizerSpec, tokens: bool) -> list[dict[str, Any]]:
    """The ``translit link --format jsonl`` record of each line (None gives no text, as in the CLI)."""
    nlp = spec.load()
    out: list[dict[str, Any]] = []
    for line in lines:
        if line is None:
            out.append({"normalized": None, "mentions": []})
        else:
            out.append(nlp(_strip_eol(line)).to_dict(tokens=tokens))
    return out


def _jsonl_block(lines: Iterable[str | None], spec: NormalizerSpec, tokens: bool) -> list[str]:
    """A partition's JSONL as one string (one line per input line, each ending in \\n); none for no lines.

    One element per partition lets ``to_textfiles`` write a newline after every
    record without adding a line to an empty file.
    """
    text = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in _link_lines(lines, spec, tokens))
    return [text] if text else []


def _normalize_lines(lines: Iterable[str | None], config: Config) -> list[str | None]:
    return [None if line is None else clean(_strip_eol(line), config)[0] for line in lines]


def _link_frame(df: pd.DataFrame, column: str, spec: NormalizerSpec, out_column: str,
                as_json: bool) -> pd.DataFrame:
    from .pandas import link_series

    mentions = link_series(df[column], spec.load())
    if as_json:
        import pandas as pd

        mentions = pd.Series([None if ms is None else json.dumps(ms, ensure_ascii=False) for ms in mentions],
                             index=mentions.index, dtype="string[pyarrow]")
    return df.assign(**{out_column: mentions})


def _normalize_frame(df: pd.DataFrame, column: str, config: Config, out_column: str) -> pd.DataFrame:
    from .pandas import normalize_series

    options = {f.name: getattr(config, f.name) for f in fields(config)}
    return df.assign(**{out_column: normalize_series(df[column], **options)})


# --- bags -------------------------------------------------------------------------------

def link_bag(bag: dask.bag.Bag, spec: NormalizerSpec, *, tokens: bool = False) -> dask.bag.Bag:
    """A bag of JSON-ready dicts, one per line of ``bag``, as ``translit link --format jsonl`` writes them.

    Lines may keep their line break (``read_text`` does); None items give
    ``{"normalized": None, "mentions": []}``. The Normalizer is fetched once per
    partition, loaded once per process.
    """
    return bag.map_partitions(_link_lines, spec, tokens)


def normalize_bag(bag: dask.bag.Bag, spec: NormalizerSpec) -> dask.bag.Bag:
    """A bag of display-level cleaned lines (the spec's config; no lexicon is opened)."""
    return bag.map_partitions(_normalize_lines, spec.config)


def link_text_files(paths: str | Sequence[str], spec: NormalizerSpec, out: str | Sequence[str], *,
                    tokens: bool = False, encoding: str = "utf-8", errors: str = "strict",
                    blocksize: int | str | None = None, compute: bool = True) -> Any:
    """Link text files (a glob, list, or URL that fsspec reads; .gz too) to JSONL files written by the workers.

    One output line per input line, in order. With ``blocksize=None`` (the
    default) each input file is one partition and, when ``out`` is a glob such as
    ``"out/*.jsonl"``, its output is named after it (``a.txt`` -> ``out/a.jsonl``);
    with a ``blocksize`` big files are split and outputs are numbered. A UTF-8
    byte-order mark is dropped, as the CLI does. Returns the output paths (or
    the delayed writes with ``compute=False``).
    """
    import dask.bag as db
    import fsspec

    read_encoding = "utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding
    bag = db.read_text(paths, blocksize=blocksize, encoding=read_encoding, errors=errors)
    name_function = None
    if blocksize is None and isinstance(out, str) and "*" in out:
        inputs = [f.path for f in fsspec.open_files(paths, mode="rb")]  # the order read_text uses
        stems = [_stem(p) for p in inputs]
        if len(set(stems)) == len(stems) == bag.npartitions:
            name_function = stems.__getitem__
    blocks = bag.map_partitions(_jsonl_block, spec, tokens)
    return blocks.to_textfiles(out, name_function=name_function, encoding="utf-8", last_endline=False,
                               compute=compute)


def _stem(path: str) -> str:
    name = PurePosixPath(path).name
    for suffix in (".gz", ".bz2", ".xz", ".zst", ".txt", ".jsonl"):
        name = name.removesuffix(suffix)
    return name


# --- dataframes ------------------------------------------------------------------------------

def link_column(ddf: dask.dataframe.DataFrame, column: str, spec: NormalizerSpec, *,
                out_column: str = "mentions", as_json: bool = False) -> dask.dataframe.DataFrame:
    """``ddf`` with ``out_column`` added: a list of mention dicts per text (object dtype); missing texts give None.

    Works on pyarrow string columns (dask's default) and object columns; index
    and partitions are kept. ``as_json=True`` gives each list as JSON text in a
    ``string[pyarrow]`` column instead — what ``.to_parquet`` can write from the
    workers without a schema (lists of dicts with optional keys have none).
    """
    import pandas as pd

    dtype = "string[pyarrow]" if as_json else object
    meta = ddf._meta.assign(**{out_column: pd.Series([], dtype=dtype, index=ddf._meta.index)})
    return ddf.map_partitions(_link_frame, column, spec, out_column, as_json, meta=meta)


def normalize_column(ddf: dask.dataframe.DataFrame, column: str, spec: NormalizerSpec, *,
                     out_column: str | None = None) -> dask.dataframe.DataFrame:
    """``ddf`` with ``column`` cleaned (into ``out_column`` if given, else in place); dtype and missing values kept."""
    target = out_column or column
    meta = ddf._meta.assign(**{target: ddf._meta[column]})
    return ddf.map_partitions(_normalize_frame, column, spec.config, target, meta=meta)


__all__ = ["LOADS", "NormalizerSpec", "link_bag", "link_column", "link_text_files", "load_count",
           "normalize_bag", "normalize_column"]
