"""Resilience: retry, circuit breaker and rate limiter, composed by the orchestrator."""

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
from .redis_limiter import RedisWindowLimiter
from .retry import RetryPolicy
from .shared_breaker import RedisCircuitBreaker

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
