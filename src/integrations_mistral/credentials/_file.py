"""`api_key_file`: read again whenever the file changes, and never sent half-written.

A secret manager may rewrite the file in place (truncate, then write) rather than rename a new
one over it. A read that finds it empty, sees it change while reading, or finds it written a
moment ago keeps the last good key (or, with none yet, waits for the file to settle), so no
request carries an empty or half-read key.
"""

from __future__ import annotations

import asyncio
import os
import time

from ..errors import CredentialsError
from ._base import MAX_KEY_BYTES, Credentials

__all__ = ["FileKey"]

_SETTLE_NS = 50_000_000
"""A file modified less than this long ago may still be being written (50 ms)."""
_TRIES = 5


class FileKey(Credentials):
    """`api_key_file`: read again whenever the file's modification time, size or inode changes
    (a secret manager rewriting it, Kubernetes swapping the mounted link)."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        self._where = f"api_key_file {path}"
        self._stamp: tuple[int, int, int] | None = None
        self._key: str | None = None

    def _stat(self) -> tuple[int, int, int]:
        try:
            info = os.stat(self.path)
        except OSError as exc:
            raise CredentialsError(f"{self._where}: cannot be read ({exc.strerror})") from None
        return info.st_mtime_ns, info.st_size, info.st_ino

    async def key(self, *, patient: bool = False) -> str:
        """The file's key; while the file is being rewritten, the last good one (`patient`:
        wait for the rewrite to settle instead, as after a 401 the last key is no use)."""
        stamp = self._stat()
        if stamp == self._stamp and self._key is not None:
            return self._key
        for _ in range(_TRIES):
            text, stamp = self._read(stamp)
            if text is not None:  # settled and whole
                self._key = self._checked(text, self._where)
                self._stamp = stamp
                return self._key
            if self._key is not None and not patient:  # the last good key; read again next time
                return self._key
            await asyncio.sleep(_SETTLE_NS / 1e9 / 2)
            stamp = self._stat()
        text, stamp = self._read(stamp, settled=True)
        self._key = self._checked(text or "", self._where)
        self._stamp = stamp
        return self._key

    def _read(
        self, stamp: tuple[int, int, int], *, settled: bool = False
    ) -> tuple[str | None, tuple[int, int, int]]:
        """The file's text, or None when it may be mid-write: empty, changed while it was read,
        or modified within the last 50 ms (`settled`: take it as it is)."""
        try:
            with open(self.path, encoding="utf-8-sig") as file:
                text = file.read(MAX_KEY_BYTES + 1)
        except OSError as exc:
            raise CredentialsError(f"{self._where}: cannot be read ({exc.strerror})") from None
        except UnicodeDecodeError:
            if not settled:
                return None, stamp
            raise CredentialsError(f"{self._where}: is not UTF-8 text; save it as UTF-8") from None
        if len(text) > MAX_KEY_BYTES:
            raise CredentialsError(
                f"{self._where}: holds more than {MAX_KEY_BYTES} characters: no key"
            )
        after = self._stat()
        if settled:
            return text, after
        fresh = 0 <= time.time_ns() - after[0] < _SETTLE_NS  # a future time: set on purpose
        if after != stamp or not text.strip() or fresh:
            return None, after
        return text, after

    async def renew(self, used: str | None, since: float) -> bool:
        self._stamp = None
        return await self.key(patient=True) != used
