"""Circuit breaker: closed -> open after consecutive failures, half-open trials after a timeout."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from enum import Enum

from ..config.models import CircuitBreakerSettings
from ..errors import APIConnectionError, CircuitOpenError, MistralError, RequestTimeoutError
from .hooks import BreakerTransition, ResilienceHooks

__all__ = ["CircuitBreaker", "CircuitOpenError", "CircuitState", "Outcome", "classify"]


class CircuitState(str, Enum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class Outcome(Enum):
    SUCCESS = "success"
    FAILURE = "failure"
    NEUTRAL = "neutral"


# the members as module constants: reading `CircuitState.OPEN` costs as much as a call
_CLOSED, _OPEN, _HALF_OPEN = CircuitState.CLOSED, CircuitState.OPEN, CircuitState.HALF_OPEN
_SUCCESS, _FAILURE, _NEUTRAL = Outcome.SUCCESS, Outcome.FAILURE, Outcome.NEUTRAL


def classify(error: BaseException | None) -> Outcome:
    """Retryable API failures (429 and 5xx included) count; any other answer shows the API is up;
    errors raised locally (open circuit, local limits, cancellation) and failures that will never
    change (a certificate, a proxy's refusal, a redirect loop) say nothing about it."""
    if error is None:
        return _SUCCESS
    if not isinstance(error, MistralError):
        return _NEUTRAL
    if error.status_code is not None:
        return _FAILURE if error.is_retryable else _SUCCESS
    if isinstance(error, RequestTimeoutError | APIConnectionError) and error.is_retryable:
        return _FAILURE
    return _NEUTRAL  # and failures that never change: TLS, a proxy's refusal, a loop


class CircuitBreaker:
    """One per profile. `before_call()` admits a call and returns a ticket for `record()`."""

    def __init__(
        self,
        settings: CircuitBreakerSettings,
        hooks: ResilienceHooks | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._settings = settings
        self._hooks = hooks or ResilienceHooks()
        self._clock = clock
        self._lock = threading.Lock()
        self._state = _CLOSED
        self._generation = 0
        self._failures = 0
        self._successes = 0
        self._opened_at = 0.0
        self._trial_out = False

    @property
    def state(self) -> CircuitState:
        with self._lock:
            self._maybe_half_open()
            return self._state

    def before_call(self) -> int:
        """Admit a call or raise `CircuitOpenError`; half-open admits one trial at a time."""
        generation = self._generation
        if self._state is _CLOSED:  # nearly always, and without the lock: a transition racing
            return generation  # this leaves the ticket stale, so its outcome is not counted
        with self._lock:
            if self._state is _OPEN:  # (the common, closed case calls nothing)
                self._maybe_half_open()
            if self._state is _CLOSED:
                return self._generation
            if self._state is _HALF_OPEN and not self._trial_out:
                self._trial_out = True
                return self._generation
            wait = max(0.0, self._opened_at + self._settings.timeout_secs - self._clock())
        raise CircuitOpenError(
            f"circuit open after {self._settings.failure_threshold} consecutive failures; "
            f"next trial in {wait:.1f} s",
            retry_after=wait,
        )

    def record(self, ticket: int, error: BaseException | None) -> None:
        """Count the outcome of an admitted call; outcomes from before a transition are ignored."""
        if error is None and not self._failures and self._state is _CLOSED:
            return  # a success with nothing to reset (nearly always): no lock
        outcome = _SUCCESS if error is None else classify(error)
        with self._lock:
            if ticket != self._generation or self._state is _OPEN:
                return
            if self._state is _CLOSED:
                if outcome is _FAILURE:
                    self._failures += 1
                    if self._failures >= self._settings.failure_threshold:
                        self._transition(_OPEN)
                elif outcome is _SUCCESS:
                    self._failures = 0
                return
            self._trial_out = False  # half-open: the trial is back
            if outcome is _FAILURE:
                self._transition(_OPEN)
            elif outcome is _SUCCESS:
                self._successes += 1
                if self._successes >= self._settings.success_threshold:
                    self._transition(_CLOSED)

    def cooldown_left(self) -> float:
        """Seconds until an open circuit admits its trial (0: it admits calls now)."""
        with self._lock:
            self._maybe_half_open()
            if self._state is not _OPEN:
                return 0.0
            return max(0.0, self._opened_at + self._settings.timeout_secs - self._clock())

    def trip(self) -> None:
        """Open the circuit now (a deployment whose key was refused cools down at once)."""
        with self._lock:
            if self._state is not _OPEN:
                self._transition(_OPEN)

    def admits_retry(self, ticket: int) -> bool:
        """Whether a call admitted with `ticket` may send another attempt: only while the
        circuit is still closed as it was; a half-open trial is one request."""
        with self._lock:
            return ticket == self._generation and self._state is _CLOSED

    def release(self, ticket: int) -> None:
        """An admitted call sent nothing (cancelled, limited): free its half-open trial slot."""
        with self._lock:
            if ticket == self._generation and self._state is _HALF_OPEN:
                self._trial_out = False

    def _maybe_half_open(self) -> None:
        if self._state is _OPEN and self._clock() - self._opened_at >= self._settings.timeout_secs:
            self._transition(_HALF_OPEN)

    def _transition(self, new: CircuitState) -> None:
        old = self._state
        self._state = new
        self._generation += 1
        self._failures = self._successes = 0
        self._trial_out = False
        if new is _OPEN:
            self._opened_at = self._clock()
        self._hooks.emit(BreakerTransition(old.value, new.value))
