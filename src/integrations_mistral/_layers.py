"""The layers around a profile's caller, inside out: its deployments (routing), fallbacks by
failure class, the spend budget, the response cache (a hit sends nothing and costs nothing)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from .cache import cache_for, saved_counter
from .config.routing import deployment_settings
from .resilience.routing_state import SharedRoutingState
from .services import (
    BudgetedCaller,
    CachingCaller,
    ClassFallbacks,
    Deployment,
    DeploymentRouter,
)
from .spend import budget_for

if TYPE_CHECKING:
    from .config.models import MistralSettings
    from .observability import Telemetry
    from .services import APICaller, Caller, FallbackPool
    from .spend import PriceTable

__all__ = ["Shared", "around"]

T = TypeVar("T")
Shared = tuple[T | None, bool] | None
"""A derived client's part: its parent's (False) or its own (True); None: a new client's."""


def around(
    settings: MistralSettings,
    caller: Caller,
    primary: APICaller,
    pool: FallbackPool[APICaller],
    telemetry: Telemetry,
    prices: PriceTable,
    routing: SharedRoutingState | None,
    cache: Shared[Any],
    budget: Shared[Any],
) -> Caller:
    """`caller` with the layers its settings declare around it."""
    if settings.deployments:  # each its own parts (session, breaker, limiter, key), pooled
        deployments = []
        for name, each in settings.deployments.items():
            own = deployment_settings(settings, name)
            cooldown = own.circuit_breaker.timeout_secs
            deployments.append(Deployment(name, each, pool.caller(own), cooldown))
        shared = routing  # a derived client's: its parent's (closed with the parent)
        if shared is None and settings.rate_limit.backend == "redis":  # one Lua step a pick
            longest = settings.client.timeout_secs * settings.retry.max_attempts + 60.0
            shared = SharedRoutingState(settings.rate_limit, settings.profile, longest)
        caller = DeploymentRouter(
            primary, deployments, settings.routing, settings.retry, shared=shared
        )
    fallback = settings.fallback
    if fallback.on_context_window or fallback.on_rate_limit or fallback.on_unavailable:
        caller = ClassFallbacks(caller, fallback)
    spend, owns_budget = budget if budget is not None else (budget_for(settings), True)
    if spend is not None:  # under the cache: a hit costs nothing
        caller = BudgetedCaller(
            caller, spend, prices, settings.budget.assumed_output_tokens, owned=owns_budget
        )
    if cache is None:
        cache = (cache_for(settings, telemetry.instruments), True)
    kept, owns_cache = cache
    if kept is not None:  # in front of everything: a hit sends nothing
        saved = saved_counter(settings, telemetry.instruments)
        caller = CachingCaller(caller, kept, saved, owned=owns_cache)
    return caller
