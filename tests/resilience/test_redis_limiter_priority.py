"""The Redis-shared window's waits by priority, across replicas, on a real redis-server: a high
call of one replica goes ahead of low calls another replica has waiting, never past their
ageing limit."""

from __future__ import annotations

import asyncio
import uuid

from redis.asyncio import Redis

from integrations_mistral import RateLimitSettings
from integrations_mistral.resilience import LimiterWaited, RedisWindowLimiter, ResilienceHooks


async def full_window(redis_url: str, prefix: str) -> None:
    """100 tokens used, 10 of them leaving the window every 0.1 s from 0.3 s on."""
    redis = Redis.from_url(redis_url)
    seconds, micros = await redis.time()
    now = seconds + micros / 1e6
    seeds = {f"seed{i}:10": now - 60 + 0.3 + 0.1 * i for i in range(10)}
    await redis.zadd(f"{prefix}:p:window", seeds)  # type: ignore[arg-type]
    await redis.aclose()


def replica(redis_url: str, prefix: str, ageing: float = 30.0) -> RedisWindowLimiter:
    limits = RateLimitSettings(
        enabled=True,
        backend="redis",
        redis_url=redis_url,  # type: ignore[arg-type]
        redis_key_prefix=prefix,
        requests_per_minute=1000,
        tokens_per_minute=100,
        on_limit="wait",
        max_wait_secs=10,
    )
    return RedisWindowLimiter(limits, "p", ResilienceHooks(), ageing_secs=ageing)


async def admitted_order(redis_url: str, lows_ageing: float) -> tuple[list[str], list[float]]:
    """Two lows wait on replica A, then a high arrives on replica B: the order they are let
    through, and the lows' whole waits."""
    prefix = f"test-{uuid.uuid4().hex}"
    await full_window(redis_url, prefix)
    a, b = replica(redis_url, prefix, lows_ageing), replica(redis_url, prefix)
    waits: list[float] = []
    a._hooks.subscribe(lambda e: waits.append(e.wait) if isinstance(e, LimiterWaited) else None)
    order: list[str] = []

    async def call(limiter: RedisWindowLimiter, name: str, priority: str) -> None:
        await limiter.acquire(10, priority)
        order.append(name)

    tasks = []
    for limiter, name, priority in ((a, "low1", "low"), (a, "low2", "low"), (b, "high", "high")):
        tasks.append(asyncio.ensure_future(call(limiter, name, priority)))
        await asyncio.sleep(0.02)  # each reserved before the next arrives
    await asyncio.gather(*tasks)
    await a.aclose()
    await b.aclose()
    return order, sorted(waits)


async def test_a_high_call_of_one_replica_passes_low_ones_of_another(redis_url: str) -> None:
    order, waits = await admitted_order(redis_url, lows_ageing=30.0)
    assert order == ["high", "low1", "low2"]
    # the lows were due at +0.3 and +0.4; passed, they waited until +0.4 and +0.5
    assert 0.35 < waits[0] < 0.5 and 0.45 < waits[1] < 0.6


async def test_ageing_keeps_a_waiter_from_being_passed_past_its_limit(redis_url: str) -> None:
    order, waits = await admitted_order(redis_url, lows_ageing=0.01)
    assert order == ["low1", "low2", "high"]
    assert 0.2 < waits[0] < 0.35 and 0.3 < waits[1] < 0.45
