"""Streams that misbehave: cut at close, unfinished but complete, stalls, trickles, huge events."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web

import integrations_mistral as im
from integrations_mistral.testing import chat_reply, stream_chunks
from tests.support.apps import App, client_for, streaming

HELLO = [{"role": "user", "content": "hi"}]
CHUNKS = stream_chunks(chat_reply({"model": "m", "messages": HELLO}, reply="one two three"))


def event(chunk: dict[str, Any]) -> bytes:
    return b"data: " + json.dumps(chunk).encode() + b"\n\n"


@pytest.fixture
async def raw_server() -> AsyncIterator[Any]:
    """A raw TCP server whose body ends when it closes the connection (no length, not chunked)."""
    servers: list[asyncio.Server] = []

    async def start(body: bytes) -> str:
        async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await reader.readuntil(b"\r\n\r\n")
            writer.write(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n"
                + body
            )
            await writer.drain()
            writer.close()

        server = await asyncio.start_server(serve, "127.0.0.1", 0)
        servers.append(server)
        return f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"

    yield start
    for server in servers:
        server.close()
        await server.wait_closed()


async def test_body_ending_at_close_mid_event_is_an_interruption_with_partial(
    raw_server: Any,
) -> None:
    body = b"".join(event(c) for c in CHUNKS[:3]) + event(CHUNKS[3])[:25]
    async with client_for(await raw_server(body)) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        with pytest.raises(im.StreamInterruptedError, match="mid-event after 3 chunks") as caught:
            await stream.final_response()
    assert caught.value.partial.text == "one two"


async def test_finished_stream_without_done_is_complete(apps: App) -> None:
    body = b"".join(event(c) for c in CHUNKS)  # finish_reason and usage, no [DONE]
    url = await apps.start(streaming(body, then=5))
    async with client_for(url, client={"stream_idle_timeout_secs": 0.2}) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        final = await stream.final_response()
    assert final.text == "one two three"
    assert final.choices[0].finish_reason == "stop"


async def test_non_utf8_in_an_unknown_field_is_ignored(apps: App) -> None:
    body = b"weird: \xff\xfe\xfd\n" + b"".join(event(c) for c in CHUNKS) + b"data: [DONE]\n\n"
    async with client_for(await apps.start(streaming(body))) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        assert (await stream.final_response()).text == "one two three"


async def test_stall_before_headers_names_the_timeout_that_fired(apps: App) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(2)
        return web.Response()

    url = await apps.start(handler)
    overrides = {"client": {"stream_idle_timeout_secs": 0.2}, "retry": {"max_attempts": 1}}
    async with client_for(url, **overrides) as client:
        with pytest.raises(
            im.RequestTimeoutError,
            match=r"no response headers within 0\.2 s \(client\.stream_idle_timeout_secs\)",
        ):
            await client.chat.create_stream(model="m", messages=HELLO)


async def test_comments_alone_do_not_keep_a_stream_alive(apps: App) -> None:
    url = await apps.start(streaming(event(CHUNKS[0]), every=0.02, forever=b": keep-alive\n\n"))
    async with client_for(url, client={"stream_idle_timeout_secs": 0.3}) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        with pytest.raises(im.StreamInterruptedError, match="only comments"):
            await stream.final_response()


async def test_total_stream_deadline(apps: App) -> None:
    endless = event({**CHUNKS[1], "choices": [{"index": 0, "delta": {"content": " more"}}]})
    url = await apps.start(streaming(event(CHUNKS[0]), every=0.02, forever=endless))
    async with client_for(url, client={"stream_timeout_secs": 0.5}) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        with pytest.raises(
            im.StreamInterruptedError, match=r"outlasted client\.stream_timeout_secs \(0\.5 s\)"
        ) as caught:
            await stream.final_response()
    assert caught.value.partial.text.startswith(" more more")


async def test_an_oversized_event_is_refused(apps: App) -> None:
    huge = b"data: " + b"x" * (3 * 1024 * 1024) + b"\n\n"
    url = await apps.start(streaming(event(CHUNKS[0]), huge))
    async with client_for(url, client={"max_sse_event_bytes": 1024 * 1024}) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        with pytest.raises(im.ResponseTooLargeError, match="client.max_sse_event_bytes"):
            await stream.final_response()


async def test_a_large_event_within_the_cap_arrives_whole(apps: App) -> None:
    text = "y" * (8 * 1024 * 1024)
    chunk = {**CHUNKS[1], "choices": [{"index": 0, "delta": {"content": text}}]}
    body = event(CHUNKS[0]) + event(chunk) + event(CHUNKS[-1]) + b"data: [DONE]\n\n"
    async with client_for(await apps.start(streaming(body))) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        assert len((await stream.final_response()).text) == len(text)
