"""Page walks always end. A cursor cycle, a cursor that never ends and a
server that ignores the page asked for are stopped with a typed `PaginationError`."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp import web

import integrations_mistral as im
from tests.support.apps import App, client_for

JOB = {"object": "batch", "endpoint": "/v1/chat/completions", "status": "QUEUED"}


def library(n: int) -> dict[str, Any]:
    return {"id": f"lib-{n}", "name": "n", "created_at": "t", "updated_at": "t"}


def cursor_server(next_of: dict[str | None, str | None]):  # type: ignore[no-untyped-def]
    """Library pages: the page for cursor C holds one library and says `next_of[C]` comes next;
    a cursor missing from the table gets a fresh one (an endless walk)."""
    asked: list[str | None] = []

    async def handler(request: web.Request) -> web.StreamResponse:
        token = request.query.get("page_token")
        asked.append(token)
        following = next_of.get(token, f"t{len(asked)}")
        return web.json_response({"data": [library(len(asked))], "next_page_token": following})

    handler.asked = asked  # type: ignore[attr-defined]
    return handler


async def test_a_cursor_cycle_is_refused(apps: App) -> None:
    server = cursor_server({None: "a", "a": "b", "b": "a"})
    async with client_for(await apps.start(server)) as client:
        with pytest.raises(im.PaginationError, match="cursor 'a' again"):
            [x async for x in client.libraries.iterate()]
    assert server.asked == [None, "a", "b"]


async def test_an_endless_cursor_stops_at_max_pages(apps: App) -> None:
    server = cursor_server({})
    url = await apps.start(server)
    async with client_for(url, client={"max_pages": 25}) as client:
        seen: list[Any] = []

        async def walk() -> None:
            async for item in client.libraries.iterate():
                seen.append(item)

        with pytest.raises(im.PaginationError, match=r"more than 25 pages \(client.max_pages\)"):
            await walk()
    assert len(seen) == 25 and len(server.asked) == 26


async def test_a_server_ignoring_the_page_number_is_refused(apps: App) -> None:
    asked: list[str] = []

    async def same_page(request: web.Request) -> web.StreamResponse:
        asked.append(request.query.get("page", ""))
        jobs = [{**JOB, "id": f"job-{i}"} for i in range(2)]
        return web.json_response({"data": jobs, "object": "list", "total": 10})

    async with client_for(await apps.start(same_page)) as client:
        with pytest.raises(im.PaginationError, match="repeats page 1"):
            [x async for x in client.batch.iterate(page_size=2)]
    assert asked == ["0", "1"]


async def test_a_server_ignoring_the_offset_is_refused(apps: App) -> None:
    async def same_page(request: web.Request) -> web.StreamResponse:
        organizations = [{"id": f"o{i}", "name": "n"} for i in range(2)]
        return web.json_response({"organizations": organizations})

    async with client_for(await apps.start(same_page)) as client:
        with pytest.raises(im.PaginationError, match="repeats page 1"):
            [x async for x in client.users.iterate_organizations(limit=2)]


async def test_max_pages_is_a_checked_setting() -> None:
    with pytest.raises(im.ConfigurationError, match="client.max_pages"):
        im.load_settings(api_key="k", client={"max_pages": 0})
