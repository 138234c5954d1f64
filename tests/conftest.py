"""Shared fixtures: every test runs in an empty directory with an empty home, no MISTRAL_* and
no *_PROXY variables."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from integrations_mistral.testing import FakeMistralServer, reset_shared_state

REPO = Path(__file__).resolve().parents[1]
SHIPPED_CONFIG = REPO / "config" / "profiles.toml"


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in list(os.environ):
        if name.startswith("MISTRAL_") or name.lower().endswith("_proxy"):
            monkeypatch.delenv(name)  # the machine's proxies too: tests talk to loopback
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    reset_shared_state()
    return home


@pytest.fixture
async def server() -> AsyncIterator[FakeMistralServer]:
    async with FakeMistralServer(api_key="test-key") as fake:
        yield fake


def local_overrides(server: FakeMistralServer, **extra: object) -> dict[str, object]:
    """Overrides that point a client at the fake server with the key it expects."""
    client = {"allow_insecure_http": True, **extra.pop("client", {})}  # type: ignore[dict-item]
    return {"api_key": "test-key", "base_url": server.url, "client": client, **extra}


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_redis(workdir: Path) -> tuple[str, Any]:
    """A real redis-server on a free loopback port: its URL and process (skips without one)."""
    import shutil
    import subprocess

    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("no redis-server on PATH (.ci/run installs Debian's redis-server)")
    port = _free_port()
    process = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(workdir),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    wait_for_redis(port, process)
    return f"redis://127.0.0.1:{port}/0", process


def wait_for_redis(port: int, process: Any) -> None:
    """Until redis-server answers PING on `port` (fails the test after 10 s)."""
    import socket
    import time

    deadline = time.monotonic() + 10
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2) as conn:
                conn.sendall(b"PING\r\n")
                if conn.recv(16).startswith(b"+PONG"):
                    return
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.fail(f"redis-server did not start on port {port}")
            time.sleep(0.05)


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real redis-server on a free loopback port for the whole session."""
    url, process = start_redis(tmp_path_factory.mktemp("redis"))
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def threaded_server_url() -> Iterator[str]:
    """A fake server (key "test-key") on a loop in a thread of its own: for the blocking client
    and for forked children."""
    import asyncio
    import threading

    ready = threading.Event()
    state: dict[str, Any] = {}

    def run() -> None:
        loop = asyncio.new_event_loop()
        fake = FakeMistralServer(api_key="test-key")
        loop.run_until_complete(fake.start())
        state.update(loop=loop, url=fake.url)
        ready.set()
        loop.run_forever()
        loop.run_until_complete(fake.stop())
        loop.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    ready.wait(10)
    yield str(state["url"])
    state["loop"].call_soon_threadsafe(state["loop"].stop)
    thread.join(10)


# the shared fixtures (below the helpers they import from here), for every folder
from tests.support.apps import apps  # noqa: E402, F401
from tests.support.telemetry import observed_client, otel  # noqa: E402, F401
