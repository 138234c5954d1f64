"""The shared circuit breaker across real processes: the threshold counts the whole fleet's
failures, one trial call goes out fleet-wide, and Redis dying mid-run stalls no call."""

from __future__ import annotations

import asyncio
import itertools
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import start_redis
from tests.fleet.conftest import run_replicas

pytest.importorskip("redis")

FAST = {"initial_delay_ms": 1, "max_delay_ms": 2, "jitter": "none"}


def spec(url: str, redis: str, calls: int, backend: str = "redis", **extra: Any) -> dict[str, Any]:
    breaker = {
        "backend": backend,
        "redis_url": redis,
        "failure_threshold": 6,
        "success_threshold": 1,
        "timeout_secs": 30,
        **extra.pop("breaker", {}),
    }
    settings = {
        "api_key": "fleet-key",
        "base_url": url,
        "client": {"allow_insecure_http": True},
        "retry": {**FAST, "max_attempts": 1},
        "rate_limit": {"redis_key_prefix": extra.pop("prefix")},
        "circuit_breaker": breaker,
    }
    return {"settings": settings, "calls": calls, **extra}


@pytest.mark.parametrize("backend", ["redis", "memory"])
async def test_every_replica_stops_within_one_failure_of_the_threshold(
    upstreams: Any, redis_url: str, tmp_path: Path, backend: str
) -> None:
    upstream = await upstreams("fail")
    prefix = f"fleet-{uuid.uuid4().hex}"
    start_at = time.time() + 2.5
    one = spec(upstream.url, redis_url, 10, backend, prefix=prefix, start_at=start_at, pause=0.02)
    results = await run_replicas([one] * 4, str(tmp_path))
    errors = [call["error"] for replica in results for call in replica]
    assert len(errors) == 40 and not any(call["ok"] for replica in results for call in replica)
    if backend == "memory":  # each process learns alone: 6 failures each
        assert upstream.count() == 24
        return
    assert 6 <= upstream.count() <= 6 + 3  # the threshold, plus at most one in flight elsewhere
    assert errors.count("CircuitOpenError") == 40 - upstream.count()


async def test_one_trial_call_fleet_wide(upstreams: Any, redis_url: str, tmp_path: Path) -> None:
    upstream = await upstreams("fail")
    prefix = f"fleet-{uuid.uuid4().hex}"
    breaker = {"failure_threshold": 2, "timeout_secs": 1.0}
    opener = spec(upstream.url, redis_url, 2, prefix=prefix, breaker=breaker)
    (opened,) = await run_replicas([opener], str(tmp_path))
    assert [c["error"] for c in opened] == ["ServiceUnavailableError"] * 2
    upstream.mode = "slow"  # recovered, slowly: every replica asks while the trial is out
    since = time.time()
    start_at = since + 2.5  # past timeout_secs: half open
    trial = spec(upstream.url, redis_url, 1, prefix=prefix, breaker=breaker, start_at=start_at)
    results = await run_replicas([trial] * 4, str(tmp_path))
    outcomes = sorted(str(replica[0]["error"]) for replica in results)
    assert upstream.count(since=since) == 1
    assert outcomes == ["CircuitOpenError"] * 3 + ["None"]
    after = spec(upstream.url, redis_url, 1, prefix=prefix, breaker=breaker)
    (closed,) = await run_replicas([after], str(tmp_path))  # success_threshold = 1: closed
    assert closed[0]["ok"]


async def test_redis_killed_and_restarted_mid_run(upstreams: Any, tmp_path: Path) -> None:
    """Redis dies 1 s in and is back 1 s later: no call stalls or is lost; once the replicas
    try Redis again (5 s after they lost it), a failing API opens the fleet's breaker again."""
    url, process = start_redis(tmp_path)
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    upstream = await upstreams("ok")
    prefix = f"fleet-{uuid.uuid4().hex}"
    breaker = {"redis_timeout_secs": 0.2}
    start_at = time.time() + 2.5
    steady = spec(
        upstream.url, url, 100, prefix=prefix, breaker=breaker, start_at=start_at, pause=0.1
    )
    replicas = asyncio.ensure_future(run_replicas([steady] * 2, str(tmp_path)))
    restarted = None
    try:
        await asyncio.sleep(start_at - time.time() + 1.0)
        process.kill()
        await asyncio.to_thread(process.wait)
        await asyncio.sleep(1.0)
        restarted = await asyncio.to_thread(_restart, tmp_path, port)
        await asyncio.sleep(start_at + 7.5 - time.time())  # both replicas use Redis again
        failing_since = time.time()
        upstream.mode = "fail"
        results = await replicas
        state = await _breaker_state(url, f"{prefix}:default:breaker")
    finally:
        replicas.cancel()
        process.kill()
        if restarted is not None:
            restarted.kill()
    calls = [call for replica in results for call in replica]
    before = [call for call in calls if call["at"] < failing_since]
    assert len(calls) == 200 and len(before) > 100
    assert all(call["ok"] for call in before)  # none lost while Redis was away
    for replica in results:  # none stalled: Redis is given redis_timeout_secs at most
        gaps = [b["at"] - a["at"] for a, b in itertools.pairwise(replica)]
        assert max(gaps) < 0.1 + 0.2 + 0.3
    assert 6 <= upstream.count("fail") <= 7  # one shared threshold, not 6 per replica
    assert state == "1"  # open, in the restarted Redis


async def _breaker_state(url: str, key: str) -> Any:
    from redis.asyncio import Redis

    redis = Redis.from_url(url, decode_responses=True)
    try:
        return await redis.hget(key, "s")
    finally:
        await redis.aclose()


def _restart(workdir: Path, port: int) -> Any:
    """redis-server again on the same port."""
    import subprocess

    from tests.conftest import wait_for_redis

    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no", "--dir", str(workdir)],
        stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
    )  # fmt: skip
    wait_for_redis(port, process)
    return process
