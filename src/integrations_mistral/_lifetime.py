"""A client's lifetime: which calls are in flight, and what `close()` does to them.

`close()` stops admitting calls, lets those in flight finish for up to `client.close_grace_secs`,
then cuts the rest: their tasks are cancelled and the cancellation surfaces as
`ClientClosedError` (never a bare `CancelledError`, never a retry), and open streams are cut: their
readers get `StreamInterruptedError` with what arrived, never a normal end.
"""

from __future__ import annotations

import asyncio
import contextlib
import weakref
from typing import Protocol

from .errors import ClientClosedError

__all__ = ["Admission", "Lifetime"]

_CUT_SETTLE_SECS = 1.0


class _Closable(Protocol):
    async def cut(self) -> None:
        """Close because the client closed: the stream's reader gets an error, not an end."""


class Lifetime:
    """Shared by a client and the clients derived from it with `with_options`."""

    __slots__ = ("_cut", "_drained", "_streams", "_tasks", "closed")

    def __init__(self) -> None:
        self.closed = False
        self._tasks: dict[asyncio.Task[object], int] = {}
        # open streams by id, held weakly: a stream leaves at its end, a dropped one from its
        # finalizer (plain refs, no callback: weakref.WeakSet costs four Python calls a stream)
        self._streams: dict[int, weakref.ref[_Closable]] = {}
        self._cut: set[asyncio.Task[object]] = set()
        self._drained: asyncio.Event | None = None

    def enter(self) -> asyncio.Task[object] | None:
        """Admit a call from the current task, or raise `ClientClosedError`."""
        if self.closed:
            raise ClientClosedError("the client is closed")
        task = asyncio.current_task()
        if task is not None:
            self._tasks[task] = self._tasks.get(task, 0) + 1
        return task

    def leave(self, task: asyncio.Task[object] | None) -> None:
        if task is None:
            return
        left = self._tasks.get(task, 1) - 1
        if left:
            self._tasks[task] = left
        else:
            self._tasks.pop(task, None)
            if self._drained is not None:  # closing: the last call out says so
                self._check_drained()

    def cut_off(self, task: asyncio.Task[object] | None) -> ClientClosedError | None:
        """The error a call cancelled by `close()` raises instead (None: some other cancel)."""
        if task is None or task not in self._cut:
            return None
        self._cut.discard(task)
        uncancel = getattr(task, "uncancel", None)  # Python 3.11+: the cancel was ours
        if uncancel is not None:
            uncancel()
        return ClientClosedError("the client was closed while this call was in flight")

    def admit(self) -> Admission:
        """`with lifetime.admit():` around one call (raises `ClientClosedError` once closed)."""
        return Admission(self, self.enter())

    def add_stream(self, stream: _Closable) -> None:
        self._streams[id(stream)] = weakref.ref(stream)

    def discard_stream(self, stream: _Closable) -> None:
        self._streams.pop(id(stream), None)
        if self._drained is not None:  # closing: the last stream out says so
            self._check_drained()

    def _open_streams(self) -> list[_Closable]:
        """The streams still open (a ref whose stream is gone without leaving is dropped)."""
        alive = []
        for key, ref in list(self._streams.items()):
            stream = ref()
            if stream is None:
                self._streams.pop(key, None)
            else:
                alive.append(stream)
        return alive

    @property
    def in_flight(self) -> int:
        return len(self._tasks) + len(self._open_streams())

    def _check_drained(self) -> None:
        if self._drained is not None and not self._tasks and not self._open_streams():
            self._drained.set()

    async def close(self, grace: float) -> None:
        """Refuse new calls, wait up to `grace` seconds for those in flight, then cut them."""
        self.closed = True
        if not self.in_flight:
            return
        self._drained = asyncio.Event()
        self._check_drained()
        await self._wait(grace)
        current = asyncio.current_task()
        for task in list(self._tasks):
            if task is not current and not task.done():
                self._cut.add(task)
                task.cancel()
        for stream in self._open_streams():
            await stream.cut()
        await self._wait(_CUT_SETTLE_SECS)  # the cut calls unwind and raise

    async def _wait(self, seconds: float) -> None:
        if self._drained is not None and not self._drained.is_set():
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._drained.wait(), seconds)


class Admission:
    """One admitted call; leaving it turns a cancel by `close()` into `ClientClosedError`."""

    __slots__ = ("lifetime", "task")

    def __init__(self, lifetime: Lifetime, task: asyncio.Task[object] | None) -> None:
        self.lifetime, self.task = lifetime, task

    def __enter__(self) -> Admission:
        return self

    def __exit__(self, kind: object, error: BaseException | None, traceback: object) -> None:
        self.lifetime.leave(self.task)
        if isinstance(error, asyncio.CancelledError):
            closed = self.lifetime.cut_off(self.task)
            if closed is not None:
                raise closed from None
