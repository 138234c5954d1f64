"""The one place that composes resilience, in a fixed order:

1. circuit breaker check (fail fast while open), 2. limiter acquire (wait or reject),
3. the attempt under the retry policy, each attempt's outcome recorded by the breaker.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol, TypeVar

__all__ = [
    "Breaker",
    "Limiter",
    "NullBreaker",
    "NullLimiter",
    "Resilience",
    "RetryRunner",
    "SingleAttempt",
]

T = TypeVar("T")


class Breaker(Protocol):
    def before_call(self) -> None:
        """Raise `CircuitOpenError` if no call may go out now."""

    def record(self, error: BaseException | None) -> None:
        """Count one attempt's outcome (None for success)."""


class Limiter(Protocol):
    async def acquire(self, cost: int) -> None:
        """Take one request and `cost` tokens from the budget, waiting or raising as configured."""


class RetryRunner(Protocol):
    async def run(self, attempt: Callable[[], Awaitable[T]]) -> T:
        """Run `attempt` until it succeeds or the policy gives up."""


class NullBreaker:
    """Never opens."""

    def before_call(self) -> None:
        return None

    def record(self, error: BaseException | None) -> None:
        return None


class NullLimiter:
    """No budget."""

    async def acquire(self, cost: int) -> None:
        return None


class SingleAttempt:
    """No retries."""

    async def run(self, attempt: Callable[[], Awaitable[T]]) -> T:
        return await attempt()


class Resilience:
    """Breaker, limiter and retry around one logical call."""

    def __init__(self, breaker: Breaker, limiter: Limiter, retry: RetryRunner) -> None:
        self.breaker = breaker
        self.limiter = limiter
        self.retry = retry

    async def execute(self, attempt: Callable[[], Awaitable[T]], *, cost: int = 0) -> T:
        self.breaker.before_call()
        await self.limiter.acquire(cost)
        breaker = self.breaker

        async def recorded() -> T:
            try:
                result = await attempt()
            except BaseException as exc:
                breaker.record(exc)
                raise
            breaker.record(None)
            return result

        return await self.retry.run(recorded)
