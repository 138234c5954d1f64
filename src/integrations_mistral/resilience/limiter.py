"""Sliding-window rate limiter (60 s) over requests and estimated tokens, in process.

Admitted calls are entries `(time, requests, tokens)` in a time-ordered log. A caller that does not
fit reserves the earliest time it will, after everyone already waiting (first come, first served),
and sleeps until then; nobody holds a lock while sleeping. Tokens are charged up front from an
estimate and reconciled with the usage the response reports (`Permit.settle`).

Calls admitted at once within a millisecond share one entry, stamped with the latest of their
times (so each counts a little longer, never shorter, than exact): under load the log holds
at most one entry per millisecond of the window, not one per call.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Protocol

from ..config.models import RateLimitSettings
from ..errors import ClientRateLimitError
from ..quota import ServerQuota
from .hooks import LimiterRejected, LimiterWaited, ResilienceHooks

__all__ = ["WINDOW_SECS", "Permit", "SlidingWindowLimiter", "refuse_oversized", "reject"]

WINDOW_SECS = 60.0


class Permit(Protocol):
    def settle(self, tokens: int) -> None:
        """Replace the up-front token estimate by the tokens actually used (0 if nothing was used)."""

    def release(self) -> None:
        """Nothing was sent (cancelled or failed before the request left): give back the
        request and its tokens."""


_SHARED_SECS = 0.001  # calls admitted this close together share an entry


class _Entry:
    __slots__ = ("at", "live", "requests", "shared", "tokens")

    def __init__(self, at: float, tokens: int, shared: bool) -> None:
        self.at, self.tokens, self.live, self.requests = at, tokens, True, 1
        self.shared = shared  # admitted at once (a reservation for a waiter is never shared)


class _ServerRoom:
    """What the server last said is left in its current minute, counted down as calls go."""

    __slots__ = ("requests", "tokens", "until")

    def __init__(self, until: float, requests: int | None, tokens: int | None) -> None:
        self.until, self.requests, self.tokens = until, requests, tokens

    def take(self, cost: int) -> None:
        if self.requests is not None:
            self.requests -= 1
        if self.tokens is not None:
            self.tokens -= cost


class _MemoryPermit:
    __slots__ = ("_charged", "_entry", "_limiter")

    def __init__(self, limiter: SlidingWindowLimiter, entry: _Entry, charged: int) -> None:
        self._limiter, self._entry, self._charged = limiter, entry, charged

    def settle(self, tokens: int) -> None:
        limiter, entry = self._limiter, self._entry
        lock = limiter._lock
        lock.acquire()
        try:
            if entry.live:
                change = tokens - self._charged
                limiter._tokens += change
                entry.tokens += change
        finally:
            lock.release()
        self._charged = tokens

    def release(self) -> None:
        self._limiter._release(self._entry, self._charged)
        self._charged = 0


def reject(hooks: ResilienceHooks, wait: float, reason: str) -> ClientRateLimitError:
    """The local refusal: typed, with the wait that would have been needed."""
    hooks.emit(LimiterRejected(wait, reason))
    return ClientRateLimitError(f"client-side rate limit: {reason}", retry_after=wait)


def refuse_oversized(settings: RateLimitSettings, hooks: ResilienceHooks, cost: int) -> None:
    """A call costing more than the whole token budget can never fit: refuse it at once."""
    if cost > settings.tokens_per_minute:
        raise reject(
            hooks,
            float("inf"),
            f"request needs {cost} tokens, more than tokens_per_minute = {settings.tokens_per_minute}",
        )


class SlidingWindowLimiter:
    """`requests_per_minute` and `tokens_per_minute` over any 60 s window, shared by a profile."""

    def __init__(
        self,
        settings: RateLimitSettings,
        hooks: ResilienceHooks | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._settings = settings
        self._requests_per_minute = settings.requests_per_minute  # read on every call
        self._tokens_per_minute = settings.tokens_per_minute
        self._hooks = hooks or ResilienceHooks()
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._log: deque[_Entry] = deque()
        self._requests = 0
        self._tokens = 0
        self._server: _ServerRoom | None = None  # rate_limit.adaptive: what the server has left

    @property
    def usage(self) -> tuple[int, int]:
        """Requests and tokens in the current window (reservations included)."""
        with self._lock:
            self._evict(self._clock())
            return self._requests, self._tokens

    async def acquire(self, cost: int) -> Permit:
        """Take one request and `cost` tokens; wait for room or raise `ClientRateLimitError`."""
        settings, tokens_per_minute = self._settings, self._tokens_per_minute
        if cost > tokens_per_minute:
            refuse_oversized(settings, self._hooks, cost)
        lock = self._lock
        lock.acquire()  # not `with`: a third of the cost, on every call
        try:
            now = self._clock()
            log = self._log
            if log and log[0].at <= now - WINDOW_SECS:
                self._evict(now)
            if (
                self._server is None
                and self._requests < self._requests_per_minute
                and self._tokens + cost <= tokens_per_minute
            ):  # room in the window (nearly always): wait only behind a waiter's reservation
                wait = log[-1].at - now if log else 0.0
            else:
                wait = self._wait_for(now, cost)
            if wait > 0 and (settings.on_limit == "reject" or wait > settings.max_wait_secs):
                entry = None
            else:
                last = log[-1] if log else None
                if wait <= 0 and last is not None and last.shared and now - last.at < _SHARED_SECS:
                    entry = last
                    entry.at = now  # later, never earlier: the share counts at its latest call
                    entry.requests += 1
                    entry.tokens += cost
                else:
                    entry = _Entry(now + max(wait, 0.0), cost, wait <= 0)
                    log.append(entry)
                self._requests += 1
                self._tokens += cost
                room = self._server
                if room is not None:  # what is admitted comes out of the server's room
                    room.take(cost)
        finally:
            lock.release()
        if entry is None:
            raise reject(self._hooks, wait, f"window full for {wait:.2f} s ({settings.on_limit})")
        if wait > 0:
            try:
                await self._sleep(wait)
            except BaseException:
                self._remove(entry)
                raise
            self._hooks.emit(LimiterWaited(wait))
        return _MemoryPermit(self, entry, cost)

    def observe(self, quota: ServerQuota) -> None:
        """`rate_limit.adaptive`: the server's word on what is left this minute; until that
        minute ends, no more than that is admitted (the smaller budget wins)."""
        requests, tokens = quota.remaining_requests_minute, quota.remaining_tokens_minute
        if requests is None and tokens is None:
            return
        with self._lock:
            self._server = _ServerRoom(self._clock() + WINDOW_SECS, requests, tokens)

    def _server_wait(self, now: float, cost: int) -> float:
        """Seconds until the server's reported room admits one more call of `cost` tokens."""
        room = self._server
        if room is None:
            return 0.0
        if now >= room.until:
            self._server = None
            return 0.0
        full = (room.requests is not None and room.requests < 1) or (
            room.tokens is not None and room.tokens < cost
        )
        return room.until - now if full else 0.0

    def _wait_for(self, now: float, cost: int) -> float:
        """Seconds until one more request of `cost` tokens fits, after every earlier reservation
        (and, with `adaptive`, within what the server said it has left)."""
        if self._server is not None:
            server = self._server_wait(now, cost)
            if server > 0:
                return max(server, self._window_wait(now, cost))
        return self._window_wait(now, cost)

    def _window_wait(self, now: float, cost: int) -> float:
        log, settings = self._log, self._settings
        ready = max(now, log[-1].at) if log else now
        requests, tokens, index = self._requests, self._tokens, 0
        while (
            requests + 1 > settings.requests_per_minute
            or tokens + cost > settings.tokens_per_minute
        ):
            entry = log[index]
            requests -= entry.requests
            tokens -= entry.tokens
            index += 1
            ready = max(ready, entry.at + WINDOW_SECS)
        return ready - now

    def _evict(self, now: float) -> None:
        log, horizon = self._log, now - WINDOW_SECS
        while log and log[0].at <= horizon:
            entry = log.popleft()
            entry.live = False
            self._requests -= entry.requests
            self._tokens -= entry.tokens

    def _release(self, entry: _Entry, tokens: int) -> None:
        """One call of `entry` sent nothing: its request and tokens leave the window (the entry
        with them once no call is left in it)."""
        with self._lock:
            if not entry.live:
                return
            entry.requests -= 1
            entry.tokens -= tokens
            self._requests -= 1
            self._tokens -= tokens
            if entry.requests <= 0:
                entry.live = False
                self._log.remove(entry)

    def _remove(self, entry: _Entry) -> None:
        """A waiter gave up: its reservation (an entry of its own) is dropped."""
        with self._lock:
            if entry.live:
                entry.live = False
                self._log.remove(entry)
                self._requests -= entry.requests
                self._tokens -= entry.tokens
