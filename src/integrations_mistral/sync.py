"""`SyncMistralClient`: the same client, blocking, for scripts and notebooks.

The async client runs on an event loop in a thread of its own, so a blocking call works anywhere,
inside a running loop (Jupyter) too. Services, typed results, settings and resilience are the
async client's; streams and `iterate()` become plain iterators.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import os
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, TypeVar

from .client import ClientBuilder, MistralClient
from .config import MistralSettings
from .errors import ClientClosedError, ConfigurationError
from .resilience import ResilienceHooks
from .services import AREAS, CompletionStream
from .services._base import RawResponses, Service, ServiceGroup
from .transport import ServedBy
from .types import ChatCompletionResponse

__all__ = ["SyncCompletionStream", "SyncMistralClient"]

T = TypeVar("T")
SERVICES = ("chat", *AREAS)


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


class SyncCompletionStream(Iterator[Any]):
    """A stream as a plain iterator; `with` it (or `close()` it) like the async one."""

    def __init__(self, stream: CompletionStream[Any], runner: _LoopThread) -> None:
        self._stream, self._runner = stream, runner

    def __iter__(self) -> SyncCompletionStream:
        return self

    def __next__(self) -> Any:
        try:
            return self._runner.run(self._stream.__anext__())
        except StopAsyncIteration:
            raise StopIteration from None

    @property
    def text_stream(self) -> Iterator[str]:
        """The text deltas alone, as a plain iterator."""
        return _SyncIterator(self._stream.text_stream, self._runner)

    def final_response(self) -> ChatCompletionResponse:
        return self._runner.run(self._stream.final_response())

    @property
    def partial(self) -> ChatCompletionResponse:
        return self._stream.partial

    @property
    def served_by(self) -> ServedBy | None:
        """The profile and model that answered (another after a fallback)."""
        return self._stream.served_by

    @property
    def request_id(self) -> str:
        return self._stream.request_id

    def close(self) -> None:
        self._runner.run(self._stream.close())

    def __enter__(self) -> SyncCompletionStream:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class _SyncIterator(Iterator[Any]):
    def __init__(self, source: AsyncIterator[Any], runner: _LoopThread) -> None:
        self._source, self._runner = source, runner

    def __next__(self) -> Any:
        try:
            return self._runner.run(self._source.__anext__())
        except StopAsyncIteration:
            raise StopIteration from None


class SyncService:
    """The blocking face of one async service: same methods, same arguments, same results."""

    def __init__(self, service: Any, runner: _LoopThread) -> None:
        self._service, self._runner = service, runner

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._service, name)
        if isinstance(method, RawResponses | Service | ServiceGroup):  # nested: blocking too
            return SyncService(method, self._runner)
        if not callable(method) or name.startswith("_"):
            return method
        return functools.update_wrapper(self._blocking(method), method)

    def _blocking(self, method: Callable[..., Any]) -> Callable[..., Any]:
        runner = self._runner

        def call(*args: Any, **kwargs: Any) -> Any:
            result = method(*args, **kwargs)
            if inspect.iscoroutine(result):
                result = runner.run(result)
            if isinstance(result, CompletionStream):
                return SyncCompletionStream(result, runner)
            if isinstance(result, AsyncIterator):
                return _SyncIterator(result, runner)
            return result

        return call


def _no_session(options: dict[str, Any]) -> None:
    if options.get("http_session") is not None:
        raise ConfigurationError(
            "http_session= is for MistralClient: the blocking client runs its own event loop, "
            "and an aiohttp session belongs to the loop that made it"
        )


class SyncMistralClient:
    """A blocking Mistral client: `with SyncMistralClient.from_profile("prod") as client:`."""

    def __init__(self, settings: MistralSettings | None = None, **options: Any) -> None:
        """`SyncMistralClient()` resolves like `MistralClient()`: `MISTRAL_PROFILE`, files,
        environment, then keyword overrides (`api_key=`, `profile=`, `timeout_secs=`, ...)."""
        _no_session(options)
        self._wrap(MistralClient(settings, **options))

    def _wrap(self, client: MistralClient) -> None:
        self._client = client
        self._runner = _LoopThread()

    def __getattr__(self, name: str) -> Any:
        """The blocking face of a service, made on first access (as the async client's are)."""
        if name not in SERVICES:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        service = SyncService(getattr(self._client, name), self._runner)
        setattr(self, name, service)
        return service

    @classmethod
    def _of(cls, client: MistralClient) -> SyncMistralClient:
        sync = cls.__new__(cls)
        sync._wrap(client)
        return sync

    @classmethod
    def from_profile(cls, name: str, **options: Any) -> SyncMistralClient:
        """Like `MistralClient.from_profile`."""
        _no_session(options)
        return cls._of(MistralClient.from_profile(name, **options))

    @classmethod
    def from_env(cls, **options: Any) -> SyncMistralClient:
        """Like `MistralClient.from_env`."""
        _no_session(options)
        return cls._of(MistralClient.from_env(**options))

    @classmethod
    def builder(cls) -> SyncClientBuilder:
        return SyncClientBuilder()

    def with_options(self, **overrides: Any) -> SyncMistralClient:
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

    def close(self) -> None:
        """Close the client (as `MistralClient.close`), then stop its loop thread."""
        if self._runner.loop.is_closed():
            return
        self._runner.run(self._client.close())
        if not self._client._derived:
            self._runner.stop()

    def __enter__(self) -> SyncMistralClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Sync{self._client!r}"


class SyncClientBuilder(ClientBuilder):
    """`MistralClient.builder()`'s fluent setters; `build()` gives a `SyncMistralClient`."""

    def build(self) -> SyncMistralClient:  # type: ignore[override]
        return SyncMistralClient(self.build_settings(), **self._providers)
