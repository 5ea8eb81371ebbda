"""The compiled lexicon index: a marisa trie of keys and an entity store, opened with mmap.

A directory holds ``keys.marisa`` (tagged key -> packed entity number and
flags), ``profiles.bin`` (what gates and ranking read of each entity, as
binary columns: profiles.py), ``entities.jsonl`` with ``entities.offsets`` (one record
a line, read on demand for output) and ``meta.json`` (format, version, sources,
checksums). Nothing is
unpickled: a tampered or stale index is detected by its checksum and rebuilt.
Worker processes share the mapped pages.
"""

from __future__ import annotations

import hashlib
import json
import mmap
import os
import shutil
import struct
import tempfile
from array import array
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import marisa_trie

from . import tempfiles
from .caches import remember
from .crosslink import FUNCTION, function_words, record_cross_keys
from .errors import LexiconError
from .keys import ARTICLE_WORDS
from .profiles import Profile, ProfileTable, profile, save
from .variants import COMMON, FAMILY, FOLDED, FREQUENCY, entity_names, record_keys

INDEX_FORMAT = "translit-index"
INDEX_VERSION = 3  # bump whenever keys, folding or the layout change
_PACK = struct.Struct("<IB")
_ZIPF = struct.Struct("<e")  # a half float: Zipf frequencies have two decimals
_FILES = ("keys.marisa", "entities.jsonl", "entities.offsets", "profiles.bin")


# the modules whose code decides the keys and profiles (index.py and everything it imports, tested):
# an index built by other code is stale even if the lexicon files are not
KEY_CODE = ("caches.py", "chars.py", "cleanup.py", "config.py", "crosslink.py", "designators.py", "errors.py",
            "fold.py", "geonames.py", "index.py", "keys.py", "names.py", "offsets.py", "profiles.py", "tempfiles.py",
            "tokenize.py", "variants.py")


def sources_hash(paths: Iterable[Path], word_files: Iterable[Path] = ()) -> str:
    """Content hash of the lexicon files, the word lists and the code that turns them into keys."""
    h = hashlib.sha256(f"{INDEX_FORMAT}:{INDEX_VERSION}".encode())
    here = Path(__file__).parent
    for module in KEY_CODE:
        h.update((here / module).read_bytes())
    for p in [*paths, *word_files]:
        h.update(str(p.name).encode())
        h.update(_file_hash(p).encode())
    return h.hexdigest()[:24]


def _file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def build(records: Iterable[dict[str, Any]], out_dir: Path, *, common_words: Iterable[str] = (),
          word_zipf: Mapping[str, float] | None = None, sources: list[str] | None = None) -> None:
    """Compile records into an index directory, written aside and renamed into place.

    ``word_zipf`` gives the frequency of ordinary words (folded), which the frequent_word gate weighs.
    """
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tempfiles.remove_stale(out_dir.parent, ".build-")  # what a build killed with SIGKILL left
    tmp = Path(tempfile.mkdtemp(prefix=tempfiles.prefix(".build-"), suffix=tempfiles.SUFFIX, dir=out_dir.parent))
    try:
        items: list[tuple[str, bytes]] = []
        offsets = array("Q")
        max_words = 1
        profiles: list[Profile] = []
        name_words: set[str] = set()
        families: set[tuple[str, int]] = set()
        with open(tmp / "entities.jsonl", "wb") as ents:
            for n, rec in enumerate(records):
                offsets.append(ents.tell())
                profiles.append(profile(rec, word_zipf))
                ents.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")).encode() + b"\n")
                items.extend(record_cross_keys(n, rec, [name for name, _ in entity_names(rec)]))
                for tag, key, flags in record_keys(rec):
                    if tag == FOLDED and rec.get("type") == "person" and " " in key:
                        family = key.rpartition(" ")[2]
                        if family not in ARTICLE_WORDS and (family, n) not in families:
                            families.add((family, n))
                            items.append((FAMILY + family, _PACK.pack(n, 0)))
                    if tag == FOLDED and rec.get("type") in ("person", "org"):
                        name_words.update(key.split())  # علي, محمد, عبد: words of names, not function words
                    items.append((tag + key, _PACK.pack(n, flags)))
                    max_words = max(max_words, key.count(" ") + 1)
            offsets.append(ents.tell())
        items.extend((COMMON + w, b"") for w in common_words)
        items.extend((FREQUENCY + w, _ZIPF.pack(z)) for w, z in (word_zipf or {}).items())
        items.extend((FUNCTION + w, b"") for w in function_words(word_zipf or {}, name_words))
        marisa_trie.BytesTrie(items).save(str(tmp / "keys.marisa"))
        with open(tmp / "entities.offsets", "wb") as f:
            offsets.tofile(f)
        save(profiles, tmp / "profiles.bin")
        meta = {"format": INDEX_FORMAT, "version": INDEX_VERSION, "entities": len(offsets) - 1,
                "keys": len(items), "max_words": max_words, "sources": sources or [],
                "checksums": {f: _file_hash(tmp / f) for f in _FILES}}
        (tmp / "meta.json").write_text(json.dumps(meta, indent=1))
        if out_dir.exists():
            shutil.rmtree(out_dir, ignore_errors=True)
        try:
            os.rename(tmp, out_dir)
        except OSError:
            if not (out_dir / "meta.json").exists():  # not lost to a concurrent build of the same index
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


class Index:
    """An opened index; lookups are trie gets, entity records are decoded on first use."""

    def __init__(self, path: Path, *, verify: bool = True) -> None:
        self.path = path
        try:
            meta = json.loads((path / "meta.json").read_text())
        except (OSError, ValueError) as exc:
            raise LexiconError(f"not a translit index ({exc}); rebuild it with 'translit lexicon compile'",
                               path=str(path)) from exc
        if meta.get("format") != INDEX_FORMAT or meta.get("version") != INDEX_VERSION:
            raise LexiconError(f"index format {meta.get('format')} v{meta.get('version')} is not "
                               f"{INDEX_FORMAT} v{INDEX_VERSION}; rebuild it", path=str(path))
        if verify:
            for f, digest in meta.get("checksums", {}).items():
                if not (path / f).exists() or _file_hash(path / f) != digest:
                    raise LexiconError(f"{f} does not match its checksum (truncated or modified); rebuild it",
                                       path=str(path))
        self.meta = meta
        self.max_words: int = meta["max_words"]
        self.trie = marisa_trie.BytesTrie()
        self.trie.mmap(str(path / "keys.marisa"))
        self.offsets = array("Q")
        with open(path / "entities.offsets", "rb") as f:
            self.offsets.frombytes(f.read())
        with open(path / "entities.jsonl", "rb") as f:
            empty = os.path.getsize(path / "entities.jsonl") == 0
            self._store = b"" if empty else mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        self._cache: dict[int, dict[str, Any]] = {}
        self._profiles: ProfileTable | None = None

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def get(self, tag: str, key: str) -> list[tuple[int, int]]:
        """(entity number, flags) for one tagged key."""
        return [_PACK.unpack(v) for v in self.trie.get(tag + key, ())]

    def cross(self, key: str) -> set[int]:
        """The entities under one cross-script key (crosslink.place_key)."""
        return {int.from_bytes(v, "little") for v in self.trie.get(key, ())}

    def has_prefix(self, tag: str, prefix: str) -> bool:
        return next(self.trie.iterkeys(tag + prefix), None) is not None

    def prefixes(self, tag: str, key: str) -> list[str]:
        """Keys of this tag that are prefixes of key (for names glued to a following word)."""
        return [k[1:] for k in self.trie.prefixes(tag + key)]

    def is_common(self, folded: str) -> bool:
        return COMMON + folded in self.trie

    def family(self, folded: str) -> list[int]:
        """The people whose name ends with this folded word (their family name)."""
        return [n for n, _ in self.get(FAMILY, folded)]

    def is_function_word(self, folded: str) -> bool:
        return FUNCTION + folded in self.trie

    def zipf(self, folded: str) -> float:
        """How common a folded word is as an ordinary word (Zipf scale; 0 when not among the words)."""
        found = self.trie.get(FREQUENCY + folded)
        return _ZIPF.unpack(found[0])[0] if found else 0.0

    def record(self, n: int) -> dict[str, Any]:
        rec = self._cache.get(n)
        if rec is None:
            rec = remember(self._cache, n, json.loads(self._store[self.offsets[n]:self.offsets[n + 1]]), 100_000)
        return rec

    def profile(self, n: int) -> Profile:
        """What gates and ranking read of entity n (the columns are read on first use)."""
        if self._profiles is None:
            self._profiles = ProfileTable(self.path / "profiles.bin")
        return self._profiles[n]

    def records(self) -> Iterable[dict[str, Any]]:
        return (self.record(i) for i in range(len(self)))
