"""In-process sliding window: budgets, waits, rejections, fairness and reconciliation."""

from __future__ import annotations

import asyncio

import pytest

import integrations_mistral as im
from integrations_mistral import RateLimitSettings
from integrations_mistral.resilience import (
    LimiterRejected,
    LimiterWaited,
    ResilienceHooks,
    SlidingWindowLimiter,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        await asyncio.sleep(0)


def limiter(**values: object) -> tuple[SlidingWindowLimiter, Clock, list[object]]:
    clock, hooks, events = Clock(), ResilienceHooks(), []
    hooks.subscribe(events.append)
    settings = RateLimitSettings(
        **{"enabled": True, "requests_per_minute": 3, "tokens_per_minute": 1000, **values}
    )  # type: ignore[arg-type]
    return SlidingWindowLimiter(settings, hooks, clock=clock, sleep=clock.sleep), clock, events


async def test_reject_when_request_budget_is_spent() -> None:
    lim, clock, events = limiter(on_limit="reject")
    for _ in range(3):
        await lim.acquire(1)
    clock.now += 20
    with pytest.raises(im.ClientRateLimitError) as info:
        await lim.acquire(1)
    error = info.value
    assert "rate_limit" in error.error_type and error.status_code is None
    assert error.retry_after == pytest.approx(40)  # the oldest entry leaves the window at +60
    assert isinstance(events[-1], LimiterRejected)
    clock.now += 40
    await lim.acquire(1)  # the window slid


async def test_token_budget() -> None:
    lim, clock, _ = limiter(on_limit="reject", requests_per_minute=100, tokens_per_minute=100)
    await lim.acquire(60)
    clock.now += 30
    await lim.acquire(40)
    with pytest.raises(im.ClientRateLimitError) as info:
        await lim.acquire(1)
    assert info.value.retry_after == pytest.approx(30)


async def test_request_larger_than_budget_is_refused_at_once() -> None:
    lim, _, _ = limiter(tokens_per_minute=100)
    with pytest.raises(im.ClientRateLimitError, match="more than tokens_per_minute"):
        await lim.acquire(101)


async def test_wait_mode_waits_for_room() -> None:
    lim, clock, events = limiter(on_limit="wait", max_wait_secs=60)
    for _ in range(3):
        await lim.acquire(1)
    clock.now += 15
    await lim.acquire(1)
    assert clock.sleeps == [pytest.approx(45)]
    assert events[-1] == LimiterWaited(pytest.approx(45))


async def test_wait_longer_than_max_wait_fails() -> None:
    lim, clock, _ = limiter(on_limit="wait", max_wait_secs=10)
    for _ in range(3):
        await lim.acquire(1)
    with pytest.raises(im.ClientRateLimitError) as info:
        await lim.acquire(1)
    assert info.value.retry_after == pytest.approx(60)
    assert clock.sleeps == []


async def test_concurrent_callers_first_come_first_served_within_budget() -> None:
    lim, clock, _ = limiter(on_limit="wait", max_wait_secs=600, requests_per_minute=5)
    order: list[int] = []

    async def caller(i: int) -> None:
        await lim.acquire(1)
        order.append(i)

    await asyncio.gather(*(caller(i) for i in range(20)))
    admitted = [entry.at for entry in lim._log for _ in range(entry.requests)]
    assert admitted == sorted(admitted)
    assert admitted == [1000.0] * 5 + [1060.0] * 5 + [1120.0] * 5 + [1180.0] * 5
    assert sorted(clock.sleeps) == [60.0] * 5 + [120.0] * 5 + [180.0] * 5
    for start in admitted:
        in_window = [at for at in admitted if start - 60 < at <= start]
        assert len(in_window) <= 5


async def test_settle_reconciles_tokens() -> None:
    lim, _, _ = limiter(on_limit="reject", requests_per_minute=100, tokens_per_minute=100)
    permit = await lim.acquire(90)
    with pytest.raises(im.ClientRateLimitError):
        await lim.acquire(50)
    permit.settle(20)  # the response reported 20 tokens
    assert lim.usage == (1, 20)
    await lim.acquire(50)
    assert lim.usage == (2, 70)


async def test_cancelled_waiter_gives_its_place_back() -> None:
    lim, _, _ = limiter(on_limit="wait", max_wait_secs=600, requests_per_minute=1)
    await lim.acquire(5)
    gate = asyncio.Event()

    async def blocked_sleep(seconds: float) -> None:
        await gate.wait()

    lim._sleep = blocked_sleep
    waiter = asyncio.ensure_future(lim.acquire(7))
    await asyncio.sleep(0)
    assert lim.usage == (2, 12)
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    assert lim.usage == (1, 5)


async def test_calls_admitted_together_share_an_entry_and_count_exactly() -> None:
    lim, clock, _ = limiter(on_limit="reject", requests_per_minute=1000, tokens_per_minute=10**6)
    permits = [await lim.acquire(10) for _ in range(100)]
    assert len(lim._log) == 1 and lim.usage == (100, 1000)
    permits[0].settle(4)
    permits[0].settle(4)  # settling again changes nothing
    assert lim.usage == (100, 994)
    clock.now += 0.002  # a later millisecond: an entry of its own
    await lim.acquire(10)
    assert len(lim._log) == 2 and lim.usage == (101, 1004)
    clock.now += 59.999  # the first entry (stamped at its latest call) has left the window
    assert lim.usage == (1, 10)
