"""The Redis-shared window against a real redis-server on loopback."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
import textwrap
import uuid

import pytest
from redis.asyncio import Redis

import integrations_mistral as im
from integrations_mistral import RateLimitSettings
from integrations_mistral.resilience import (
    LimiterBackendFallback,
    RedisWindowLimiter,
    ResilienceHooks,
)
from tests.conftest import REPO, _free_port


def settings(redis_url: str, **values: object) -> RateLimitSettings:
    base: dict[str, object] = {
        "enabled": True,
        "backend": "redis",
        "redis_url": redis_url,
        "redis_key_prefix": f"test-{uuid.uuid4().hex}",
        "requests_per_minute": 3,
        "tokens_per_minute": 1000,
        "on_limit": "reject",
    }
    return RateLimitSettings(**{**base, **values})  # type: ignore[arg-type]


async def test_shared_budget_rejects_beyond_rpm(redis_url: str) -> None:
    limits = settings(redis_url)
    first, second = RedisWindowLimiter(limits, "prod"), RedisWindowLimiter(limits, "prod")
    for lim in (first, second, first):
        await lim.acquire(10)
    with pytest.raises(im.ClientRateLimitError) as info:
        await second.acquire(10)
    assert 59 < (info.value.retry_after or 0) <= 60
    other_profile = RedisWindowLimiter(limits, "staging")
    await other_profile.acquire(10)  # its own window
    for lim in (first, second, other_profile):
        await lim.aclose()


async def test_wait_mode_sleeps_until_the_oldest_entry_leaves(redis_url: str) -> None:
    limits = settings(redis_url, requests_per_minute=1, on_limit="wait", max_wait_secs=5)
    lim = RedisWindowLimiter(limits, "p")
    redis = Redis.from_url(redis_url)
    seconds, micros = await redis.time()
    await redis.zadd(lim.key, {"seed:1": seconds + micros / 1e6 - 59.7})
    started = asyncio.get_running_loop().time()
    await lim.acquire(1)
    assert 0.2 < asyncio.get_running_loop().time() - started < 1.5
    await redis.aclose()
    await lim.aclose()


async def test_settle_rewrites_the_token_charge(redis_url: str) -> None:
    limits = settings(redis_url, requests_per_minute=10, tokens_per_minute=100)
    lim = RedisWindowLimiter(limits, "p")
    permit = await lim.acquire(90)
    with pytest.raises(im.ClientRateLimitError):
        await lim.acquire(50)
    permit.settle(15)
    await lim.aclose()  # waits for the background bookkeeping
    redis = Redis.from_url(redis_url, decode_responses=True)
    members = await redis.zrange(lim.key, 0, -1)
    assert [m.rsplit(":", 1)[1] for m in members] == ["15"]
    await redis.aclose()
    again = RedisWindowLimiter(limits, "p")
    await again.acquire(50)
    await again.aclose()


async def test_unreachable_redis_falls_back_and_logs(caplog: pytest.LogCaptureFixture) -> None:
    hooks, events = ResilienceHooks(), []
    hooks.subscribe(events.append)
    limits = settings(f"redis://127.0.0.1:{_free_port()}/0", redis_timeout_secs=0.5)
    lim = RedisWindowLimiter(limits, "p", hooks)
    with caplog.at_level(logging.WARNING, logger="integrations_mistral.resilience"):
        for _ in range(3):
            await lim.acquire(1)
        with pytest.raises(im.ClientRateLimitError):
            await lim.acquire(1)  # the in-process window still enforces the budget
    assert any("shared rate limiter unavailable" in r.message for r in caplog.records)
    assert len([r for r in caplog.records if "unavailable" in r.message]) == 1  # once per outage
    assert isinstance(events[0], LimiterBackendFallback) and events[0].action == "fallback_memory"


async def test_unreachable_redis_fails_closed_when_configured() -> None:
    limits = settings(
        f"redis://127.0.0.1:{_free_port()}/0",
        on_backend_error="fail_closed",
        redis_timeout_secs=0.5,
    )
    lim = RedisWindowLimiter(limits, "p")
    with pytest.raises(im.RateLimiterUnavailableError) as info:
        await lim.acquire(1)
    assert "rate_limit" in info.value.error_type


WORKER = textwrap.dedent(
    """
    import asyncio, sys
    from integrations_mistral import ClientRateLimitError, RateLimitSettings
    from integrations_mistral.resilience import RedisWindowLimiter

    async def main():
        limits = RateLimitSettings(enabled=True, backend="redis", redis_url=sys.argv[1],
                                   redis_key_prefix=sys.argv[2], requests_per_minute=25,
                                   on_limit="reject")
        limiter = RedisWindowLimiter(limits, "prod")
        granted = 0
        for _ in range(40):
            try:
                await limiter.acquire(1)
                granted += 1
            except ClientRateLimitError:
                pass
        await limiter.aclose()
        print(granted)

    asyncio.run(main())
    """
)


def test_two_processes_share_one_budget(redis_url: str) -> None:
    prefix = f"procs-{uuid.uuid4().hex}"
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, redis_url, prefix],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    granted = [int(w.communicate(timeout=60)[0].strip()) for w in workers]
    assert sum(granted) == 25, granted


async def test_a_frozen_redis_warns_once_per_outage_whatever_the_crowd(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Redis accepts connections and never answers: 60 concurrent calls each wait out
    redis_timeout_secs, and the outage is told once (one warning, one hook event)."""

    async def frozen(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(1 << 16)
        await asyncio.sleep(30)

    server = await asyncio.start_server(frozen, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    hooks, events = ResilienceHooks(), []
    hooks.subscribe(events.append)
    limits = settings(f"redis://127.0.0.1:{port}/0", redis_timeout_secs=0.2)
    lim = RedisWindowLimiter(limits, "p", hooks)
    try:
        with caplog.at_level(logging.WARNING, logger="integrations_mistral.resilience"):
            await asyncio.gather(*(lim.acquire(1) for _ in range(60)), return_exceptions=True)
            await asyncio.gather(*(lim.acquire(1) for _ in range(60)), return_exceptions=True)
    finally:
        server.close()
        await lim.aclose()
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1, [r.message for r in warnings]
    assert len([e for e in events if isinstance(e, LimiterBackendFallback)]) == 1
