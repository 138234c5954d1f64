"""The retry details production servers rely on: `retry-after-ms`, `x-should-retry`, 408, one
`X-Request-ID` per logical call, `error.request_id` and `error.headers` on status errors."""

from __future__ import annotations

from typing import Any

import pytest

from integrations_mistral import (
    APIStatusError,
    BadRequestError,
    MistralClient,
    NotFoundError,
    ServiceUnavailableError,
)
from integrations_mistral.errors import error_for_status
from integrations_mistral.resilience.hooks import RetryScheduled
from integrations_mistral.testing import FakeMistralServer, ScriptedReply
from tests.conftest import local_overrides

PATH = "/v1/chat/completions"
MESSAGES = [{"role": "user", "content": "again"}]
NO_JITTER = {"initial_delay_ms": 1, "max_delay_ms": 5000, "jitter": "none"}


def client_of(server: FakeMistralServer, **retry: Any) -> MistralClient:
    return MistralClient(**local_overrides(server, retry={**NO_JITTER, **retry}))


def waits(client: MistralClient) -> list[float]:
    seen: list[float] = []

    def listen(event: object) -> None:
        if isinstance(event, RetryScheduled):
            seen.append(event.wait)

    client.resilience_hooks.subscribe(listen)
    return seen


async def test_retry_after_ms_is_honoured_before_retry_after(server: FakeMistralServer) -> None:
    server.enqueue(
        PATH,
        ScriptedReply(status=429, headers={"retry-after-ms": "40", "Retry-After": "30"}),
        ScriptedReply(status=503, headers={"Retry-After": "0.02"}),
    )
    async with client_of(server) as client:
        seen = waits(client)
        await client.chat.create(model="m", messages=MESSAGES)
    assert seen == [pytest.approx(0.04), pytest.approx(0.02)]


def test_retry_after_ms_that_is_not_a_number_falls_back() -> None:
    for header in ("soon", "nan", "inf", "-5"):
        error = error_for_status(
            503,
            b"",
            {"retry-after-ms": header, "Retry-After": "2"},
            request_id=None,
            retryable_status_codes=(503,),
        )
        assert error.retry_after == 2.0
    error = error_for_status(
        503, b"", {"Retry-After": "inf"}, request_id=None, retryable_status_codes=(503,)
    )
    assert error.retry_after is None


async def test_x_should_retry_false_stops_a_retryable_status(server: FakeMistralServer) -> None:
    server.enqueue(PATH, ScriptedReply(status=503, headers={"x-should-retry": "false"}))
    async with client_of(server) as client:
        with pytest.raises(ServiceUnavailableError) as caught:
            await client.chat.create(model="m", messages=MESSAGES)
    assert caught.value.is_retryable is False and caught.value.attempts == 1
    assert len(server.requests_to(PATH)) == 1


async def test_x_should_retry_true_retries_another_status(server: FakeMistralServer) -> None:
    server.enqueue(PATH, ScriptedReply(status=409, headers={"X-Should-Retry": "true"}))
    async with client_of(server) as client:
        reply = await client.chat.create(model="m", messages=MESSAGES)
    assert reply.text
    assert len(server.requests_to(PATH)) == 2


async def test_408_is_retried_by_default(server: FakeMistralServer) -> None:
    server.enqueue(PATH, ScriptedReply(status=408, json={"message": "request timeout"}))
    async with client_of(server) as client:
        await client.chat.create(model="m", messages=MESSAGES)
    assert len(server.requests_to(PATH)) == 2


async def test_one_request_id_per_logical_call(server: FakeMistralServer) -> None:
    server.enqueue(PATH, ScriptedReply(status=503), ScriptedReply(status=502))
    async with client_of(server) as client:
        await client.chat.create(model="m", messages=MESSAGES)
        await client.chat.create(model="m", messages=MESSAGES)
        server.enqueue(PATH, ScriptedReply(status=503))
        stream = await client.chat.create_stream(model="m", messages=MESSAGES)
        await stream.close()
    ids = [r.headers["X-Request-ID"] for r in server.requests_to(PATH)]
    assert len(ids) == 6
    assert ids[0] == ids[1] == ids[2]  # the call and its two retries
    assert ids[4] == ids[5]  # the stream and its retry
    assert len({ids[0], ids[3], ids[4]}) == 3
    assert all(len(i) == 32 for i in ids)


async def test_status_errors_carry_request_id_and_redacted_headers(
    server: FakeMistralServer,
) -> None:
    server.enqueue(
        PATH,
        ScriptedReply(
            status=404,
            json={"message": "no such model"},
            headers={
                "X-Request-ID": "srv-42",
                "Set-Cookie": "session=top-secret-cookie",
                "X-Api-Key-Echo": "test-key",
                "X-Ratelimit-Remaining": "7",
            },
        ),
    )
    async with client_of(server) as client:
        with pytest.raises(NotFoundError) as caught:
            await client.chat.create(model="m", messages=MESSAGES)
    error = caught.value
    assert isinstance(error, APIStatusError)
    assert error.request_id == "srv-42"
    assert error.headers["X-Ratelimit-Remaining"] == "7"
    assert error.headers["Set-Cookie"] == "[REDACTED]"
    assert error.headers["X-Api-Key-Echo"] == "[REDACTED]"
    assert "top-secret-cookie" not in repr(error.headers)
    assert "test-key" not in repr(error.headers)


def test_every_status_error_is_an_api_status_error() -> None:
    for status in (400, 401, 403, 404, 408, 409, 422, 429, 500, 502, 503, 504, 418, 599):
        error = error_for_status(
            status, b"{}", {"X-Request-ID": "r"}, request_id="r", retryable_status_codes=()
        )
        assert isinstance(error, APIStatusError)
        assert dict(error.headers) == {"X-Request-ID": "r"}
        assert error.headers["x-request-id"] == "r"
    assert issubclass(BadRequestError, APIStatusError)
