"""A client must not be what takes a service down: response bodies are bounded while read."""

from __future__ import annotations

import gzip
import tracemalloc
from pathlib import Path

import pytest
from aiohttp import web

import integrations_mistral as im
from tests.support.apps import App, client_for

HELLO = [{"role": "user", "content": "hi"}]
MIB = 1024 * 1024
LIMIT = {"client": {"max_response_bytes": MIB}}


async def test_declared_length_over_the_limit_is_refused_before_reading(apps: App) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(body=b" " * (8 * MIB), content_type="application/json")

    async with client_for(await apps.start(handler), **LIMIT) as client:
        with pytest.raises(im.ResponseTooLargeError, match="Content-Length is 8388608"):
            await client.chat.create(model="m", messages=HELLO)


async def test_chunked_body_is_cut_at_the_limit(apps: App) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        await response.prepare(request)
        for _ in range(64):
            await response.write(b" " * (256 * 1024))
        return response

    async with client_for(await apps.start(handler), **LIMIT) as client:
        with pytest.raises(im.ResponseTooLargeError, match="more than 1048576 bytes"):
            await client.models.list()


async def test_gzip_bomb_is_cut_at_the_decoded_limit(apps: App) -> None:
    bomb = gzip.compress(b"\0" * (256 * MIB), compresslevel=9)  # ~250 KiB on the wire

    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(
            body=bomb, headers={"Content-Type": "application/json", "Content-Encoding": "gzip"}
        )

    tracemalloc.start()
    try:
        async with client_for(await apps.start(handler), **LIMIT) as client:
            with pytest.raises(im.ResponseTooLargeError, match="after decoding"):
                await client.chat.create(model="m", messages=HELLO)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(bomb) < MIB
    assert peak < 64 * MIB  # nowhere near the 256 MiB the body inflates to


async def test_download_to_is_exempt(apps: App, tmp_path: Path) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(body=b"z" * (3 * MIB), content_type="application/octet-stream")

    async with client_for(await apps.start(handler), **LIMIT) as client:
        target = await client.files.download_to("file-1", tmp_path / "out.bin")
    assert target.stat().st_size == 3 * MIB
