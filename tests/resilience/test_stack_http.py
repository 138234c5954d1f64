"""Every resilience rule through the full client stack, proven by the server's request counts."""

from __future__ import annotations

import asyncio
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import aiohttp
import pytest

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.factory import StackRegistry
from integrations_mistral.operations import operation
from integrations_mistral.request import Request
from integrations_mistral.resilience import BreakerTransition, RetryScheduled
from integrations_mistral.testing import FakeMistralServer, ScriptedReply
from tests.conftest import local_overrides

PATH = "/v1/chat/completions"
HELLO = [{"role": "user", "content": "hello"}]
FAST_RETRY = {"initial_delay_ms": 1, "max_delay_ms": 5, "jitter": "none"}


def client_for(
    server: FakeMistralServer, registry: StackRegistry | None = None, **overrides: object
) -> MistralClient:
    overrides.setdefault("retry", FAST_RETRY)
    settings = im.load_settings(**local_overrides(server, **overrides))
    return MistralClient(settings, registry=registry or StackRegistry())


def error(status: int, **extra: object) -> ScriptedReply:
    return ScriptedReply(
        status=status, json={"object": "error", "message": f"status {status}"}, **extra
    )  # type: ignore[arg-type]


async def test_5xx_run_then_success(server: FakeMistralServer) -> None:
    server.enqueue(PATH, error(503), error(500), error(502))
    async with client_for(server, retry={**FAST_RETRY, "max_attempts": 4}) as client:
        response = await client.chat.create(model="m", messages=HELLO)
    assert response.text == "echo: hello"
    assert len(server.requests_to(PATH)) == 4


async def test_attempts_run_out(server: FakeMistralServer) -> None:
    server.enqueue(PATH, *[error(500)] * 5)
    async with client_for(server) as client:
        with pytest.raises(im.InternalServerError) as info:
            await client.chat.create(model="m", messages=HELLO)
    assert info.value.attempts == 3 and info.value.is_retryable
    assert len(server.requests_to(PATH)) == 3


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
async def test_client_errors_sent_once(server: FakeMistralServer, status: int) -> None:
    server.enqueue(PATH, error(status))
    async with client_for(server, retry={**FAST_RETRY, "max_attempts": 5}) as client:
        with pytest.raises(im.MistralError) as info:
            await client.chat.create(model="m", messages=HELLO)
    assert info.value.status_code == status and info.value.attempts == 1
    assert len(server.requests_to(PATH)) == 1


async def test_retry_after_seconds_is_honoured(server: FakeMistralServer) -> None:
    server.enqueue(PATH, error(429, headers={"Retry-After": "0.3"}))
    async with client_for(server) as client:
        started = time.monotonic()
        await client.chat.create(model="m", messages=HELLO)
    assert time.monotonic() - started >= 0.3
    assert len(server.requests_to(PATH)) == 2


async def test_retry_after_http_date_is_honoured(server: FakeMistralServer) -> None:
    when = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=2), usegmt=True)
    server.enqueue(PATH, error(503, headers={"Retry-After": when}))
    async with client_for(server) as client:
        started = time.monotonic()
        await client.chat.create(model="m", messages=HELLO)
    assert 0.9 <= time.monotonic() - started <= 3.0  # HTTP dates have whole-second precision
    assert len(server.requests_to(PATH)) == 2


async def test_retry_after_beyond_budget_is_not_waited(server: FakeMistralServer) -> None:
    server.enqueue(PATH, error(429, headers={"Retry-After": "120"}))
    async with client_for(server, retry={**FAST_RETRY, "max_elapsed_secs": 5}) as client:
        started = time.monotonic()
        with pytest.raises(im.RateLimitError) as info:
            await client.chat.create(model="m", messages=HELLO)
    assert time.monotonic() - started < 1
    assert info.value.retry_after == 120 and info.value.attempts == 1
    assert len(server.requests_to(PATH)) == 1


async def test_timeout_then_success(server: FakeMistralServer) -> None:
    server.enqueue(PATH, ScriptedReply(json={}, delay=1.0))
    async with client_for(server, timeout_secs=0.2) as client:
        assert (await client.chat.create(model="m", messages=HELLO)).text == "echo: hello"
    assert len(server.requests_to(PATH)) == 2


async def test_connection_reset_then_success(server: FakeMistralServer) -> None:
    server.enqueue(PATH, ScriptedReply(drop=True), ScriptedReply(json={}, truncate=True))
    async with client_for(server) as client:
        assert (await client.chat.create(model="m", messages=HELLO)).text == "echo: hello"
    assert len(server.requests_to(PATH)) == 3


async def test_malformed_body_is_not_retried(server: FakeMistralServer) -> None:
    server.enqueue(PATH, ScriptedReply(body=b"{not json"))
    async with client_for(server) as client:
        with pytest.raises(im.ResponseValidationError):
            await client.chat.create(model="m", messages=HELLO)
    assert len(server.requests_to(PATH)) == 1


async def test_budget_bounds_the_whole_call(server: FakeMistralServer) -> None:
    server.enqueue(PATH, *[error(503, delay=0.3)] * 10)
    retry = {**FAST_RETRY, "max_attempts": 10, "max_elapsed_secs": 0.5}
    async with client_for(server, timeout_secs=10, retry=retry) as client:
        started = time.monotonic()
        with pytest.raises(im.RequestTimeoutError):
            await client.chat.create(model="m", messages=HELLO)
    assert time.monotonic() - started < 0.7
    assert len(server.requests_to(PATH)) == 2


async def test_retries_are_reported_to_hooks(server: FakeMistralServer) -> None:
    server.enqueue(PATH, error(503))
    events: list[object] = []
    async with client_for(server) as client:
        client.resilience_hooks.subscribe(events.append)
        await client.chat.create(model="m", messages=HELLO)
    retries = [e for e in events if isinstance(e, RetryScheduled)]
    assert len(retries) == 1 and retries[0].attempt == 1
    assert isinstance(retries[0].error, im.ServiceUnavailableError)


async def test_breaker_opens_fails_fast_and_recovers(server: FakeMistralServer) -> None:
    server.enqueue(PATH, *[error(503)] * 3)
    registry = StackRegistry()
    transitions: list[object] = []
    registry.hooks("default").subscribe(
        lambda e: transitions.append(e) if isinstance(e, BreakerTransition) else None
    )
    breaker = {"failure_threshold": 3, "success_threshold": 1, "timeout_secs": 0.3}
    retry = {**FAST_RETRY, "max_attempts": 1}
    first = client_for(server, registry, circuit_breaker=breaker, retry=retry)
    second = client_for(
        server, registry, circuit_breaker=breaker, retry=retry
    )  # same profile, same breaker
    for _ in range(3):
        with pytest.raises(im.ServiceUnavailableError):
            await first.chat.create(model="m", messages=HELLO)
    sent = len(server.requests)
    for client in (first, second):
        with pytest.raises(im.CircuitOpenError):
            await client.chat.create(model="m", messages=HELLO)
    assert len(server.requests) == sent  # nothing reached the network
    await asyncio.sleep(0.35)
    assert (await second.chat.create(model="m", messages=HELLO)).text == "echo: hello"
    assert [(t.old, t.new) for t in transitions] == [  # type: ignore[attr-defined]
        ("closed", "open"),
        ("open", "half_open"),
        ("half_open", "closed"),
    ]
    await first.close()
    await second.close()


async def test_limiter_rejects_without_sending(server: FakeMistralServer) -> None:
    limits = {"enabled": True, "requests_per_minute": 3, "on_limit": "reject"}
    async with client_for(server, rate_limit=limits) as client:
        for _ in range(3):
            await client.chat.create(model="m", messages=HELLO)
        with pytest.raises(im.ClientRateLimitError) as info:
            await client.chat.create(model="m", messages=HELLO)
    assert info.value.retry_after is not None and info.value.retry_after > 59
    assert len(server.requests_to(PATH)) == 3


async def test_limiter_reconciles_with_reported_usage(server: FakeMistralServer) -> None:
    limits = {
        "enabled": True,
        "requests_per_minute": 100,
        "tokens_per_minute": 300,
        "on_limit": "reject",
    }
    async with client_for(server, rate_limit=limits) as client:
        for _ in range(5):  # each charged ~201 up front, settled to the few tokens reported
            await client.chat.create(model="m", messages=HELLO, max_tokens=200)
        used = client._stack.limiter.usage  # type: ignore[attr-defined]
    assert used[0] == 5 and used[1] < 50


async def test_failed_call_refunds_its_tokens(server: FakeMistralServer) -> None:
    server.enqueue(PATH, error(400))
    limits = {"enabled": True, "tokens_per_minute": 1000, "on_limit": "reject"}
    async with client_for(server, rate_limit=limits) as client:
        with pytest.raises(im.BadRequestError):
            await client.chat.create(model="m", messages=HELLO, max_tokens=500)
        assert client._stack.limiter.usage == (1, 0)  # type: ignore[attr-defined]


async def test_streamed_call_retries_only_before_first_byte(server: FakeMistralServer) -> None:
    server.enqueue(
        PATH,
        error(503),
        ScriptedReply(chunks=[b'data: {"a": 1}\n\n'], chunk_delay=0.05, drop_after_chunks=True),
    )
    async with client_for(server) as client:
        request = Request(operation("chat.create_stream"), "chat.create_stream", "POST", PATH)
        response, *_ = await client.chat._caller.open_stream(request)
        first = await response.content.readany()
        assert first.startswith(b"data:")
        with pytest.raises(aiohttp.ClientPayloadError):
            await response.content.read()
        response.release()
    assert len(server.requests_to(PATH)) == 2  # the 503 was retried; the cut stream was not


async def test_soak_500_concurrent_calls_leak_nothing(server: FakeMistralServer) -> None:
    server.enqueue(PATH, *[error(503)] * 20)
    limits = {"enabled": True, "requests_per_minute": 1000, "tokens_per_minute": 10_000_000}
    tasks_before = len(asyncio.all_tasks())
    # 20 failures in a row would open the circuit, which (rightly) stops retries: off here
    client = client_for(
        server,
        rate_limit=limits,
        retry={**FAST_RETRY, "max_attempts": 5},
        circuit_breaker={"enabled": False},
    )
    replies = await asyncio.gather(
        *(
            client.chat.create(model="m", messages=[{"role": "user", "content": str(i)}])
            for i in range(500)
        )
    )
    assert [r.text for r in replies] == [f"echo: {i}" for i in range(500)]
    assert len(server.requests_to(PATH)) == 520
    assert len(server.connections) <= client.settings.client.pool_size_per_host
    await client.close()
    await asyncio.sleep(0.1)
    assert server.open_connections == 0
    assert len(asyncio.all_tasks()) == tasks_before
