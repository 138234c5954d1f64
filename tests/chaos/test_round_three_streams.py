"""Hardening, third round: streams answered with something else, bounded memory for `partial`,
keep-alive comments, streams dropped without `close()`."""

from __future__ import annotations

import gzip
import tracemalloc

import pytest
from aiohttp import web

import integrations_mistral as im
from tests.chaos.conftest import HELLO, App, client_for


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
