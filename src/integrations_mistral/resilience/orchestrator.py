"""The one place that composes resilience, in a fixed order:

1. breaker check: fail at once with `CircuitOpenError` while the profile's circuit is open;
2. limiter acquire: one request and the estimated tokens, waiting or rejecting as configured;
3. the attempts under the retry policy, each attempt's outcome recorded by the breaker; once
   the circuit opens (or for a half-open trial) no further attempt is sent;
4. settle: the caller replaces the limiter's token charge by the usage reported (0 if it failed).

Retries are not charged to the limiter again. Every decision is emitted on the profile's hooks.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial
from typing import Protocol, TypeVar

from .hooks import ResilienceHooks
from .limiter import Permit

__all__ = [
    "Breaker",
    "Limiter",
    "NullBreaker",
    "NullLimiter",
    "Resilience",
    "RetryRunner",
]

T = TypeVar("T")


class Breaker(Protocol):
    def before_call(self) -> int:
        """Admit a call (returning a ticket) or raise `CircuitOpenError`."""

    def record(self, ticket: int, error: BaseException | None) -> None:
        """Count one attempt's outcome (None for success)."""

    def release(self, ticket: int) -> None:
        """The admitted call sent nothing."""

    def admits_retry(self, ticket: int) -> bool:
        """The admitted call may send another attempt (the circuit has not opened since)."""


class Limiter(Protocol):
    async def acquire(self, cost: int) -> Permit:
        """Take one request and `cost` tokens from the budget, waiting or raising as configured."""


class RetryRunner(Protocol):
    async def run(
        self,
        attempt: Callable[[float], Awaitable[T]],
        operation: str = "",
        may_retry: Callable[[], bool] | None = None,
        idempotent: bool = True,
    ) -> T:
        """Run `attempt(seconds_left)` until it succeeds or the policy (or `may_retry`) stops."""


class _NullPermit:
    def settle(self, tokens: int) -> None:
        return None


_NULL_PERMIT = _NullPermit()


class NullBreaker:
    """circuit_breaker.enabled = false: never opens."""

    def before_call(self) -> int:
        return 0

    def record(self, ticket: int, error: BaseException | None) -> None:
        return None

    def release(self, ticket: int) -> None:
        return None

    def admits_retry(self, ticket: int) -> bool:
        return True


class NullLimiter:
    """rate_limit.enabled = false: no budget."""

    async def acquire(self, cost: int) -> Permit:
        return _NULL_PERMIT


class Resilience:
    """Breaker, limiter and retry around one logical call."""

    def __init__(
        self, breaker: Breaker, limiter: Limiter, retry: RetryRunner, hooks: ResilienceHooks
    ) -> None:
        self.breaker = breaker
        self.limiter = limiter
        self.retry = retry
        self.hooks = hooks

    async def execute(
        self,
        attempt: Callable[[float], Awaitable[T]],
        *,
        cost: int = 0,
        operation: str = "",
        idempotent: bool = True,
    ) -> tuple[T, Permit]:
        """Run `attempt(seconds_left)` under the policy.

        Returns the result and the limiter permit, whose token charge the caller settles once it
        knows the usage (a parsed body, or the end of a stream); a failed call is refunded here.
        """
        breaker = self.breaker
        ticket = breaker.before_call()
        try:
            permit = await self.limiter.acquire(cost)
        except BaseException:
            breaker.release(ticket)
            raise

        async def recorded(budget: float) -> T:
            try:
                result = await attempt(budget)
            except BaseException as exc:
                breaker.record(ticket, exc)
                raise
            breaker.record(ticket, None)
            return result

        try:
            result = await self.retry.run(
                recorded, operation, partial(breaker.admits_retry, ticket), idempotent
            )
        except BaseException:
            permit.settle(0)
            raise
        return result, permit
