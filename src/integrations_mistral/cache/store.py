"""Where cached replies live: the store protocol, and the in-process one (a bounded LRU).

A store keeps opaque text under a key for a time. It may fail however its backend fails (the
cache around it turns any failure into a miss); `get_many` answers in the order asked.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Protocol

__all__ = ["CacheStore", "MemoryStore"]


class CacheStore(Protocol):
    name: str

    async def get_many(self, keys: Sequence[str]) -> list[str | None]:
        """The values stored under `keys` (None: absent or expired), in order."""

    async def set_many(self, items: Sequence[tuple[str, str]], ttl: float) -> None:
        """Store each `(key, value)` for `ttl` seconds."""

    async def aclose(self) -> None:
        """Release what the store holds open."""


class MemoryStore:
    """A per-process LRU bounded by entries and by bytes of stored text."""

    name = "memory"

    def __init__(
        self,
        max_entries: int,
        max_bytes: int,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._entries: OrderedDict[str, tuple[float, str]] = OrderedDict()
        self._max_entries, self._max_bytes = max_entries, max_bytes
        self._bytes = 0
        self._clock = clock

    @property
    def size(self) -> tuple[int, int]:
        """Entries and bytes held."""
        return len(self._entries), self._bytes

    async def get_many(self, keys: Sequence[str]) -> list[str | None]:
        now, entries = self._clock(), self._entries
        found: list[str | None] = []
        for key in keys:
            entry = entries.get(key)
            if entry is None:
                found.append(None)
            elif entry[0] <= now:
                self._drop(key)
                found.append(None)
            else:
                entries.move_to_end(key)
                found.append(entry[1])
        return found

    async def set_many(self, items: Sequence[tuple[str, str]], ttl: float) -> None:
        expires = self._clock() + ttl
        for key, value in items:
            if len(value) > self._max_bytes:
                continue  # larger than the whole cache: never kept
            self._drop(key)
            self._entries[key] = (expires, value)
            self._bytes += len(value)
        while len(self._entries) > self._max_entries or self._bytes > self._max_bytes:
            _, (_, value) = self._entries.popitem(last=False)
            self._bytes -= len(value)

    def _drop(self, key: str) -> None:
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._bytes -= len(entry[1])

    async def aclose(self) -> None:
        self._entries.clear()
        self._bytes = 0
