"""A real aiohttp server on loopback that speaks the Mistral API, for tests and the `local` profile.

It answers every API area deterministically (chat echoes the last user message; files, agents and
jobs live in memory), records every request, and plays scripted replies (statuses, bodies, delays,
dropped or truncated connections) before the default behaviour.
"""

from __future__ import annotations

import asyncio
import json
import re
import ssl
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from .fake_api import FakeAPI
from .fake_resources import error_response

__all__ = ["FakeMistralServer", "RecordedRequest", "ScriptedReply", "api_path"]

_AZURE = {
    "/models/chat/completions": "/v1/chat/completions",
    "/providers/mistral/azure/ocr": "/v1/ocr",
}
_VERTEX = re.compile(
    r"^/v1/projects/[^/]+/locations/[^/]+/publishers/mistralai/models/(?P<model>[^/:]+)"
    r":(?P<verb>rawPredict|streamRawPredict)$"
)


def api_path(path: str, body: bytes) -> str | None:
    """The La Plateforme path that an Azure AI Foundry or Vertex AI path stands for (chat or
    FIM by the body, as Vertex serves both at one path), `path` itself for the API's own, None
    for a malformed deployment path."""
    if path in _AZURE:
        return _AZURE[path]
    match = _VERTEX.match(path)
    if match is None:
        return None if "/publishers/" in path else path
    try:
        payload = json.loads(body or b"{}")
    except ValueError:
        return None
    if not isinstance(payload, dict) or payload.get("model") != match["model"]:
        return None  # the model of the path is the body's
    if bool(payload.get("stream")) != (match["verb"] == "streamRawPredict"):
        return None
    return "/v1/fim/completions" if "prompt" in payload else "/v1/chat/completions"


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    query: dict[str, str] = field(default_factory=dict)
    raw_path: str = ""
    raw_query: str = ""  # the query string as sent (repeated parameters kept)
    api_path: str = ""  # the La Plateforme path an Azure or Vertex AI path stands for

    def __post_init__(self) -> None:
        self.api_path = self.api_path or self.path

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
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        """`ssl_context`: serve https with it (a test CA's certificate, client certificates)."""
        self.host, self.port = host, port
        self.api_key = api_key
        self.ssl_context = ssl_context
        self.requests: list[RecordedRequest] = []
        self._scripts: dict[str, deque[ScriptedReply]] = defaultdict(deque)
        self._runner: web.AppRunner | None = None
        self.connections: set[tuple[str, int]] = set()
        self.api = FakeAPI()

    @property
    def url(self) -> str:
        scheme = "https" if self.ssl_context is not None else "http"
        return f"{scheme}://{self.host}:{self.port}"

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
        """Requests to `path`, an Azure or Vertex AI path standing for it included."""
        return [r for r in self.requests if path in (r.path, r.api_path)]

    async def start(self) -> FakeMistralServer:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port, ssl_context=self.ssl_context)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        self.api.close()

    async def __aenter__(self) -> FakeMistralServer:
        return await self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        multipart = request.content_type.startswith("multipart/")
        body = b"" if multipart else await request.read()  # uploads stream to the handler
        peer = request.transport.get_extra_info("peername") if request.transport else None
        if peer:
            self.connections.add((str(peer[0]), int(peer[1])))
        path = api_path(request.path, body)
        self.requests.append(
            RecordedRequest(
                request.method,
                request.path,
                dict(request.headers),
                body,
                dict(request.query),
                request.raw_path.split("?")[0],
                request.query_string,
                path or request.path,
            )
        )
        if self.api_key is not None and not self._authorized(request):
            return error_response(401, "Unauthorized", "invalid_api_key")
        if path is None:
            return error_response(404, f"not a Vertex AI path: {request.path}", "not_found")
        if request.path in _AZURE and not request.query.get("api-version"):
            return error_response(400, "missing the api-version query parameter", "bad_request")
        queue = self._scripts.get(path)
        if queue:
            return await self._play(queue.popleft(), request)
        return await self.api.dispatch(request, path)

    def _authorized(self, request: web.Request) -> bool:
        """The key as a bearer token, or in `x-api-key` where the API declares that (the
        `users` operations)."""
        return (
            request.headers.get("Authorization") == f"Bearer {self.api_key}"
            or request.headers.get("x-api-key") == self.api_key
        )

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
