"""Numbers from the wire (quota headers, query cost, Retry-After, an
error event's code, an SSE `retry:`) are read strictly, so a strange one is "not sent"."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from aiohttp import web

import integrations_mistral as im
from integrations_mistral._numbers import wire_int, wire_seconds
from integrations_mistral.errors import error_for_status
from integrations_mistral.transport.sse import SSEDecoder
from tests.support.apps import CHAT_REPLY, HELLO, App, client_for

STRANGE = ["²", "\u0661\u0662", "1_000", "+5", "-1", "0x10", " ", "1e3", "9" * 30, "5 5"]


@pytest.mark.parametrize("value", STRANGE)
def test_strange_numbers_are_not_sent(value: str) -> None:
    assert wire_int(value) is None
    assert wire_seconds(value) is None


def test_plain_numbers_are_read() -> None:
    assert wire_int(" 42 ") == 42
    assert wire_int("1" + "0" * 15) == 10**15
    assert wire_int("1" + "0" * 16) is None
    assert wire_seconds("0.25") == 0.25


def quota_server(**headers: str):  # type: ignore[no-untyped-def]
    async def handler(request: web.Request) -> web.StreamResponse:
        await request.read()
        return web.json_response(CHAT_REPLY, headers=headers)

    return handler


@pytest.mark.parametrize("value", ["²", "9" * 30])
async def test_a_strange_quota_header_is_not_sent_on_every_path(apps: App, value: str) -> None:
    handler = quota_server(
        **{
            "x-ratelimit-remaining-req-minute": value,
            "x-ratelimit-limit-req-minute": "100",
            "x-ratelimit-tokens-query-cost": value,
        }
    )
    adaptive = {"requests_per_minute": 100, "tokens_per_minute": 10**6, "adaptive": True}
    url = await apps.start(handler)
    async with client_for(url, rate_limit=adaptive, metrics={"enabled": True}) as client:
        for _ in range(3):
            reply = await client.chat.create(model="m", messages=HELLO)
    quota = reply.raw.rate_limit
    assert quota is not None
    assert quota.remaining_requests_minute is None and quota.limit_requests_minute == 100
    assert quota.query_cost is None


async def test_a_30_digit_remaining_is_no_redis_outage(apps: App, redis_url: str) -> None:
    handler = quota_server(**{"x-ratelimit-remaining-req-minute": "9" * 30})
    shared = {
        "requests_per_minute": 100,
        "tokens_per_minute": 10**6,
        "adaptive": True,
        "on_limit": "reject",
        "backend": "redis",
        "redis_url": redis_url,
        "redis_key_prefix": uuid.uuid4().hex,
        "on_backend_error": "fail_closed",
    }
    async with client_for(await apps.start(handler), rate_limit=shared) as client:
        for _ in range(6):
            await client.chat.create(model="m", messages=HELLO)
            await asyncio.sleep(0.01)


def test_a_strange_retry_after_is_no_wait() -> None:
    for value in ("²", "1_0", "\u0661"):
        error = error_for_status(
            429,
            b"",
            {"retry-after-ms": value, "Retry-After": value},
            request_id=None,
            retryable_status_codes=(429,),
        )
        assert error.retry_after is None


def test_an_error_event_with_a_strange_code_is_a_server_error() -> None:
    from integrations_mistral.services._stream_errors import error_event

    error = error_event('{"error": {"message": "boom", "code": "²"}}', None)
    assert isinstance(error, im.InternalServerError)


def test_a_strange_sse_retry_is_ignored() -> None:
    decoder = SSEDecoder(max_event_bytes=1000)
    events = decoder.feed(b"retry: \xc2\xb2\ndata: x\n\n")
    assert len(events) == 1
