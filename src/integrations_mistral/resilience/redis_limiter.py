"""The sliding window kept in Redis, so every process and replica of a profile shares one budget.

One Lua script does the whole decision atomically on a sorted set (score: admission time on the
Redis server's clock; member: `<id>:<tokens>`), with the same first-come reservation rule as the
in-process limiter. If Redis fails, the profile either falls back to the in-process window (logged)
or fails closed, as `rate_limit.on_backend_error` says.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from .._secrets import scrub
from ..config.models import RateLimitSettings
from ..errors import RateLimiterUnavailableError
from ..quota import ServerQuota
from ._redis import RETRY_REDIS_AFTER_SECS, RedisConnections, Scripts
from .hooks import LimiterBackendFallback, LimiterWaited, ResilienceHooks
from .limiter import WINDOW_SECS, Permit, SlidingWindowLimiter, refuse_oversized, reject

__all__ = ["RedisWindowLimiter"]

logger = logging.getLogger("integrations_mistral.resilience")

RESERVE = """
local key = KEYS[1]
local window, rpm, tpm = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local cost, max_wait, id = tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[6]
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local room_requests, room_tokens, server_wait = nil, nil, 0
if ARGV[7] == '1' then
  local room = redis.call('HMGET', KEYS[2], 'r', 't')
  room_requests, room_tokens = tonumber(room[1]), tonumber(room[2])
  if (room_requests and room_requests < 1) or (room_tokens and room_tokens < cost) then
    server_wait = math.max(0, redis.call('PTTL', KEYS[2])) / 1000
  end
end
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
local entries = redis.call('ZRANGE', key, 0, -1, 'WITHSCORES')
local count = #entries / 2
local total, tokens = 0, {}
for i = 1, count do
  tokens[i] = tonumber(string.match(entries[2 * i - 1], ':(%d+)$')) or 0
  total = total + tokens[i]
end
local ready = now
if count > 0 then ready = math.max(now, tonumber(entries[2 * count])) end
local index = 0
while (count - index + 1 > rpm) or (total + cost > tpm) do
  index = index + 1
  total = total - tokens[index]
  ready = math.max(ready, tonumber(entries[2 * index]) + window)
end
if server_wait > 0 then ready = math.max(ready, now + server_wait) end
local wait = ready - now
if wait > max_wait then return {0, tostring(wait)} end
redis.call('ZADD', key, ready, id .. ':' .. cost)
if server_wait == 0 then
  if room_requests then redis.call('HINCRBY', KEYS[2], 'r', -1) end
  if room_tokens then redis.call('HINCRBY', KEYS[2], 't', -cost) end
end
redis.call('PEXPIRE', key, math.ceil((wait + window) * 1000) + 1000)
return {1, tostring(wait)}
"""

OBSERVE = """
redis.call('DEL', KEYS[1])
if ARGV[1] ~= '' then redis.call('HSET', KEYS[1], 'r', ARGV[1]) end
if ARGV[2] ~= '' then redis.call('HSET', KEYS[1], 't', ARGV[2]) end
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
"""

SETTLE = """
local score = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not score then return 0 end
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('ZADD', KEYS[1], score, ARGV[2])
return 1
"""


class _RedisPermit:
    __slots__ = ("_id", "_limiter", "_member")

    def __init__(self, limiter: RedisWindowLimiter, entry_id: str, member: str) -> None:
        self._limiter, self._id, self._member = limiter, entry_id, member

    def settle(self, tokens: int) -> None:
        new_member = f"{self._id}:{max(0, tokens)}"
        if new_member != self._member:
            self._limiter._background(self._limiter._settle(self._member, new_member))
            self._member = new_member

    def release(self) -> None:
        self._limiter._background(self._limiter._remove(self._member))


class RedisWindowLimiter:
    """Same contract as `SlidingWindowLimiter`; the window lives at `<prefix>:<profile>:window`."""

    def __init__(
        self,
        settings: RateLimitSettings,
        profile: str,
        hooks: ResilienceHooks | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._settings = settings
        self._hooks = hooks or ResilienceHooks()
        self._sleep = sleep
        self._clock = clock
        self.key = f"{settings.redis_key_prefix}:{profile}:window"
        self.server_key = f"{settings.redis_key_prefix}:{profile}:server"  # rate_limit.adaptive
        self._fallback = SlidingWindowLimiter(settings, self._hooks, clock=clock, sleep=sleep)
        self._redis = RedisConnections(
            str(settings.redis_url),
            settings.redis_timeout_secs,
            settings.redis_pool_size,
            {"reserve": RESERVE, "settle": SETTLE, "observe": OBSERVE},
        )
        self._down_until = 0.0
        self._tasks: set[asyncio.Task[Any]] = set()
        self._observing: asyncio.Task[Any] | None = None  # the last reply's report, being written

    def _client(self) -> Scripts:
        return self._redis.get()

    async def acquire(self, cost: int) -> Permit:
        settings = self._settings
        refuse_oversized(settings, self._hooks, cost)
        if self._clock() < self._down_until:
            return await self._degraded(cost, "Redis marked down", announce=False)
        observing = self._observing
        if observing is not None:  # this process's last report lands before its next call
            self._observing = None
            if not observing.done():
                await asyncio.wait((observing,))
        entry_id = uuid.uuid4().hex
        max_wait = 0.0 if settings.on_limit == "reject" else settings.max_wait_secs
        args = [
            WINDOW_SECS,
            settings.requests_per_minute,
            settings.tokens_per_minute,
            cost,
            max_wait,
            entry_id,
            "1" if settings.adaptive else "0",
        ]
        member = f"{entry_id}:{cost}"
        try:
            granted, wait_text = await asyncio.wait_for(
                self._client().scripts["reserve"](keys=[self.key, self.server_key], args=args),
                settings.redis_timeout_secs,  # waiting for a pooled connection included
            )
        except asyncio.CancelledError:
            self._background(self._remove(member))  # the script may have run: nothing is sent
            raise
        except Exception as exc:  # redis raises many types (connection, timeout, script errors)
            if isinstance(exc, asyncio.TimeoutError):  # the script may have run
                self._background(self._remove(member))
            reason = scrub(f"{type(exc).__name__}: {exc}")  # never a URL password
            return await self._degraded(cost, reason, announce=self._mark_down(reason))
        wait = max(0.0, float(wait_text))
        if not int(granted):
            raise reject(
                self._hooks, wait, f"shared window full for {wait:.2f} s ({settings.on_limit})"
            )
        if wait > 0:
            try:
                await self._sleep(wait)
            except BaseException:
                self._background(self._remove(member))
                raise
            self._hooks.emit(LimiterWaited(wait))
        return _RedisPermit(self, entry_id, member)

    def observe(self, quota: ServerQuota) -> None:
        """`rate_limit.adaptive`: what the server says is left this minute, shared by the fleet
        (the key's quota is the fleet's); until the minute ends no replica is admitted past it."""
        requests, tokens = quota.remaining_requests_minute, quota.remaining_tokens_minute
        if requests is None and tokens is None:
            return
        if self._clock() < self._down_until:
            self._fallback.observe(quota)
            return
        args = ["" if requests is None else requests, "" if tokens is None else tokens]
        args.append(int(WINDOW_SECS * 1000))
        self._observing = self._background(self._observe(args))

    async def _observe(self, args: list[Any]) -> None:
        await asyncio.wait_for(
            self._client().scripts["observe"](keys=[self.server_key], args=args),
            self._settings.redis_timeout_secs,
        )

    def _mark_down(self, reason: str) -> bool:
        """Redis failed: skipped for `RETRY_REDIS_AFTER_SECS`. True (and one warning) only for
        the failure that marked it down, not for every call that was waiting on it meanwhile."""
        now = self._clock()
        if now < self._down_until:
            return False
        self._down_until = now + RETRY_REDIS_AFTER_SECS
        logger.warning(
            "shared rate limiter unavailable (%s); %s for %.0f s",
            reason,
            self._settings.on_backend_error.replace("_", " "),
            RETRY_REDIS_AFTER_SECS,
        )
        return True

    async def _degraded(self, cost: int, reason: str, *, announce: bool) -> Permit:
        """A call while Redis is down: the fallback the profile chose (`LimiterBackendFallback`
        is emitted once per outage, by the call that found it)."""
        action = self._settings.on_backend_error
        if announce:
            self._hooks.emit(LimiterBackendFallback(action, reason))
        if action == "fail_closed":
            raise RateLimiterUnavailableError(
                f"shared rate limiter unavailable ({reason}); failing closed as configured"
            )
        return await self._fallback.acquire(cost)

    async def _settle(self, member: str, new_member: str) -> None:
        await self._client().scripts["settle"](keys=[self.key], args=[member, new_member])

    async def _remove(self, member: str) -> None:
        """Best effort: a reservation that sent nothing leaves the window (Redis may be down)."""
        with contextlib.suppress(Exception):
            await asyncio.wait_for(
                self._client().redis.zrem(self.key, member), self._settings.redis_timeout_secs
            )

    def _background(self, job: Awaitable[Any]) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(job)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            self._mark_down(f"bookkeeping failed: {scrub(str(task.exception()))}")

    async def aclose(self) -> None:
        """Finish bookkeeping (what it starts meanwhile too: nothing is left pending when the
        loop ends) and close this loop's Redis connection."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._redis.aclose()
