"""Streams end to end against the real test server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.testing import (
    FakeMistralServer,
    ScriptedReply,
    chat_reply,
    sse_body,
    stream_chunks,
)
from tests.conftest import local_overrides

PATH = "/v1/chat/completions"
HELLO = [{"role": "user", "content": "hello streaming world"}]


def client_for(server: FakeMistralServer, **extra: Any) -> MistralClient:
    extra.setdefault("retry", {"initial_delay_ms": 1, "max_delay_ms": 2})
    return MistralClient.from_env(**local_overrides(server, **extra))


def completion(text: str) -> dict[str, Any]:
    return chat_reply({"model": "m", "messages": [{"role": "user", "content": "x"}]}, reply=text)


def script(server: FakeMistralServer, body: bytes, **reply: Any) -> None:
    server.enqueue(
        PATH, ScriptedReply(chunks=[body], headers={"Content-Type": "text/event-stream"}, **reply)
    )


async def test_typed_chunks_and_final_response(server: FakeMistralServer) -> None:
    async with (
        client_for(server) as client,
        await client.chat.create_stream(model="m", messages=HELLO, max_tokens=20) as stream,
    ):
        chunks = [chunk async for chunk in stream]
        final = await stream.final_response()
    assert all(isinstance(c, im.CompletionChunk) for c in chunks)
    assert "".join(c.text for c in chunks) == "echo: hello streaming world"
    assert final.text == "echo: hello streaming world"
    assert final.choices[0].finish_reason == "stop"
    assert final.usage.total_tokens > 0
    assert server.requests_to(PATH)[0].json["stream"] is True
    assert server.requests_to(PATH)[0].headers["Accept"] == "text/event-stream"


async def test_fim_and_agent_streams(server: FakeMistralServer) -> None:
    async with client_for(server) as client:
        fim = await client.fim.create_stream(model="codestral-latest", prompt="def f(", suffix="x")
        assert (await fim.final_response()).text == "/* between 6 and 1 chars */"
        agent = await client.agents.complete_stream(
            agent_id="ag_1", messages=[{"role": "user", "content": "yo"}]
        )
        assert (await agent.final_response()).text == "echo: yo"


async def test_splits_at_every_byte_position(server: FakeMistralServer) -> None:
    body = sse_body(stream_chunks(completion("split me anywhere")), newline="\r\n")
    async with client_for(server) as client:
        for cut in range(len(body) + 1):
            server.enqueue(
                PATH,
                ScriptedReply(
                    chunks=[body[:cut], body[cut:]],
                    chunk_delay=0.001,
                    headers={"Content-Type": "text/event-stream"},
                ),
            )
            stream = await client.chat.create_stream(model="m", messages=HELLO)
            final = await stream.final_response()
            assert final.text == "split me anywhere", cut


async def test_byte_by_byte_with_comments_and_crlf(server: FakeMistralServer) -> None:
    events = sse_body(stream_chunks(completion("tiny pieces")), newline="\r\n")
    body = b": keep-alive\r\n\r\n" + events.replace(b"\r\n\r\ndata", b"\r\n\r\n: ping\r\n\r\ndata")
    server.enqueue(
        PATH,
        ScriptedReply(
            chunks=[body[i : i + 1] for i in range(len(body))],
            headers={"Content-Type": "text/event-stream"},
        ),
    )
    async with client_for(server) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        assert (await stream.final_response()).text == "tiny pieces"


def tool_chunks() -> list[dict[str, Any]]:
    base = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m"}

    def delta(calls: list[dict[str, Any]], finish: str | None = None) -> dict[str, Any]:
        return {
            **base,
            "choices": [{"index": 0, "delta": {"tool_calls": calls}, "finish_reason": finish}],
        }

    return [
        {
            **base,
            "choices": [
                {
                    "index": 0,
                    "delta": {"role": "assistant", "content": "Checking. "},
                    "finish_reason": None,
                }
            ],
        },
        delta([{"id": "call_a", "index": 0, "function": {"name": "weather", "arguments": '{"ci'}}]),
        delta([{"index": 1, "id": "call_b", "function": {"name": "time", "arguments": '{"tz": '}}]),
        delta([{"index": 0, "function": {"name": "", "arguments": 'ty": "Paris"}'}}]),
        delta([{"index": 1, "function": {"name": "", "arguments": '"CET"}'}}], finish="tool_calls"),
        {
            **base,
            "choices": [],
            "usage": {"prompt_tokens": 9, "completion_tokens": 12, "total_tokens": 21},
        },
    ]


async def test_tool_call_deltas_are_merged_by_index(server: FakeMistralServer) -> None:
    script(server, sse_body(tool_chunks()))
    async with client_for(server) as client:
        stream = await client.chat.create_stream(
            model="m", messages=HELLO, tools=[{"function": {"name": "weather", "parameters": {}}}]
        )
        final = await stream.final_response()
    message = final.choices[0].message
    assert message.content == "Checking. "
    calls = message.tool_calls or []
    assert [(c.id, c.function.name, c.function.arguments) for c in calls] == [
        ("call_a", "weather", '{"city": "Paris"}'),
        ("call_b", "time", '{"tz": "CET"}'),
    ]
    assert json.loads(calls[0].function.arguments) == {"city": "Paris"}  # type: ignore[arg-type]
    assert final.choices[0].finish_reason == "tool_calls" and final.usage.total_tokens == 21


async def test_drop_mid_event_keeps_what_was_received(server: FakeMistralServer) -> None:
    body = sse_body(stream_chunks(completion("one two three four")))
    cut = body.index(b"three") + 2  # inside the third content event
    server.enqueue(
        PATH,
        ScriptedReply(
            chunks=[body[:cut]],
            drop_after_chunks=True,
            headers={"Content-Type": "text/event-stream"},
        ),
    )
    async with client_for(server) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        received: list[str] = []

        async def collect() -> None:
            async for chunk in stream:
                received.append(chunk.text)

        with pytest.raises(im.StreamInterruptedError) as info:
            await collect()
    assert "".join(received) == "one two"
    assert info.value.partial.text == "one two"
    assert info.value.error_type == "stream_interrupted"
    assert len(server.requests_to(PATH)) == 1  # never retried after the first byte


async def test_idle_timeout_interrupts_with_partial(server: FakeMistralServer) -> None:
    body = sse_body(stream_chunks(completion("slow reply here")))
    first_events = body[: body.index(b"reply")]
    server.enqueue(
        PATH,
        ScriptedReply(
            chunks=[first_events, body[len(first_events) :]],
            chunk_delay=1.0,
            headers={"Content-Type": "text/event-stream"},
        ),
    )
    async with client_for(server, client={"stream_idle_timeout_secs": 0.2}) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        with pytest.raises(
            im.StreamInterruptedError, match="no data within client.stream_idle_timeout_secs"
        ) as info:
            await stream.final_response()
    assert info.value.partial.text == "slow"


async def test_end_without_done_or_finish_is_interrupted(server: FakeMistralServer) -> None:
    chunks = stream_chunks(completion("cut short"))[:-1]
    script(server, sse_body(chunks, done=False))
    async with client_for(server) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        with pytest.raises(im.StreamInterruptedError, match="without \\[DONE\\]") as info:
            await stream.final_response()
    assert info.value.partial.text == "cut short"


async def test_final_event_without_blank_line_then_eof(server: FakeMistralServer) -> None:
    body = sse_body(stream_chunks(completion("ends abruptly")), done=False).rstrip(b"\n")
    script(server, body)
    async with client_for(server) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        final = await stream.final_response()
    assert final.text == "ends abruptly" and final.choices[0].finish_reason == "stop"


async def test_malformed_event_names_the_data(server: FakeMistralServer) -> None:
    script(server, b'data: {"id": "x", "choices": "nope"}\n\n')
    async with client_for(server) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        with pytest.raises(im.ResponseValidationError, match="malformed stream event.*nope"):
            await stream.final_response()


@pytest.mark.parametrize(
    ("event", "cls"),
    [
        (
            b'data: {"object": "error", "message": "overloaded", "type": "service_unavailable", "code": "503"}\n\n',
            im.ServiceUnavailableError,
        ),
        (
            b'event: error\ndata: {"error": {"message": "slow down", "code": 429}}\n\n',
            im.RateLimitError,
        ),
        (b'data: {"message": "internal"}\n\n', im.InternalServerError),
    ],
)
async def test_error_event_mid_stream_raises_typed_error(
    server: FakeMistralServer, event: bytes, cls: type[im.MistralError]
) -> None:
    first = sse_body(stream_chunks(completion("partial"))[:2], done=False)
    script(server, first + event)
    async with client_for(server) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        assert (await stream.__anext__()).choices[0].delta.role == "assistant"
        with pytest.raises(cls, match="error event in stream"):
            await stream.final_response()


async def test_errors_and_retries_happen_at_the_await(server: FakeMistralServer) -> None:
    server.enqueue(PATH, ScriptedReply(status=503, json={"message": "busy"}))
    async with client_for(server) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        assert (await stream.final_response()).text == "echo: hello streaming world"
        assert len(server.requests_to(PATH)) == 2
        server.enqueue(PATH, ScriptedReply(status=401, json={"message": "bad key"}))
        with pytest.raises(im.AuthenticationError, match="bad key"):
            await client.chat.create_stream(model="m", messages=HELLO)


async def test_given_up_retries_chain_no_earlier_error(server: FakeMistralServer) -> None:
    """The last attempt's error is raised alone: an earlier attempt's is not its `__context__`."""
    for _ in range(3):
        server.enqueue(PATH, ScriptedReply(status=503, json={"message": "busy"}))
    async with client_for(server, max_retries=2) as client:
        with pytest.raises(im.ServiceUnavailableError) as caught:
            await client.chat.create_stream(model="m", messages=HELLO)
    assert len(server.requests_to(PATH)) == 3
    assert caught.value.__context__ is None and caught.value.__cause__ is None


async def test_cancelled_open_stops_its_exchange(server: FakeMistralServer) -> None:
    """Headers are awaited in a task of its own: cancelling the call cancels it too."""
    script(server, sse_body(stream_chunks(completion("late"))), delay=1.0)
    async with client_for(server, max_retries=0) as client:
        call = asyncio.ensure_future(client.chat.create_stream(model="m", messages=HELLO))
        for _ in range(200):
            if server.requests_to(PATH):
                break
            await asyncio.sleep(0.01)
        exchanges = [
            t for t in asyncio.all_tasks() if getattr(t.get_coro(), "__qualname__", "") == "send"
        ]
        assert server.requests_to(PATH) and len(exchanges) == 1
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call
        await asyncio.sleep(0)
        assert exchanges[0].cancelled()
        stream = await client.chat.create_stream(model="m", messages=HELLO)  # the client goes on
        assert (await stream.final_response()).text == "echo: hello streaming world"


async def test_non_stream_reply_is_refused_clearly(server: FakeMistralServer) -> None:
    server.enqueue(PATH, ScriptedReply(json={"not": "a stream"}))
    async with client_for(server) as client:
        with pytest.raises(
            im.ResponseValidationError,
            match="expected a text/event-stream response, got application/json",
        ):
            await client.chat.create_stream(model="m", messages=HELLO)


async def test_leaving_early_releases_the_connection_at_once(server: FakeMistralServer) -> None:
    endless = [
        sse_body([c], done=False) for c in stream_chunks(completion(" ".join(["word"] * 400)))
    ]
    server.enqueue(
        PATH,
        ScriptedReply(
            chunks=endless, chunk_delay=0.01, headers={"Content-Type": "text/event-stream"}
        ),
    )
    async with client_for(server) as client:
        async with await client.chat.create_stream(model="m", messages=HELLO) as stream:
            async for _ in stream:
                break
        await asyncio.sleep(0.1)
        assert server.open_connections == 0  # closed mid-body, not drained
        assert (await client.chat.create(model="m", messages=HELLO)).text  # the pool still works


async def test_limiter_is_settled_from_stream_usage(server: FakeMistralServer) -> None:
    limits = {"enabled": True, "tokens_per_minute": 10_000, "on_limit": "reject"}
    async with client_for(server, rate_limit=limits) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO, max_tokens=5000)
        final = await stream.final_response()
        assert client._stack.limiter.usage == (1, final.usage.total_tokens)  # type: ignore[attr-defined]


async def test_200_concurrent_streams(server: FakeMistralServer) -> None:
    async with client_for(server) as client:

        async def one(i: int) -> str:
            async with await client.chat.create_stream(
                model="m", messages=[{"role": "user", "content": f"n {i}"}]
            ) as stream:
                return (await stream.final_response()).text

        texts = await asyncio.gather(*(one(i) for i in range(200)))
    assert texts == [f"echo: n {i}" for i in range(200)]
    await asyncio.sleep(0.05)
    assert server.open_connections == 0


async def test_invalid_utf8_mid_stream_is_typed_and_leaks_nothing(
    server: FakeMistralServer,
) -> None:
    first = sse_body(stream_chunks(completion("ok"))[:2], done=False)
    script(server, first + b"data: \xff\xfe\n\n")
    async with client_for(server) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        first_chunk = await stream.__anext__()
        with pytest.raises(im.ResponseValidationError, match="not valid UTF-8"):
            await stream.final_response()
        assert stream.partial.choices[0].message.role == "assistant"
        assert first_chunk.choices[0].delta.role == "assistant"
        assert (
            await client.chat.create(model="m", messages=HELLO)
        ).text  # the pooled connection is reused
        assert len(server.connections) == 1 and server.open_connections <= 1


async def test_unknown_fields_in_chunks_are_kept(server: FakeMistralServer) -> None:
    chunks = stream_chunks(completion("new fields"))
    chunks[1]["service_tier"] = "standard"
    chunks[1]["choices"][0]["delta"]["annotation"] = {"x": 1}
    script(server, sse_body(chunks))
    async with client_for(server) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        received = [chunk async for chunk in stream]
    assert received[1].model_extra == {"service_tier": "standard"}
    assert received[1].choices[0].delta.model_extra == {"annotation": {"x": 1}}
    assert (await stream.final_response()).text == "new fields"


async def test_chunks_of_kinds_this_client_does_not_know_are_kept(
    server: FakeMistralServer,
) -> None:
    """A chunk that strict parsing refuses (a content part of a type the API added since) is
    parsed leniently, as a whole response is, and kept in the final response."""
    chunks = stream_chunks(completion("kept"))
    chunks[1]["choices"][0]["delta"]["content"] = [
        {"type": "hologram", "frames": 3},
        {"type": "text", "text": "kept"},
    ]
    script(server, sse_body(chunks))
    async with client_for(server) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        received = [chunk async for chunk in stream]
    parts = received[1].choices[0].delta.content
    assert isinstance(parts, list) and isinstance(parts[0], im.types.UnknownChunk)
    assert parts[0].model_extra == {"frames": 3}
    final = (await stream.final_response()).choices[0].message.content
    assert isinstance(final, list) and final[0].type == "hologram"
