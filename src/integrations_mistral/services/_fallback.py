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
from ..request import Request
from ..resilience import FallbackTaken, ResilienceHooks
from ..resilience.retry import FALLBACK_AHEAD
from ._budgeted import BudgetedCaller
from ._cached import CachingCaller
from ._caller import APICaller, OnPrimary, Opened
from ._failure_class import ClassFallbacks
from ._routing import DeploymentRouter

if TYPE_CHECKING:
    from pydantic import BaseModel

    from ..config.models import MistralSettings

    M = TypeVar("M", bound=BaseModel)

T = TypeVar("T")

__all__ = [
    "Caller",
    "FallbackCaller",
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
    """What a fallback target is to the chain: a caller of one profile (`APICaller` is one)."""

    profile: str

    def call(
        self, request: Request, model: type[M] | Callable[[bytes], type[M]]
    ) -> Awaitable[M]: ...

    def open_stream(self, request: Request) -> Awaitable[Opened]: ...


S = TypeVar("S", bound=Sender)
S_co = TypeVar("S_co", bound=Sender, covariant=True)


class _Parts(Protocol[S_co]):
    """What the pool builds for a fallback profile (the factory's `Parts`)."""

    @property
    def primary(self) -> S_co: ...

    async def close(self) -> None: ...


class FallbackPool(Generic[S]):
    """The parts of the fallback profiles (their own session, breaker, limiter and key), built
    on first need and closed with the client that owns them (clients derived with
    `with_options` share their parent's)."""

    def __init__(self, build: Callable[[MistralSettings], _Parts[S]]) -> None:
        self._build = build
        # by the settings object (kept alive here, so its id is not reused): a derived client
        # whose chain resolved differently gets parts of its own, all closed with the pool
        self._parts: dict[int, tuple[MistralSettings, _Parts[S]]] = {}

    def caller(self, settings: MistralSettings) -> S:
        found = self._parts.get(id(settings))
        if found is None:
            found = self._parts[id(settings)] = (settings, self._build(settings))
        return found[1].primary

    async def close(self) -> None:
        parts, self._parts = self._parts, {}
        for _, each in parts.values():
            await each.close()


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
        self, primary: S, request: Request, model: type[M] | Callable[[bytes], type[M]]
    ) -> M:
        """`request` to each target in turn while the last one was unavailable."""

        def send(caller: S, sent: Request) -> Awaitable[M]:
            return caller.call(sent, model)

        return await self._along(primary, request, send)

    async def open_stream(self, primary: S, request: Request) -> Opened:
        """Open the stream on the first target that answers; nothing has been read from it."""

        def send(caller: S, sent: Request) -> Awaitable[Opened]:
            return caller.open_stream(sent)

        return await self._along(primary, request, send)

    async def _along(
        self, primary: S, request: Request, send: Callable[[S, Request], Awaitable[T]]
    ) -> T:
        """`send` to each target of the plan until one answers or fails for a reason of the
        request's own."""
        asked = request.model or ""
        failed: tuple[MistralError, str] | None = None
        left = self.length(asked)
        for caller, chosen in self.plan(primary, asked):
            left -= 1
            token = self._leave(request.name, failed, caller, chosen)
            ahead = FALLBACK_AHEAD.set(self.attempts if left else None)
            try:
                return await send(caller, request.asking_for(chosen))
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


class FallbackCaller(OnPrimary):
    """The primary caller with a fallback chain around it: a call of an operation that may
    fall back (stateless inference with a JSON body) goes along the chain; any other goes to
    the primary alone. Everything else a service reads is the primary's."""

    def __init__(self, primary: APICaller, chain: FallbackChain[APICaller]) -> None:
        super().__init__(primary)  # a realtime session has no fallback
        self.chain = chain

    def call(self, request: Request, model: type[M] | Callable[[bytes], type[M]]) -> Awaitable[M]:
        if request.movable:
            return self.chain.call(self.primary, request, model)
        return self.primary.call(request, model)

    def open_stream(self, request: Request) -> Awaitable[Opened]:
        if request.movable:
            return self.chain.open_stream(self.primary, request)
        return self.primary.open_stream(request)


Caller = (
    APICaller | FallbackCaller | DeploymentRouter | ClassFallbacks | BudgetedCaller | CachingCaller
)
"""What a service sends through: its client's caller, with a fallback chain around it or not."""


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
