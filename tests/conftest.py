"""Shared fixtures: every test runs in an empty directory with an empty home and no MISTRAL_* env."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from integrations_mistral.testing import FakeMistralServer

REPO = Path(__file__).resolve().parents[1]
SHIPPED_CONFIG = REPO / "config" / "mistral.toml"


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in list(os.environ):
        if name.startswith("MISTRAL_"):
            monkeypatch.delenv(name)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return home


@pytest.fixture
async def server() -> AsyncIterator[FakeMistralServer]:
    async with FakeMistralServer(api_key="test-key") as fake:
        yield fake


def local_overrides(server: FakeMistralServer, **extra: object) -> dict[str, object]:
    """Overrides that point a client at the fake server with the key it expects."""
    client = {"allow_insecure_http": True, **extra.pop("client", {})}  # type: ignore[dict-item]
    return {"api_key": "test-key", "base_url": server.url, "client": client, **extra}
