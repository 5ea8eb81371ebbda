"""A compact map from positions in a cleaned string back to the caller's original string.

Cleaning deletes (bidi marks), expands (ﻻ → لا) and replaces characters; every
token and mention must still point into the original text, so the cleaner
records one segment per change instead of one integer per character.
"""

from __future__ import annotations

from bisect import bisect_right


class OffsetMap:
    """Segments of the cleaned text, each either copied from the original or replacing a span of it.

    A copied segment maps cleaned position ``k`` to original ``orig + (k - start)``;
    a replacement segment maps all its characters to the original span ``[orig, orig_end)``.
    """

    __slots__ = ("_starts", "_orig", "_orig_end", "_copy", "length", "orig_length")

    def __init__(self, orig_length: int) -> None:
        self._starts: list[int] = []
        self._orig: list[int] = []
        self._orig_end: list[int] = []
        self._copy: list[bool] = []
        self.length = 0
        self.orig_length = orig_length

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        m = cls(length)
        m.add_copy(0, length)
        return m

    def add_copy(self, orig_start: int, orig_end: int) -> None:
        """Append original[orig_start:orig_end] unchanged."""
        if orig_end > orig_start:
            self._push(orig_start, orig_end, orig_end - orig_start, True)

    def add_replacement(self, orig_start: int, orig_end: int, new_length: int) -> None:
        """Append new_length characters that stand for original[orig_start:orig_end]."""
        if new_length:
            self._push(orig_start, orig_end, new_length, False)

    def _push(self, orig_start: int, orig_end: int, new_length: int, copy: bool) -> None:
        self._starts.append(self.length)
        self._orig.append(orig_start)
        self._orig_end.append(orig_end)
        self._copy.append(copy)
        self.length += new_length

    def _segment(self, pos: int) -> int:
        return bisect_right(self._starts, pos) - 1

    def start(self, pos: int) -> int:
        """Original index where the cleaned character at pos begins."""
        if pos >= self.length:
            return self.orig_length if not self._starts else self._orig_end[-1]
        i = self._segment(pos)
        return self._orig[i] + (pos - self._starts[i]) if self._copy[i] else self._orig[i]

    def end(self, pos: int) -> int:
        """Original index just after the cleaned character at pos - 1 (an exclusive end)."""
        if pos <= 0:
            return self._orig[0] if self._starts else 0
        i = self._segment(pos - 1)
        return self._orig[i] + (pos - self._starts[i]) if self._copy[i] else self._orig_end[i]

    @property
    def is_identity(self) -> bool:
        """True when cleaning changed nothing: cleaned positions are original positions."""
        return len(self._starts) == 1 and self._copy[0] and self._orig[0] == 0 and self.length == self.orig_length

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of the cleaned span [start, end)."""
        if end <= start:
            s = self.start(start)
            return s, s
        return self.start(start), self.end(end)


class ComposedMap(OffsetMap):
    """Two maps in a row: ``second`` maps into the text that ``first`` maps to the original."""

    def __init__(self, first: OffsetMap, second: OffsetMap) -> None:
        self.first, self.second = first, second
        self.length, self.orig_length = second.length, first.orig_length

    @property
    def is_identity(self) -> bool:
        return False

    def start(self, pos: int) -> int:
        return self.first.start(self.second.start(pos))

    def end(self, pos: int) -> int:
        return self.first.end(self.second.end(pos))
