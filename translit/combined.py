"""Several compiled indexes searched as one: the shipped lexicons' index and one per user lexicon file.

Adding a small lexicon to the shipped ones then compiles only the small one
(lexicon.compiled_index); the shipped part is the same cached index that
linking with the defaults alone opens. Entity numbers run on from part to
part, in the order the files were given, so lookups, ranking and ties come
out as from one index of all the files. Only the first part holds the word
lists (common words, word frequencies, function words); the others keep the
words of their people's and organizations' names, which are no function words.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from itertools import chain
from typing import Any

from .index import Index
from .profiles import Profile
from .variants import FAMILY


class CombinedIndex:
    """Parts searched in order; entity n of part k is number ``starts[k] + n`` here."""

    def __init__(self, parts: list[Index]) -> None:
        self.parts = parts
        self.starts = [0]
        for part in parts[:-1]:
            self.starts.append(self.starts[-1] + len(part))
        self.first = parts[0]
        self.rest = list(zip(self.starts[1:], parts[1:], strict=True))
        self.max_words = max(part.max_words for part in parts)

    def __len__(self) -> int:
        return self.starts[-1] + len(self.parts[-1])

    def _where(self, n: int) -> tuple[Index, int]:
        k = bisect_right(self.starts, n) - 1
        return self.parts[k], n - self.starts[k]

    def duplicate_ids(self) -> tuple[int, set[str]]:
        """(part number, IDs it shares with an earlier part) for the first part that shares any, or (0, set())."""
        for k, part in enumerate(self.parts[1:], 1):
            shared = {i for i in part.ids() if any(p.has_id(i) for p in self.parts[:k])}
            if shared:
                return k, shared
        return 0, set()

    def get(self, tag: str, key: str) -> list[tuple[int, int]]:
        found = self.first.get(tag, key)
        for start, part in self.rest:
            found += [(start + n, flags) for n, flags in part.get(tag, key)]
        return found

    def cross(self, key: str) -> list[tuple[int, int]]:
        return self.get("", key)

    def values(self, key: str) -> list[bytes]:
        return [v for part in self.parts for v in part.values(key)]

    def has_prefix(self, tag: str, prefix: str) -> bool:
        return any(part.has_prefix(tag, prefix) for part in self.parts)

    def prefixes(self, tag: str, key: str) -> list[str]:
        return list(dict.fromkeys(chain.from_iterable(part.prefixes(tag, key) for part in self.parts)))

    def is_common(self, folded: str) -> bool:
        return self.first.is_common(folded)

    def family(self, folded: str) -> list[int]:
        return [n for n, _ in self.get(FAMILY, folded)]

    def is_english_word(self, folded: str) -> bool:
        return self.first.is_english_word(folded)

    def is_given_name(self, folded: str) -> bool:
        return self.first.is_given_name(folded)

    def is_surname(self, folded: str) -> bool:
        return self.first.is_surname(folded)

    def is_function_word(self, folded: str) -> bool:
        return self.first.is_function_word(folded) and not any(p.is_name_word(folded) for _, p in self.rest)

    def zipf(self, folded: str) -> float:
        return self.first.zipf(folded)

    def record(self, n: int) -> dict[str, Any]:
        part, local = self._where(n)
        return part.record(local)

    def profile(self, n: int) -> Profile:
        part, local = self._where(n)
        return part.profile(local)

    def records(self) -> Iterable[dict[str, Any]]:
        return chain.from_iterable(part.records() for part in self.parts)
