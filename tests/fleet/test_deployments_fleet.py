"""Deployments across replicas: real processes sharing a real redis-server, each deployment's
limiter and breaker shared by name (`<profile>@<deployment>`)."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from .conftest import Upstream, run_replicas


def settings(redis_url: str, prefix: str, deployments: dict[str, Any], **extra: Any) -> Any:
    return {
        "api_key": "fleet-key-123",
        "base_url": "http://127.0.0.1:9",  # the profile's own target: never asked for a model
        "client": {"allow_insecure_http": True},
        "retry": {"initial_delay_ms": 1, "max_delay_ms": 5},
        "rate_limit": {
            "backend": "redis", "redis_url": redis_url, "redis_key_prefix": prefix,
            "on_limit": "reject",
        },
        "deployments": deployments,
        **extra,
    }  # fmt: skip


async def test_usage_based_budgets_hold_across_three_replicas(
    upstreams: Callable[[str], Awaitable[Upstream]], redis_url: str, tmp_path: Path
) -> None:
    big, small = await upstreams("ok"), await upstreams("ok")
    deployments = {
        "big": {"base_url": big.url, "requests_per_minute": 60},
        "small": {"base_url": small.url, "requests_per_minute": 20},
    }
    spec = {
        "settings": settings(
            redis_url, f"usage{time.time_ns()}", deployments, routing={"strategy": "usage_based"}
        ),
        "calls": 40,
        "start_at": time.time() + 2,
    }
    outcomes = [o for replica in await run_replicas([spec] * 3, str(tmp_path)) for o in replica]
    assert len(outcomes) == 120
    assert big.count() <= 60 and small.count() <= 20  # never past a budget in the minute
    assert max(o["at"] for o in outcomes) - spec["start_at"] < 30  # refused at once, not waited
    served = Counter(o["deployment"] for o in outcomes if o["ok"])
    assert served["big"] == big.count() and served["small"] == small.count()
    assert served["big"] + served["small"] >= 75  # the budgets were used, not wasted
    assert {o["error"] for o in outcomes if not o["ok"]} <= {"ClientRateLimitError"}


async def test_a_failing_deployment_loses_no_call_and_cools_down_fleet_wide(
    upstreams: Callable[[str], Awaitable[Upstream]], redis_url: str, tmp_path: Path
) -> None:
    failing, healthy = await upstreams("fail"), await upstreams("ok")
    deployments = {"failing": {"base_url": failing.url}, "healthy": {"base_url": healthy.url}}
    breaker = {
        "backend": "redis", "redis_url": redis_url, "failure_threshold": 3, "timeout_secs": 60,
    }  # fmt: skip
    spec = {
        "settings": settings(
            redis_url,
            f"cool{time.time_ns()}",
            deployments,
            circuit_breaker=breaker,
            rate_limit={"enabled": False},
            routing={"strategy": "ordered"},
        ),
        "calls": 50,
        "start_at": time.time() + 2,
    }
    outcomes = [o for replica in await run_replicas([spec] * 4, str(tmp_path)) for o in replica]
    assert len(outcomes) == 200 and all(o["ok"] for o in outcomes)  # no call lost
    assert {o["deployment"] for o in outcomes} == {"healthy"}
    assert failing.count() <= 3 * 4  # at most failure_threshold per replica per cooldown


async def test_a_deployment_down_for_seconds_then_failing_loses_no_call(
    upstreams: Callable[[str], Awaitable[Upstream]], redis_url: str, tmp_path: Path
) -> None:
    """Connection refused for 2 s, then 503s until 5 s, then well: no call lost, and the
    failing deployment sees at most failure_threshold requests per replica per cooldown."""
    import asyncio

    from aiohttp import web

    from tests.support.scripted_model import free_port

    healthy = await upstreams("ok")
    flaky, port = Upstream("fail"), free_port()
    deployments = {
        "flaky": {"base_url": f"http://127.0.0.1:{port}"},
        "healthy": {"base_url": healthy.url},
    }
    breaker = {
        "backend": "redis", "redis_url": redis_url, "failure_threshold": 3, "timeout_secs": 1,
    }  # fmt: skip
    begin = time.time() + 2
    spec = {
        "settings": settings(
            redis_url,
            f"flaky{time.time_ns()}",
            deployments,
            circuit_breaker=breaker,
            rate_limit={"enabled": False},
            routing={"strategy": "ordered"},
        ),
        "calls": 200,
        "pause": 0.03,
        "start_at": begin,
    }

    async def outage() -> None:
        await asyncio.sleep(max(0.0, begin + 2 - time.time()))  # refused until then
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", flaky.handle)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        await asyncio.sleep(max(0.0, begin + 5 - time.time()))
        flaky.mode = "ok"  # recovered
        await asyncio.sleep(8)
        await runner.cleanup()

    server = asyncio.create_task(outage())
    replicas = await run_replicas([spec] * 4, str(tmp_path))
    server.cancel()
    outcomes = [o for replica in replicas for o in replica]
    assert len(outcomes) == 800 and all(o["ok"] for o in outcomes)  # no call lost
    failing_secs = 3.0  # the 503 phase
    cooldowns = failing_secs / breaker["timeout_secs"] + 1
    assert flaky.count("fail") <= 3 * 4 * cooldowns, flaky.count("fail")
    assert flaky.count("ok") > 0  # recovered, it is the first in order again
