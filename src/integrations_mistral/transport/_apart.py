"""A stream's request runs in a task of its own, under its first-byte deadline.

Measured (benchmarks/RESULTS.md, third pass): a stream opened in a task of its own took 25-30 us
less CPU than one opened in the caller's task (four A/B runs, with the garbage collector on and
off), although it runs more instructions; this costs a task and a timer, not `asyncio.wait_for`'s
extra future, callbacks and wrapper (53,000 fewer instructions per 20-chunk stream). Plain
requests gain nothing from it (42,000 more instructions per call), so they do not use it.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

__all__ = ["apart"]

T = TypeVar("T")

if sys.version_info >= (3, 11):

    def _asked_to_cancel(task: asyncio.Task[Any]) -> bool:
        """The caller itself is being cancelled (not only the work it waits for)."""
        return task.cancelling() > 0

else:  # pragma: no cover - a deadline is asyncio.wait_for's there

    def _asked_to_cancel(task: asyncio.Task[Any]) -> bool:
        return False


async def apart(
    coro: Coroutine[Any, Any, T],
    timeout: float | None = None,
    dropped: Callable[[T], None] | None = None,
) -> T:
    """Await `coro` run as a task; past `timeout` seconds it is cancelled and `TimeoutError`
    raised. Cancelling the caller cancels the task; a result the caller can no longer take
    is handed to `dropped` (a response to close).

    The task's error reaches the caller thrown into its coroutines: one that awaits this inside an
    `except` block chains it to the error it handles (see `Resilience.execute`)."""
    if timeout is not None and sys.version_info < (3, 11):  # pragma: no cover - no cancelling()
        return await asyncio.wait_for(coro, timeout)
    loop = asyncio.get_running_loop()
    task = loop.create_task(coro)
    handle = loop.call_later(timeout, task.cancel) if timeout is not None else None
    try:
        return await task
    except asyncio.CancelledError:
        if task.cancelled():
            caller = asyncio.current_task()
            timed_out = handle is not None and loop.time() >= handle.when()
            if timed_out and caller is not None and not _asked_to_cancel(caller):
                raise asyncio.TimeoutError from None
        elif dropped is not None and task.done() and task.exception() is None:
            dropped(task.result())  # it finished as the caller was cancelled
        raise
    finally:
        if handle is not None:
            handle.cancel()
