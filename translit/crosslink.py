"""Cross-script keys: names written in one script only, found in running text of the other script.

A watchlist in Latin letters must find بشار الأسد in Arabic news, and an
Arabic-only gazetteer its names in English text. For each entity with names in
one script only, the index keeps, per word of each name, the word's consonant
skeleton (keys.skeleton: البوكمال and Albukamal both give BKML) and every
skeleton one class shorter, so a text word whose skeleton is one edit away
shares a key (Nordtveit NRDTFT, نورتفايت NRTFT); each entity under a key is
flagged EXACT when the key is its word's own skeleton, and LONG when its name
has LONG_NAME_CLASSES or more. A span of text words matches a name when each
word matches the name's word at the same place, all but one of them exactly
(Linker._cross_candidates), or in every word for a LONG name. The trained
transliteration model (crossscript.py) then verifies the whole span against the
entity's names, and only a calibrated probability of CROSS_SCRIPT_MIN links.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Collection, Iterator, Mapping
from typing import Any

from rapidfuzz.distance import Levenshtein

from .caches import remember
from .chars import is_arabic
from .keys import ARTICLE_WORDS, skeleton
from .names import name_words

XLATIN, XARABIC = "\x07", "\x08"  # index tags: skeletons of Latin-only names' words / Arabic-only names' words
FUNCTION = "\x09"  # index tag of function words (function_words)
START = "\x0f"  # index tag of the keys cross-script names start with (start_keys, CrossStarts)
ONE_WORD, AFTER, BEFORE, LONG_AFTER = "O", "A", "B", "L"  # the kinds of start keys
START_CACHE_SIZE = 100_000  # start keys whose sets CrossStarts keeps
_NO_KEYS: frozenset[str] = frozenset()
FUNCTION_WORD_ZIPF = 5.6  # the ~300 most frequent words of each language (Zipf scale): من, بين, كان, the, of
MAX_WORDS = 4  # words of a name keyed for cross-script matching
MIN_WORD_CLASSES = 2  # a word's skeleton this short is keyed only as it is (no deletions: too many collide)
# consonant classes a whole name needs: shorter ones (Ali, Omar) match too much. Dev watchlist recall at 5: .776,
# at 4: .831, at 3: .850 (precision 1.000 each); a 10k-name Latin watchlist on ANERcorp dev linked 4 phrases
# more at 4 or 3 (دول مطلة, عملية التغيير), and link took 20% more CPU with cross-script keys on
MIN_NAME_CLASSES = 3
LONG_NAME_CLASSES = 8  # consonant classes of a name whose words may all be one edit from the text's
MOVED_CLASS_NAME = 7  # consonant classes of a name one of whose words may differ from the text's by a moved class
EXACT, LONG = 1, 2  # flags of an entity under a key: the key is its name word's own skeleton; its name is long
ORDINARY_PHRASE_ZIPF = 4.0  # words this frequent, all of a span's, match cross-script names exactly only
CROSS_SCRIPT_MIN = 0.7  # calibrated probability of the model a cross-script span must reach to link
ENTITY = struct.Struct("<IB")  # (entity number, EXACT | LONG flags): as index.get reads every key
# Latin letters that unidecode would flatten to a letter of another consonant class: Čedomir is Chedomir
_LATIN_SOUNDS = str.maketrans({"č": "ch", "ć": "ch", "š": "sh", "ş": "sh", "ș": "sh", "ž": "zh", "ğ": "gh",
                               "ð": "dh", "đ": "dj", "ç": "ch", "Č": "Ch", "Ć": "Ch", "Š": "Sh", "Ş": "Sh",
                               "Ș": "Sh", "Ž": "Zh", "Đ": "Dj", "Ç": "Ch"})


def word_skeletons(word: str) -> list[str]:
    """The cross-script keys of one folded word: its skeleton and, when long enough, each one class shorter."""
    skel = skeleton(word)
    if len(skel) <= MIN_WORD_CLASSES:
        return [skel] if skel else []
    return [skel, *{skel[:k] + skel[k + 1:] for k in range(len(skel))}]


def one_edit(text_skeleton: str, name_skeleton: str, name_classes: int) -> bool:
    """Whether a text word that shares a key with a name's word is one edit from it (a class substituted, added
    or dropped). Two skeletons share a one-class deletion also when a class moved (NRDTF, NDRTF: Levenshtein
    2); that counts only in a name of MOVED_CLASS_NAME classes or more. Prevents: a short name matched by a
    moved class was 3,949 of the 9,294 (span, name) pairs a 10k-name watchlist asked of the model on
    ANERcorp dev (none linked); on the dev watchlist it cost 1 right link of 2,097 (33 right links have a
    moved class in a longer name)."""
    return name_classes >= MOVED_CLASS_NAME or Levenshtein.distance(text_skeleton, name_skeleton, score_cutoff=1) <= 1


def name_skeletons(name: str) -> list[str]:
    """The consonant skeletons of a name's words, as its cross-script keys have them."""
    return [skeleton(w) for w in name_skeleton_words(name)]


def name_skeleton_words(name: str) -> list[str]:
    """The words of a name as cross-script keys see them: Latin article words go, since Arabic glues the
    article to its word (al-Assad, الأسد: one word each)."""
    words = name_words(name) if is_arabic(name) else name_words(name.translate(_LATIN_SOUNDS))
    return [w for w in words if w not in ARTICLE_WORDS]


CROSS_TYPES = frozenset({"person", "org", "other"})


def record_cross_keys(n: int, record: dict[str, Any], names: list[str]) -> Iterator[tuple[str, bytes]]:
    """(tagged key, packed place) for a person, organization or other entity whose names are all in one
    script (else nothing). Places are left out: tens of thousands of GeoNames towns have Latin names only,
    and on ANERcorp dev their keys linked Arabic phrases (سان فرنسيسكو -> São Francisco, عمليات جديدة ->
    Tamallalt) and made linking six times slower."""
    scripts = {is_arabic(name) for name in names}
    if len(scripts) != 1 or record.get("type") not in CROSS_TYPES:
        return
    tag = XARABIC if scripts == {True} else XLATIN
    flags: dict[tuple[str, int, int], int] = {}  # (key, pos, count) -> EXACT | LONG, of any of the names
    starts: set[tuple[str, bytes]] = set()
    for name in names:
        words = name_skeleton_words(name)
        classes = sum(len(skeleton(w)) for w in words)
        if not 0 < len(words) <= MAX_WORDS or classes < MIN_NAME_CLASSES:
            continue
        long = LONG if classes >= LONG_NAME_CLASSES else 0
        keys = [word_skeletons(word) for word in words]
        for pos, word_keys in enumerate(keys):
            for i, key in enumerate(word_keys):
                place = (key, pos, len(words))
                flags[place] = flags.get(place, 0) | (EXACT if i == 0 else 0) | long
        starts.update(start_keys(tag, keys, bool(long)))
    for (key, pos, count), f in flags.items():
        yield place_key(tag, pos, count, key), ENTITY.pack(n, f)
    yield from sorted(starts)


def start_keys(tag: str, keys: list[list[str]], long: bool) -> Iterator[tuple[str, bytes]]:
    """CrossStarts' index entries of one name (keys: word_skeletons of each word): under a one-word name's keys,
    nothing; under its first word's skeleton, its second word's keys (AFTER), and back (BEFORE); a long name's
    under each key of its first word, its second word's keys (LONG_AFTER)."""
    if not all(keys):
        return
    count = len(keys)
    if count == 1:
        yield from ((f"{START}{tag}{ONE_WORD}{count}{k}", b"") for k in keys[0])
        return
    first, second = keys[0], keys[1]
    yield f"{START}{tag}{AFTER}{count}{first[0]}", "|".join(second).encode()
    yield f"{START}{tag}{BEFORE}{count}{second[0]}", "|".join(first).encode()
    if long:
        yield from ((f"{START}{tag}{LONG_AFTER}{count}{k}", "|".join(second).encode()) for k in first)


class CrossStarts:
    """The keys a cross-script name may start with (start_keys, in the index), read per word as text asks: a
    necessary test that spares Linker._cross_candidates its set algebra for the text words that start no
    name. A name's first two words hold at most one that is not exact (or it is long), so a text's pair may
    start it only when one word has the name word's skeleton and the other shares a key with its word, or
    both share keys with a long name's words; one word, when it shares a key with a one-word name. ANERcorp
    dev with a 10k-name Latin watchlist: 10,073 of 62,301 word pairs pass, 6,878 start a name."""

    def __init__(self, values: Callable[[str], list[bytes]], tag: str) -> None:
        """values: the index's values under a tagged key (Index.values)."""
        self._values, self._tag = values, tag
        self._sets: dict[str, frozenset[str]] = {}
        self._one_word: dict[str, bool] = {}  # a word's skeleton -> whether it may be a one-word name

    def _keys(self, kind: str, count: int, key: str) -> frozenset[str]:
        """The other word's keys under one start key ({""} for a one-word name's key; cached: words recur)."""
        at = f"{self._tag}{kind}{count}{key}"
        found = self._sets.get(at)
        if found is None:
            values = self._values(START + at)
            found = frozenset(k for v in values for k in v.decode().split("|")) if values else _NO_KEYS
            found = remember(self._sets, at, found, START_CACHE_SIZE)
        return found

    def may_start(self, words: list[tuple[str, ...]], long: bool) -> bool:
        """Whether text words with these keys (word_skeletons: the skeleton first) may spell a name of as many
        words; long: they have enough classes to spell a long name."""
        count, first = len(words), words[0]
        if count == 1:  # asked of most words: kept per word (its keys follow from its skeleton)
            found = self._one_word.get(first[0])
            if found is None:
                found = remember(self._one_word, first[0], any(self._keys(ONE_WORD, 1, k) for k in first),
                                 START_CACHE_SIZE)
            return found
        second = words[1]
        return (not self._keys(AFTER, count, first[0]).isdisjoint(second)
                or not self._keys(BEFORE, count, second[0]).isdisjoint(first)
                or long and any(not self._keys(LONG_AFTER, count, k).isdisjoint(second) for k in first))


def function_words(word_zipf: Mapping[str, float], name_words: Collection[str]) -> Iterator[str]:
    """The most frequent words that are no word of a person's or organization's name in the index: a
    cross-script span holds none (من القرن is no Thoen, بين الصين no Bin Xian), while علي and محمد, words of
    people's names, stay possible. (Place names are left out: some GeoNames name holds every word.)"""
    return (w for w, z in word_zipf.items() if z >= FUNCTION_WORD_ZIPF and w not in name_words)


def place_key(tag: str, pos: int, count: int, skeleton_key: str) -> str:
    """The index key of a word skeleton at word position pos of a name of count words."""
    return f"{tag}{pos}{count}{skeleton_key}"


def text_tag(arabic_text: bool) -> str:
    """The tag whose keys text of this script looks up: Arabic text finds Latin-only names, and back."""
    return XLATIN if arabic_text else XARABIC
