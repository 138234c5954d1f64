"""The response cache (`[cache]`): stores (memory, disk, Redis) behind `ResponseCache`, which
makes the keys and turns a failing store into misses."""

from __future__ import annotations

from .build import cache_for, saved_counter
from .cache import ResponseCache, normalised
from .store import CacheStore, MemoryStore

__all__ = [
    "CacheStore", "MemoryStore", "ResponseCache", "cache_for", "normalised", "saved_counter",
]  # fmt: skip
