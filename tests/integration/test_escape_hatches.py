"""Per-call options, response metadata and raw requests: what a user needs before we ship it."""

from __future__ import annotations

import asyncio
import inspect
import sys
from unittest import mock

import pytest

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.services import signature_of
from integrations_mistral.testing import FakeMistralServer, ScriptedReply
from tests.conftest import local_overrides

PATH = "/v1/chat/completions"
HELLO = [{"role": "user", "content": "hello"}]


def client_for(server: FakeMistralServer) -> MistralClient:
    return MistralClient.from_env(**local_overrides(server, retry={"max_attempts": 1}))


async def test_extra_headers_query_and_body_reach_the_wire(server: FakeMistralServer) -> None:
    async with client_for(server) as client:
        await client.chat.create(
            model="m",
            messages=HELLO,
            extra_headers={"X-Team": "search"},
            extra_query={"beta": True, "tag": ["a", "b"]},
            extra_body={"brand_new_field": {"on": 1}},
        )
        await client.models.list(extra_query={"owned_by": "me"})
    chat, models = server.requests
    assert chat.headers["X-Team"] == "search"
    assert chat.query["beta"] == "true" and "tag=a&tag=b" in chat.raw_query
    assert chat.json["brand_new_field"] == {"on": 1} and chat.json["model"] == "m"
    assert models.query == {"owned_by": "me"}


async def test_per_call_timeout(server: FakeMistralServer) -> None:
    server.enqueue(PATH, ScriptedReply(delay=1, json={}))
    async with client_for(server) as client:
        with pytest.raises(im.RequestTimeoutError, match=r"within 0\.1 s \(timeout=\)"):
            await client.chat.create(model="m", messages=HELLO, timeout=0.1)
        with pytest.raises(im.RequestValidationError, match="timeout must be > 0"):
            await client.chat.create(model="m", messages=HELLO, timeout=0)


async def test_mistyped_keywords_and_positional_request(server: FakeMistralServer) -> None:
    async with client_for(server) as client:
        with pytest.raises(im.RequestValidationError, match=r"'modle' \(did you mean 'model'\?\)"):
            await client.chat.create(modle="m", messages=HELLO)
        with pytest.raises(im.RequestValidationError, match="did you mean 'messages'"):
            await client.chat.create_stream(model="m", mesages=HELLO)
        request = im.ChatCompletionRequest(model="m", messages=[im.UserMessage(content="typed")])
        assert (await client.chat.create(request)).text == "echo: typed"
        stream = await client.chat.create_stream(request)  # the design's form, streamed too
        assert (await stream.final_response()).text == "echo: typed"
        for wrong in ("hello", {"model": "m", "messages": HELLO}):
            with pytest.raises(im.RequestValidationError, match="expected a ChatCompletionRequest"):
                await client.chat.create(wrong)  # type: ignore[call-overload]
    create_stream = signature_of(type(client.chat), "create_stream")[0].parameters
    assert {"model", "messages", "temperature", "request", "timeout", "extra_body"} <= set(
        create_stream
    )


async def test_service_methods_look_and_fail_like_coroutine_functions(
    server: FakeMistralServer,
) -> None:
    """The options layer hands back the method's own coroutine (no frame of its own in flight),
    yet introspection, mocks and the moment a bad call fails are those of an `async def`."""
    async with client_for(server) as client:
        assert asyncio.iscoroutinefunction(client.chat.create)
        if sys.version_info >= (3, 12):
            assert inspect.iscoroutinefunction(client.chat.create)
        mocked = mock.create_autospec(client.chat)
        assert isinstance(mocked.create, mock.AsyncMock)
        pending = client.chat.create(modle="m", messages=HELLO)  # nothing raised yet
        with pytest.raises(im.RequestValidationError, match="did you mean 'model'"):
            await pending
        pending = client.chat.create(model="m", messages=HELLO, timeout=-1)
        with pytest.raises(im.RequestValidationError, match="timeout must be > 0"):
            await pending
        reply = client.chat.create(model="m", messages=HELLO)
        assert inspect.iscoroutine(reply)
        assert (await reply).text == "echo: hello"
    assert len(server.requests) == 1


async def test_results_carry_the_response_metadata(server: FakeMistralServer) -> None:
    async with client_for(server) as client:
        reply = await client.chat.create(model="m", messages=HELLO)
        raw = await client.chat.with_raw_response.create(model="m", messages=HELLO)
    first, second = server.requests
    assert reply.raw.status_code == 200
    assert reply.raw.headers["Content-Type"].startswith("application/json")
    assert reply.raw.request_id == first.headers["X-Request-ID"]
    assert raw.status_code == 200 and raw.request_id == second.headers["X-Request-ID"]
    assert raw.parse().text == "echo: hello"
    assert im.UserMessage(content="x").raw is None


async def test_request_for_endpoints_without_a_method(server: FakeMistralServer) -> None:
    async with client_for(server) as client:
        listed = await client.request("GET", "/v1/models", cast_to=im.ModelList)
        assert isinstance(listed, im.ModelList) and listed.data
        decoded = await client.request("POST", PATH, json={"model": "m", "messages": HELLO})
        assert decoded["choices"][0]["message"]["content"] == "echo: hello"
        with pytest.raises(im.NotFoundError):
            await client.request("GET", "/v1/nowhere")
        with pytest.raises(im.RequestValidationError, match="must start with '/'"):
            await client.request("GET", "v1/models")
    assert server.requests[1].headers["Authorization"] == "Bearer test-key"


def test_the_blocking_client_has_request_and_in_flight_too(threaded_server_url: str) -> None:
    with im.SyncMistralClient(
        profile="local", base_url=threaded_server_url, api_key="test-key"
    ) as client:
        listed = client.request("GET", "/v1/models", cast_to=im.ModelList, timeout=5)
        assert isinstance(listed, im.ModelList) and listed.data
        decoded = client.request("POST", PATH, json={"model": "m", "messages": HELLO})
        assert decoded["choices"][0]["message"]["content"] == "echo: hello"
        assert client.in_flight == 0
        with pytest.raises(im.NotFoundError):
            client.request("GET", "/v1/nowhere")


async def test_enums_the_api_may_extend_take_new_values(server: FakeMistralServer) -> None:
    async with client_for(server) as client:
        await client.chat.create(model="m", messages=HELLO, reasoning_effort="medium")
    assert server.requests[0].json["reasoning_effort"] == "medium"
