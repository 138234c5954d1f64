"""The disk store: one file per entry in a folder, bounded by entries and bytes (least recently
used first out), written atomically, read and written off the event loop.

A file holds its expiry (Unix time) on the first line, then the value. A file that cannot be
read as such is corrupt: it is removed and reported (the cache counts a miss). Several processes
may share the folder; each bounds what it sees of it.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

__all__ = ["CorruptEntryError", "DiskStore"]


class CorruptEntryError(Exception):
    """A cache file that is not an entry (the cache reports it once and counts a miss)."""


class DiskStore:
    """Entries as files under `folder` (created 0700, files 0600)."""

    name = "disk"

    def __init__(self, folder: str | os.PathLike[str], max_entries: int, max_bytes: int) -> None:
        self.folder = Path(folder).expanduser()
        self._max_entries, self._max_bytes = max_entries, max_bytes
        self._index: OrderedDict[str, int] | None = None  # key -> size, oldest use first
        self._bytes = 0
        self._lock = threading.Lock()  # the index, between the worker threads

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / key

    def _scan(self) -> OrderedDict[str, int]:
        """What the folder holds, oldest first (by modification time), read once."""
        if self._index is None:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            found = []
            for path in self.folder.glob("??/*"):
                if path.name.startswith("."):
                    continue
                try:
                    stat = path.stat()
                except OSError:
                    continue
                found.append((stat.st_mtime, path.name, stat.st_size))
            found.sort()
            self._index = OrderedDict((name, size) for _, name, size in found)
            self._bytes = sum(self._index.values())
        return self._index

    async def get_many(self, keys: Sequence[str]) -> list[str | None]:
        return await asyncio.to_thread(self._read_all, list(keys))

    def _read_all(self, keys: list[str]) -> list[str | None]:
        with self._lock:
            return self._read(keys)

    def _read(self, keys: list[str]) -> list[str | None]:
        index, now = self._scan(), time.time()
        found: list[str | None] = []
        corrupt: list[str] = []
        for key in keys:
            if key not in index:
                found.append(None)
                continue
            try:
                text = self._path(key).read_text(encoding="utf-8")
            except FileNotFoundError:  # another process evicted it
                self._forget(key)
                found.append(None)
                continue
            except UnicodeDecodeError:
                text = ""
            expiry, newline, value = text.partition("\n")
            try:
                expires = float(expiry) if newline else None
            except ValueError:
                expires = None
            if expires is None:
                corrupt.append(key)
                self._remove(key)
                found.append(None)
            elif expires <= now:
                self._remove(key)
                found.append(None)
            else:
                index.move_to_end(key)
                found.append(value)
        if corrupt:
            raise CorruptEntryError(f"{len(corrupt)} corrupt entries in {self.folder} removed")
        return found

    async def set_many(self, items: Sequence[tuple[str, str]], ttl: float) -> None:
        await asyncio.to_thread(self._write_all, list(items), ttl)

    def _write_all(self, items: list[tuple[str, str]], ttl: float) -> None:
        with self._lock:
            self._write(items, ttl)

    def _write(self, items: list[tuple[str, str]], ttl: float) -> None:
        index = self._scan()
        expires = repr(time.time() + ttl)
        for key, value in items:
            data = f"{expires}\n{value}".encode()
            if len(data) > self._max_bytes:
                continue
            path = self._path(key)
            path.parent.mkdir(exist_ok=True, mode=0o700)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(data)
                os.replace(temporary, path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
            self._forget(key)
            index[key] = len(data)
            self._bytes += len(data)
        while index and (len(index) > self._max_entries or self._bytes > self._max_bytes):
            self._remove(next(iter(index)))

    def _forget(self, key: str) -> None:
        assert self._index is not None
        size = self._index.pop(key, None)
        if size is not None:
            self._bytes -= size

    def _remove(self, key: str) -> None:
        self._forget(key)
        self._path(key).unlink(missing_ok=True)

    async def aclose(self) -> None:
        return None
