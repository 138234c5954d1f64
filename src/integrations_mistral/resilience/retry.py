"""Retry policy on the `backoff` library: exponential waits with jitter inside a total time budget.

- At most `max_attempts` attempts; only errors whose `is_retryable` is true are retried.
- A `Retry-After` (429/503) sets the wait instead of the exponential delay.
- `max_elapsed_secs` bounds everything: each attempt's timeout is capped by what is left of it,
  and a wait that would reach the end of the budget is not taken (the last error is raised).
- The error finally raised carries `attempts`, the number of attempts made.

The first attempt runs bare (no generator, context variable or `backoff` set-up): the retry
machinery is built only once an attempt has failed, and then replays that failure to `backoff`.
"""

from __future__ import annotations

import contextvars
import time
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from backoff.types import Details

from ..config.models import RetrySettings
from ..errors import MistralError
from .hooks import ResilienceHooks, RetryScheduled

__all__ = ["FALLBACK_AHEAD", "Attempt", "RetryPolicy"]

FALLBACK_AHEAD: contextvars.ContextVar[int | None] = contextvars.ContextVar(
    "integrations_mistral_fallback_ahead", default=None
)
"""Set while a fallback chain sends to a target that another one follows: the attempts this
target gets (`fallback.attempts_per_target`); it does not wait out a long Retry-After either."""

T = TypeVar("T")
Attempt = Callable[[float], Awaitable[T]]
"""One attempt, given the seconds left in the budget (its timeout must not exceed them)."""


@dataclass(slots=True)
class _Call:
    deadline: float
    operation: str
    may_retry: Callable[[], bool] | None
    once: bool  # a non-idempotent call: not resent once the API may have acted on it
    failed: BaseException | None  # the first attempt's error, replayed to backoff as its first try
    ahead: int | None = None  # attempts allowed here, with a fallback target after this one


_CALL: contextvars.ContextVar[_Call] = contextvars.ContextVar("integrations_mistral_retry_call")


class RetryPolicy:
    """Runs attempts under the profile's `retry` settings."""

    def __init__(
        self,
        settings: RetrySettings,
        hooks: ResilienceHooks | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        import backoff  # with the first client, not with the package

        self._settings = settings
        self._hooks = hooks or ResilienceHooks()
        self._clock = clock
        jitters = {"full": backoff.full_jitter, "random": backoff.random_jitter}
        self._jitter: Callable[[float], float] | None = jitters.get(settings.jitter)
        self._run = backoff.on_exception(
            self._waits,
            MistralError,
            max_tries=settings.max_attempts,
            giveup=_not_retryable,
            jitter=None,  # applied in _waits, never to a server's Retry-After
            on_backoff=self._on_backoff,
            on_giveup=_count_attempts,
            on_success=None,
            raise_on_giveup=True,
            logger=None,  # our hooks report retries; no records on backoff's own logger
        )(self._attempt)

    async def run(
        self,
        attempt: Attempt[T],
        operation: str = "",
        may_retry: Callable[[], bool] | None = None,
        idempotent: bool = True,
    ) -> T:
        """Run `attempt` until it succeeds, the policy gives up, or `may_retry()` says no (the
        circuit opened); then raise the last error. A call that is not `idempotent` is resent
        only after failures the API did not act on, unless `retry.retry_non_idempotent`."""
        deadline = self.deadline()
        try:
            return await attempt(self.seconds_left(deadline))
        except MistralError as exc:
            if self.gives_up_at_once(exc):
                exc.attempts = 1
                raise
            failed = exc
        return await self.resume(attempt, failed, deadline, operation, may_retry, idempotent)

    def deadline(self) -> float:
        """When the budget of a call starting now ends (on this policy's clock)."""
        return self._clock() + self._settings.max_elapsed_secs

    def seconds_left(self, deadline: float) -> float:
        return deadline - self._clock()

    def gives_up_at_once(self, error: MistralError) -> bool:
        """A first failure that no setting would retry (the common case: skip the machinery),
        or one a fallback target after this one takes over."""
        if self._settings.max_attempts == 1 or not error.is_retryable:
            return True
        return self._handed_over(FALLBACK_AHEAD.get(), 1, error)

    def _handed_over(self, ahead: int | None, tries: int, error: BaseException) -> bool:
        """With a fallback target after this one (`ahead` attempts allowed here): this target's
        attempts are spent, or a Retry-After longer than the longest backoff is not waited out."""
        if ahead is None:
            return False
        retry_after = getattr(error, "retry_after", None)
        too_long = retry_after is not None and retry_after > self._settings.max_delay_ms / 1000
        return tries >= ahead or too_long

    async def resume(
        self,
        attempt: Attempt[T],
        failed: BaseException,
        deadline: float,
        operation: str = "",
        may_retry: Callable[[], bool] | None = None,
        idempotent: bool = True,
    ) -> T:
        """Go on after the first attempt failed with `failed`: backoff decides on it (its first
        try), waits and sends the next attempts."""
        once = not idempotent and not self._settings.retry_non_idempotent
        call = _Call(deadline, operation, may_retry, once, failed, FALLBACK_AHEAD.get())
        token = _CALL.set(call)
        try:
            result: T = await self._run(attempt)
            return result
        finally:
            _CALL.reset(token)

    async def _attempt(self, attempt: Attempt[T]) -> T:
        call = _CALL.get()
        if call.failed is not None:
            failed, call.failed = call.failed, None
            raise failed
        return await attempt(self.seconds_left(call.deadline))

    def _waits(self) -> Generator[float, Any, None]:
        """backoff's wait generator: receives each failure, yields the wait before the next try."""
        import backoff

        settings = self._settings
        expo = backoff.expo(
            base=settings.backoff_multiplier,
            factor=settings.initial_delay_ms / 1000,
            max_value=settings.max_delay_ms / 1000,
        )
        next(expo)  # backoff's generators are primed before use
        error = yield 0.0  # primed by backoff with send(None)
        call = _CALL.get()
        tries = 1
        while True:
            if self._handed_over(call.ahead, tries, error):
                return  # a fallback target takes over: backoff raises the last error
            tries += 1
            delay = next(expo)
            if self._jitter is not None:
                delay = self._jitter(delay)
            retry_after = getattr(error, "retry_after", None)
            if retry_after is not None:
                delay = float(retry_after)
            if self._clock() + delay >= _CALL.get().deadline:
                return  # the budget would be spent waiting: backoff raises the last error
            error = yield delay

    def _on_backoff(self, details: Details) -> None:
        self._hooks.emit(
            RetryScheduled(
                details["tries"],
                details["wait"],
                details["exception"],  # type: ignore[typeddict-item]
                _CALL.get().operation,
            )
        )


_NOT_ACTED_ON = (429, 503)  # the API refused the request before doing anything


def _not_retryable(error: Exception) -> bool:
    if not getattr(error, "is_retryable", False):
        return True
    call = _CALL.get()
    if call.once and _maybe_acted_on(error):
        return True
    return call.may_retry is not None and not call.may_retry()


def _maybe_acted_on(error: Exception) -> bool:
    """Whether the API may have acted on the request that failed with `error`."""
    if getattr(error, "status_code", None) in _NOT_ACTED_ON:
        return False
    return getattr(error, "request_sent", True) is not False


def _count_attempts(details: Details) -> None:
    error = details.get("exception")
    if isinstance(error, MistralError):
        error.attempts = details["tries"]
