"""What deployment routing learns, shared by every replica through Redis (with
`rate_limit.backend = "redis"`): the calls in flight on each deployment and the moving average of
its latency, read and updated in one Lua step per decision.

Calls in flight are a sorted set per deployment of call ids scored by when they expire, so a
replica that dies mid-call leaves nothing counted for longer than a call may last. Redis down:
the router uses what this process knows for a while (`RETRY_REDIS_AFTER_SECS`), and never waits
on Redis longer than `rate_limit.redis_timeout_secs`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from typing import Any

from .._redis import RETRY_REDIS_AFTER_SECS, RedisConnections
from ..config.resilience import RateLimitSettings

__all__ = ["SharedRoutingState"]

# KEYS: one in-flight set per candidate, the latency hash, then (usage_based) each candidate's
# limiter window and the share of room its server last reported. ARGV: now, expiry, call id,
# strategy, candidates, then one name per candidate, then (usage_based) each one's requests per
# minute. Returns the chosen index (1-based) and the counts in flight.
PICK = """
local now, expiry, id, strategy = tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3], ARGV[4]
local n = tonumber(ARGV[5])
local best, best_value = 1, nil
local counts = {}
local clock = redis.call('TIME')
local server_now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
for i = 1, n do
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now)
  local value = redis.call('ZCARD', KEYS[i])
  counts[i] = value
  if strategy == 'lowest_latency' then
    local latency = redis.call('HGET', KEYS[n + 1], ARGV[5 + i])
    value = latency and tonumber(latency) or -1
  elseif strategy == 'usage_based' then
    local budget = tonumber(ARGV[5 + n + i])
    local used = redis.call('ZCOUNT', KEYS[n + 1 + i], server_now - 60, '+inf')
    local reported = tonumber(redis.call('GET', KEYS[2 * n + 1 + i]) or '')
    local share = budget > 0 and used / budget or 0
    if reported then share = math.max(share, 1 - reported) end
    value = share + value / 1000000
  end
  if strategy ~= 'none' and (best_value == nil or value < best_value) then
    best, best_value = i, value
  end
end
redis.call('ZADD', KEYS[best], expiry, id)
redis.call('PEXPIRE', KEYS[best], math.ceil((expiry - now) * 1000) + 1000)
return {best, unpack(counts)}
"""

# KEYS: the in-flight set, the latency hash, the reported room. ARGV: call id, name, latency
# sample (or ''), weight, the share of room the reply's headers reported (or ''), for a minute.
DONE = """
redis.call('ZREM', KEYS[1], ARGV[1])
if ARGV[5] ~= '' then redis.call('SET', KEYS[3], ARGV[5], 'PX', 60000) end
if ARGV[3] ~= '' then
  local sample, weight = tonumber(ARGV[3]), tonumber(ARGV[4])
  local old = redis.call('HGET', KEYS[2], ARGV[2])
  local new = old and ((1 - weight) * tonumber(old) + weight * sample) or sample
  redis.call('HSET', KEYS[2], ARGV[2], tostring(new))
  redis.call('EXPIRE', KEYS[2], 86400)
end
return 1
"""


class SharedRoutingState:
    """One profile's routing state in Redis, under `<prefix>:<profile>:routing:*`."""

    def __init__(self, settings: RateLimitSettings, profile: str, call_secs: float) -> None:
        prefix = f"{settings.redis_key_prefix}:{profile}:routing"
        self._in_flight = prefix + ":in_flight:"
        self._latency = prefix + ":latency"
        self._reported = prefix + ":reported:"  # the room each one's server last reported
        self._call_secs = call_secs  # how long a call id counts at most
        self._redis = RedisConnections(
            str(settings.redis_url),
            settings.redis_timeout_secs,
            settings.redis_pool_size,
            {"pick": PICK, "done": DONE},
        )
        self._down_until = 0.0

    @property
    def up(self) -> bool:
        """Whether Redis is to be asked now (not within a while of a failure)."""
        return time.monotonic() >= self._down_until

    async def pick(
        self,
        names: Sequence[str],
        strategy: str,
        windows: Sequence[str] = (),
        budgets: Sequence[int] = (),
    ) -> tuple[int, str] | None:
        """Count a new call on one of `names` and say which (its index) with the call's id:
        the fewest in flight (`least_busy`), the lowest shared latency, an unmeasured one
        first (`lowest_latency`), the least used share of its budget (`usage_based`: every
        replica's use of each deployment's limiter `windows`, by `budgets`), or `names[0]`
        (`none`: the caller chose), with the room each one's server last reported to any
        replica. None: Redis failed, the caller chooses alone."""
        call = os.urandom(8).hex()
        now = time.time()
        none = self._in_flight + ":none"  # never written: nothing used
        keys = [self._in_flight + name for name in names] + [self._latency]
        keys += [window or none for window in windows]
        if windows:
            keys += [self._reported + name for name in names]
        args = [now, now + self._call_secs, call, strategy, len(names), *names, *budgets]
        try:
            found: Any = await self._redis.get().scripts["pick"](keys=keys, args=args)
        except Exception:
            self._down_until = time.monotonic() + RETRY_REDIS_AFTER_SECS
            return None
        return int(found[0]) - 1, call

    async def done(
        self,
        name: str,
        call: str,
        latency: float | None,
        weight: float,
        reported: float | None = None,
    ) -> None:
        """The call ended: it no longer counts; its latency joins the shared average; the room
        its server reported (`x-ratelimit-*`) is every replica's for the minute."""
        keys = [self._in_flight + name, self._latency, self._reported + name]
        args = [call, name, "" if latency is None else repr(latency), weight]
        args.append("" if reported is None else repr(reported))
        try:
            await self._redis.get().scripts["done"](keys=keys, args=args)
        except Exception:
            self._down_until = time.monotonic() + RETRY_REDIS_AFTER_SECS

    async def aclose(self) -> None:
        await self._redis.aclose()
