"""Fallback chains: where an inference call goes when its target is unavailable.

The plan for a call asking for model M on profile P: P with M, then P with each of P's
`fallback.models[M]`, then each profile of P's chain with M and its own fallback models. A
target is left only for an error that says it is unavailable (a retryable failure once its
retries are spent, its circuit open, its local limiter or shared backend refusing); an error
about the request itself (400, 401, 422, ...) ends the call where it happened. Streams fall back
only while opening, before their first byte.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from ..errors import (
    CircuitOpenError,
    ClientRateLimitError,
    MistralError,
    RateLimiterUnavailableError,
)
from ..observability.summary import FALLBACK
from ..resilience import FallbackTaken, ResilienceHooks
from ..resilience.retry import FALLBACK_AHEAD
from ..types import WireModel

if TYPE_CHECKING:
    import aiohttp
    from pydantic import BaseModel

    from ..config.models import MistralSettings
    from ..observability.operation import Operation
    from ..resilience import Permit

    M = TypeVar("M", bound=BaseModel)
    _Opened = tuple[aiohttp.ClientResponse, Permit, Operation | None]

T = TypeVar("T")

__all__ = [
    "FallbackChain",
    "FallbackPool",
    "Target",
    "chain_for",
    "falls_back",
]


def falls_back(error: MistralError) -> bool:
    """Whether `error` says the target is unavailable (not that the request is wrong)."""
    return error.is_retryable or isinstance(
        error, CircuitOpenError | ClientRateLimitError | RateLimiterUnavailableError
    )


class Sender(Protocol):
    """What a fallback target is to the chain: a caller of one profile (`APICaller` is one;
    this protocol keeps the chain below it, with no import circle)."""

    profile: str

    def call_once(
        self,
        name: str,
        method: str,
        path: str,
        model: type[M] | Callable[[bytes], type[M]],
        *,
        body: WireModel | bytes | None = None,
        params: Mapping[str, Any] | None = None,
        form: Callable[[], aiohttp.FormData] | None = None,
        cost: int = 0,
    ) -> Awaitable[M]: ...

    def open_stream(
        self,
        name: str,
        method: str,
        path: str,
        *,
        body: WireModel | None = None,
        params: Mapping[str, Any] | None = None,
        accept: str = "text/event-stream",
        cost: int = 0,
        idle_timeout: float | None = None,
        form: Callable[[], aiohttp.FormData] | None = None,
    ) -> Awaitable[_Opened]: ...


S = TypeVar("S", bound=Sender)


class _Client(Protocol[S]):
    _caller: S

    async def close(self) -> None: ...


class FallbackPool(Generic[S]):
    """The clients of the fallback profiles, built on first need and closed with the client
    that owns them (clients derived with `with_options` share their parent's)."""

    def __init__(self, build: Callable[[MistralSettings], _Client[S]]) -> None:
        self._build = build
        # by the settings object (kept alive here, so its id is not reused): a derived client
        # whose chain resolved differently gets clients of its own, all closed with the pool
        self._clients: dict[int, tuple[MistralSettings, _Client[S]]] = {}

    def caller(self, settings: MistralSettings) -> S:
        found = self._clients.get(id(settings))
        if found is None:
            found = self._clients[id(settings)] = (settings, self._build(settings))
        return found[1]._caller

    async def close(self) -> None:
        clients, self._clients = self._clients, {}
        for _, client in clients.values():
            await client.close()


@dataclass(frozen=True)
class Target(Generic[S]):
    """One fallback profile: its name, its own model fallbacks, and how to reach its caller."""

    profile: str
    models: Mapping[str, tuple[str, ...]]
    caller: Callable[[], S]


class FallbackChain(Generic[S]):
    """The targets after a caller's own, tried in order for the operations that may fall back."""

    def __init__(
        self,
        models: Mapping[str, tuple[str, ...]],
        targets: Sequence[Target[S]],
        hooks: ResilienceHooks,
        attempts: int = 1,
    ) -> None:
        self.models = models
        self.targets = tuple(targets)
        self.hooks = hooks  # the primary's: its logs and metrics record every fallback
        self.attempts = attempts  # fallback.attempts_per_target: for each target but the last

    def length(self, model: str) -> int:
        """How many targets `plan` holds for `model` (without building their clients)."""
        own = 1 + len(self.models.get(model, ()))
        return own + sum(1 + len(target.models.get(model, ())) for target in self.targets)

    def plan(self, primary: S, model: str) -> Iterator[tuple[S, str]]:
        """(caller, model) in the order they are tried; fallback profiles built only if reached."""
        yield primary, model
        for other in self.models.get(model, ()):
            yield primary, other
        for target in self.targets:
            caller = target.caller()
            yield caller, model
            for other in target.models.get(model, ()):
                yield caller, other

    async def call(
        self,
        primary: S,
        name: str,
        method: str,
        path: str,
        model: type[M] | Callable[[bytes], type[M]],
        body: WireModel,
        params: Mapping[str, Any] | None,
        cost: int,
    ) -> M:
        """`call_once` on each target in turn while the last one was unavailable."""

        def send(caller: S, sent: WireModel) -> Awaitable[M]:
            return caller.call_once(name, method, path, model, body=sent, params=params, cost=cost)

        return (await self._along(primary, name, body, send))[2]

    async def open_stream(
        self, primary: S, name: str, path: str, body: WireModel, cost: int
    ) -> tuple[S, WireModel, aiohttp.ClientResponse, Permit, Operation | None]:
        """Open the stream on the first target that answers; nothing has been read from it."""

        def send(caller: S, sent: WireModel) -> Awaitable[_Opened]:
            return caller.open_stream(name, "POST", path, body=sent, cost=cost)

        caller, sent, (response, permit, op) = await self._along(primary, name, body, send)
        return caller, sent, response, permit, op

    async def _along(
        self,
        primary: S,
        name: str,
        body: WireModel,
        send: Callable[[S, WireModel], Awaitable[T]],
    ) -> tuple[S, WireModel, T]:
        """`send` to each target of the plan until one answers or fails for a reason of the
        request's own; the target, the body it was sent and its answer."""
        asked = str(getattr(body, "model", ""))
        failed: tuple[MistralError, str] | None = None
        left = self.length(asked)
        for caller, chosen in self.plan(primary, asked):
            left -= 1
            sent = body if chosen == asked else body.model_copy(update={"model": chosen})
            token = self._leave(name, failed, caller, chosen)
            ahead = FALLBACK_AHEAD.set(self.attempts if left else None)
            try:
                return caller, sent, await send(caller, sent)
            except MistralError as exc:
                if not falls_back(exc):
                    raise
                failed = (exc, f"{caller.profile}/{chosen}")
            finally:
                FALLBACK_AHEAD.reset(ahead)
                if token is not None:
                    FALLBACK.reset(token)
        assert failed is not None  # the plan has at least the primary
        raise failed[0]

    def _leave(
        self, name: str, failed: tuple[MistralError, str] | None, caller: S, model: str
    ) -> Any:
        """Record a fallback from the failed target to `caller`/`model` (event and span)."""
        if failed is None:
            return None
        error, source = failed
        reason = error.error_type
        self.hooks.emit(FallbackTaken(name, source, f"{caller.profile}/{model}", reason))
        return FALLBACK.set((source, reason))


def chain_for(
    settings: MistralSettings,
    chain: Sequence[MistralSettings],
    pool: FallbackPool[S],
    hooks: ResilienceHooks,
) -> FallbackChain[S] | None:
    """The fallback chain `settings` declare (None: none), its profiles reached through `pool`."""
    if not chain and not settings.fallback.models:
        return None
    targets = [
        Target(other.profile, other.fallback.models, partial(pool.caller, other)) for other in chain
    ]
    return FallbackChain(
        settings.fallback.models, targets, hooks, settings.fallback.attempts_per_target
    )
