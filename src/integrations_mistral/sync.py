"""`SyncMistralClient`: the same client, blocking, for scripts and notebooks.

The async client runs on an event loop in a thread of its own, so a blocking call works anywhere,
inside a running loop (Jupyter) too. Services, typed results, settings and resilience are the
async client's; streams and `iterate()` become plain iterators.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Awaitable, Mapping
from typing import Any, TypeVar, overload

from pydantic import BaseModel
from typing_extensions import Unpack

from ._areas import SyncClientAreas
from .builder import ClientBuilder
from .client import MistralClient
from .client_options import SyncClientOptions
from .config import MistralSettings, SettingsOverrides
from .errors import ClientClosedError, ConfigurationError
from .resilience import ResilienceHooks
from .services import SyncCompletionStream

__all__ = ["SyncCompletionStream", "SyncMistralClient"]

T = TypeVar("T")
S = TypeVar("S")
M = TypeVar("M", bound=BaseModel)


class _LoopThread:
    """An event loop running in a daemon thread; `run(awaitable)` blocks for its result.

    A forked child has no such thread (fork copies only the calling thread): its first call
    starts a loop and thread of its own, as the async client starts a session of its own."""

    def __init__(self) -> None:
        self._start()

    def _start(self) -> None:
        self.pid = os.getpid()
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self.loop.run_forever, name="integrations-mistral-sync", daemon=True
        )
        self._thread.start()

    def run(self, awaitable: Awaitable[T]) -> T:
        if self.pid != os.getpid() and not self.loop.is_closed():
            self._start()  # forked: the parent's loop thread does not exist here
        if self.loop.is_closed():
            if asyncio.iscoroutine(awaitable):
                awaitable.close()
            raise ClientClosedError("the client is closed")
        return asyncio.run_coroutine_threadsafe(_wrap(awaitable), self.loop).result()

    def stop(self) -> None:
        if self.loop.is_closed():
            return
        self.run(self.loop.shutdown_asyncgens())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.loop.close()


async def _wrap(awaitable: Awaitable[T]) -> T:
    return await awaitable


def _no_session(options: Mapping[str, Any]) -> None:
    """Type checkers refuse `http_session=` here already; this says why at run time."""
    if options.get("http_session") is not None:
        raise ConfigurationError(
            "http_session= is for MistralClient: the blocking client runs its own event loop, "
            "and an aiohttp session belongs to the loop that made it"
        )


class SyncMistralClient(SyncClientAreas):
    """A blocking Mistral client: `with SyncMistralClient.from_profile("prod") as client:`."""

    def __init__(
        self,
        settings: MistralSettings | None = None,
        *,
        profile: str | None = None,
        **options: Unpack[SyncClientOptions],
    ) -> None:
        """`SyncMistralClient()` resolves like `MistralClient()`: `MISTRAL_PROFILE`, files,
        environment, then keyword overrides (`api_key=`, `profile=`, `timeout_secs=`, ...)."""
        _no_session(options)
        self._wrap(MistralClient(settings, profile=profile, **options))

    def _wrap(self, client: MistralClient) -> None:
        self._client = client
        self._runner = _LoopThread()

    @classmethod
    def _of(cls, client: MistralClient) -> SyncMistralClient:
        sync = cls.__new__(cls)
        sync._wrap(client)
        return sync

    @classmethod
    def from_profile(cls, name: str, **options: Unpack[SyncClientOptions]) -> SyncMistralClient:
        """Like `MistralClient.from_profile`."""
        _no_session(options)
        return cls._of(MistralClient.from_profile(name, **options))

    @classmethod
    def from_env(
        cls, *, profile: str | None = None, **options: Unpack[SyncClientOptions]
    ) -> SyncMistralClient:
        """Like `MistralClient.from_env`."""
        _no_session(options)
        return cls._of(MistralClient.from_env(profile=profile, **options))

    @classmethod
    def builder(cls) -> ClientBuilder[SyncMistralClient]:
        """Like `MistralClient.builder()`; `build()` gives a `SyncMistralClient`."""
        return ClientBuilder(cls)

    def with_options(self, **overrides: Unpack[SettingsOverrides]) -> SyncMistralClient:
        """Like `MistralClient.with_options` (it lives as long as this client)."""
        derived = SyncMistralClient.__new__(SyncMistralClient)
        derived._client = self._client.with_options(**overrides)
        derived._runner = self._runner
        return derived

    @property
    def settings(self) -> MistralSettings:
        return self._client.settings

    @property
    def resilience_hooks(self) -> ResilienceHooks:
        return self._client.resilience_hooks

    @property
    def closed(self) -> bool:
        return self._client.closed

    @property
    def in_flight(self) -> int:
        """Calls and open streams of this client (and those derived from it) now."""
        return self._client.in_flight

    @overload
    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        cast_to: type[M],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> M: ...
    @overload
    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        cast_to: None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any: ...
    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        cast_to: type[M] | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> M | Any:
        """Like `MistralClient.request`: an endpoint the library has no method for."""
        return self._runner.run(
            self._client.request(
                method,
                path,
                json=json,
                params=params,
                cast_to=cast_to,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    def close(self) -> None:
        """Close the client (as `MistralClient.close`), then stop its loop thread."""
        if self._runner.loop.is_closed():
            return
        self._runner.run(self._client.close())
        if not self._client._parts.derived:
            self._runner.stop()

    def __enter__(self) -> SyncMistralClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Sync{self._client!r}"
