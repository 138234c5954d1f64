"""The fake server's answers to the generated areas' operations: the OpenAPI document's example
of each reply (or a spec-valid sample), written by tools/generate_api.py, so code that uses any
area can be tested offline."""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any

from aiohttp import web

__all__ = ["generated_reply"]


@functools.cache
def _routes() -> list[tuple[str, re.Pattern[str], dict[str, Any]]]:
    """(METHOD, path pattern, answer), literal paths before templated ones."""
    text = resources.files(__package__).joinpath("_generated_responses.json").read_text("utf-8")
    table: list[dict[str, Any]] = json.loads(text)
    table.sort(key=lambda entry: (entry["path"].count("{"), -len(entry["path"])))
    return [
        (
            entry["method"],
            re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", entry["path"]) + "$"),
            entry,
        )
        for entry in table
    ]


async def generated_reply(request: web.Request, raw_path: str) -> web.StreamResponse | None:
    """The documented answer to `request`, or None if no generated operation has its path."""
    for method, pattern, entry in _routes():
        if method == request.method and pattern.match(raw_path):
            return await _answer(request, entry)
    return None


async def _answer(request: web.Request, entry: dict[str, Any]) -> web.StreamResponse:
    status = entry["status"]
    if "events" in entry:
        response = web.StreamResponse(status=status, headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        for index, data in enumerate(entry["events"]):
            await response.write(f"id: {index + 1}\ndata: {json.dumps(data)}\n\n".encode())
        await response.write_eof()
        return response
    if "json" in entry:
        return web.json_response(entry["json"], status=status)
    return web.Response(status=status)
