"""The shared limiter stays exact under load: a busy connection pool is not an outage."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import uuid
import warnings

import pytest

import integrations_mistral as im
from integrations_mistral.config.models import RateLimitSettings
from integrations_mistral.resilience import (
    LimiterBackendFallback,
    RedisWindowLimiter,
    ResilienceHooks,
)

pytest.importorskip("redis")


def limits(redis_url: str, on_backend_error: str = "fallback_memory") -> RateLimitSettings:
    return RateLimitSettings(
        enabled=True,
        backend="redis",
        redis_url=redis_url,
        requests_per_minute=100,
        tokens_per_minute=10_000_000,
        on_limit="reject",
        redis_key_prefix=f"chaos-{uuid.uuid4().hex}",
        redis_pool_size=20,
        # exactness under load is what is tested, not an outage: a busy 2-core machine may take
        # longer than the default 0.5 s to serve 1,000 scripts through 20 connections
        redis_timeout_secs=10.0,
        on_backend_error=on_backend_error,  # type: ignore[arg-type]
    )


async def grant(limiter: RedisWindowLimiter, calls: int) -> int:
    async def one() -> bool:
        try:
            await limiter.acquire(1)
        except im.ClientRateLimitError:
            return False
        return True

    return sum(await asyncio.gather(*(one() for _ in range(calls))))


@pytest.mark.parametrize("on_error", ["fallback_memory", "fail_closed"])
async def test_a_thousand_concurrent_calls_stay_exact(redis_url: str, on_error: str) -> None:
    hooks = ResilienceHooks()
    events: list[object] = []
    hooks.subscribe(events.append)
    limiter = RedisWindowLimiter(limits(redis_url, on_error), "p", hooks)
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        granted = await grant(limiter, 1000)
        await limiter.aclose()
    assert granted == 100
    assert not [e for e in events if isinstance(e, LimiterBackendFallback)]


WORKER = """
import asyncio, sys
sys.path.insert(0, sys.argv[3])
from tests.chaos.test_redis_load import grant, limits
from integrations_mistral.config.models import RateLimitSettings
from integrations_mistral.resilience import RedisWindowLimiter

async def main():
    settings = limits(sys.argv[1]).model_copy(update={"redis_key_prefix": sys.argv[2]})
    limiter = RedisWindowLimiter(settings, "p")
    print(await grant(limiter, 1000))
    await limiter.aclose()

asyncio.run(main())
"""


def test_two_processes_with_a_thousand_calls_each_share_one_budget(redis_url: str) -> None:
    from tests.conftest import REPO

    prefix = f"chaos-{uuid.uuid4().hex}"
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, redis_url, prefix, str(REPO)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    granted = [int(w.communicate(timeout=120)[0].strip()) for w in workers]
    assert sum(granted) == 100, granted


async def test_closing_the_client_closes_the_limiters_connection(redis_url: str) -> None:

    from tests.support.apps import App, chat_ok, client_for

    apps = App()
    try:
        url = await apps.start(chat_ok)
        client = client_for(url, rate_limit=limits(redis_url).model_dump())
        await client.chat.create(model="m", messages=[{"role": "user", "content": "hi"}])
        limiter = client._stack.limiter
        assert isinstance(limiter, RedisWindowLimiter) and limiter._redis._clients
        await client.close()
        assert limiter._redis._clients == {}
    finally:
        for runner in apps.runners:
            await runner.cleanup()
