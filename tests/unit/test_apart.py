"""`apart`: one exchange in a task of its own, its deadline, and what cancelling the caller does."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from integrations_mistral.transport._apart import apart


async def test_returns_the_result_and_raises_the_error() -> None:
    async def answer() -> int:
        await asyncio.sleep(0)
        return 42

    async def fail() -> int:
        await asyncio.sleep(0)
        raise ValueError("bad")

    assert await apart(answer()) == 42
    with pytest.raises(ValueError, match="bad"):
        await apart(fail())


async def test_deadline_cancels_the_work_and_raises_timeout() -> None:
    cancelled = asyncio.Event()

    async def stall() -> None:
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            cancelled.set()
            raise

    loop = asyncio.get_running_loop()
    start = loop.time()
    with pytest.raises(asyncio.TimeoutError):
        await apart(stall(), 0.05)
    assert loop.time() - start < 5
    assert cancelled.is_set()
    assert asyncio.current_task() is not None and not asyncio.current_task().cancelling()  # type: ignore[union-attr]


async def test_cancelling_the_caller_cancels_the_work_not_a_timeout() -> None:
    started, cancelled = asyncio.Event(), asyncio.Event()

    async def stall() -> None:
        started.set()
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            cancelled.set()
            raise

    caller = asyncio.ensure_future(apart(stall(), 10))
    await started.wait()
    caller.cancel()
    with pytest.raises(asyncio.CancelledError):
        await caller
    assert cancelled.is_set()
    assert caller.cancelled()  # a CancelledError, not turned into a TimeoutError


async def _cancel_as_it_finishes(work: Any, dropped: Any = None) -> asyncio.Task[Any]:
    """The work finishes, then its caller is cancelled before it resumes."""
    caller = asyncio.ensure_future(apart(work, None, dropped))
    await asyncio.sleep(0)  # the caller starts the work's task
    await asyncio.sleep(0)  # the work runs to its end; the caller is due to resume
    caller.cancel()
    with pytest.raises(asyncio.CancelledError):
        await caller
    return caller


async def test_a_result_the_cancelled_caller_cannot_take_is_handed_over() -> None:
    dropped: list[str] = []

    async def respond() -> str:
        return "response"

    await _cancel_as_it_finishes(respond(), dropped.append)
    assert dropped == ["response"]


async def test_work_that_cancels_itself_is_not_a_timeout() -> None:
    async def give_up() -> None:
        task = asyncio.current_task()
        assert task is not None
        task.cancel()
        await asyncio.sleep(0)

    with pytest.raises(asyncio.CancelledError):
        await apart(give_up(), 30)
