"""Retry policy: what is retried, how long it waits, and the total budget."""

from __future__ import annotations

import time

import pytest

import integrations_mistral as im
from integrations_mistral import RetrySettings
from integrations_mistral.resilience import ResilienceHooks, RetryPolicy, RetryScheduled


def policy(**values: object) -> tuple[RetryPolicy, list[RetryScheduled]]:
    hooks = ResilienceHooks()
    events: list[RetryScheduled] = []
    hooks.subscribe(lambda e: events.append(e) if isinstance(e, RetryScheduled) else None)
    defaults: dict[str, object] = {"initial_delay_ms": 1, "max_delay_ms": 5, "jitter": "none"}
    return RetryPolicy(RetrySettings(**{**defaults, **values}), hooks), events  # type: ignore[arg-type]


class Script:
    """Raises the given errors in order, then returns 'ok'; records the budgets it was given."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.calls = 0
        self.budgets: list[float] = []

    async def __call__(self, budget: float) -> str:
        self.calls += 1
        self.budgets.append(budget)
        if self.errors:
            raise self.errors.pop(0)
        return "ok"


def status_error(status: int, retry_after: float | None = None) -> im.MistralError:
    retryable = status in (429, 500, 502, 503, 504)
    if status == 429:
        return im.RateLimitError("429", status_code=429, is_retryable=True, retry_after=retry_after)
    if status == 503:
        return im.ServiceUnavailableError("503", status_code=503, retry_after=retry_after)
    return im.MistralError(str(status), status_code=status, is_retryable=retryable)


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
async def test_retryable_statuses_are_retried(status: int) -> None:
    retry, events = policy(max_attempts=3)
    script = Script(status_error(status), status_error(status))
    assert await retry.run(script) == "ok"
    assert script.calls == 3
    assert [e.attempt for e in events] == [1, 2]


@pytest.mark.parametrize(
    "error",
    [im.RequestTimeoutError("slow"), im.APIConnectionError("reset")],
)
async def test_timeouts_and_connection_errors_are_retried(error: im.MistralError) -> None:
    retry, _ = policy(max_attempts=2)
    script = Script(error)
    assert await retry.run(script) == "ok"
    assert script.calls == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
async def test_client_errors_are_never_retried(status: int) -> None:
    retry, events = policy(max_attempts=5)
    script = Script(status_error(status))
    with pytest.raises(im.MistralError) as info:
        await retry.run(script)
    assert script.calls == 1 and not events
    assert info.value.attempts == 1


async def test_gives_up_after_max_attempts_with_last_error() -> None:
    retry, _ = policy(max_attempts=3)
    errors = [status_error(500), status_error(502), status_error(503)]
    script = Script(*errors, status_error(500))
    with pytest.raises(im.MistralError) as info:
        await retry.run(script)
    assert info.value is errors[-1]
    assert info.value.is_retryable is True
    assert info.value.attempts == 3
    assert script.calls == 3


async def test_exponential_waits_capped() -> None:
    retry, events = policy(
        max_attempts=6, initial_delay_ms=10, backoff_multiplier=2, max_delay_ms=45
    )
    script = Script(*[status_error(500)] * 5)
    await retry.run(script)
    assert [round(e.wait, 3) for e in events] == [0.01, 0.02, 0.04, 0.045, 0.045]


async def test_full_jitter_stays_within_the_delay() -> None:
    retry, events = policy(max_attempts=30, initial_delay_ms=20, max_delay_ms=20, jitter="full")
    await retry.run(Script(*[status_error(500)] * 29))
    waits = [e.wait for e in events]
    assert all(0 <= w <= 0.02 for w in waits)
    assert len(set(waits)) > 5  # really random


async def test_retry_after_sets_the_wait() -> None:
    retry, events = policy(max_attempts=2, initial_delay_ms=1, max_delay_ms=1)
    started = time.monotonic()
    await retry.run(Script(status_error(429, retry_after=0.15)))
    assert events[0].wait == pytest.approx(0.15)
    assert time.monotonic() - started >= 0.15


async def test_retry_after_beyond_budget_gives_up_at_once() -> None:
    retry, _ = policy(max_attempts=5, max_elapsed_secs=0.5)
    script = Script(status_error(503, retry_after=30))
    started = time.monotonic()
    with pytest.raises(im.ServiceUnavailableError) as info:
        await retry.run(script)
    assert time.monotonic() - started < 0.2
    assert script.calls == 1 and info.value.attempts == 1


async def test_budget_caps_waits_and_attempts() -> None:
    retry, _ = policy(
        max_attempts=50, initial_delay_ms=100, max_delay_ms=100, max_elapsed_secs=0.35
    )
    script = Script(*[status_error(500)] * 50)
    started = time.monotonic()
    with pytest.raises(im.MistralError) as info:
        await retry.run(script)
    elapsed = time.monotonic() - started
    assert elapsed < 0.35
    assert 2 <= script.calls <= 4
    assert info.value.attempts == script.calls
    assert script.budgets[0] == pytest.approx(0.35, abs=0.01)
    assert all(
        later < earlier for earlier, later in zip(script.budgets, script.budgets[1:], strict=False)
    )


async def test_non_mistral_errors_propagate_untouched() -> None:
    retry, _ = policy(max_attempts=3)
    script = Script(KeyError("bug"))
    with pytest.raises(KeyError):
        await retry.run(script)
    assert script.calls == 1
