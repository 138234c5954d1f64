"""The breaker asked again before each retry, the limiter giving back
what was never sent, a frozen Redis bounded by its timeout, failures that never change."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

import integrations_mistral as im
from tests.conftest import start_redis
from tests.support.apps import CHAT_REPLY, HELLO, App, client_for


async def test_a_retry_waiting_when_the_circuit_opens_is_not_sent(apps: App) -> None:
    seen: list[str] = []

    async def failing(request: web.Request) -> web.StreamResponse:
        seen.append(request.headers["X-Request-ID"])
        return web.json_response({"message": "down"}, status=503)

    url = await apps.start(failing)
    async with client_for(
        url,
        retry={"max_attempts": 3, "initial_delay_ms": 300, "max_delay_ms": 300, "jitter": "none"},
        circuit_breaker={"failure_threshold": 2, "timeout_secs": 60},
    ) as client:
        waiting = asyncio.create_task(client.chat.create(model="m", messages=HELLO))
        await asyncio.sleep(0.1)  # its first attempt failed; it waits 0.3 s to retry
        other = client.with_options(retry={"max_attempts": 1})
        with pytest.raises(im.ServiceUnavailableError):
            await other.chat.create(model="m", messages=HELLO)  # the second failure: open
        with pytest.raises(im.CircuitOpenError, match="waited to retry"):
            await waiting
    assert len(seen) == 2


async def test_a_call_cancelled_before_it_was_sent_gives_its_slot_back(apps: App) -> None:
    received: list[str] = []

    async def slow(request: web.Request) -> web.StreamResponse:
        received.append(request.path)
        await asyncio.sleep(0.5)
        return web.json_response(CHAT_REPLY)

    url = await apps.start(slow)
    async with client_for(
        url,
        client={"pool_size": 1},
        rate_limit={"requests_per_minute": 100, "tokens_per_minute": 1_000_000},
    ) as client:
        limiter: Any = client._stack.limiter
        holding = asyncio.create_task(client.chat.create(model="m", messages=HELLO))
        await asyncio.sleep(0.1)
        queued = [
            asyncio.create_task(client.chat.create(model="m", messages=HELLO)) for _ in range(5)
        ]
        await asyncio.sleep(0.1)  # they wait for the only connection
        assert limiter.usage[0] == 6
        for task in queued:
            task.cancel()
        await asyncio.gather(*queued, return_exceptions=True)
        assert limiter.usage[0] == 1  # only the call that was sent
        await holding
    assert len(received) == 1


async def test_a_call_failing_to_connect_gives_its_slot_back() -> None:
    async with client_for(
        "http://127.0.0.1:9",
        retry={"max_attempts": 2},
        rate_limit={"requests_per_minute": 100, "tokens_per_minute": 1_000_000},
    ) as client:
        with pytest.raises(im.APIConnectionError):
            await client.chat.create(model="m", messages=HELLO)
        assert client._stack.limiter.usage == (0, 0)  # type: ignore[attr-defined]


@pytest.fixture
def frozen_redis(tmp_path: Path) -> Iterator[str]:
    """A redis-server of its own, stopped (SIGSTOP) once started: it accepts connections and
    never answers."""
    url, process = start_redis(tmp_path)
    os.kill(process.pid, signal.SIGSTOP)
    yield url
    os.kill(process.pid, signal.SIGCONT)
    process.terminate()
    process.wait(timeout=10)


async def test_waiting_for_a_redis_connection_counts_toward_the_timeout(
    apps: App, frozen_redis: str
) -> None:
    async def ok(request: web.Request) -> web.StreamResponse:
        return web.json_response(CHAT_REPLY)

    url = await apps.start(ok)
    limits = {
        "backend": "redis",
        "redis_url": frozen_redis,
        "redis_pool_size": 1,
        "redis_timeout_secs": 0.3,
        "requests_per_minute": 1000,
        "tokens_per_minute": 1_000_000,
    }
    async with client_for(url, rate_limit=limits) as client:
        started = time.monotonic()
        replies = await asyncio.gather(
            *(client.chat.create(model="m", messages=HELLO) for _ in range(8))
        )
        elapsed = time.monotonic() - started
    assert len(replies) == 8  # served through the in-process window (fallback_memory)
    assert elapsed < 1.5, f"8 callers behind one frozen connection took {elapsed:.1f} s"


def status_then_ok(status: int, headers: dict[str, str]):  # type: ignore[no-untyped-def]
    """A handler answering `status` (with `headers`) first, then a chat reply."""
    seen: list[str] = []

    async def handler(request: web.Request) -> web.StreamResponse:
        seen.append(request.path)
        if len(seen) == 1:
            return web.json_response({"message": "later"}, status=status, headers=headers)
        return web.json_response(CHAT_REPLY)

    handler.seen = seen  # type: ignore[attr-defined]
    return handler


async def test_retry_after_is_honoured_beyond_max_delay_ms(apps: App) -> None:
    handler = status_then_ok(429, {"Retry-After": "0.2"})
    url = await apps.start(handler)
    waits: list[float] = []
    async with client_for(url, retry={"max_delay_ms": 10, "initial_delay_ms": 1}) as client:
        client.resilience_hooks.subscribe(lambda event: waits.append(getattr(event, "wait", -1)))
        await client.chat.create(model="m", messages=HELLO)
    assert waits == [pytest.approx(0.2)]


async def test_retry_after_beyond_the_budget_fails_at_once_with_it(apps: App) -> None:
    handler = status_then_ok(429, {"Retry-After": "50"})
    url = await apps.start(handler)
    async with client_for(url, retry={"max_elapsed_secs": 2}) as client:
        started = time.monotonic()
        with pytest.raises(im.RateLimitError) as caught:
            await client.chat.create(model="m", messages=HELLO)
    assert time.monotonic() - started < 1.0
    assert caught.value.retry_after == 50 and caught.value.attempts == 1
    assert len(handler.seen) == 1


async def test_calls_that_create_nothing_are_resent_after_a_500(apps: App) -> None:
    chat = status_then_ok(500, {})
    async with client_for(await apps.start(chat)) as client:
        await client.chat.create(model="m", messages=HELLO)
    assert len(chat.seen) == 2
    create = status_then_ok(500, {})
    async with client_for(await apps.start(create)) as client:
        with pytest.raises(im.InternalServerError):
            await client.agents.create(model="m", name="a")
    assert len(create.seen) == 1


async def test_a_call_whose_key_cannot_be_had_gives_its_slot_back(tmp_path: Path) -> None:
    async with client_for(
        "http://127.0.0.1:9",
        api_key=None,
        api_key_command=[str(tmp_path / "no-such-program")],
        rate_limit={"requests_per_minute": 100, "tokens_per_minute": 1_000_000},
    ) as client:
        with pytest.raises(im.CredentialsError):
            await client.chat.create(model="m", messages=HELLO)
        assert client._stack.limiter.usage == (0, 0)  # type: ignore[attr-defined]
