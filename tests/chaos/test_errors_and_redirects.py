"""Redirects nowhere, failures that never change (not retried, not
counted by the breaker), and the key echoed back on every path kept out of errors, logs, spans."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web

import integrations_mistral as im
from integrations_mistral.resilience.breaker import Outcome, classify
from tests.support.apps import HELLO, App, client_for
from tests.support.telemetry import Telemetry, otel  # noqa: F401

KEY = "sk-echoed-0123456789abcdef"


@pytest.mark.parametrize(
    "location", ["file:///etc/passwd", "data:text/plain,hi", "mailto:a@b.test", "about:blank"]
)
async def test_a_redirect_to_no_http_url_is_refused_typed(apps: App, location: str) -> None:
    async def redirect(request: web.Request) -> web.StreamResponse:
        raise web.HTTPFound(location)

    url = await apps.start(redirect)
    async with client_for(url) as client:
        with pytest.raises(im.UnsafeRedirectError, match="no http\\(s\\) URL") as caught:
            await client.models.list()
    assert caught.value.attempts == 1


@pytest.fixture
async def head_server() -> AsyncIterator[Any]:
    """A raw server answering every request with the given response head and body."""
    servers: list[asyncio.Server] = []
    seen: list[int] = []

    async def start(head: bytes, body: bytes = b"{}") -> str:
        async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            try:
                while True:
                    await reader.readuntil(b"\r\n\r\n")
                    seen.append(1)
                    writer.write(head + b"Content-Length: %d\r\n\r\n" % len(body) + body)
                    await writer.drain()
            except (asyncio.IncompleteReadError, ConnectionError):
                writer.close()

        server = await asyncio.start_server(serve, "127.0.0.1", 0)
        servers.append(server)
        return f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"

    start.seen = seen  # type: ignore[attr-defined]
    yield start
    for server in servers:
        server.close()


async def test_an_oversized_header_is_not_retried_nor_echoed(head_server: Any) -> None:
    url = await head_server(b"HTTP/1.1 200 OK\r\nX-Echo: " + KEY.encode() * 400 + b"\r\n")
    async with client_for(url, api_key=KEY, retry={"max_attempts": 3}) as client:
        with pytest.raises(im.ResponseTooLargeError, match="longer than aiohttp accepts") as caught:
            await client.models.list()
    assert caught.value.attempts == 1
    assert len(head_server.seen) == 1
    assert KEY not in str(caught.value)
    assert classify(caught.value) is Outcome.NEUTRAL


async def test_a_redirect_loop_is_not_retried_nor_counted(apps: App) -> None:
    hits: list[str] = []

    async def loop(request: web.Request) -> web.StreamResponse:
        hits.append(request.path)
        raise web.HTTPTemporaryRedirect(request.path)

    url = await apps.start(loop)
    async with client_for(url, retry={"max_attempts": 3}) as client:
        with pytest.raises(im.APIConnectionError, match="too many redirects") as caught:
            await client.models.list()
    assert caught.value.error_type == "redirect_loop" and caught.value.attempts == 1
    assert len(hits) == 6  # the request and five redirects, once
    assert classify(caught.value) is Outcome.NEUTRAL


def test_certificate_failures_are_not_counted_by_the_breaker() -> None:
    for error_type in ("tls_certificate", "tls", "proxy"):
        error = im.APIConnectionError("x", is_retryable=False, error_type=error_type)
        assert classify(error) is Outcome.NEUTRAL
    assert classify(im.APIConnectionError("reset")) is Outcome.FAILURE


def echoing(kind: str):  # type: ignore[no-untyped-def]
    """A handler whose reply (of `kind`) echoes the Authorization header back."""

    async def handler(request: web.Request) -> web.StreamResponse:
        await request.read()
        auth = request.headers.get("Authorization", "")
        if kind == "invalid-2xx":
            return web.json_response({"object": "list", "data": f"not a list: {auth}"})
        if kind == "error-body":
            body = {"message": "bad key", "detail": {"received": auth, "nested": [auth]}}
            return web.json_response(body, status=400)
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        if kind == "stream-error-event":
            payload = json.dumps({"error": {"message": f"rejected {auth}", "code": "401"}})
            await response.write(b"event: error\ndata: " + payload.encode() + b"\n\n")
        else:  # a malformed event
            await response.write(f"data: {{oops {auth}\n\n".encode())
        return response

    return handler


async def call(client: im.MistralClient, kind: str) -> None:
    if kind.startswith(("stream", "malformed")):
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        await stream.final_response()
    elif kind == "invalid-2xx":
        await client.models.list()
    else:
        await client.chat.create(model="m", messages=HELLO)


@pytest.mark.parametrize(
    "kind", ["invalid-2xx", "error-body", "stream-error-event", "malformed-stream-event"]
)
async def test_an_echoed_key_reaches_no_error_log_or_span(
    apps: App,
    kind: str,
    caplog: pytest.LogCaptureFixture,
    otel: Telemetry,  # noqa: F811
) -> None:
    caplog.set_level(logging.DEBUG, logger="integrations_mistral")
    url = await apps.start(echoing(kind))
    async with client_for(
        url,
        api_key=KEY,
        tracing={"enabled": True},
        metrics={"enabled": True},
        tracer_provider=otel.tracer_provider,
        meter_provider=otel.meter_provider,
    ) as client:
        with pytest.raises(im.MistralError) as caught:
            await call(client, kind)
    error = caught.value
    texts = [str(error), repr(error), repr(error.body), repr(getattr(error, "headers", None))]
    texts += [record.getMessage() + repr(record.__dict__) for record in caplog.records]
    for span in otel.spans():
        texts.append(repr(span.status.description) + repr(dict(span.attributes or {})))
        texts.extend(repr(dict(event.attributes or {})) for event in span.events)
    leaks = [text for text in texts if KEY in text]
    assert not leaks, leaks[0]


async def test_a_dry_run_returns_the_estimate_typed(apps: App) -> None:
    estimate = {
        "object": "job.metadata",
        "expected_duration_seconds": 220,
        "cost": 10,
        "cost_currency": "EUR",
        "train_tokens_per_step": 131072,
        "train_tokens": 1310720,
        "data_tokens": 305375,
        "details": "",
    }
    job = {
        "id": "ft-1",
        "object": "job",
        "model": "m",
        "status": "QUEUED",
        "job_type": "completion",
    }

    async def create(request: web.Request) -> web.StreamResponse:
        dry = request.query.get("dry_run") == "true"
        return web.json_response(estimate if dry else job)

    url = await apps.start(create)
    async with client_for(url) as client:
        hyper = {"training_steps": 10}
        dry = await client.fine_tuning.create(model="m", hyperparameters=hyper, dry_run=True)
        real = await client.fine_tuning.create(model="m", hyperparameters=hyper)
    assert isinstance(dry, im.FineTuningJobEstimate)
    assert (dry.cost, dry.cost_currency, dry.expected_duration_seconds) == (10, "EUR", 220)
    assert dry.raw.status_code == 200
    assert isinstance(real, im.FineTuningJob) and real.id == "ft-1"


@pytest.mark.parametrize(
    ("head", "says"),
    [
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n", "Transfer-Encoding"),
        (
            b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-H%d: v\r\n" % i for i in range(200)),
            "Too many headers",
        ),
    ],
)
async def test_a_response_that_is_not_valid_http_is_not_retried(
    head_server: Any, head: bytes, says: str
) -> None:
    """Third round: a Content-Length beside a Transfer-Encoding, too many headers: the same
    response every time, so one attempt, typed, and nothing counted by the breaker."""
    url = await head_server(head)
    async with client_for(url, retry={"max_attempts": 3}) as client:
        with pytest.raises(im.ResponseValidationError, match=says) as caught:
            await client.models.list()
    assert caught.value.attempts == 1 and len(head_server.seen) == 1
    assert "not valid HTTP" in str(caught.value)
    assert classify(caught.value) is Outcome.NEUTRAL
