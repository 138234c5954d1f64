"""The chaos suite's own small servers: plain aiohttp apps on 127.0.0.1, one per misbehaviour."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from aiohttp import web

from integrations_mistral import MistralClient

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
FAST_RETRY = {"initial_delay_ms": 1, "max_delay_ms": 2, "jitter": "none"}


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
    return MistralClient.from_env(
        api_key="chaos-key", base_url=url, client=client, retry=retry, **overrides
    )


def json_reply(payload: Any, status: int = 200) -> Handler:
    async def handler(request: web.Request) -> web.StreamResponse:
        await request.read()
        return web.json_response(payload, status=status)

    return handler
