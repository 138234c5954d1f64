"""The Redis-shared circuit breaker against a real redis-server: two breakers on one key stand for
two replicas (the multi-process proof is in tests/fleet)."""

from __future__ import annotations

import asyncio
import logging
import time
import uuid

import pytest

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.config.models import CircuitBreakerSettings
from integrations_mistral.resilience import (
    BreakerBackendFallback,
    BreakerTransition,
    CircuitState,
    RedisCircuitBreaker,
    ResilienceHooks,
)
from integrations_mistral.testing import FakeMistralServer
from tests.conftest import _free_port, local_overrides

pytest.importorskip("redis")

FAILURE = im.ServiceUnavailableError("HTTP 503", status_code=503)


def replicas(
    redis_url: str, count: int = 2, **values: object
) -> tuple[list[RedisCircuitBreaker], list[object]]:
    """`count` breakers sharing one key, and the events all of them emit."""
    options: dict[str, object] = {
        "failure_threshold": 3,
        "success_threshold": 1,
        "timeout_secs": 0.3,
    }
    settings = CircuitBreakerSettings(backend="redis", **{**options, **values})  # type: ignore[arg-type]
    key = f"test-{uuid.uuid4().hex}:p:breaker"
    events: list[object] = []
    made = []
    for _ in range(count):
        hooks = ResilienceHooks()
        hooks.subscribe(events.append)
        made.append(RedisCircuitBreaker(settings, redis_url, key, 10, hooks))
    return made, events


async def close(breakers: list[RedisCircuitBreaker]) -> None:
    for breaker in breakers:
        await breaker.aclose()


async def test_failures_from_every_replica_count_toward_one_threshold(redis_url: str) -> None:
    (a, b), events = replicas(redis_url)
    for breaker in (a, b, a):
        ticket = await breaker.admit()
        await breaker.report(ticket, FAILURE)
    for breaker in (a, b):
        with pytest.raises(im.CircuitOpenError, match="shared by the fleet"):
            await breaker.admit()
    assert [e for e in events if isinstance(e, BreakerTransition)] == [
        BreakerTransition("closed", "open")
    ]  # made by one replica, so counted and logged once
    assert a.state is b.state is CircuitState.OPEN
    await close([a, b])


async def test_a_success_anywhere_resets_the_consecutive_count(redis_url: str) -> None:
    (a, b), _ = replicas(redis_url)
    for breaker, outcome in ((a, FAILURE), (b, FAILURE), (a, None), (b, FAILURE), (a, FAILURE)):
        await breaker.report(await breaker.admit(), outcome)
    await b.admit()  # 2 consecutive failures since the success: still closed
    await close([a, b])


async def test_one_trial_fleet_wide_when_half_open(redis_url: str) -> None:
    breakers, events = replicas(redis_url, count=4)
    for _ in range(3):
        await breakers[0].report(await breakers[0].admit(), FAILURE)
    await asyncio.sleep(0.35)
    outcomes = await asyncio.gather(*(b.admit() for b in breakers), return_exceptions=True)
    trials = [o for o in outcomes if isinstance(o, int)]
    assert len(trials) == 1
    assert sum(isinstance(o, im.CircuitOpenError) for o in outcomes) == 3
    holder = breakers[[isinstance(o, int) for o in outcomes].index(True)]
    await holder.report(trials[0], None)  # success_threshold = 1: closed for everyone
    for breaker in breakers:
        await breaker.admit()
    moves = [(e.old, e.new) for e in events if isinstance(e, BreakerTransition)]
    assert moves == [("closed", "open"), ("open", "half_open"), ("half_open", "closed")]
    await close(breakers)


async def test_a_failed_trial_reopens_for_everyone(redis_url: str) -> None:
    (a, b), _ = replicas(redis_url)
    for _ in range(3):
        await a.report(await a.admit(), FAILURE)
    await asyncio.sleep(0.35)
    await b.report(await b.admit(), FAILURE)
    with pytest.raises(im.CircuitOpenError) as info:
        await a.admit()
    assert 0.2 < (info.value.retry_after or 0) <= 0.3


async def test_a_trial_whose_replica_died_is_given_to_another_after_its_lease(
    redis_url: str,
) -> None:
    (a, b), _ = replicas(redis_url)
    for _ in range(3):
        await a.report(await a.admit(), FAILURE)
    await asyncio.sleep(0.35)
    await a.admit()  # the trial; a never reports (it died)
    with pytest.raises(im.CircuitOpenError):
        await b.admit()
    await asyncio.sleep(0.35)
    await b.admit()  # the lease (timeout_secs) ran out
    await close([a, b])


async def test_an_unsent_trial_is_given_back(redis_url: str) -> None:
    (a, b), _ = replicas(redis_url)
    for _ in range(3):
        await a.report(await a.admit(), FAILURE)
    await asyncio.sleep(0.35)
    a.release(await a.admit())
    await asyncio.sleep(0.05)  # the release is written in the background
    await b.admit()
    await close([a, b])


async def test_retries_stop_once_another_replica_opened_it(redis_url: str) -> None:
    (a, b), _ = replicas(redis_url)
    ticket = await a.admit()
    await a.report(ticket, FAILURE)
    for _ in range(2):
        await b.report(await b.admit(), FAILURE)
    assert a.admits_retry(ticket)  # what a saw last
    await a.refresh()
    assert not a.admits_retry(ticket)
    await close([a, b])


@pytest.mark.parametrize("action", ["local", "closed"])
async def test_redis_down_is_bounded_and_falls_back_as_configured(
    action: str, caplog: pytest.LogCaptureFixture
) -> None:
    dead = f"redis://127.0.0.1:{_free_port()}/0"
    (breaker,), events = replicas(dead, count=1, on_backend_error=action, redis_timeout_secs=0.2)
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, "integrations_mistral.resilience"):
        for _ in range(3):
            breaker.record(await breaker.admit(), FAILURE)
    assert time.monotonic() - started < 1.0
    if action == "local":  # this process's own breaker counted the failures
        with pytest.raises(im.CircuitOpenError):
            await breaker.admit()
    else:
        await breaker.admit()
    assert [e for e in events if isinstance(e, BreakerBackendFallback)] == [
        BreakerBackendFallback(action, events[0].error)  # type: ignore[attr-defined]
    ]
    assert len([r for r in caplog.records if "breaker unavailable" in r.message]) == 1
    await breaker.aclose()


async def test_a_redis_url_password_never_reaches_the_log(caplog: pytest.LogCaptureFixture) -> None:
    dead = f"redis://user:hunter2-secret@127.0.0.1:{_free_port()}/0"
    (breaker,), _ = replicas(dead, count=1, redis_timeout_secs=0.2)
    with caplog.at_level(logging.WARNING, "integrations_mistral.resilience"):
        await breaker.admit()
    assert "breaker unavailable" in caplog.text
    assert "hunter2-secret" not in caplog.text
    await breaker.aclose()


async def test_a_derived_clients_shared_breaker_closes_with_its_parent(
    server: FakeMistralServer, redis_url: str
) -> None:
    shared = {"backend": "redis", "redis_url": redis_url}
    client = MistralClient(**local_overrides(server, circuit_breaker=shared))
    derived = client.with_options(circuit_breaker={**shared, "failure_threshold": 9})
    await derived.chat.create(model="m", messages=[{"role": "user", "content": "hi"}])
    breaker = derived._stack.breaker
    assert isinstance(breaker, RedisCircuitBreaker) and breaker is not client._stack.breaker
    assert breaker._redis._clients
    await client.close()
    assert breaker._redis._clients == {}
