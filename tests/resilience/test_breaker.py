"""Circuit breaker state machine, with a controllable clock."""

from __future__ import annotations

import pytest

import integrations_mistral as im
from integrations_mistral import CircuitBreakerSettings
from integrations_mistral.resilience import (
    BreakerTransition,
    CircuitBreaker,
    CircuitState,
    ResilienceHooks,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


FAIL = im.ServiceUnavailableError("down", status_code=503)
CLIENT_ERROR = im.BadRequestError("bad", status_code=400)


def breaker(**values: object) -> tuple[CircuitBreaker, Clock, list[BreakerTransition]]:
    clock, hooks, events = Clock(), ResilienceHooks(), []
    hooks.subscribe(events.append)  # type: ignore[arg-type]
    settings = CircuitBreakerSettings(
        **{"failure_threshold": 3, "success_threshold": 2, "timeout_secs": 10, **values}
    )  # type: ignore[arg-type]
    return CircuitBreaker(settings, hooks, clock), clock, events


def fail(b: CircuitBreaker, error: BaseException = FAIL, times: int = 1) -> None:
    for _ in range(times):
        b.record(b.before_call(), error)


def test_opens_after_consecutive_failures_and_fails_fast() -> None:
    b, _, events = breaker()
    fail(b, times=2)
    assert b.state is CircuitState.CLOSED
    fail(b)
    assert b.state is CircuitState.OPEN
    with pytest.raises(im.CircuitOpenError) as info:
        b.before_call()
    assert info.value.error_type == "circuit_open"
    assert info.value.retry_after == pytest.approx(10)
    assert events == [BreakerTransition("closed", "open")]


def test_successes_and_client_errors_reset_the_count() -> None:
    b, _, _ = breaker()
    fail(b, times=2)
    b.record(b.before_call(), None)
    fail(b, times=2)
    fail(b, CLIENT_ERROR)
    fail(b, times=2)
    assert b.state is CircuitState.CLOSED


def test_client_errors_never_open() -> None:
    b, _, _ = breaker(failure_threshold=1)
    for error in (
        CLIENT_ERROR,
        im.NotFoundError("x", status_code=404),
        im.UnprocessableEntityError("x", status_code=422),
    ):
        fail(b, error)
    assert b.state is CircuitState.CLOSED


@pytest.mark.parametrize(
    "error",
    [
        im.RateLimitError("x", status_code=429),
        im.RequestTimeoutError("t"),
        im.APIConnectionError("c"),
        im.InternalServerError("x", status_code=500),
    ],
)
def test_retryable_failures_count(error: im.MistralError) -> None:
    b, _, _ = breaker(failure_threshold=1)
    fail(b, error)
    assert b.state is CircuitState.OPEN


def test_local_errors_are_neutral() -> None:
    b, _, _ = breaker(failure_threshold=1)
    fail(b, im.ClientRateLimitError("local", retry_after=1))
    fail(b, KeyError("bug"))
    assert b.state is CircuitState.CLOSED


def test_half_open_admits_one_trial_then_closes_after_successes() -> None:
    b, clock, events = breaker()
    fail(b, times=3)
    clock.now += 10
    assert b.state is CircuitState.HALF_OPEN
    trial = b.before_call()
    with pytest.raises(im.CircuitOpenError):
        b.before_call()  # only one trial at a time
    b.record(trial, None)
    assert b.state is CircuitState.HALF_OPEN
    b.record(b.before_call(), None)
    assert b.state is CircuitState.CLOSED
    assert [(e.old, e.new) for e in events] == [
        ("closed", "open"),
        ("open", "half_open"),
        ("half_open", "closed"),
    ]


def test_half_open_failure_reopens() -> None:
    b, clock, _ = breaker()
    fail(b, times=3)
    clock.now += 10
    fail(b)
    assert b.state is CircuitState.OPEN
    clock.now += 9.9
    with pytest.raises(im.CircuitOpenError):
        b.before_call()


def test_released_trial_frees_the_slot() -> None:
    b, clock, _ = breaker()
    fail(b, times=3)
    clock.now += 10
    b.release(b.before_call())
    b.before_call()  # admitted again


def test_outcomes_from_before_a_transition_are_ignored() -> None:
    b, clock, _ = breaker(success_threshold=1)
    stale = b.before_call()
    fail(b, times=3)
    clock.now += 10
    b.record(stale, None)  # an old in-flight call finishing late is no trial
    assert b.state is CircuitState.HALF_OPEN
