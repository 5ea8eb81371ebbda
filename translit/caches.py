"""Bounded memo dicts for the per-name caches: names repeat within a run, not across all of them."""

from __future__ import annotations

from typing import Any, TypeVar

V = TypeVar("V")


def remember(cache: dict[Any, V], key: Any, value: V, limit: int) -> V:
    """Store and return value; a cache that holds limit entries is emptied first, so memory stays bounded."""
    if len(cache) >= limit:
        cache.clear()
    cache[key] = value
    return value
