"""Streams cut by close(), error events keeping what arrived, roles the
spec allows but the client did not expect."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from aiohttp import web

import integrations_mistral as im
from integrations_mistral.testing import chat_reply, stream_chunks
from tests.support.apps import App, client_for, streaming

HELLO = [{"role": "user", "content": "hi"}]
CHUNKS = stream_chunks(chat_reply({"model": "m", "messages": HELLO}, reply="one two three"))


def event(chunk: Any, name: str | None = None) -> bytes:
    head = f"event: {name}\n".encode() if name else b""
    return head + b"data: " + json.dumps(chunk).encode() + b"\n\n"


def sending(*pieces: bytes, hold: float = 30.0) -> Any:
    """A handler sending `pieces`, then holding the stream open for `hold` seconds."""
    return streaming(*pieces, then=hold)


async def test_close_with_a_stream_open_fails_its_reader_with_the_partial(apps: App) -> None:
    url = await apps.start(sending(*(event(c) for c in CHUNKS[:3])))
    client = client_for(url, client={"close_grace_secs": 0.05})
    stream = await client.chat.create_stream(model="m", messages=HELLO)
    await stream.__anext__()
    assert (await stream.__anext__()).text == "one"

    async def read_rest() -> Any:
        return await stream.final_response()

    reader = asyncio.create_task(read_rest())
    await asyncio.sleep(0.05)
    await client.close()
    with pytest.raises(im.StreamInterruptedError, match="the client was closed") as caught:
        await reader
    assert caught.value.partial.text == "one two"
    assert isinstance(caught.value.__cause__, im.ClientClosedError)
    assert client.in_flight == 0


async def test_close_while_nobody_reads_fails_the_next_read(apps: App) -> None:
    url = await apps.start(sending(event(CHUNKS[0]), event(CHUNKS[1])))
    client = client_for(url, client={"close_grace_secs": 0.0})
    stream = await client.chat.create_stream(model="m", messages=HELLO)
    await stream.__anext__()
    await stream.__anext__()
    await asyncio.wait_for(client.close(), 0.5)  # does not wait for a reader that never comes
    with pytest.raises(im.StreamInterruptedError) as caught:
        async for _ in stream:
            pass
    assert caught.value.partial.text == "one"


@pytest.mark.parametrize(
    "bad",
    [
        event({"error": {"message": "model overloaded", "code": "503"}}, name="error"),
        event({"message": "upstream failed", "code": 500}),
        b"data: {not json at all\n\n",
    ],
    ids=["error-event", "error-data", "malformed"],
)
async def test_an_error_mid_stream_keeps_what_arrived(apps: App, bad: bytes) -> None:
    url = await apps.start(sending(*(event(c) for c in CHUNKS[:3]), bad, hold=0))
    async with client_for(url) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        with pytest.raises(im.MistralError) as caught:
            await stream.final_response()
    assert caught.value.partial is not None
    assert caught.value.partial.text == "one two"


def with_role(chunk: dict[str, Any], role: str) -> dict[str, Any]:
    choice = {**chunk["choices"][0], "delta": {**chunk["choices"][0]["delta"], "role": role}}
    return {**chunk, "choices": [choice]}


async def test_an_unexpected_delta_role_does_not_break_accumulation(apps: App) -> None:
    odd = [with_role(CHUNKS[0], "string"), *CHUNKS[1:]]
    url = await apps.start(sending(*(event(c) for c in odd), b"data: [DONE]\n\n", hold=0))
    async with client_for(url) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        reply = await stream.final_response()
    assert reply.text == "one two three"
    assert reply.choices[0].message.role == "assistant"


async def test_a_cut_stream_with_an_unexpected_role_keeps_its_partial(apps: App) -> None:
    odd = [with_role(CHUNKS[0], "string"), with_role(CHUNKS[1], "tool")]

    async def cut(request: web.Request) -> web.StreamResponse:
        await request.read()
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        for chunk in odd:
            await response.write(event(chunk))
        assert request.transport is not None
        request.transport.abort()
        return response

    url = await apps.start(cut)
    async with client_for(url) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        with pytest.raises(im.StreamInterruptedError) as caught:
            async for _ in stream:
                pass
    assert caught.value.partial.text == "one"
