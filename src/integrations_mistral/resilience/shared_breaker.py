"""The circuit breaker kept in Redis, so every process and replica of a profile shares one.

The state (closed / open / half-open, failures, successes, opened-at, the trial's lease) is one
hash at `<prefix>:<profile>:breaker`; each decision is one Lua script, so admissions and outcomes
from the whole fleet are applied one at a time on the Redis server's clock. A transition is made
(and so logged and counted) by exactly one process: the one whose script made it. The half-open
trial is leased for `timeout_secs`: a replica that dies holding it does not wedge the fleet.

Redis failing or slower than `redis_timeout_secs` never stalls a call: the profile uses this
process's own breaker (`on_backend_error = "local"`) or lets calls through (`"closed"`) for 5 s,
then tries Redis again.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from .._redis import RETRY_REDIS_AFTER_SECS, RedisConnections
from .._secrets import scrub
from ..config.models import CircuitBreakerSettings
from ..errors import CircuitOpenError
from .breaker import CircuitBreaker, CircuitState, Outcome, classify
from .hooks import BreakerBackendFallback, BreakerTransition, ResilienceHooks

__all__ = ["RedisCircuitBreaker"]

logger = logging.getLogger("integrations_mistral.resilience")

_STATES = (CircuitState.CLOSED, CircuitState.OPEN, CircuitState.HALF_OPEN)
_OUTCOME = {Outcome.SUCCESS: 0, Outcome.FAILURE: 1, Outcome.NEUTRAL: 2}
_UNTRACKED = -(1 << 62)  # admitted with Redis down and on_backend_error = "closed"

_PRELUDE = """
local key = KEYS[1]
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local h = redis.call('HMGET', key, 's', 'g', 'f', 'k', 'o', 't')
local s, g = tonumber(h[1]) or 0, tonumber(h[2]) or 0
local f, k, o, t = tonumber(h[3]) or 0, tonumber(h[4]) or 0, tonumber(h[5]) or 0, tonumber(h[6]) or 0
local function move(to)
  g = g + 1
  redis.call('HSET', key, 's', to, 'g', g, 'f', 0, 'k', 0, 't', 0, 'o', now)
  redis.call('PEXPIRE', key, 86400000)
end
"""

ADMIT = (
    _PRELUDE
    + """
local timeout, lease = tonumber(ARGV[1]), tonumber(ARGV[2])
local from = -1
if s == 1 and now - o >= timeout then from = 1; s = 2; move(2) end
if s == 0 then return {1, g, s, '0', from} end
if s == 2 and t < now then
  redis.call('HSET', key, 't', now + lease)
  return {1, g, s, '0', from}
end
local wait = 0
if s == 1 then wait = o + timeout - now end
return {0, g, s, tostring(wait), from}
"""
)

RECORD = (
    _PRELUDE
    + """
local ticket, outcome, needed, closing = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
if ticket ~= g or s == 1 then return {g, s, -1} end
if s == 0 then
  if outcome == 1 then
    f = redis.call('HINCRBY', key, 'f', 1)
    redis.call('PEXPIRE', key, 86400000)
    if f >= needed then move(1); return {g, 1, 0} end
  elseif outcome == 0 and f > 0 then
    redis.call('HSET', key, 'f', 0)
  end
  return {g, 0, -1}
end
redis.call('HSET', key, 't', 0)
if outcome == 1 then move(1); return {g, 1, 2} end
if outcome == 0 then
  k = redis.call('HINCRBY', key, 'k', 1)
  if k >= closing then move(0); return {g, 0, 2} end
end
return {g, 2, -1}
"""
)

PEEK = _PRELUDE + "\nreturn {g, s}\n"


class RedisCircuitBreaker:
    """The `CircuitBreaker` contract with the state in Redis; its decisions are awaited
    (`admit`, `report`, `refresh`), and `state` is what this process last saw of the fleet."""

    def __init__(
        self,
        settings: CircuitBreakerSettings,
        redis_url: str,
        key: str,
        pool_size: int,
        hooks: ResilienceHooks | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._settings = settings
        self._hooks = hooks or ResilienceHooks()
        self._clock = clock
        self.key = key
        self._redis = RedisConnections(
            redis_url,
            settings.redis_timeout_secs,
            pool_size,
            {"admit": ADMIT, "record": RECORD, "peek": PEEK},
        )
        self._local = CircuitBreaker(settings, self._hooks, clock)  # while Redis is down
        self._down_until = 0.0
        self._generation = 0
        self._state = CircuitState.CLOSED
        self._tasks: set[asyncio.Task[Any]] = set()

    @property
    def state(self) -> CircuitState:
        if self._clock() < self._down_until:
            return self._local.state
        return self._state

    def before_call(self) -> int:
        """Admit from what this process last saw of the fleet, without asking Redis (the
        orchestrator awaits `admit` instead)."""
        if self._clock() < self._down_until:
            return self._degraded_admit()
        if self._state is CircuitState.CLOSED:
            return self._generation
        raise CircuitOpenError("circuit open (shared by the fleet), as last seen by this process")

    async def admit(self) -> int:
        """Admit a call or raise `CircuitOpenError`; half-open admits one trial, fleet-wide."""
        if self._clock() < self._down_until:
            return self._degraded_admit()
        settings = self._settings
        reply = await self._run("admit", [settings.timeout_secs, settings.timeout_secs])
        if reply is None:
            return self._degraded_admit()
        granted, generation, state, wait, moved_from = reply
        self._seen(generation, state, moved_from)
        if int(granted):
            return int(generation)
        wait_secs = max(0.0, float(wait))
        raise CircuitOpenError(
            f"circuit open (shared by the fleet) after {settings.failure_threshold} consecutive "
            f"failures; next trial in {wait_secs:.1f} s",
            retry_after=wait_secs,
        )

    async def report(self, ticket: int, error: BaseException | None) -> None:
        """Count the outcome of an admitted call."""
        if ticket < 0:
            if ticket != _UNTRACKED:
                self._local.record(-1 - ticket, error)
            return
        outcome = _OUTCOME[classify(error)]
        settings = self._settings
        args = [ticket, outcome, settings.failure_threshold, settings.success_threshold]
        reply = await self._run("record", args)
        if reply is not None:
            generation, state, moved_from = reply
            self._seen(generation, state, moved_from)

    def record(self, ticket: int, error: BaseException | None) -> None:
        """`report` without waiting (a cancelled call): done in the background."""
        if ticket < 0:
            if ticket != _UNTRACKED:
                self._local.record(-1 - ticket, error)
            return
        self._background(self.report(ticket, error))

    def release(self, ticket: int) -> None:
        """An admitted call sent nothing: free its half-open trial slot."""
        if ticket < 0:
            if ticket != _UNTRACKED:
                self._local.release(-1 - ticket)
            return
        self._background(self.report(ticket, _Unsent()))

    async def refresh(self) -> None:
        """Read the fleet's state now (before a retry is sent)."""
        if self._clock() < self._down_until:
            return
        reply = await self._run("peek", [])
        if reply is not None:
            self._seen(reply[0], reply[1], -1)

    def admits_retry(self, ticket: int) -> bool:
        """Another attempt only while the circuit is closed as it was when the call was admitted."""
        if ticket < 0:
            return ticket == _UNTRACKED or self._local.admits_retry(-1 - ticket)
        return ticket == self._generation and self._state is CircuitState.CLOSED

    def _degraded_admit(self) -> int:
        if self._settings.on_backend_error == "closed":
            return _UNTRACKED
        return -1 - self._local.before_call()

    def _seen(self, generation: Any, state: Any, moved_from: Any) -> None:
        """What a script reported: the fleet's generation and state, and the transition this
        process made, if any (emitted here only, so once for the fleet)."""
        generation, new = int(generation), _STATES[int(state)]
        if generation >= self._generation:
            self._generation, self._state = generation, new
        if int(moved_from) >= 0:
            self._hooks.emit(BreakerTransition(_STATES[int(moved_from)].value, new.value))

    async def _run(self, script: str, args: list[Any]) -> Any:
        """One script, bounded by redis_timeout_secs; None (and Redis marked down) on failure."""
        try:
            return await asyncio.wait_for(
                self._redis.get().scripts[script](keys=[self.key], args=args),
                self._settings.redis_timeout_secs,
            )
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # redis raises many types (connection, timeout, script errors)
            self._down(scrub(f"{type(exc).__name__}: {exc}"))
            return None

    def _down(self, reason: str) -> None:
        if self._clock() < self._down_until:
            return
        self._down_until = self._clock() + RETRY_REDIS_AFTER_SECS
        action = self._settings.on_backend_error
        logger.warning(
            "shared circuit breaker unavailable (%s); %s for %.0f s",
            reason,
            "using this process's breaker" if action == "local" else "letting calls through",
            RETRY_REDIS_AFTER_SECS,
        )
        self._hooks.emit(BreakerBackendFallback(action, reason))

    def _background(self, job: Awaitable[Any]) -> None:
        task = asyncio.ensure_future(job)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def aclose(self) -> None:
        """Finish pending reports (those started meanwhile too: nothing is left pending when
        the loop ends) and close this loop's Redis connection."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._redis.aclose()


class _Unsent(Exception):
    """Stands for "nothing was sent": neutral for the breaker, it only frees the trial."""
