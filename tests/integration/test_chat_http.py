"""chat.create end to end against a real aiohttp server on 127.0.0.1."""

from __future__ import annotations

import asyncio

import pytest

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.testing import FakeMistralServer, ScriptedReply
from tests.conftest import SHIPPED_CONFIG, local_overrides

PATH = "/v1/chat/completions"
HELLO = [{"role": "user", "content": "hello"}]


async def test_round_trip(server: FakeMistralServer) -> None:
    async with MistralClient.from_env(**local_overrides(server)) as client:
        response = await client.chat.create(
            model="mistral-small-latest",
            messages=[im.SystemMessage(content="be brief"), im.UserMessage(content="hello there")],
            temperature=0.2,
            max_tokens=64,
        )
    assert isinstance(response, im.ChatCompletionResponse)
    assert response.text == "echo: hello there"
    assert response.choices[0].finish_reason == "stop"
    assert (
        response.usage.total_tokens
        == response.usage.prompt_tokens + response.usage.completion_tokens
    )
    sent = server.requests_to(PATH)[0]
    assert sent.json == {
        "model": "mistral-small-latest",
        "messages": [
            {"role": "system", "content": "be brief"},
            {"role": "user", "content": "hello there"},
        ],
        "temperature": 0.2,
        "max_tokens": 64,
    }
    assert sent.headers["Authorization"] == "Bearer test-key"
    assert sent.headers["User-Agent"].startswith("integrations-mistral/")
    assert sent.headers["Content-Type"] == "application/json"


async def test_tools_are_sent_and_tool_calls_parsed(server: FakeMistralServer) -> None:
    reply = {
        "id": "c1",
        "object": "chat.completion",
        "model": "m",
        "created": 1,
        "usage": {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7},
        "choices": [
            {
                "index": 0,
                "finish_reason": "tool_calls",
                "message": {
                    "role": "assistant",
                    "content": "",
                    "tool_calls": [
                        {
                            "id": "call_1",
                            "type": "function",
                            "function": {"name": "weather", "arguments": '{"city": "Paris"}'},
                        }
                    ],
                },
            }
        ],
    }
    server.enqueue(PATH, json=reply)
    tool = {
        "type": "function",
        "function": {
            "name": "weather",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
        },
    }
    async with MistralClient.from_env(**local_overrides(server)) as client:
        response = await client.chat.create(
            model="m", messages=HELLO, tools=[tool], tool_choice="any", parallel_tool_calls=False
        )
    call = response.choices[0].message.tool_calls[0]  # type: ignore[index]
    assert call.function.name == "weather" and call.function.arguments == '{"city": "Paris"}'
    body = server.requests_to(PATH)[0].json
    assert (
        body["tools"] == [tool]
        and body["tool_choice"] == "any"
        and body["parallel_tool_calls"] is False
    )


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, im.BadRequestError),
        (401, im.AuthenticationError),
        (403, im.PermissionDeniedError),
        (404, im.NotFoundError),
        (422, im.UnprocessableEntityError),
        (429, im.RateLimitError),
        (500, im.InternalServerError),
        (503, im.ServiceUnavailableError),
        (504, im.GatewayTimeoutError),
    ],
)
async def test_error_statuses(
    server: FakeMistralServer, status: int, cls: type[im.MistralError]
) -> None:
    server.enqueue(
        PATH,
        status=status,
        json={"object": "error", "message": f"boom {status}", "type": "x"},
        headers={"Retry-After": "2"},
    )
    async with MistralClient.from_env(**local_overrides(server, max_retries=0)) as client:
        with pytest.raises(cls) as info:
            await client.chat.create(model="m", messages=HELLO)
    error = info.value
    assert error.status_code == status and f"boom {status}" in str(error)
    assert error.request_id == server.requests_to(PATH)[0].headers["X-Request-ID"]
    if status == 429:
        assert isinstance(error, im.RateLimitError) and error.retry_after == 2.0


async def test_wrong_key_is_authentication_error(server: FakeMistralServer) -> None:
    async with MistralClient.from_env(**local_overrides(server, api_key="wrong-key")) as client:
        with pytest.raises(im.AuthenticationError, match="Unauthorized") as info:
            await client.chat.create(model="m", messages=HELLO)
    assert "wrong-key" not in str(info.value) + repr(info.value)


@pytest.mark.parametrize(
    ("body", "match"),
    [
        (b"<html>oops</html>", "not valid JSON"),
        (b'{"id": "x"}', "does not fit"),
        (b"", "not valid JSON"),
    ],
)
async def test_malformed_200_bodies(server: FakeMistralServer, body: bytes, match: str) -> None:
    server.enqueue(PATH, status=200, body=body)
    async with MistralClient.from_env(**local_overrides(server, max_retries=0)) as client:
        with pytest.raises(im.ResponseValidationError, match=match):
            await client.chat.create(model="m", messages=HELLO)


async def test_replies_with_kinds_this_client_does_not_know_are_kept(
    server: FakeMistralServer,
) -> None:
    """A reply that strict parsing refuses (a content part of a type added since, a finish
    reason not in the enum) is parsed leniently: kept as it came, never an error."""
    reply = {
        "id": "c1",
        "object": "chat.completion",
        "model": "m",
        "created": 1,
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": [{"type": "hologram", "frames": 3}, {"type": "text", "text": "hi"}],
                },
                "finish_reason": "daydream",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        "novel": True,
    }
    server.enqueue(PATH, status=200, json=reply)
    async with MistralClient.from_env(**local_overrides(server, max_retries=0)) as client:
        result = await client.chat.create(model="m", messages=HELLO)
    parts = result.choices[0].message.content
    assert isinstance(parts, list) and isinstance(parts[0], im.types.UnknownChunk)
    assert parts[0].model_extra == {"frames": 3} and result.choices[0].finish_reason == "daydream"
    assert result.model_extra == {"novel": True} and result.raw.status_code == 200


async def test_truncated_body_is_connection_error(server: FakeMistralServer) -> None:
    server.enqueue(PATH, ScriptedReply(json={"id": "x" * 200}, truncate=True))
    async with MistralClient.from_env(**local_overrides(server, max_retries=0)) as client:
        with pytest.raises(im.APIConnectionError):
            await client.chat.create(model="m", messages=HELLO)


async def test_dropped_connection(server: FakeMistralServer) -> None:
    server.enqueue(PATH, ScriptedReply(drop=True))
    async with MistralClient.from_env(**local_overrides(server, max_retries=0)) as client:
        with pytest.raises(im.APIConnectionError):
            await client.chat.create(model="m", messages=HELLO)


async def test_slow_reply_times_out(server: FakeMistralServer) -> None:
    server.enqueue(PATH, ScriptedReply(json={}, delay=2.0))
    async with MistralClient.from_env(
        **local_overrides(server, timeout_secs=0.2, max_retries=0)
    ) as client:
        with pytest.raises(im.RequestTimeoutError, match="0.2 s"):
            await client.chat.create(model="m", messages=HELLO)


async def test_connection_refused(unused_tcp_port: int) -> None:
    overrides = {
        "api_key": "k",
        "base_url": f"http://127.0.0.1:{unused_tcp_port}",
        "client": {"allow_insecure_http": True},
        "max_retries": 0,
    }
    async with MistralClient.from_env(**overrides) as client:
        with pytest.raises(im.APIConnectionError):
            await client.chat.create(model="m", messages=HELLO)


async def test_one_connection_reused_and_request_ids_unique(server: FakeMistralServer) -> None:
    async with MistralClient.from_env(**local_overrides(server)) as client:
        for _ in range(10):
            await client.chat.create(model="m", messages=HELLO)
        sibling = client.with_options(timeout_secs=30)
        await sibling.chat.create(model="m", messages=HELLO)
        await sibling.close()
    assert len(server.connections) == 1
    ids = {r.headers["X-Request-ID"] for r in server.requests}
    assert len(ids) == 11


async def test_concurrent_calls(server: FakeMistralServer) -> None:
    async with MistralClient.from_env(**local_overrides(server)) as client:
        replies = await asyncio.gather(
            *(
                client.chat.create(model="m", messages=[{"role": "user", "content": str(i)}])
                for i in range(50)
            )
        )
    assert [r.text for r in replies] == [f"echo: {i}" for i in range(50)]


async def test_local_profile_needs_no_key(server: FakeMistralServer) -> None:
    server.api_key = None
    async with MistralClient.from_profile(
        "local", config_file=SHIPPED_CONFIG, base_url=server.url
    ) as client:
        response = await client.chat.create(model="m", messages=HELLO)
    assert response.text == "echo: hello"
    assert "Authorization" not in server.requests[0].headers


async def test_session_closed_after_last_client(server: FakeMistralServer) -> None:
    client = MistralClient.from_env(**local_overrides(server))
    await client.chat.create(model="m", messages=HELLO)
    session = client._stack.sessions._session
    assert session is not None and not session.closed
    await client.close()
    assert session.closed


async def test_headers_per_request_and_user_agent_suffix(server: FakeMistralServer) -> None:
    async with MistralClient.from_env(
        **local_overrides(server, client={"user_agent": "billing/2.1"})
    ) as client:
        await client.chat.create(model="m", messages=HELLO)
        await client.chat.create(model="m", messages=HELLO)
    first, second = server.requests_to(PATH)
    assert first.headers["User-Agent"] == f"integrations-mistral/{im.__version__} billing/2.1"
    assert len(first.headers["X-Request-ID"]) == 32
    assert first.headers["X-Request-ID"] != second.headers["X-Request-ID"]


async def test_typed_request_object(server: FakeMistralServer) -> None:
    request = im.ChatCompletionRequest(
        model="m", messages=[im.UserMessage(content="typed")], random_seed=7
    )
    async with MistralClient.from_env(**local_overrides(server)) as client:
        assert (await client.chat.create(request=request)).text == "echo: typed"
        with pytest.raises(im.RequestValidationError, match="not both"):
            await client.chat.create(request=request, temperature=0.5)
    assert server.requests_to(PATH)[0].json == {
        "model": "m",
        "messages": [{"role": "user", "content": "typed"}],
        "random_seed": 7,
    }


def test_threads_with_their_own_loops_share_a_profile_safely(tmp_path: object) -> None:
    """Worker threads each running asyncio with clients of one profile must not disturb each other."""
    import threading

    results: dict[int, list[str]] = {}
    errors: list[BaseException] = []

    async def serve_and_call(server_ready: threading.Event, urls: list[str]) -> None:
        async with FakeMistralServer(api_key="test-key") as fake:
            urls.append(fake.url)
            server_ready.set()
            await asyncio.sleep(3)

    urls: list[str] = []
    ready = threading.Event()
    server_thread = threading.Thread(
        target=lambda: asyncio.run(serve_and_call(ready, urls)), daemon=True
    )
    server_thread.start()
    assert ready.wait(10)
    overrides = {
        "api_key": "test-key",
        "base_url": urls[0],
        "client": {"allow_insecure_http": True},
    }
    clients = [MistralClient.from_env(**overrides) for _ in range(2)]
    assert clients[0]._stack.sessions is clients[1]._stack.sessions  # one profile, one holder

    def worker(n: int) -> None:
        async def run() -> list[str]:
            texts = []
            for i in range(20):
                reply = await clients[n].chat.create(
                    model="m", messages=[{"role": "user", "content": f"{n}-{i}"}]
                )
                texts.append(reply.text)
                await asyncio.sleep(0)
            return texts

        try:
            results[n] = asyncio.run(run())
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors, errors
    assert clients[0]._stack.sessions.sessions_created == 2  # one per loop, never swapped

    async def close_all() -> None:
        for client in clients:
            await client.close()

    asyncio.run(close_all())
    assert clients[0]._stack.sessions.open_sessions == 0
    assert results[0] == [f"echo: 0-{i}" for i in range(20)]
    assert results[1] == [f"echo: 1-{i}" for i in range(20)]
