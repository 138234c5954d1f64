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
from typing import Any, Generic, Protocol, TypeVar, runtime_checkable

from ..errors import CircuitOpenError, MistralError
from .hooks import ResilienceHooks
from .limiter import Permit

__all__ = [
    "NULL_PERMIT",
    "Breaker",
    "Limiter",
    "NullBreaker",
    "NullLimiter",
    "Resilience",
    "RetryRunner",
    "SharedBreaker",
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


@runtime_checkable
class SharedBreaker(Breaker, Protocol):
    """A breaker whose state lives elsewhere (Redis): its decisions are awaited."""

    async def admit(self) -> int:
        """`before_call`, asking the shared state."""

    async def report(self, ticket: int, error: BaseException | None) -> None:
        """`record`, written to the shared state before the call returns."""

    async def refresh(self) -> None:
        """Read the shared state again (before a retry is sent)."""


class Limiter(Protocol):
    async def acquire(self, cost: int, priority: str | None = None) -> Permit:
        """Take one request and `cost` tokens from the budget, waiting (ahead of lower
        priorities) or raising as configured."""


class RetryRunner(Protocol):
    def deadline(self) -> float:
        """When the time budget of a call starting now ends."""

    def seconds_left(self, deadline: float) -> float:
        """What is left of the budget ending at `deadline`."""

    def gives_up_at_once(self, error: MistralError) -> bool:
        """The first attempt's `error` ends the call (no retry could follow)."""

    async def resume(
        self,
        attempt: Callable[[float], Awaitable[T]],
        failed: BaseException,
        deadline: float,
        operation: str = "",
        may_retry: Callable[[], bool] | None = None,
        idempotent: bool = True,
    ) -> T:
        """After the first attempt failed with `failed`: retry `attempt(seconds_left)` until it
        succeeds or the policy (or `may_retry`) stops."""


class _NullPermit:
    def settle(self, tokens: int) -> None:
        return None

    def release(self) -> None:
        return None

    def ended(self, stream: Any) -> None:
        return None


NULL_PERMIT = _NullPermit()
"""The permit of a call no budget counts (rate_limit off; a stream replayed from the cache)."""


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

    async def acquire(self, cost: int, priority: str | None = None) -> Permit:
        return NULL_PERMIT


class Resilience:
    """Breaker, limiter and retry around one logical call."""

    def __init__(
        self, breaker: Breaker, limiter: Limiter, retry: RetryRunner, hooks: ResilienceHooks
    ) -> None:
        self.breaker = breaker
        self.limiter = limiter
        self.retry = retry
        self.hooks = hooks
        self._limited = not isinstance(limiter, NullLimiter)  # no await for a budget-less profile
        self._shared = breaker if isinstance(breaker, SharedBreaker) else None

    async def execute(
        self,
        attempt: Callable[[float], Awaitable[T]],
        *,
        cost: int = 0,
        operation: str = "",
        idempotent: bool = True,
        priority: str | None = None,
    ) -> tuple[T, Permit]:
        """Run `attempt(seconds_left)` under the policy (`priority`: the call's place among
        those the limiter makes wait).

        Returns the result and the limiter permit, whose token charge the caller settles once it
        knows the usage (a parsed body, or the end of a stream); a failed call is refunded here.
        """
        breaker, retry, shared = self.breaker, self.retry, self._shared
        ticket = breaker.before_call() if shared is None else await shared.admit()
        if self._limited:
            try:
                permit = await self.limiter.acquire(cost, priority)
            except BaseException:
                breaker.release(ticket)
                raise
        else:
            permit = NULL_PERMIT
        deadline = retry.deadline()
        failed: MistralError | None = None
        retried: _Recorded[T] | None = None
        try:
            try:  # the first attempt, bare: retry machinery only after a failure
                result = await attempt(retry.seconds_left(deadline))
            except MistralError as exc:
                if shared is None:
                    breaker.record(ticket, exc)
                else:
                    await shared.report(ticket, exc)
                if retry.gives_up_at_once(exc):
                    exc.attempts = 1
                    raise
                failed = exc
            except BaseException as exc:
                breaker.record(ticket, exc)
                raise
            else:
                if shared is None:
                    breaker.record(ticket, None)
                else:
                    await shared.report(ticket, None)
            if failed is not None:  # retried outside the `except`: no error is chained to this one
                retried = _Recorded(attempt, breaker, ticket, _may_have_sent(failed), shared)
                try:
                    result = await retry.resume(
                        retried,
                        failed,
                        deadline,
                        operation,
                        partial(breaker.admits_retry, ticket),
                        idempotent,
                    )
                finally:
                    failed = None  # its traceback holds this frame: no cycle left behind
        except BaseException as exc:
            sent = retried.sent if retried is not None else _may_have_sent(exc)
            if sent:
                permit.settle(0)
            else:  # cancelled or failed before any request left: the slot is given back
                permit.release()
            raise
        return result, permit


def _may_have_sent(error: BaseException) -> bool:
    """Whether the request may have left before `error` (False: connect failures, a key that
    could not be had, a cancel while waiting for a connection)."""
    return getattr(error, "request_sent", True) is not False


class _Recorded(Generic[T]):
    """A retried attempt whose outcome the breaker counts; the breaker is asked again right
    before each send, so a retry that waited while the circuit opened is not sent."""

    __slots__ = ("attempt", "breaker", "sent", "shared", "ticket")

    def __init__(
        self,
        attempt: Callable[[float], Awaitable[T]],
        breaker: Breaker,
        ticket: int,
        sent: bool,
        shared: SharedBreaker | None = None,
    ) -> None:
        self.attempt, self.breaker, self.ticket, self.sent = attempt, breaker, ticket, sent
        self.shared = shared

    async def __call__(self, budget: float) -> T:
        shared = self.shared
        if shared is not None:  # another replica may have opened it while this one waited
            await shared.refresh()
        if not self.breaker.admits_retry(self.ticket):
            raise CircuitOpenError(
                "the circuit opened while this call waited to retry; the retry was not sent"
            )
        try:
            result = await self.attempt(budget)
        except MistralError as exc:
            self.sent = self.sent or _may_have_sent(exc)
            await self._record(exc)
            raise
        except BaseException as exc:
            self.sent = self.sent or _may_have_sent(exc)
            self.breaker.record(self.ticket, exc)
            raise
        self.sent = True
        await self._record(None)
        return result

    async def _record(self, error: MistralError | None) -> None:
        if self.shared is None:
            self.breaker.record(self.ticket, error)
        else:
            await self.shared.report(self.ticket, error)
