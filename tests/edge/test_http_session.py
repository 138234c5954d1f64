"""`http_session=`: the application's own aiohttp session carries every call, keeps the client's
timeouts, retries, breaker, limiter, size caps and redirect policy, and is never closed by it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from types import SimpleNamespace
from typing import Any

import aiohttp
import pytest

from integrations_mistral import (
    CircuitOpenError,
    MistralClient,
    RequestTimeoutError,
    ResponseTooLargeError,
    UnsafeRedirectError,
)
from integrations_mistral.testing import FakeMistralServer, ScriptedReply
from tests.conftest import local_overrides

from .conftest import Certificates

MESSAGES = [{"role": "user", "content": "mine"}]
FAST = {"initial_delay_ms": 1, "max_delay_ms": 2, "jitter": "none"}


@pytest.fixture
async def session() -> AsyncIterator[tuple[aiohttp.ClientSession, list[str]]]:
    """An application's session whose trace hooks record every request it sends."""
    sent: list[str] = []

    async def on_start(_: Any, __: SimpleNamespace, params: Any) -> None:
        sent.append(f"{params.method} {params.url.path}")

    trace = aiohttp.TraceConfig()
    trace.on_request_start.append(on_start)
    async with aiohttp.ClientSession(trace_configs=[trace]) as own:
        yield own, sent


async def test_every_call_goes_through_the_given_session(
    session: tuple[aiohttp.ClientSession, list[str]], server: FakeMistralServer
) -> None:
    own, sent = session
    async with MistralClient(http_session=own, **local_overrides(server)) as client:
        await client.chat.create(model="m", messages=MESSAGES)
        stream = await client.chat.create_stream(model="m", messages=MESSAGES)
        async with stream:
            async for _ in stream:
                pass
        await client.with_options(timeout_secs=5).models.list()
    assert sent == ["POST /v1/chat/completions", "POST /v1/chat/completions", "GET /v1/models"]
    assert not own.closed  # the application's to close
    async with own.get(f"{server.url}/v1/models") as response:
        assert response.status == 401  # still usable (no key on this request)


async def test_the_policy_still_applies(
    session: tuple[aiohttp.ClientSession, list[str]], server: FakeMistralServer
) -> None:
    own, sent = session
    path = "/v1/chat/completions"
    overrides = local_overrides(
        server,
        retry=FAST,
        client={"max_response_bytes": 2048},
        circuit_breaker={"failure_threshold": 2, "timeout_secs": 60},
    )
    async with MistralClient(http_session=own, **overrides) as client:
        server.enqueue(path, ScriptedReply(status=503))
        await client.chat.create(model="m", messages=MESSAGES)  # retried once
        assert sent.count(f"POST {path}") == 2
        once = client.with_options(retry={"max_attempts": 1})
        server.enqueue(path, ScriptedReply(delay=0.5, json={}))
        with pytest.raises(RequestTimeoutError):
            await once.chat.create(model="m", messages=MESSAGES, timeout=0.2)
        server.enqueue(path, ScriptedReply(body=b"x" * 10_000))
        with pytest.raises(ResponseTooLargeError):
            await client.chat.create(model="m", messages=MESSAGES)
        server.enqueue(path, ScriptedReply(status=302, headers={"Location": "/v1/models"}))
        with pytest.raises(UnsafeRedirectError):
            await client.chat.create(model="m", messages=MESSAGES)
    async with MistralClient(http_session=own, **overrides) as client:
        server.enqueue(path, *[ScriptedReply(status=500)] * 3)
        with pytest.raises(Exception, match="HTTP 500"):
            await client.chat.create(model="m", messages=MESSAGES)
        with pytest.raises(CircuitOpenError):
            await client.chat.create(model="m", messages=MESSAGES)
    assert not own.closed


async def test_a_closed_session_is_a_typed_error(server: FakeMistralServer) -> None:
    own = aiohttp.ClientSession()
    await own.close()
    async with MistralClient(http_session=own, **local_overrides(server)) as client:
        with pytest.raises(Exception, match="http_session= is closed") as caught:
            await client.models.list()
    assert type(caught.value).__name__ == "ClientClosedError"


async def test_clients_without_it_keep_the_profile_pool(
    session: tuple[aiohttp.ClientSession, list[str]], server: FakeMistralServer
) -> None:
    own, sent = session
    async with (
        MistralClient(http_session=own, **local_overrides(server)) as mine,
        MistralClient(**local_overrides(server)) as pooled,
    ):
        await pooled.models.list()
        await mine.models.list()
        assert mine._stack.sessions is not pooled._stack.sessions
    assert sent == ["GET /v1/models"]


async def test_the_trust_settings_apply_to_the_given_session(
    session: tuple[aiohttp.ClientSession, list[str]],
    tls_server: FakeMistralServer,
    certs: Certificates,
) -> None:
    """The application's session keeps its connector; the profile's CA bundle and TLS floor
    still go with every request the client sends through it."""
    own, sent = session
    client = {"ca_bundle": str(certs.ca)}
    async with MistralClient(
        http_session=own, api_key="test-key", base_url=tls_server.url, client=client
    ) as mistral:
        await mistral.models.list()
    assert sent == ["GET /v1/models"]
    assert len(tls_server.requests) == 1
