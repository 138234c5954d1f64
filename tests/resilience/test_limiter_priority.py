"""The in-process window's waits by priority: higher first, first come first served within one,
ageing so a lower one is never pushed past its limit."""

from __future__ import annotations

import asyncio

import pytest

import integrations_mistral as im
from integrations_mistral import RateLimitSettings
from integrations_mistral.resilience import LimiterWaited, ResilienceHooks, SlidingWindowLimiter


class Gated:
    """A clock that stands still and sleeps that wait for `open`: every caller is planned
    before anyone is let through."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.open = asyncio.Event()
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        await self.open.wait()


def limiter(
    ageing: float = 600.0, priority: str = "normal", **values: object
) -> tuple[SlidingWindowLimiter, Gated, list[LimiterWaited]]:
    clock, hooks, waits = Gated(), ResilienceHooks(), []
    hooks.subscribe(lambda e: waits.append(e) if isinstance(e, LimiterWaited) else None)
    settings = RateLimitSettings(
        **{
            "enabled": True,
            "requests_per_minute": 1,
            "tokens_per_minute": 10**6,
            "on_limit": "wait",
            "max_wait_secs": 600,
            **values,
        }
    )  # type: ignore[arg-type]
    lim = SlidingWindowLimiter(
        settings, hooks, clock=clock, sleep=clock.sleep, priority=priority, ageing_secs=ageing
    )
    return lim, clock, waits


async def run(lim: SlidingWindowLimiter, clock: Gated, calls: list[str | None]) -> list[float]:
    """Each call in turn (all planned while the window is full), then all let through: when
    each is admitted, seconds from now, in the order given."""
    tasks = []
    for priority in calls:
        tasks.append(asyncio.ensure_future(lim.acquire(1, priority)))
        await asyncio.sleep(0)  # planned now, in arrival order
    clock.open.set()
    permits = await asyncio.gather(*tasks)
    return [p._entry.at - clock.now for p in permits]  # type: ignore[attr-defined]


async def test_a_high_call_goes_ahead_of_low_ones_already_waiting() -> None:
    lim, clock, waits = limiter()
    await lim.acquire(1)  # the window is full for 60 s
    times = await run(lim, clock, ["low", "low", "high", "normal", "high"])
    assert times == [240.0, 300.0, 60.0, 180.0, 120.0]
    assert sorted(round(e.wait) for e in waits) == [60, 120, 180, 240, 300]
    assert lim.usage == (6, 6)


async def test_first_come_first_served_within_one_priority() -> None:
    lim, clock, _ = limiter()
    await lim.acquire(1)
    assert await run(lim, clock, ["low", "low", "low"]) == [60.0, 120.0, 180.0]


async def test_the_profile_default_applies_to_a_call_without_one() -> None:
    lim, clock, _ = limiter(priority="low")
    await lim.acquire(1)
    assert await run(lim, clock, [None, "normal"]) == [120.0, 60.0]


async def test_ageing_a_waiter_is_never_pushed_past_its_limit() -> None:
    lim, clock, _ = limiter(ageing=90.0)
    await lim.acquire(1)
    # the first low may move to +90 at most (it was due at +60): a high may not pass it (that
    # would move it to +120); the second low was due at +120 already: not moved either
    assert await run(lim, clock, ["low", "low", "high"]) == [60.0, 120.0, 180.0]


async def test_ageing_lets_a_high_call_pass_only_those_it_may() -> None:
    lim, clock, _ = limiter(ageing=130.0)
    await lim.acquire(1)
    # the first low (due at +60, ageing +130) may move to +120
    assert await run(lim, clock, ["low", "high", "low"]) == [120.0, 60.0, 180.0]
    lim, clock, _ = limiter(ageing=190.0)
    await lim.acquire(1)
    assert await run(lim, clock, ["low", "low", "high"]) == [120.0, 180.0, 60.0]


async def test_no_waiter_is_pushed_past_max_wait_secs() -> None:
    lim, clock, _ = limiter(max_wait_secs=190)
    await lim.acquire(1)
    times = await run(lim, clock, ["low", "low", "high"])
    assert times == [120.0, 180.0, 60.0]
    lim, clock, _ = limiter(max_wait_secs=170)
    await lim.acquire(1)
    waiting = [asyncio.ensure_future(lim.acquire(1, "low")) for _ in range(2)]
    await asyncio.sleep(0)
    with pytest.raises(im.ClientRateLimitError):  # passing the second low would push it to +180
        await asyncio.wait_for(lim.acquire(1, "high"), 5)
    clock.open.set()
    await asyncio.gather(*waiting)
    assert [e.at - clock.now for e in lim._log] == [0.0, 60.0, 120.0]


async def test_a_pushed_waiter_that_gives_up_leaves_the_window() -> None:
    lim, clock, _ = limiter()
    await lim.acquire(1)
    low = asyncio.ensure_future(lim.acquire(1, "low"))
    await asyncio.sleep(0)
    high = asyncio.ensure_future(lim.acquire(1, "high"))
    await asyncio.sleep(0)
    low.cancel()
    with pytest.raises(asyncio.CancelledError):
        await low
    assert lim.usage == (2, 2)
    clock.open.set()
    await high


async def test_a_high_call_may_not_pass_a_refused_wait() -> None:
    lim, clock, _ = limiter(max_wait_secs=90)
    await lim.acquire(1)
    waiting = asyncio.ensure_future(lim.acquire(1, "low"))
    await asyncio.sleep(0)
    with pytest.raises(im.ClientRateLimitError):  # +120 is past max_wait_secs; low is not moved
        await asyncio.wait_for(lim.acquire(1, "high"), 5)
    clock.open.set()
    await waiting
    assert lim.usage == (2, 2)
