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
from collections.abc import Collection, Iterable, Iterator, Mapping
from typing import Any

from rapidfuzz.distance import Levenshtein

from .chars import is_arabic
from .keys import ARTICLE_WORDS, skeleton
from .names import name_words

XLATIN, XARABIC = "\x07", "\x08"  # index tags: skeletons of Latin-only names' words / Arabic-only names' words
FUNCTION = "\x09"  # index tag of function words (function_words)
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
    for name in names:
        words = name_skeleton_words(name)
        classes = sum(len(skeleton(w)) for w in words)
        if not 0 < len(words) <= MAX_WORDS or classes < MIN_NAME_CLASSES:
            continue
        long = LONG if classes >= LONG_NAME_CLASSES else 0
        for pos, word in enumerate(words):
            for i, key in enumerate(word_skeletons(word)):
                place = (key, pos, len(words))
                flags[place] = flags.get(place, 0) | (EXACT if i == 0 else 0) | long
    for (key, pos, count), f in flags.items():
        yield place_key(tag, pos, count, key), ENTITY.pack(n, f)


class CrossStarts:
    """The keys a cross-script name may start with, in memory: a necessary test that spares
    Linker._cross_candidates its set algebra for the text words that start no name. A name's first two
    words hold at most one that is not exact (or it is long), so a text's pair may start it only when one
    word has the name word's skeleton and the other shares a key with its word, or both share keys with a
    long name's words; one word, when it shares a key with a one-word name. ANERcorp dev with a 10k-name
    Latin watchlist: 10,073 of 62,301 word pairs pass, 6,878 start a name."""

    def __init__(self, entries: Iterable[tuple[str, int, int]]) -> None:
        """entries: (key without its tag: position, word count, skeleton; entity; EXACT | LONG flags)."""
        words: dict[tuple[int, int, int], tuple[set[str], set[str]]] = {}  # (entity, count, pos): exact, all
        long = set()
        self._one_word: set[str] = set()  # the keys of one-word names
        for key, n, flags in entries:
            pos, count = int(key[0]), int(key[1])
            if count == 1:
                self._one_word.add(key[2:])
            elif pos <= 1:
                exact, keys = words.setdefault((n, count, pos), (set(), set()))
                keys.add(key[2:])
                if flags & EXACT:
                    exact.add(key[2:])
                if flags & LONG:
                    long.add((n, count))
        # per word count: a first word's skeleton -> the second word's keys, and back; a long name's first
        # word's key -> its second word's keys
        after: dict[int, dict[str, set[str]]] = {}
        before: dict[int, dict[str, set[str]]] = {}
        long_after: dict[int, dict[str, set[str]]] = {}
        for (n, count, pos), (exact0, keys0) in words.items():
            if pos == 0 and (n, count, 1) in words:
                exact1, keys1 = words[n, count, 1]
                for a in exact0:
                    after.setdefault(count, {}).setdefault(a, set()).update(keys1)
                for b in exact1:
                    before.setdefault(count, {}).setdefault(b, set()).update(keys0)
                if (n, count) in long:
                    for a in keys0:
                        long_after.setdefault(count, {}).setdefault(a, set()).update(keys1)
        self._after, self._before, self._long_after = after, before, long_after

    def may_start(self, words: list[tuple[str, ...]], long: bool) -> bool:
        """Whether text words with these keys (word_skeletons: the skeleton first) may spell a name of as many
        words; long: they have enough classes to spell a long name."""
        count, first = len(words), words[0]
        if count == 1:
            return not self._one_word.isdisjoint(first)
        second = words[1]
        after = self._after.get(count, {}).get(first[0])
        if after is not None and not after.isdisjoint(second):
            return True
        before = self._before.get(count, {}).get(second[0])
        if before is not None and not before.isdisjoint(first):
            return True
        long_after = self._long_after.get(count, {}) if long else {}
        return any(not long_after[k].isdisjoint(second) for k in first if k in long_after)


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
