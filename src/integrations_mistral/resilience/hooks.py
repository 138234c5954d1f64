"""Resilience events: every retry, wait, rejection and breaker transition, for observers to attach to.

Components emit typed events; listeners (metrics, spans, logs) subscribe per profile without the
resilience code knowing about them. Emitting with no listener costs one truthiness check.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

__all__ = [
    "BreakerBackendFallback",
    "BreakerTransition",
    "FallbackTaken",
    "LimiterBackendFallback",
    "LimiterRejected",
    "LimiterWaited",
    "ResilienceEvent",
    "ResilienceHooks",
    "RetryScheduled",
]

logger = logging.getLogger("integrations_mistral.resilience")


@dataclass(frozen=True, slots=True)
class RetryScheduled:
    """Attempt `attempt` of `operation` failed with `error`; the next starts after `wait` s."""

    attempt: int
    wait: float
    error: BaseException
    operation: str = ""


@dataclass(frozen=True, slots=True)
class BreakerTransition:
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class LimiterWaited:
    """A caller waited `wait` seconds for room in the window."""

    wait: float


@dataclass(frozen=True, slots=True)
class LimiterRejected:
    """A call was refused locally; `wait` seconds would have been needed."""

    wait: float
    reason: str


@dataclass(frozen=True, slots=True)
class LimiterBackendFallback:
    """The shared (Redis) window failed; `action` is `fallback_memory` or `fail_closed`."""

    action: str
    error: str


@dataclass(frozen=True, slots=True)
class BreakerBackendFallback:
    """The shared (Redis) breaker failed; `action` is `local` or `closed`."""

    action: str
    error: str


@dataclass(frozen=True, slots=True)
class FallbackTaken:
    """`operation` left `source` (`profile/model`) for `target` after an error of type `reason`."""

    operation: str
    source: str
    target: str
    reason: str


ResilienceEvent = (
    RetryScheduled
    | BreakerTransition
    | LimiterWaited
    | LimiterRejected
    | LimiterBackendFallback
    | BreakerBackendFallback
    | FallbackTaken
)
Listener = Callable[[ResilienceEvent], None]


class ResilienceHooks:
    """A list of listeners; a failing listener is logged and never breaks a call."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Add a listener; returns a function that removes it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def emit(self, event: ResilienceEvent) -> None:
        if not self._listeners:
            return
        for listener in tuple(self._listeners):
            try:
                listener(event)
            except Exception:
                logger.exception("resilience listener %r failed", listener)
