"""First come, first served admission to a connection pool.

aiohttp's connector hands a connection released by a caller straight back to that caller's next
request, ahead of everyone waiting: past the pool's size most callers starve. A `FairGate` sized
to the pool sits in front of it; a slot given back goes to the longest waiter, never to a
newcomer, so calls get a connection in arrival order.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque

__all__ = ["FairGate"]


class FairGate:
    """At most `size` holders at once; the others wait in arrival order."""

    __slots__ = ("_free", "_waiters", "size")

    def __init__(self, size: int) -> None:
        self.size = size
        self._free = size
        self._waiters: deque[asyncio.Future[None]] = deque()

    @property
    def waiting(self) -> int:
        return len(self._waiters)

    def try_enter(self) -> bool:
        """Take a slot at once if one is free and nobody is waiting for it (no await)."""
        if self._free > 0 and not self._waiters:
            self._free -= 1
            return True
        return False

    async def enter(self, timeout: float) -> None:
        """Wait for a slot, after everyone already waiting; `TimeoutError` after `timeout` s."""
        if self.try_enter():
            return
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[None] = loop.create_future()
        self._waiters.append(waiter)
        expiry = loop.call_later(timeout, _expire, waiter)
        try:
            await waiter
        except BaseException as exc:
            if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
                self.leave()  # handed a slot as it was cancelled: pass it on
            else:
                with contextlib.suppress(ValueError):
                    self._waiters.remove(waiter)
            if isinstance(exc, asyncio.CancelledError):
                exc.request_sent = False  # type: ignore[attr-defined]  # nothing was sent
            raise
        finally:
            expiry.cancel()

    def leave(self) -> None:
        """Give a slot back: to the longest waiter if there is one."""
        waiters = self._waiters
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return
        self._free += 1


def _expire(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(asyncio.TimeoutError())
