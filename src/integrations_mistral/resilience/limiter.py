"""Sliding-window rate limiter (60 s) over requests and estimated tokens, in process.

Admitted calls are entries `(time, requests, tokens)` in a time-ordered log. A caller that does not
fit reserves the earliest time it will, after everyone already waiting of its priority or a higher
one, and sleeps until then; nobody holds a lock while sleeping. A higher-priority caller is planned
ahead of lower ones still waiting (their reservations move later), but never pushes one past the
later of its first planned time and `routing.max_wait_secs` after it arrived (ageing): low never
starves. Tokens are charged up front from an estimate and reconciled with the usage the response
reports (`Permit.settle`).

Calls admitted at once within a millisecond share one entry, stamped with the latest of their
times (so each counts a little longer, never shorter, than exact): under load the log holds
at most one entry per millisecond of the window, not one per call.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from ..config.models import RateLimitSettings
from ..errors import ClientRateLimitError
from ..quota import ServerQuota
from .hooks import LimiterRejected, LimiterWaited, ResilienceHooks

__all__ = ["RANKS", "WINDOW_SECS", "Permit", "SlidingWindowLimiter", "refuse_oversized", "reject"]

WINDOW_SECS = 60.0
RANKS = {"high": 0, "normal": 1, "low": 2}  # a lower rank goes first


class Permit(Protocol):
    def settle(self, tokens: int) -> None:
        """Replace the up-front token estimate by the tokens actually used (0 if nothing was used)."""

    def release(self) -> None:
        """Nothing was sent (cancelled or failed before the request left): give back the
        request and its tokens."""

    def ended(self, stream: Any) -> None:
        """The stream it admitted ended (`stream.cost`: what it cost, None: unknown). Nothing
        for the limiter's own permits; a budget's settles its spend."""


_SHARED_SECS = 0.001  # calls admitted this close together share an entry


class _Entry:
    __slots__ = ("at", "bound", "live", "rank", "requests", "shared", "tokens")

    def __init__(
        self, at: float, tokens: int, shared: bool, rank: int = 1, bound: float = 0.0
    ) -> None:
        self.at, self.tokens, self.live, self.requests = at, tokens, True, 1
        self.shared = shared  # admitted at once (a reservation for a waiter is never shared)
        self.rank, self.bound = rank, bound  # a waiter's priority; how late it may be pushed


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

    def ended(self, stream: Any) -> None:
        return None


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
        priority: str = "normal",
        ageing_secs: float = 30.0,
    ) -> None:
        self._settings = settings
        self._priority = priority  # routing.priority: a call's when it gives none
        self._ageing = min(ageing_secs, settings.max_wait_secs)  # routing.max_wait_secs
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

    async def acquire(self, cost: int, priority: str | None = None) -> Permit:
        """Take one request and `cost` tokens; wait for room (ahead of lower `priority` callers
        waiting) or raise `ClientRateLimitError`."""
        settings, tokens_per_minute = self._settings, self._tokens_per_minute
        if cost > tokens_per_minute:
            refuse_oversized(settings, self._hooks, cost)
        lock = self._lock
        entry: _Entry | None
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
                and (not log or log[-1].at <= now)
            ):  # room in the window and nobody waiting (nearly always): in at once
                last = log[-1] if log else None
                if last is not None and last.shared and now - last.at < _SHARED_SECS:
                    entry = last
                    entry.at = now  # later, never earlier: the share counts at its latest call
                    entry.requests += 1
                    entry.tokens += cost
                else:
                    entry = _Entry(now, cost, True)
                    log.append(entry)
                self._requests += 1
                self._tokens += cost
                wait = 0.0
            else:
                entry, wait = self._reserve(now, cost, RANKS.get(priority or self._priority, 1))
        finally:
            lock.release()
        if entry is None:
            raise reject(self._hooks, wait, f"window full for {wait:.2f} s ({settings.on_limit})")
        if wait > 0:
            try:
                wait = await self._wait(entry, wait)
            except BaseException:
                self._remove(entry)
                raise
            self._hooks.emit(LimiterWaited(wait))
        return _MemoryPermit(self, entry, cost)

    def _reserve(self, now: float, cost: int, rank: int) -> tuple[_Entry | None, float]:
        """Under the lock: the entry of a call that must wait (or fits behind the server's room),
        planned by priority; None if the wait is refused (`on_limit`, `max_wait_secs`)."""
        settings, log = self._settings, self._log
        at, place, moves = self._plan(now, cost, rank)
        wait = at - now
        if wait > 0 and (settings.on_limit == "reject" or wait > settings.max_wait_secs):
            return None, wait
        entry = _Entry(at, cost, False, rank, max(at, now + self._ageing))
        log.insert(place, entry)
        for moved, later in moves:  # the lower priorities it passed wait longer
            moved.at = later
        self._requests += 1
        self._tokens += cost
        room = self._server
        if room is not None:  # what is admitted comes out of the server's room
            room.take(cost)
        return entry, wait

    async def _wait(self, entry: _Entry, wait: float) -> float:
        """Sleep until the entry's time, and on if higher priorities moved it later meanwhile;
        the whole wait."""
        until = entry.at
        await self._sleep(wait)
        while entry.at > until:
            wait += entry.at - until
            slept, until = entry.at - until, entry.at
            await self._sleep(slept)
        return wait

    def _plan(
        self, now: float, cost: int, rank: int
    ) -> tuple[float, int, list[tuple[_Entry, float]]]:
        """When a call of `cost` arriving now at `rank` is admitted, its place in the log (after
        every waiter it may not pass), and the waiters it passes with their later times. A
        waiter that would be pushed past its `bound` is not passed."""
        log = self._log
        first = len(log)
        while first and log[first - 1].at > now:  # the waiters' reservations, at the end
            first -= 1
        place = first
        for index in range(first, len(log)):
            if log[index].rank <= rank:  # a higher or equal priority: stays ahead
                place = index + 1
        floor = now + self._server_wait(now, cost) if self._server is not None else now
        while True:
            at, moves, stuck = self._replay(now, place, cost, floor)
            if stuck < 0:
                return at, place, moves
            place = stuck + 1

    def _replay(
        self, now: float, place: int, cost: int, floor: float
    ) -> tuple[float, list[tuple[_Entry, float]], int]:
        """The log replayed with the new call inserted at `place`: its time, the moved waiters,
        and -1 (or the index of the first waiter it would push past its bound)."""
        log, settings = self._log, self._settings
        rpm, tpm = settings.requests_per_minute, settings.tokens_per_minute
        requests, tokens = self._requests, self._tokens
        for index in range(place, len(log)):
            requests -= log[index].requests
            tokens -= log[index].tokens
        timeline = [(e.at, e.requests, e.tokens) for e in itertools.islice(log, place)]
        ready = timeline[-1][0] if timeline else now
        oldest, at = 0, now
        moves: list[tuple[_Entry, float]] = []
        later = itertools.islice(log, place, None)
        for step, entry in enumerate(itertools.chain((None,), later)):
            need, cost_of = (1, cost) if entry is None else (entry.requests, entry.tokens)
            ready = max(ready, floor if entry is None else entry.at)
            while oldest < len(timeline) and (requests + need > rpm or tokens + cost_of > tpm):
                left, gone, spent = timeline[oldest]
                oldest += 1
                requests -= gone
                tokens -= spent
                ready = max(ready, left + WINDOW_SECS)
            if entry is None:
                at = ready
            elif ready > entry.at:
                if ready > entry.bound:
                    return at, moves, place + step - 1
                moves.append((entry, ready))
            timeline.append((ready, need, cost_of))
            requests += need
            tokens += cost_of
        return at, moves, -1

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
