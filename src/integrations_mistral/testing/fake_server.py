"""A real aiohttp server on loopback that speaks the Mistral API, for tests and the `local` profile.

It answers chat completions deterministically (echoing the last user message), records every
request, and plays scripted replies (statuses, bodies, delays, dropped connections) in order.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

__all__ = ["FakeMistralServer", "RecordedRequest", "ScriptedReply"]


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    query: dict[str, str] = field(default_factory=dict)

    @property
    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass
class ScriptedReply:
    """One queued reply: `status` with `json` or raw `body`, after `delay` seconds.

    `drop=True` closes the connection without an answer; `truncate=True` sends the headers and
    half of the body, then closes. `chunks` streams a body piece by piece (`chunk_delay` apart);
    with `drop_after_chunks=True` the connection is cut after the last piece.
    """

    status: int = 200
    json: Any = None
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False
    truncate: bool = False
    chunks: list[bytes] | None = None
    chunk_delay: float = 0.0
    drop_after_chunks: bool = False


class FakeMistralServer:
    """`async with FakeMistralServer() as server:` then point a client at `server.url`."""

    def __init__(
        self, *, host: str = "127.0.0.1", port: int = 0, api_key: str | None = None
    ) -> None:
        self.host, self.port = host, port
        self.api_key = api_key
        self.requests: list[RecordedRequest] = []
        self._scripts: dict[str, deque[ScriptedReply]] = defaultdict(deque)
        self._runner: web.AppRunner | None = None
        self.connections: set[tuple[str, int]] = set()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def enqueue(self, path: str, *replies: ScriptedReply, **reply: Any) -> None:
        """Queue replies for `path` (e.g. `/v1/chat/completions`), played before the default."""
        queue = self._scripts[path]
        queue.extend(replies or (ScriptedReply(**reply),))

    @property
    def open_connections(self) -> int:
        """Connections the server currently holds open (to check clients for leaks)."""
        server = self._runner.server if self._runner is not None else None
        return len(server.connections) if server is not None else 0

    def requests_to(self, path: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path == path]

    async def start(self) -> FakeMistralServer:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeMistralServer:
        return await self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        peer = request.transport.get_extra_info("peername") if request.transport else None
        if peer:
            self.connections.add((str(peer[0]), int(peer[1])))
        self.requests.append(
            RecordedRequest(
                request.method, request.path, dict(request.headers), body, dict(request.query)
            )
        )
        if (
            self.api_key is not None
            and request.headers.get("Authorization") != f"Bearer {self.api_key}"
        ):
            return _error(401, "Unauthorized", "invalid_api_key")
        queue = self._scripts.get(request.path)
        if queue:
            return await self._play(queue.popleft(), request)
        return self._default(request, body)

    async def _play(self, reply: ScriptedReply, request: web.Request) -> web.StreamResponse:
        if reply.delay:
            await asyncio.sleep(reply.delay)
        if reply.drop:
            if request.transport is not None:
                request.transport.abort()
            raise asyncio.CancelledError  # aiohttp treats this as a dropped connection
        if reply.chunks is not None:
            return await self._stream(reply, request)
        payload = reply.body if reply.body is not None else json.dumps(reply.json).encode()
        headers = {"Content-Type": "application/json", **reply.headers}
        if not reply.truncate:
            return web.Response(status=reply.status, body=payload, headers=headers)
        response = web.StreamResponse(status=reply.status, headers=headers)
        response.content_length = len(payload)
        await response.prepare(request)
        await response.write(payload[: len(payload) // 2])
        if request.transport is not None:
            request.transport.abort()
        return response

    async def _stream(self, reply: ScriptedReply, request: web.Request) -> web.StreamResponse:
        headers = {"Content-Type": "text/event-stream", **reply.headers}
        response = web.StreamResponse(status=reply.status, headers=headers)
        await response.prepare(request)
        for chunk in reply.chunks or ():
            await response.write(chunk)
            if reply.chunk_delay:
                await asyncio.sleep(reply.chunk_delay)
        if reply.drop_after_chunks:
            if request.transport is not None:
                request.transport.abort()
            return response
        await response.write_eof()
        return response

    def _default(self, request: web.Request, body: bytes) -> web.StreamResponse:
        if request.method == "POST" and request.path == "/v1/chat/completions":
            try:
                return web.json_response(chat_reply(json.loads(body)))
            except (ValueError, KeyError, TypeError) as exc:
                return _error(422, f"invalid request: {exc}", "invalid_request")
        return _error(404, f"no route for {request.method} {request.path}", "not_found")


def _error(status: int, message: str, code: str) -> web.Response:
    payload = {"object": "error", "message": message, "type": code, "param": None, "code": None}
    return web.json_response(payload, status=status)


def chat_reply(request: dict[str, Any]) -> dict[str, Any]:
    """A deterministic completion: echoes the last user message's text."""
    messages = request["messages"]
    last = next((m for m in reversed(messages) if m.get("role") == "user"), messages[-1])
    content = last.get("content")
    text = (
        content
        if isinstance(content, str)
        else " ".join(c.get("text", "") for c in content or [] if isinstance(c, dict))
    )
    prompt_tokens = max(1, sum(len(str(m.get("content") or "")) for m in messages) // 4)
    reply = f"echo: {text}"
    completion_tokens = max(1, len(reply) // 4)
    return {
        "id": f"cmpl-{uuid.uuid4().hex}",
        "object": "chat.completion",
        "model": request["model"],
        "created": int(time.time()),
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": reply, "tool_calls": None},
                "finish_reason": "stop",
            }
        ],
    }
