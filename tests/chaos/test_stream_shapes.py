"""Streams answered with something else, bounded memory for `partial`,
keep-alive comments, streams dropped without `close()`."""

from __future__ import annotations

import asyncio
import gzip
import json
import tracemalloc

import pytest
from aiohttp import web

import integrations_mistral as im
from tests.support.apps import HELLO, App, client_for, streaming

CHAT_CHUNK = {"id": "c", "object": "chat.completion.chunk", "model": "m", "created": 1}


@pytest.mark.parametrize("compressed", [False, True])
async def test_a_stream_answered_with_a_huge_plain_body_reads_only_its_start(
    apps: App, compressed: bool
) -> None:
    """200 MB of JSON (or a gzip bomb of 256 MiB) where an event stream was asked for."""
    size = 256 * 1024 * 1024
    bomb = gzip.compress(b"x" * size, compresslevel=9) if compressed else b""
    sent: list[int] = []

    async def plain(request: web.Request) -> web.StreamResponse:
        await request.read()
        headers = {"Content-Type": "application/json"}
        if compressed:
            headers["Content-Encoding"] = "gzip"
        response = web.StreamResponse(headers=headers)
        await response.prepare(request)
        try:
            if compressed:
                await response.write(bomb)
                sent.append(len(bomb))
            else:
                chunk = b"x" * (1 << 20)
                for _ in range(200):
                    await response.write(chunk)
                    sent.append(len(chunk))
        except (ConnectionError, RuntimeError):
            pass
        return response

    url = await apps.start(plain)
    tracemalloc.start()
    try:
        async with client_for(url) as client:
            with pytest.raises(im.ResponseValidationError, match="expected a text/event-stream"):
                await client.chat.create_stream(model="m", messages=HELLO)
        grown_mib = tracemalloc.get_traced_memory()[1] / (1 << 20)
    finally:
        tracemalloc.stop()
    assert grown_mib < 64, grown_mib
    if not compressed:
        assert sum(sent) < 100 * (1 << 20)  # the client stopped reading long before the end


async def test_an_event_streams_partial_keeps_only_the_latest_events(apps: App) -> None:
    from integrations_mistral.services._events import KEPT_EVENTS

    events = b"".join(
        b'id: %d\ndata: {"stream": "s", "n": %d}\n\n' % (i, i) for i in range(KEPT_EVENTS * 5)
    )
    url = await apps.start(streaming(events, drop=True))
    async with client_for(url) as client:
        stream = await client.workflows.events.stream()
        seen = 0

        async def read_all() -> None:
            nonlocal seen
            async for _ in stream:
                seen += 1

        with pytest.raises(im.StreamInterruptedError) as caught:
            await read_all()
    assert seen == KEPT_EVENTS * 5  # every event was handed out as it came
    partial = caught.value.partial
    assert len(partial) == KEPT_EVENTS
    assert partial[-1].id == str(KEPT_EVENTS * 5 - 1)  # the latest, to resume after


async def test_keep_alive_comments_keep_a_quiet_event_stream_open(apps: App) -> None:
    frames = [
        b'data: {"stream": "s"}\n\n',
        *([b": keep-alive\n\n"] * 8),
        b'data: {"stream": "t"}\n\n',
    ]
    url = await apps.start(streaming(*frames, pause=0.1))
    async with client_for(url, client={"stream_idle_timeout_secs": 0.35}) as client:
        stream = await client.workflows.events.stream()
        received = await stream.final_response()
    assert len(received) == 2  # 0.9 s of comments only, past a 0.35 s idle timeout


async def test_comments_alone_still_end_a_chat_stream(apps: App) -> None:
    frames = [*([b": keep-alive\n\n"] * 8)]
    url = await apps.start(streaming(*frames, pause=0.1))
    async with client_for(url, client={"stream_idle_timeout_secs": 0.35}) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        with pytest.raises(im.StreamInterruptedError, match="only comments"):
            await stream.final_response()


async def test_a_stream_dropped_without_close_frees_its_connection(apps: App) -> None:
    import gc

    async def endless(request: web.Request) -> web.StreamResponse:
        await request.read()
        if request.path.endswith("/models"):
            return web.json_response({"object": "list", "data": []})
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        chunk = {**CHAT_CHUNK, "choices": [{"index": 0, "delta": {"content": "x"}}]}
        await response.write(f"data: {json.dumps(chunk)}\n\n".encode())
        await asyncio.sleep(30)  # never ends on its own
        return response

    url = await apps.start(endless)
    async with client_for(url, client={"pool_size": 1, "timeout_secs": 2}) as client:

        async def read_one_and_drop() -> None:
            stream = await client.chat.create_stream(model="m", messages=HELLO)
            await stream.__anext__()
            del stream
            gc.collect()

        with pytest.warns(ResourceWarning, match="dropped unfinished without close"):
            await read_one_and_drop()
        await client.models.list()  # the only connection of the pool is free again
        assert client.in_flight == 0  # and the client holds nothing of it
