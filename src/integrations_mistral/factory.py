"""Settings -> a working stack: session, breaker, limiter and retry, shared per profile in a process.

Clients of one profile share one session (while any of them is open) and one breaker and limiter
(for the life of the process, so they share one quota). Components are keyed by profile *and* the
settings they were built from, so clients with different declared budgets never share a limiter.
"""

from __future__ import annotations

import asyncio
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import aiohttp

from ._layers import Shared, around
from ._lifetime import Lifetime
from .cache import ResponseCache, cache_for
from .config import fallback_chain
from .config.models import MistralSettings
from .credentials import Credentials, credentials_for
from .errors import ConfigurationError
from .observability import Telemetry, configure_logging, log_resilience_event
from .resilience import (
    Breaker,
    CircuitBreaker,
    Limiter,
    NullBreaker,
    NullLimiter,
    Resilience,
    ResilienceHooks,
    RetryPolicy,
    RetryRunner,
    SlidingWindowLimiter,
)
from .resilience.routing_state import SharedRoutingState
from .services import (
    APICaller,
    Caller,
    FallbackCaller,
    FallbackPool,
    chain_for,
    estimate_tokens,
    tokenizer_estimate,
)
from .services.mcp_tools import McpHub
from .spend import Budget, PriceTable, budget_for
from .tokenizer import require_tokenizer
from .transport import HttpTransport, SessionHolder
from .transport.providers import Router, router_for
from .transport.session import ExternalSession, session_key

__all__ = [
    "Parts",
    "ProfileStack",
    "StackRegistry",
    "build",
    "default_registry",
    "derive",
    "edge_for",
]

_KEY_FIELDS = ("api_key", "api_key_file", "api_key_command", "api_key_ttl_secs", "gcp")


@dataclass(frozen=True)
class Edge:
    """Where one client's calls go and with which key: its credentials and its router."""

    credentials: Credentials
    router: Router | None


def edge_for(
    settings: MistralSettings, before: MistralSettings | None = None, parent: Edge | None = None
) -> Edge:
    """The credentials and router `settings` declare; a `with_options` client keeps its
    parent's credentials (their cache, a command's last output) when its key settings are
    the parent's."""
    same_key = (
        parent is not None
        and before is not None
        and settings.client.provider == before.client.provider
        and all(getattr(settings, name) == getattr(before, name) for name in _KEY_FIELDS)
    )
    credentials = parent.credentials if same_key and parent else credentials_for(settings)
    project = getattr(credentials, "project_id", None)
    return Edge(credentials, router_for(settings, project))


@dataclass(frozen=True)
class ProfileStack:
    """Everything one client needs beyond its settings."""

    profile: str
    sessions: SessionHolder
    breaker: Breaker
    limiter: Limiter
    retry: RetryRunner
    hooks: ResilienceHooks
    owned: weakref.WeakSet[Any] = field(default_factory=weakref.WeakSet, compare=False)
    """Shared-state parts (Redis) of clients derived from this one, closed with it."""

    def transport(self, settings: MistralSettings, credentials: Credentials) -> HttpTransport:
        return HttpTransport(self.sessions, settings, credentials)

    def resilience(self) -> Resilience:
        return Resilience(self.breaker, self.limiter, self.retry, self.hooks)

    def telemetry(
        self, settings: MistralSettings, tracer_provider: Any = None, meter_provider: Any = None
    ) -> Telemetry:
        """The client's tracer and instruments; the metrics also watch this profile's resilience."""
        telemetry = Telemetry(
            settings, tracer_provider=tracer_provider, meter_provider=meter_provider
        )
        if telemetry.instruments is not None:
            telemetry.instruments.watch(self.profile, self.hooks, self.breaker)
        return telemetry


class StackRegistry:
    """Per-process registry of shared components, keyed by profile and settings."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sessions: dict[tuple[object, ...], SessionHolder] = {}
        self._breakers: dict[tuple[object, ...], Breaker] = {}
        self._limiters: dict[tuple[object, ...], Limiter] = {}
        self._hooks: dict[str, ResilienceHooks] = {}

    def hooks(self, profile: str) -> ResilienceHooks:
        """The resilience events of one profile, shared by all its components."""
        with self._lock:
            hooks = self._hooks.get(profile)
            if hooks is None:
                hooks = self._hooks[profile] = ResilienceHooks()
                hooks.subscribe(partial(log_resilience_event, profile))
            return hooks

    def stack_for(
        self, settings: MistralSettings, http_session: aiohttp.ClientSession | None = None
    ) -> ProfileStack:
        """The shared stack for `settings` (a hold on its session is taken); with
        `http_session`, the application's session instead of the profile's pool."""
        profile = settings.profile
        hooks = self.hooks(profile)
        with self._lock:
            key = (profile, *session_key(settings.client))
            if http_session is not None:  # the application's, shared with no other client
                sessions: SessionHolder = ExternalSession(settings.client, http_session)
            else:
                found = self._sessions.get(key)
                if found is None:
                    found = self._sessions[key] = SessionHolder(settings.client)
                sessions = found
            breaker = self._breakers.get((profile, settings.circuit_breaker))
            if breaker is None:
                breaker = self._breakers[(profile, settings.circuit_breaker)] = _breaker(
                    settings, hooks
                )
            limiter = self._limiters.get((profile, settings.rate_limit))
            if limiter is None:
                limiter = self._limiters[(profile, settings.rate_limit)] = _limiter(settings, hooks)
            sessions.acquire()
        retry = RetryPolicy(settings.retry, hooks)
        return ProfileStack(profile, sessions, breaker, limiter, retry, hooks)

    def derive(
        self, parent: ProfileStack, before: MistralSettings, settings: MistralSettings
    ) -> ProfileStack:
        """A `with_options` stack: the parent's session (no hold of its own), the parent's
        breaker and limiter unless their settings changed; changed ones are its own, unshared
        and unregistered, so they are freed with the derived client."""
        breaker = parent.breaker
        if settings.circuit_breaker != before.circuit_breaker:
            breaker = _breaker(settings, parent.hooks)
        limiter = parent.limiter
        if settings.rate_limit != before.rate_limit:
            limiter = _limiter(settings, parent.hooks)
        retry = RetryPolicy(settings.retry, parent.hooks)
        for part in (breaker, limiter):
            if (
                part is not parent.breaker
                and part is not parent.limiter
                and hasattr(part, "aclose")
            ):
                parent.owned.add(part)
        return ProfileStack(parent.profile, parent.sessions, breaker, limiter, retry, parent.hooks)

    async def release(self, stack: ProfileStack) -> None:
        """Give back a client's hold on its session; the last one closes it, and this loop's
        connection of the shared (Redis) limiter and breaker; those of its derived clients
        are closed with it."""
        for part in list(stack.owned):
            await part.aclose()
        stack.owned.clear()
        if await stack.sessions.release():
            with self._lock:
                for key, holder in list(self._sessions.items()):
                    if holder is stack.sessions and holder.users == 0:
                        del self._sessions[key]
            for shared in (stack.limiter, stack.breaker):
                aclose = getattr(shared, "aclose", None)
                if aclose is not None:
                    await aclose()


def _breaker(settings: MistralSettings, hooks: ResilienceHooks) -> Breaker:
    breaker = settings.circuit_breaker
    if not breaker.enabled:
        return NullBreaker()
    if breaker.backend == "redis":
        _need_redis("circuit_breaker.backend")
        from .resilience.shared_breaker import RedisCircuitBreaker

        limits = settings.rate_limit
        return RedisCircuitBreaker(
            breaker,
            str(breaker.redis_url or limits.redis_url),
            f"{limits.redis_key_prefix}:{settings.profile}:breaker",
            limits.redis_pool_size,
            hooks,
        )
    return CircuitBreaker(breaker, hooks)


def _need_redis(key: str) -> None:
    try:
        import redis.asyncio  # noqa: F401
    except ImportError:
        raise ConfigurationError(
            f"{key} = 'redis' needs the redis package: pip install 'integrations-mistral[redis]'"
        ) from None


def _limiter(settings: MistralSettings, hooks: ResilienceHooks) -> Limiter:
    limits, routing = settings.rate_limit, settings.routing
    if not limits.enabled:
        return NullLimiter()
    ageing = routing.max_wait_secs  # low never starves past it
    if limits.backend == "redis":
        _need_redis("rate_limit.backend")
        from .resilience.redis_limiter import RedisWindowLimiter

        return RedisWindowLimiter(
            limits, settings.profile, hooks, priority=routing.priority, ageing_secs=ageing
        )
    return SlidingWindowLimiter(limits, hooks, priority=routing.priority, ageing_secs=ageing)


default_registry = StackRegistry()


_NO_KEY_HELP = (
    "no API key for profile {profile!r}: set MISTRAL_API_KEY (or MISTRAL_API_KEY_FILE, "
    "MISTRAL_API_KEY_COMMAND), add api_key to the [{profile}] table of "
    "~/.config/mistral/credentials, or pass api_key=... (the 'local' profile needs none)"
)


@dataclass(frozen=True)
class Parts:
    """Everything one client holds, built from its settings in one place (`build`, `derive`):
    the shared stack, its lifetime, where its calls go and with which key, its telemetry, its
    caller (with the fallback chain around it when the settings declare one)."""

    settings: MistralSettings
    registry: StackRegistry
    stack: ProfileStack
    lifetime: Lifetime
    edge: Edge
    telemetry: Telemetry
    primary: APICaller
    caller: Caller
    fallbacks: FallbackPool[APICaller]
    chain: tuple[MistralSettings, ...]  # the fallback profiles' settings, resolved once
    providers: tuple[Any, Any]  # the tracer and meter providers the application passed
    derived: bool = False  # a `with_options` client: it lives as long as its parent

    async def close(self) -> None:
        """Let calls in flight finish (for `client.close_grace_secs`), cut the rest, close the
        fallback profiles' parts, give the session back, flush telemetry the client owns."""
        await self.lifetime.close(self.settings.client.close_grace_secs)
        if not self.derived:  # a router's shared state, the budget's and cache's connections
            await getattr(self.caller, "aclose", _nothing)()
        else:  # only what it does not share with its parent
            await getattr(self.caller, "close_owned", _nothing)()
        await self.fallbacks.close()
        await self.registry.release(self.stack)
        if self.telemetry.owned:
            await asyncio.to_thread(self.telemetry.flush)


def build(
    settings: MistralSettings,
    *,
    registry: StackRegistry | None = None,
    http_session: aiohttp.ClientSession | None = None,
    tracer_provider: Any = None,
    meter_provider: Any = None,
) -> Parts:
    """A client's parts for `settings`: every profile of its fallback chain must have a key
    (checked now, not at the first call that falls back)."""
    chain = fallback_chain(settings) if settings.fallback.profiles else ()
    for each in (settings, *chain):
        if (
            each.key_source is None
            and each.client.require_api_key
            and each.client.provider != "gcp"
        ):
            raise ConfigurationError(_NO_KEY_HELP.format(profile=each.profile))
    configure_logging(settings.logging)
    registry = registry or default_registry
    stack = registry.stack_for(settings, http_session)
    providers = (tracer_provider, meter_provider)
    pool: FallbackPool[APICaller] = FallbackPool(
        partial(
            build, registry=registry, tracer_provider=tracer_provider, meter_provider=meter_provider
        )
    )
    edge = edge_for(settings)
    return _assemble(settings, chain, registry, stack, Lifetime(), edge, pool, providers)


def derive(parent: Parts, settings: MistralSettings) -> Parts:
    """The parts of a `with_options` client: its parent's session, lifetime and fallback
    profiles; its own breaker, limiter and key only where their settings changed."""
    stack = parent.registry.derive(parent.stack, parent.settings, settings)
    edge = edge_for(settings, parent.settings, parent.edge)
    chain = parent.chain
    if settings.fallback != parent.settings.fallback:
        chain = fallback_chain(settings) if settings.fallback.profiles else ()
    shared = (parent.registry, stack, parent.lifetime, edge, parent.fallbacks, parent.providers)
    routing = getattr(parent.caller, "shared", None)  # the parent router's Redis state, if any
    if settings.rate_limit != parent.settings.rate_limit:
        routing = None
    cache: Shared[ResponseCache] = (getattr(parent.caller, "cache", None), False)
    if settings.cache != parent.settings.cache or settings.client != parent.settings.client:
        cache = (cache_for(settings, parent.telemetry.instruments), True)  # its own
    budget: Shared[Budget] = (getattr(parent.caller, "budget", None), False)
    if settings.budget != parent.settings.budget or settings.pricing != parent.settings.pricing:
        budget = (budget_for(settings), True)
    return _assemble(
        settings, chain, *shared, derived=True, routing=routing, cache=cache, budget=budget
    )


def _assemble(
    settings: MistralSettings,
    chain: tuple[MistralSettings, ...],
    registry: StackRegistry,
    stack: ProfileStack,
    lifetime: Lifetime,
    edge: Edge,
    pool: FallbackPool[APICaller],
    providers: tuple[Any, Any],
    derived: bool = False,
    routing: SharedRoutingState | None = None,
    cache: Shared[ResponseCache] = None,
    budget: Shared[Budget] = None,
) -> Parts:
    telemetry = stack.telemetry(settings, *providers)
    primary = APICaller(
        stack.transport(settings, edge.credentials),
        stack.resilience(),
        telemetry,
        lifetime,
        edge.router,
        _estimator(settings),
        settings.rate_limit.enabled and settings.rate_limit.adaptive,
        settings.profile,
    )
    prices = PriceTable(settings.pricing)  # `result.raw.cost`; the budget's estimates
    primary.prices = prices
    if settings.mcp:  # the profile's MCP servers, opened by the tool runs that name them
        primary.mcp = McpHub(settings.mcp, settings.client, edge.credentials)
    fallback = chain_for(settings, chain, pool, stack.hooks)
    caller: Caller = primary if fallback is None else FallbackCaller(primary, fallback)
    caller = around(settings, caller, primary, pool, telemetry, prices, routing, cache, budget)
    return Parts(
        settings, registry, stack, lifetime, edge, telemetry, primary, caller, pool, chain,
        providers, derived,
    )  # fmt: skip


async def _nothing() -> None:
    return None


def _estimator(settings: MistralSettings) -> Callable[[Any], int]:
    """The limiter's up-front charge `rate_limit.token_estimator` names (checked now)."""
    if settings.rate_limit.token_estimator == "tokenizer":  # noqa: S105 (a name, not a secret)
        require_tokenizer("rate_limit.token_estimator = 'tokenizer'")
        estimate = tokenizer_estimate
    else:
        estimate = estimate_tokens
    charged = settings.rate_limit.enabled or settings.budget.limit is not None
    return estimate if charged else _no_charge


def _no_charge(request: Any) -> int:
    """No limiter: nothing reads a call's token charge, so none is estimated."""
    return 0
