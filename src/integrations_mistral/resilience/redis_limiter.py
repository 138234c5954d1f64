"""The sliding window kept in Redis, so every process and replica of a profile shares one budget.

One Lua script does the whole decision atomically on a sorted set (score: admission time on the
Redis server's clock; member: `<id>:<rank>:<tokens>`), with the same reservation rule as the
in-process limiter: by priority, first come first served within one, with ageing. If Redis fails, the profile either falls back to the in-process window (logged)
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

from .._redis import RETRY_REDIS_AFTER_SECS, RedisConnections, Scripts
from .._secrets import scrub
from ..config.models import RateLimitSettings
from ..errors import RateLimiterUnavailableError
from ..quota import ServerQuota
from .hooks import LimiterBackendFallback, LimiterWaited, ResilienceHooks
from .limiter import RANKS, WINDOW_SECS, Permit, SlidingWindowLimiter, refuse_oversized, reject

__all__ = ["RedisWindowLimiter"]

logger = logging.getLogger("integrations_mistral.resilience")

# KEYS: the window, the server's room, the waiters' bounds. ARGV: window, rpm, tpm, cost,
# max wait, member, adaptive, rank, ageing. The newcomer is planned after every waiter of its rank
# or a higher one; the lower ones it passes move later, never past their bound (ageing).
RESERVE = """
local key, bounds = KEYS[1], KEYS[3]
local window, rpm, tpm = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local cost, max_wait, member = tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[6]
local rank, ageing = tonumber(ARGV[8]), tonumber(ARGV[9])
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
redis.call('ZREMRANGEBYSCORE', bounds, '-inf', now)
local entries = redis.call('ZRANGE', key, 0, -1, 'WITHSCORES')
local count = #entries / 2
local names, at, tok = {}, {}, {}
for i = 1, count do
  names[i], at[i] = entries[2 * i - 1], tonumber(entries[2 * i])
  tok[i] = tonumber(string.match(names[i], ':(%d+)$')) or 0
end
local first = count + 1
while first > 1 and at[first - 1] > now do first = first - 1 end
local place = first
for i = first, count do
  if (tonumber(string.match(names[i], '^[^:]*:(%d):')) or 0) <= rank then place = i + 1 end
end
local function replay(place)
  local tat, ttok, total = {}, {}, 0
  for i = 1, place - 1 do tat[i], ttok[i], total = at[i], tok[i], total + tok[i] end
  local n, oldest, requests, ready, mine, moves = place - 1, 0, place - 1, now, now, {}
  if n > 0 then ready = math.max(now, tat[n]) end
  for step = 0, count - place + 1 do
    local i, c = place + step - 1, cost
    if step == 0 then ready = math.max(ready, now + server_wait)
    else c = tok[i]; ready = math.max(ready, at[i]) end
    while oldest < n and ((requests + 1 > rpm) or (total + c > tpm)) do
      oldest = oldest + 1
      requests, total = requests - 1, total - ttok[oldest]
      ready = math.max(ready, tat[oldest] + window)
    end
    if step == 0 then mine = ready
    elseif ready > at[i] then
      if ready > (tonumber(redis.call('ZSCORE', bounds, names[i])) or at[i]) then
        return mine, moves, i
      end
      moves[#moves + 1] = {i, ready}
    end
    n = n + 1
    tat[n], ttok[n], requests, total = ready, c, requests + 1, total + c
  end
  return mine, moves, 0
end
local mine, moves, stuck = replay(place)
while stuck > 0 do mine, moves, stuck = replay(stuck + 1) end
local wait = mine - now
if wait > max_wait then return {0, tostring(wait)} end
redis.call('ZADD', key, mine, member)
local latest = math.max(mine, count > 0 and at[count] or now)
for _, move in ipairs(moves) do
  redis.call('ZADD', key, 'XX', move[2], names[move[1]])
  latest = math.max(latest, move[2])
end
if wait > 0 then
  redis.call('ZADD', bounds, math.max(mine, now + ageing), member)
  redis.call('PEXPIRE', bounds, math.ceil((latest - now) * 1000) + 1000)
end
if server_wait == 0 then
  if room_requests then redis.call('HINCRBY', KEYS[2], 'r', -1) end
  if room_tokens then redis.call('HINCRBY', KEYS[2], 't', -cost) end
end
redis.call('PEXPIRE', key, math.ceil((latest - now + window) * 1000) + 1000)
return {1, tostring(wait)}
"""

# KEYS: the window. ARGV: a waiter's member. Seconds until its (maybe moved) time; -1: gone.
LEFT = """
local score = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not score then return '-1' end
local clock = redis.call('TIME')
return tostring(tonumber(score) - tonumber(clock[1]) - tonumber(clock[2]) / 1000000)
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

    def ended(self, stream: Any) -> None:
        return None


class RedisWindowLimiter:
    """Same contract as `SlidingWindowLimiter`; the window lives at `<prefix>:<profile>:window`."""

    def __init__(
        self,
        settings: RateLimitSettings,
        profile: str,
        hooks: ResilienceHooks | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
        priority: str = "normal",
        ageing_secs: float = 30.0,
    ) -> None:
        self._settings = settings
        self._priority = priority  # routing.priority: a call's when it gives none
        self._ageing = min(ageing_secs, settings.max_wait_secs)  # routing.max_wait_secs
        self._hooks = hooks or ResilienceHooks()
        self._sleep = sleep
        self._clock = clock
        self.key = f"{settings.redis_key_prefix}:{profile}:window"
        self.server_key = f"{settings.redis_key_prefix}:{profile}:server"  # rate_limit.adaptive
        self.bounds_key = f"{self.key}:bounds"  # how late each waiter may be pushed
        self._keys = [self.key, self.server_key, self.bounds_key]
        self._fallback = SlidingWindowLimiter(
            settings, self._hooks, clock, sleep, priority, ageing_secs
        )
        self._redis = RedisConnections(
            str(settings.redis_url),
            settings.redis_timeout_secs,
            settings.redis_pool_size,
            {"reserve": RESERVE, "settle": SETTLE, "observe": OBSERVE, "left": LEFT},
        )
        self._down_until = 0.0
        self._tasks: set[asyncio.Task[Any]] = set()
        self._observing: asyncio.Task[Any] | None = None  # the last reply's report, being written

    def _client(self) -> Scripts:
        return self._redis.get()

    async def acquire(self, cost: int, priority: str | None = None) -> Permit:
        settings = self._settings
        refuse_oversized(settings, self._hooks, cost)
        if self._clock() < self._down_until:
            return await self._degraded(cost, priority, "Redis marked down", announce=False)
        observing = self._observing
        if observing is not None:  # this process's last report lands before its next call
            self._observing = None
            if not observing.done():
                await asyncio.wait((observing,))
        rank = RANKS.get(priority or self._priority, 1)
        entry_id = f"{uuid.uuid4().hex}:{rank}"
        member = f"{entry_id}:{cost}"
        max_wait = 0.0 if settings.on_limit == "reject" else settings.max_wait_secs
        args = [
            WINDOW_SECS,
            settings.requests_per_minute,
            settings.tokens_per_minute,
            cost,
            max_wait,
            member,
            "1" if settings.adaptive else "0",
            rank,
            self._ageing,
        ]
        try:
            granted, wait_text = await asyncio.wait_for(
                self._client().scripts["reserve"](keys=self._keys, args=args),
                settings.redis_timeout_secs,  # waiting for a pooled connection included
            )
        except asyncio.CancelledError:
            self._background(self._remove(member))  # the script may have run: nothing is sent
            raise
        except Exception as exc:  # redis raises many types (connection, timeout, script errors)
            if isinstance(exc, asyncio.TimeoutError):  # the script may have run
                self._background(self._remove(member))
            reason = scrub(f"{type(exc).__name__}: {exc}")  # never a URL password
            return await self._degraded(cost, priority, reason, announce=self._mark_down(reason))
        wait = max(0.0, float(wait_text))
        if not int(granted):
            raise reject(
                self._hooks, wait, f"shared window full for {wait:.2f} s ({settings.on_limit})"
            )
        if wait > 0:
            try:
                wait = await self._wait(member, wait, rank)
            except BaseException:
                self._background(self._remove(member))
                raise
            self._hooks.emit(LimiterWaited(wait))
        return _RedisPermit(self, entry_id, member)

    async def _wait(self, member: str, wait: float, rank: int) -> float:
        """Sleep until the reserved time, and on if higher priorities (of any replica) moved it
        later meanwhile (nobody passes `high`); the whole wait."""
        await self._sleep(wait)
        while rank > 0:
            try:
                left = float(
                    await asyncio.wait_for(
                        self._client().scripts["left"](keys=[self.key], args=[member]),
                        self._settings.redis_timeout_secs,
                    )
                )
            except Exception:  # Redis failed: the reservation stands as it was
                return wait
            if left <= 0:
                return wait
            wait += left
            await self._sleep(left)
        return wait

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

    async def _degraded(
        self, cost: int, priority: str | None, reason: str, *, announce: bool
    ) -> Permit:
        """A call while Redis is down: the fallback the profile chose (`LimiterBackendFallback`
        is emitted once per outage, by the call that found it)."""
        action = self._settings.on_backend_error
        if announce:
            self._hooks.emit(LimiterBackendFallback(action, reason))
        if action == "fail_closed":
            raise RateLimiterUnavailableError(
                f"shared rate limiter unavailable ({reason}); failing closed as configured"
            )
        return await self._fallback.acquire(cost, priority)

    async def _settle(self, member: str, new_member: str) -> None:
        await self._client().scripts["settle"](keys=[self.key], args=[member, new_member])

    async def _remove(self, member: str) -> None:
        """Best effort: a reservation that sent nothing leaves the window (Redis may be down)."""
        with contextlib.suppress(Exception):
            redis = self._client().redis
            await asyncio.wait_for(
                asyncio.gather(redis.zrem(self.key, member), redis.zrem(self.bounds_key, member)),
                self._settings.redis_timeout_secs,
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
