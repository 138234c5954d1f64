"""Resilience: retry, circuit breaker and rate limiter, composed by the orchestrator."""

from .breaker import CircuitBreaker, CircuitState, classify
from .hooks import (
    BreakerTransition,
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

__all__ = [
    "Breaker",
    "BreakerTransition",
    "CircuitBreaker",
    "CircuitState",
    "Limiter",
    "LimiterBackendFallback",
    "LimiterRejected",
    "LimiterWaited",
    "NullBreaker",
    "NullLimiter",
    "Permit",
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
