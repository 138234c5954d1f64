"""pytest plugin (entry point `integrations_mistral`): fixtures for testing code that uses the client.

- `mistral_fake_server`: a `FakeMistralServer` on a free loopback port;
- `mistral_client`: a `MistralClient` of the `local` profile pointed at that server;
- `mistral_mock`: a `MockMistralClient` (no network at all).

Shared process state (breakers, limiters, the logger setup) is reset around each client fixture.
Async fixtures need pytest-asyncio (as the client does).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any, TypeVar, cast

import pytest

from ..config import LoggingKeys
from . import reset_shared_state
from .fake_server import FakeMistralServer
from .mock import MockMistralClient

F = TypeVar("F", bound=Callable[..., Any])
try:
    import pytest_asyncio

    _fixture: Any = pytest_asyncio.fixture
except ImportError:  # pragma: no cover - without pytest-asyncio only mistral_mock is usable
    _fixture = pytest.fixture


def _async_fixture(function: F) -> F:
    return cast(F, _fixture(function))


@_async_fixture
async def mistral_fake_server() -> AsyncIterator[FakeMistralServer]:
    async with FakeMistralServer() as server:
        yield server


@_async_fixture
async def mistral_client(mistral_fake_server: FakeMistralServer) -> AsyncIterator[Any]:
    from ..client import MistralClient

    reset_shared_state()
    quiet: LoggingKeys = {"level": "WARNING", "handler": "none"}
    async with MistralClient.from_profile(
        "local", base_url=mistral_fake_server.url, logging=quiet
    ) as client:
        yield client
    reset_shared_state()


@pytest.fixture
def mistral_mock() -> MockMistralClient:
    return MockMistralClient()
