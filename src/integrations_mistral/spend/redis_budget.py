"""The spend budget shared by every replica through Redis: one Lua step per reservation and one
per settlement, on the current window's keys (`<prefix>:budget:<name>:<window>`). Reservations
are held with an expiry, so a replica that dies mid-call frees its hold. Redis down: this
process's spend alone (logged once) or calls refused, as `budget.on_backend_error` says."""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from .._redis import RETRY_REDIS_AFTER_SECS, RedisConnections
from .._secrets import scrub
from ..config.spend import BudgetSettings
from ..errors import BudgetUnavailableError
from .budget import BudgetState, MemoryBudget, Reservation, past_limit, window_of

__all__ = ["RedisBudget"]

logger = logging.getLogger("integrations_mistral.spend")

# What is held now: `reserved`, the sum of the unexpired holds (and `now`, Redis's clock).
HELD = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local reserved = 0
for _, member in ipairs(redis.call('ZRANGE', KEYS[2], 0, -1)) do
  reserved = reserved + (tonumber(string.match(member, ':([%d.eE+-]+)$')) or 0)
end
"""

# KEYS: spent (a string, a float), holds (a sorted set: `<id>:<amount>` by expiry).
# ARGV: amount, limit, hold seconds, id, key lifetime ms, raise (1) or warn (0).
RESERVE = (
    HELD
    + """
local spent = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
local amount = tonumber(ARGV[1])
local over = spent + reserved + amount > tonumber(ARGV[2])
if over and ARGV[6] == '1' then return {0, tostring(spent), tostring(reserved)} end
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[3]), ARGV[4] .. ':' .. ARGV[1])
redis.call('PEXPIRE', KEYS[2], ARGV[5])
return {over and 2 or 1, tostring(spent), tostring(reserved)}
"""
)

# KEYS: spent, holds. ARGV: the hold's member, its real cost, key lifetime ms.
SETTLE = """
if redis.call('ZREM', KEYS[2], ARGV[1]) == 0 then return 0 end
redis.call('INCRBYFLOAT', KEYS[1], ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
"""

STATE = (
    HELD
    + """
return {redis.call('GET', KEYS[1]) or '0', tostring(reserved)}
"""
)


class _SharedHold:
    __slots__ = ("_args", "_budget", "_keys", "_open", "amount")

    def __init__(
        self, budget: RedisBudget, keys: list[str], member: str, amount: float, lifetime: int
    ) -> None:
        self._budget, self._keys, self.amount = budget, keys, amount
        self._args: list[Any] = [member, "", lifetime]  # SETTLE's, its cost filled in
        self._open = True

    def settle(self, cost: float) -> None:
        if self._open:
            self._open = False
            self._args[1] = repr(max(0.0, cost))
            self._budget._background(self._keys, self._args)


class RedisBudget:
    """The fleet's spend in the current window."""

    def __init__(
        self,
        settings: BudgetSettings,
        name: str,
        url: str,
        hold_secs: float,
        clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
    ) -> None:
        self._settings, self.name, self._clock, self._hold = settings, name, clock, hold_secs
        self._prefix = f"{settings.redis_key_prefix}:budget:{name}:"
        self._redis = RedisConnections(
            url, settings.redis_timeout_secs, 8,
            {"reserve": RESERVE, "settle": SETTLE, "state": STATE},
        )  # fmt: skip
        self._local = MemoryBudget(settings, name, clock)
        self._down_until = 0.0
        self._warned = ""  # the window a warning was given in (on_exceeded = warn)
        self._tasks: set[asyncio.Task[Any]] = set()

    def _keys(self) -> tuple[list[str], str, datetime, int]:
        label, resets = window_of(self._settings.window, self._clock())
        lifetime = int((resets - self._clock()).total_seconds() * 1000) + 86_400_000
        base = self._prefix + label
        return [base + ":spent", base + ":holds"], label, resets, lifetime

    async def reserve(self, amount: float) -> Reservation:
        settings = self._settings
        if time.monotonic() < self._down_until:
            return self._degraded(amount, None)
        keys, label, resets, lifetime = self._keys()
        member = f"{os.urandom(8).hex()}:{amount!r}"
        args = [repr(amount), repr(settings.limit or 0.0), self._hold, member.split(":")[0],
                lifetime, "1" if settings.on_exceeded == "raise" else "0"]  # fmt: skip
        try:
            found = await asyncio.wait_for(
                self._redis.get().scripts["reserve"](keys=keys, args=args),
                settings.redis_timeout_secs,
            )
        except Exception as exc:  # whatever redis raises: as on_backend_error says
            return self._degraded(amount, exc)
        granted, spent, reserved = int(found[0]), float(found[1]), float(found[2])
        if granted != 1:  # 0: refused (raise); 2: held past the limit (warn)
            self._warned = past_limit(
                settings, self.name, label, resets, spent, reserved, amount, self._warned
            )
        return _SharedHold(self, keys, member, amount, lifetime)

    def _degraded(self, amount: float, error: Exception | None) -> Reservation:
        now = time.monotonic()
        if error is not None and now >= self._down_until:
            self._down_until = now + RETRY_REDIS_AFTER_SECS
            logger.warning(
                "shared budget %r unavailable (%s); %s for %.0f s", self.name,
                scrub(f"{type(error).__name__}: {error}")[:300],
                self._settings.on_backend_error.replace("_", " "), RETRY_REDIS_AFTER_SECS,
            )  # fmt: skip
        if self._settings.on_backend_error == "fail_closed":
            raise BudgetUnavailableError(
                f"shared budget {self.name!r} unavailable (Redis); failing closed as configured"
            )
        return self._local.reserve_now(amount)

    def _background(self, keys: list[str], args: list[Any]) -> None:
        job = asyncio.ensure_future(self._settle(keys, args))
        self._tasks.add(job)
        job.add_done_callback(self._tasks.discard)

    async def _settle(self, keys: list[str], args: list[Any]) -> None:
        try:
            await asyncio.wait_for(
                self._redis.get().scripts["settle"](keys=keys, args=args),
                self._settings.redis_timeout_secs,
            )
        except Exception as exc:  # the hold expires by itself; the spend is lost to the count
            logger.warning("shared budget %r: a settlement failed (%s)", self.name,
                           scrub(f"{type(exc).__name__}: {exc}")[:300])  # fmt: skip

    async def state(self) -> BudgetState:
        keys, label, resets, _ = self._keys()
        spent, reserved = await asyncio.wait_for(
            self._redis.get().scripts["state"](keys=keys, args=[]),
            self._settings.redis_timeout_secs,
        )
        return BudgetState(
            self.name, label, float(spent), float(reserved), self._settings.limit or 0.0,
            resets, True,
        )  # fmt: skip

    async def aclose(self) -> None:
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._redis.aclose()
