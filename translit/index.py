"""The compiled lexicon index: a marisa trie of keys and an entity store, opened with mmap.

A directory holds ``keys.marisa`` (tagged key -> packed entity number and
flags), ``profiles.bin`` (what gates and ranking read of each entity, as
binary columns: profiles.py), ``entities.jsonl`` with ``entities.offsets`` (one record
a line, read on demand for output) and ``meta.json`` (format, version, sources,
checksums). Nothing is
unpickled: a tampered or stale index is detected by its checksum and rebuilt.
Worker processes share the mapped pages. Several indexes can be searched as
one (combined.py): the shipped lexicons' and one per user lexicon file.
"""

from __future__ import annotations

import hashlib
import json
import mmap
import os
import secrets
import struct
import tempfile
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping
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
INDEX_VERSION = 18  # bump whenever keys, folding or the layout change
_PACK = struct.Struct("<IB")
_ZIPF = struct.Struct("<e")  # a half float: Zipf frequencies have two decimals
_FILES = ("keys.marisa", "entities.jsonl", "entities.offsets", "profiles.bin")
INDEX_FILES = (*_FILES, "meta.json")  # all an index directory holds: nothing else is ever deleted
IDENTITY = "\x0b"   # index tag of entity IDs, so a combination can refuse an ID two of its parts hold
ENGLISH_WORD = "\x0e"  # index tag of English words written in lower case (lexicons/english-words.txt)
GIVEN_NAME = "\x10"  # index tag of common given names in Latin letters (lexicons/given-names.txt)
SURNAME = "\x11"  # index tag of common English family names (lexicons/family-names.txt)
NAME_WORD = "\x0c"  # index tag of the words of people's and organizations' names, in an index without word lists


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
          english_words: Iterable[str] = (), given_names: Iterable[str] = (), surnames: Iterable[str] = (),
          word_zipf: Mapping[str, float] | None = None,
          sources: list[str] | None = None, keep_existing: bool = False,
          is_user: Callable[[dict[str, Any]], bool] = lambda rec: False, word_lists: bool = True) -> None:
    """Compile records into an index directory: built in a new temp folder beside it, renamed into place.

    ``word_zipf`` gives the frequency of ordinary words (folded), which the frequent_word gate weighs;
    ``english_words`` the words English writes in lower case, which lower_case_word, english_word_town and
    loose_english_word read; ``given_names`` the common given names in Latin letters, which given_name_town,
    first_name and other_given_name read; ``surnames`` the common English family names, which surname_town reads.
    ``is_user`` tells a user's own entities (profiles.Profile.user: they win ties over shipped ones).
    ``word_lists=False`` leaves the word lists out (the later parts of a combined index: the first part
    has them) and keeps the words of names instead, which the combination takes out of the function words.
    An existing ``out_dir`` is replaced only when it is empty or holds nothing but index files: a folder
    translit did not make is refused (LexiconError), never emptied. ``keep_existing`` (the cache, keyed by
    content) keeps an index a concurrent builder finished first, so readers of it are never disturbed.
    """
    out_dir = Path(os.path.abspath(out_dir))
    _refuse_foreign(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tempfiles.remove_stale(out_dir.parent, ".build-", INDEX_FILES)  # what a build killed with SIGKILL left
    tmp = Path(tempfile.mkdtemp(prefix=tempfiles.prefix(".build-"), suffix=tempfiles.SUFFIX, dir=out_dir.parent))
    try:
        _write(records, tmp, common_words, english_words, given_names, surnames, word_zipf or {}, sources or [],
               is_user, word_lists)
        _install(tmp, out_dir, keep_existing)
    finally:
        tempfiles.remove_dir(tmp, INDEX_FILES)


def _write(records: Iterable[dict[str, Any]], tmp: Path, common_words: Iterable[str], english_words: Iterable[str],
           given_names: Iterable[str], surnames: Iterable[str], word_zipf: Mapping[str, float], sources: list[str],
           is_user: Callable[[dict[str, Any]], bool], word_lists: bool) -> None:
    items: list[tuple[str, bytes]] = []
    offsets = array("Q")
    max_words = 1
    profiles: list[Profile] = []
    name_words: set[str] = set()
    families: set[tuple[str, int]] = set()
    with open(tmp / "entities.jsonl", "wb") as ents:
        for n, rec in enumerate(records):
            offsets.append(ents.tell())
            profiles.append(profile(rec, word_zipf, user=is_user(rec)))
            items.append((IDENTITY + rec["id"], _PACK.pack(n, 0)))
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
    if word_lists:
        items.extend((COMMON + w, b"") for w in common_words)
        items.extend((ENGLISH_WORD + w, b"") for w in english_words)
        items.extend((GIVEN_NAME + w, b"") for w in given_names)
        items.extend((SURNAME + w, b"") for w in surnames)
        items.extend((FREQUENCY + w, _ZIPF.pack(z)) for w, z in word_zipf.items())
        items.extend((FUNCTION + w, b"") for w in function_words(word_zipf, name_words))
    else:
        items.extend((NAME_WORD + w, b"") for w in name_words)
    marisa_trie.BytesTrie(items).save(str(tmp / "keys.marisa"))
    with open(tmp / "entities.offsets", "wb") as f:
        offsets.tofile(f)
    save(profiles, tmp / "profiles.bin")
    meta = {"format": INDEX_FORMAT, "version": INDEX_VERSION, "entities": len(offsets) - 1,
            "keys": len(items), "max_words": max_words, "sources": sources,
            "checksums": {f: _file_hash(tmp / f) for f in _FILES}}
    (tmp / "meta.json").write_text(json.dumps(meta, indent=1))


def _refuse_foreign(out_dir: Path) -> None:
    """Refuse an output that is a file, or a folder holding anything but index files."""
    if not os.path.lexists(out_dir):
        return
    if out_dir.is_symlink() or not out_dir.is_dir():
        raise LexiconError("exists and is not a directory; give a new or empty directory for the index",
                           path=str(out_dir))
    foreign = sorted(set(os.listdir(out_dir)) - set(INDEX_FILES))
    if foreign:
        raise LexiconError(f"is not empty and is not a translit index (it holds {foreign[0]!r}); translit will "
                           "not replace it: give a new or empty directory", path=str(out_dir))


def _install(tmp: Path, out_dir: Path, keep_existing: bool) -> None:
    """Rename the finished tmp to out_dir; an old index is moved aside first, then removed file by file."""
    try:
        os.rename(tmp, out_dir)  # atomic; works when out_dir is absent (or an empty folder)
        return
    except OSError:
        if not out_dir.is_dir():
            raise
    if keep_existing and _opens(out_dir):
        return  # a concurrent builder won: its index is the same, and processes may already read it
    _refuse_foreign(out_dir)
    aside = out_dir.parent / (tempfiles.prefix(".build-") + secrets.token_hex(4) + tempfiles.SUFFIX)
    os.rename(out_dir, aside)
    try:
        os.rename(tmp, out_dir)
    except OSError:
        if not (keep_existing and _opens(out_dir)):
            raise
    finally:
        tempfiles.remove_dir(aside, INDEX_FILES)


def _opens(path: Path) -> bool:
    try:
        Index(path)
    except LexiconError:
        return False
    return True


def meta_problem(meta: Any) -> str | None:
    """What makes ``meta`` no meta.json this code wrote, or None: anything unexpected means rebuild."""
    if not isinstance(meta, dict):
        return f"expected an object, got {type(meta).__name__}"
    if meta.get("format") != INDEX_FORMAT or meta.get("version") != INDEX_VERSION:
        return f"index format {meta.get('format')} v{meta.get('version')} is not {INDEX_FORMAT} v{INDEX_VERSION}"
    for key in ("entities", "keys", "max_words"):
        if type(meta.get(key)) is not int or meta[key] < (1 if key == "max_words" else 0):
            return f"{key!r} must be a whole number, got {meta.get(key)!r}"
    checksums = meta.get("checksums")
    if not isinstance(checksums, dict) or sorted(checksums) != sorted(_FILES) or not all(
            isinstance(v, str) for v in checksums.values()):
        return f"'checksums' must give a digest for each of {', '.join(_FILES)}"
    if not isinstance(meta.get("sources"), list):
        return "'sources' must be a list"
    return None


class Index:
    """An opened index; lookups are trie gets, entity records are decoded on first use."""

    def __init__(self, path: Path, *, verify: bool = True) -> None:
        self.path = path
        try:
            meta = json.loads((path / "meta.json").read_text())
        except (OSError, ValueError, RecursionError) as exc:
            raise LexiconError(f"not a translit index ({exc}); rebuild it with 'translit lexicon compile'",
                               path=str(path)) from exc
        problem = meta_problem(meta)
        if problem:
            raise LexiconError(f"meta.json: {problem}; rebuild it with 'translit lexicon compile'", path=str(path))
        if verify:
            for f, digest in meta["checksums"].items():
                if not (path / f).is_file() or _file_hash(path / f) != digest:
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

    @property
    def parts(self) -> list[Index]:
        """The index directories searched (one; a CombinedIndex has several)."""
        return [self]

    def get(self, tag: str, key: str) -> list[tuple[int, int]]:
        """(entity number, flags) for one tagged key."""
        return [_PACK.unpack(v) for v in self.trie.get(tag + key, ())]

    def cross(self, key: str) -> list[tuple[int, int]]:
        """(entity number, crosslink EXACT | LONG flags) under one cross-script key (crosslink.place_key)."""
        return self.get("", key)

    def values(self, key: str) -> list[bytes]:
        """The raw values under one tagged key (crosslink.CrossStarts reads its start keys so)."""
        return self.trie.get(key, [])

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

    def is_english_word(self, folded: str) -> bool:
        """A word English writes in lower case (lexicons/english-words.txt: bath, bush, hub)."""
        return ENGLISH_WORD + folded in self.trie

    def is_given_name(self, folded: str) -> bool:
        """A common given name in Latin letters (lexicons/given-names.txt: elizabeth, tyler, hassan)."""
        return GIVEN_NAME + folded in self.trie

    def is_surname(self, folded: str) -> bool:
        """A common English family name (lexicons/family-names.txt: kennedy, wilson, henderson)."""
        return SURNAME + folded in self.trie

    def is_function_word(self, folded: str) -> bool:
        return FUNCTION + folded in self.trie

    def is_name_word(self, folded: str) -> bool:
        """A word of a person's or organization's name, as kept by an index built without word lists."""
        return NAME_WORD + folded in self.trie

    def ids(self) -> Iterator[str]:
        """The entity IDs, in key order."""
        return (key[1:] for key in self.trie.iterkeys(IDENTITY))

    def has_id(self, entity_id: str) -> bool:
        return IDENTITY + entity_id in self.trie

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
