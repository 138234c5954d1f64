"""Admission to a connection pool: first come, first served within a priority, higher priorities
first, and ageing so a low-priority call never waits past its limit.

aiohttp's connector hands a connection released by a caller straight back to that caller's next
request, ahead of everyone waiting: past the pool's size most callers starve. A `FairGate` sized
to the pool sits in front of it; a slot given back goes to a waiter, never to a newcomer: the
oldest waiter past its `max_wait`, else the longest waiter of the highest priority.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque

from ..errors import PoolTimeoutError

__all__ = ["PRIORITIES", "FairGate", "queue"]

PRIORITIES = ("high", "normal", "low")
_RANK = {name: rank for rank, name in enumerate(PRIORITIES)}


class _Waiter:
    __slots__ = ("due", "future")

    def __init__(self, future: asyncio.Future[None], due: float) -> None:
        self.future, self.due = future, due  # due: when ageing lets it go first


class FairGate:
    """At most `size` holders at once; the others wait by priority, in arrival order."""

    __slots__ = ("_free", "_waiters", "size")

    def __init__(self, size: int) -> None:
        self.size = size
        self._free = size
        self._waiters: tuple[deque[_Waiter], ...] = tuple(deque() for _ in PRIORITIES)

    @property
    def waiting(self) -> int:
        return sum(len(queue) for queue in self._waiters)

    def try_enter(self) -> bool:
        """Take a slot at once if one is free and nobody is waiting for it (no await)."""
        if self._free > 0 and not any(self._waiters):
            self._free -= 1
            return True
        return False

    async def enter(
        self, timeout: float, priority: str = "normal", max_wait: float | None = None
    ) -> None:
        """Wait for a slot, after every waiter of a higher priority and of this one already
        waiting; past `max_wait` seconds of waiting, ahead of them all. `TimeoutError` after
        `timeout` s."""
        if self.try_enter():
            return
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        waiter = _Waiter(future, loop.time() + (max_wait if max_wait is not None else 1e9))
        waiting = self._waiters[_RANK.get(priority, 1)]
        waiting.append(waiter)
        expiry = loop.call_later(timeout, _expire, future)
        try:
            await future
        except BaseException as exc:
            if future.done() and not future.cancelled() and future.exception() is None:
                self.leave()  # handed a slot as it was cancelled: pass it on
            else:
                with contextlib.suppress(ValueError):
                    waiting.remove(waiter)
            if isinstance(exc, asyncio.CancelledError):
                exc.request_sent = False  # type: ignore[attr-defined]  # nothing was sent
            raise
        finally:
            expiry.cancel()

    def leave(self) -> None:
        """Give a slot back: to the next waiter if there is one."""
        while True:
            waiter = self._next()
            if waiter is None:
                self._free += 1
                return
            if not waiter.future.done():
                waiter.future.set_result(None)
                return

    def _next(self) -> _Waiter | None:
        """The oldest waiter whose wait is over its limit (ageing), else the first waiter of
        the highest priority."""
        queues = [waiting for waiting in self._waiters if waiting]
        if not queues:
            return None
        if len(queues) > 1:
            now = asyncio.get_running_loop().time()
            overdue = [waiting for waiting in queues if waiting[0].due <= now]
            if overdue:
                return min(overdue, key=lambda waiting: waiting[0].due).popleft()
        return queues[0].popleft()


def _expire(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(asyncio.TimeoutError())


async def queue(
    gate: FairGate, budget: float, what: str, request_id: str, priority: str, max_wait: float
) -> float:
    """Wait for a place in the pool after every earlier caller of its priority or a higher
    one (ageing past `max_wait`); what is left of `budget`."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        await gate.enter(budget, priority, max_wait)
    except asyncio.TimeoutError:
        raise PoolTimeoutError(
            f"{what}: no connection free within {budget:.3g} s; all {gate.size} of the pool "
            "stayed busy (client.pool_size; the wait counts toward the call's timeout)",
            request_id=request_id,
        ) from None
    return max(budget - (loop.time() - start), 0.001)
