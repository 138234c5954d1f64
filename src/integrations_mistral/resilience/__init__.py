"""Resilience: retry, circuit breaker and rate limiter, composed by the orchestrator."""

from typing import TYPE_CHECKING, Any

from .._lazy import lazy_attribute
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
from .orchestrator import (
    NULL_PERMIT,
    Breaker,
    Limiter,
    NullBreaker,
    NullLimiter,
    Resilience,
    RetryRunner,
)
from .retry import RetryPolicy

if TYPE_CHECKING:
    from .redis_limiter import RedisWindowLimiter
    from .shared_breaker import RedisCircuitBreaker

_SHARED = {"RedisWindowLimiter": "redis_limiter", "RedisCircuitBreaker": "shared_breaker"}
"""The Redis-backed parts, imported when a profile asks for them (not with the package)."""


def __getattr__(name: str) -> Any:
    return lazy_attribute(__name__, _SHARED, globals(), name)


__all__ = [
    "NULL_PERMIT",
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
