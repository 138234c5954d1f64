"""Small servers that misbehave: plain aiohttp apps on 127.0.0.1, one per misbehaviour, and
handlers for them (`streaming`: a stream that stalls, trickles or is cut)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from aiohttp import web

from integrations_mistral import MistralClient

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
FAST_RETRY = {"initial_delay_ms": 1, "max_delay_ms": 2, "jitter": "none"}
HELLO = [{"role": "user", "content": "hi"}]
CHAT_REPLY: dict[str, Any] = {
    "id": "c",
    "object": "chat.completion",
    "model": "m",
    "created": 1,
    "choices": [
        {"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "stop"}
    ],
    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
}


async def chat_ok(request: web.Request) -> web.StreamResponse:
    """A plain successful chat completion ("ok")."""
    await request.read()
    return web.json_response(CHAT_REPLY)


class App:
    """Start `handler` (for every path) on a free loopback port; `url` once started."""

    def __init__(self) -> None:
        self.runners: list[web.AppRunner] = []

    async def start(self, handler: Handler, **app_options: Any) -> str:
        app = web.Application(**app_options)
        app.router.add_route("*", "/{tail:.*}", handler)
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=0.1)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        self.runners.append(runner)
        return f"http://127.0.0.1:{runner.addresses[0][1]}"


@pytest.fixture
async def apps() -> AsyncIterator[App]:
    started = App()
    yield started
    for runner in started.runners:
        await runner.cleanup()


def client_for(url: str, **overrides: Any) -> MistralClient:
    """A client of a chaos server: plain http allowed, fast retries."""
    client = {"allow_insecure_http": True, **overrides.pop("client", {})}
    retry = {**FAST_RETRY, **overrides.pop("retry", {})}
    overrides.setdefault("api_key", "chaos-key")
    return MistralClient.from_env(base_url=url, client=client, retry=retry, **overrides)


def json_reply(payload: Any, status: int = 200) -> Handler:
    async def handler(request: web.Request) -> web.StreamResponse:
        await request.read()
        return web.json_response(payload, status=status)

    return handler


class ThreadedApp:
    """An app served from its own thread and loop, for clients that come and go across loops."""

    def __init__(self, handler: Handler) -> None:
        import threading

        self._handler = handler
        self._ready = threading.Event()
        self._stop: Any = None
        self._runner: web.AppRunner | None = None
        self.url = ""
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import asyncio

        async def main() -> None:
            app = web.Application()
            app.router.add_route("*", "/{tail:.*}", self._handler)
            self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
            await self._runner.setup()
            await web.TCPSite(self._runner, "127.0.0.1", 0).start()
            self.url = f"http://127.0.0.1:{self._runner.addresses[0][1]}"
            self._stop = asyncio.Event()
            self._loop = asyncio.get_running_loop()
            self._ready.set()
            await self._stop.wait()
            await self._runner.cleanup()

        asyncio.run(main())

    @property
    def open_connections(self) -> int:
        server = self._runner.server if self._runner is not None else None
        return len(server.connections) if server is not None else 0

    def __enter__(self) -> ThreadedApp:
        self._thread.start()
        assert self._ready.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)


def streaming(  # type: ignore[no-untyped-def]
    *pieces: bytes,
    then: float = 0.0,
    every: float = 0.0,
    forever: bytes = b"",
    pause: float = 0.0,
    drop: bool = False,
):
    """A handler sending `pieces` (`pause` s after each), then `forever` every `every` s (if
    given), or sleeping `then` s; with `drop`, the connection is aborted after the pieces."""

    async def handler(request: web.Request) -> web.StreamResponse:
        await request.read()
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        for piece in pieces:
            await response.write(piece)
            if pause:
                await asyncio.sleep(pause)
        if drop:
            assert request.transport is not None
            request.transport.abort()
            return response
        while forever:
            await asyncio.sleep(every)
            await response.write(forever)
        await asyncio.sleep(then)
        return response

    return handler
