"""Resilience: retry, circuit breaker and rate limiter, composed by the orchestrator."""

from .orchestrator import (
    Breaker,
    Limiter,
    NullBreaker,
    NullLimiter,
    Resilience,
    RetryRunner,
    SingleAttempt,
)

__all__ = [
    "Breaker",
    "Limiter",
    "NullBreaker",
    "NullLimiter",
    "Resilience",
    "RetryRunner",
    "SingleAttempt",
]
