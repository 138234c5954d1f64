"""Fleet tests: replicas are real processes (`tests/fleet/worker.py`) calling fake servers served
from the test's loop, sharing a real redis-server."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web

from tests.conftest import REPO
from tests.support.apps import CHAT_REPLY, App, apps  # noqa: F401


@dataclass
class Upstream:
    """A chat server whose behaviour the test switches: `mode` is ok, fail (503) or slow."""

    mode: str = "ok"
    slow_secs: float = 0.5
    hits: list[tuple[float, str]] = field(default_factory=list)  # (time, mode) per request
    url: str = ""

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        mode = self.mode
        self.hits.append((time.time(), mode))
        if mode == "fail":
            return web.json_response({"message": "overloaded"}, status=503)
        if mode == "slow":
            await asyncio.sleep(self.slow_secs)
        sent = json.loads(body or b"{}")
        model = sent.get("model", "m")
        if sent.get("stream"):
            return await stream_ok(request, model)
        return web.json_response({**CHAT_REPLY, "model": model})

    def count(self, mode: str | None = None, since: float = 0.0) -> int:
        return sum(1 for at, m in self.hits if at >= since and (mode is None or m == mode))


@pytest.fixture
def upstreams(apps: App) -> Callable[[str], Awaitable[Upstream]]:  # noqa: F811
    """Start an `Upstream` in a mode on a free loopback port."""

    async def start(mode: str = "ok") -> Upstream:
        upstream = Upstream(mode)
        upstream.url = await apps.start(upstream.handle)
        return upstream

    return start


async def stream_ok(request: web.Request, model: str, cut: bool = False) -> web.StreamResponse:
    """A streamed chat reply saying "ok"; `cut`: the connection drops after that first chunk."""
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    await response.prepare(request)
    chunk = {"id": "c", "model": model, "choices": [{"index": 0, "delta": {"content": "ok"}}]}
    await response.write(f"data: {json.dumps(chunk)}\n\n".encode())
    if cut:
        request.transport.close()  # type: ignore[union-attr]
    else:
        await response.write(b"data: [DONE]\n\n")
    return response


def replica_env(home: str) -> dict[str, str]:
    """The test's environment without any MISTRAL_* variable, HOME elsewhere: only the spec acts."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MISTRAL_")}
    env.update(HOME=home, PYTHONPATH=str(REPO))
    return env


async def run_replicas(
    specs: list[dict[str, Any]], home: str, timeout: float = 120
) -> list[list[dict[str, Any]]]:
    """Run one worker process per spec at once; each one's JSON lines (one per call)."""

    async def one(spec: dict[str, Any]) -> list[dict[str, Any]]:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tests.fleet.worker", json.dumps(spec),
            cwd=home, env=replica_env(home),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        out, err = await asyncio.wait_for(process.communicate(), timeout)
        assert process.returncode == 0, err.decode()[-2000:]
        return [json.loads(line) for line in out.decode().splitlines()]

    return list(await asyncio.gather(*(one(spec) for spec in specs)))
