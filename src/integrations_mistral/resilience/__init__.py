"""Resilience: retry, circuit breaker and rate limiter, composed by the orchestrator."""

import importlib
from typing import TYPE_CHECKING, Any

from .breaker import CircuitBreaker, CircuitState, classify
from .hooks import (
    BreakerBackendFallback,
    BreakerTransition,
    FallbackTaken,
    LimiterBackendFallback,
    LimiterRejected,
    LimiterWaited,
    ResilienceEvent,
    ResilienceHooks,
    RetryScheduled,
)
from .limiter import Permit, SlidingWindowLimiter
from .orchestrator import Breaker, Limiter, NullBreaker, NullLimiter, Resilience, RetryRunner
from .retry import RetryPolicy

if TYPE_CHECKING:
    from .redis_limiter import RedisWindowLimiter
    from .shared_breaker import RedisCircuitBreaker

_SHARED = {"RedisWindowLimiter": "redis_limiter", "RedisCircuitBreaker": "shared_breaker"}
"""The Redis-backed parts, imported when a profile asks for them (not with the package)."""


def __getattr__(name: str) -> Any:
    module = _SHARED.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "Breaker",
    "BreakerBackendFallback",
    "BreakerTransition",
    "CircuitBreaker",
    "CircuitState",
    "FallbackTaken",
    "Limiter",
    "LimiterBackendFallback",
    "LimiterRejected",
    "LimiterWaited",
    "NullBreaker",
    "NullLimiter",
    "Permit",
    "RedisCircuitBreaker",
    "RedisWindowLimiter",
    "Resilience",
    "ResilienceEvent",
    "ResilienceHooks",
    "RetryPolicy",
    "RetryRunner",
    "RetryScheduled",
    "SlidingWindowLimiter",
    "classify",
]
