"""Settings -> a working stack: session, breaker, limiter and retry, shared per profile in a process.

Clients of one profile share one session (while any of them is open) and one breaker and limiter
(for the life of the process, so they share one quota). Components are keyed by profile *and* the
settings they were built from, so clients with different declared budgets never share a limiter.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from .config.models import MistralSettings
from .resilience import (
    Breaker,
    Limiter,
    NullBreaker,
    NullLimiter,
    Resilience,
    RetryRunner,
    SingleAttempt,
)
from .transport import HttpTransport, SessionHolder
from .transport.session import session_key

__all__ = ["ProfileStack", "StackRegistry", "default_registry"]


@dataclass(frozen=True)
class ProfileStack:
    """Everything one client needs beyond its settings."""

    profile: str
    sessions: SessionHolder
    breaker: Breaker
    limiter: Limiter
    retry: RetryRunner

    def transport(self, settings: MistralSettings) -> HttpTransport:
        return HttpTransport(self.sessions, settings)

    def resilience(self) -> Resilience:
        return Resilience(self.breaker, self.limiter, self.retry)


class StackRegistry:
    """Per-process registry of shared components, keyed by profile and settings."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sessions: dict[tuple[object, ...], SessionHolder] = {}
        self._breakers: dict[tuple[object, ...], Breaker] = {}
        self._limiters: dict[tuple[object, ...], Limiter] = {}

    def stack_for(
        self, settings: MistralSettings, sessions: SessionHolder | None = None
    ) -> ProfileStack:
        """The shared stack for `settings`; `sessions` pins an existing session (with_options)."""
        profile = settings.profile
        with self._lock:
            if sessions is None:
                key = (profile, *session_key(settings.client))
                sessions = self._sessions.get(key)
                if sessions is None:
                    sessions = self._sessions[key] = SessionHolder(settings.client)
            breaker = self._breakers.setdefault(
                (profile, settings.circuit_breaker), self._build_breaker(settings)
            )
            limiter = self._limiters.setdefault(
                (profile, settings.rate_limit), self._build_limiter(settings)
            )
            sessions.acquire()
        return ProfileStack(profile, sessions, breaker, limiter, self._build_retry(settings))

    async def release(self, stack: ProfileStack) -> None:
        """Give back a client's hold on its session; the last one closes it."""
        if await stack.sessions.release():
            with self._lock:
                for key, holder in list(self._sessions.items()):
                    if holder is stack.sessions and holder.users == 0:
                        del self._sessions[key]

    def _build_breaker(self, settings: MistralSettings) -> Breaker:
        return NullBreaker()

    def _build_limiter(self, settings: MistralSettings) -> Limiter:
        return NullLimiter()

    def _build_retry(self, settings: MistralSettings) -> RetryRunner:
        return SingleAttempt()


default_registry = StackRegistry()
