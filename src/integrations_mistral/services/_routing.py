"""A profile's deployments behind one caller: each call of a model picks a deployment that serves
it, by the profile's `routing.strategy`; one that is cooling down (its breaker open) is skipped;
a retryable failure moves the call to another one within its retry budget."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel

from ..config.deployments import DeploymentSettings, RoutingSettings
from ..errors import (
    AuthenticationError,
    CircuitOpenError,
    ClientRateLimitError,
    ConfigurationError,
    DeploymentsUnavailableError,
    MistralError,
)
from ..quota import quota_of
from ..request import Request
from ..resilience.breaker import CircuitState
from ..resilience.routing_state import SharedRoutingState
from ._caller import APICaller, OnPrimary, Opened

if TYPE_CHECKING:
    from ..config.resilience import RetrySettings

__all__ = ["Deployment", "DeploymentRouter"]

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")

_SHARED_CHOICE = ("least_busy", "lowest_latency", "usage_based")  # chosen in Redis when shared
_LATENCY_WEIGHT = 0.5  # the newest latency's share of a deployment's moving average: a
# deployment that recovers is seen to within a few samples of exploration


class Deployment:
    """One deployment: its caller (its own session, breaker, limiter) and what routing
    learns of it: calls in flight, a moving average of latency."""

    __slots__ = (
        "__weakref__", "caller", "cooldown", "in_flight", "latency", "name", "open_seen",
        "reported", "settings",
    )  # fmt: skip

    def __init__(
        self, name: str, settings: DeploymentSettings, caller: APICaller, cooldown: float = 60.0
    ) -> None:
        self.name, self.settings, self.caller = name, settings, caller
        self.cooldown = cooldown  # its breaker's circuit_breaker.timeout_secs
        self.open_seen: float | None = None
        self.in_flight = 0
        self.latency: float | None = None
        self.reported: tuple[float, float] | None = None  # (share left, until): its headers

    def cooling(self) -> float:
        """Seconds until its breaker admits a call again (0: it does now). A breaker that
        cannot say (the fleet's, in Redis, as last seen here) is given its cooldown from when
        this process saw it open; then a call goes to ask it."""
        breaker = self.caller.resilience.breaker
        left = getattr(breaker, "cooldown_left", None)
        if callable(left):  # this process's own breaker knows (one look, not two)
            return float(left())
        if getattr(breaker, "state", CircuitState.CLOSED) is not CircuitState.OPEN:
            self.open_seen = None
            return 0.0
        now = time.monotonic()
        if self.open_seen is None:
            self.open_seen = now
        return max(0.0, self.open_seen + self.cooldown - now)

    def room(self) -> float:
        """Share of its budget left this minute: the least of its own budget's and what the
        server's `x-ratelimit-*` headers last said (1.0: neither is known)."""
        room = 1.0
        budget = self.settings.requests_per_minute
        usage = getattr(self.caller.resilience.limiter, "usage", None)
        if budget is not None and usage is not None:
            used: int = usage[0]
            room = max(0.0, 1.0 - used / budget)
        if self.reported is not None and self.reported[1] > time.monotonic():
            room = min(room, self.reported[0])
        return room

    def heard(self, headers: Mapping[str, str] | None) -> float | None:
        """What a reply (or a refusal) said of the key's room, kept for the minute: the share
        left (None: the headers said nothing of it)."""
        quota = quota_of(headers) if headers else None
        if quota is None:
            return None
        shares = [
            left / limit
            for left, limit in (
                (quota.remaining_requests_minute, quota.limit_requests_minute),
                (quota.remaining_tokens_minute, quota.limit_tokens_minute),
            )
            if left is not None and limit
        ]
        if not shares:
            return None
        share = max(0.0, min(shares))
        self.reported = (share, time.monotonic() + 60.0)
        return share

    def measured(self, seconds: float) -> None:
        self.latency = (
            seconds
            if self.latency is None
            else (1 - _LATENCY_WEIGHT) * self.latency + _LATENCY_WEIGHT * seconds
        )


class DeploymentRouter(OnPrimary):
    """The caller of a profile with deployments: model calls are routed; other calls (files,
    batches, ...) go to the profile's own target, `primary`."""

    def __init__(
        self,
        primary: APICaller,
        deployments: Sequence[Deployment],
        routing: RoutingSettings,
        retry: RetrySettings,
        chooser: random.Random | None = None,
        shared: SharedRoutingState | None = None,
    ) -> None:
        super().__init__(primary)
        self.shared = shared  # every replica's counts, in Redis (rate_limit.backend = "redis")
        self._reports: set[asyncio.Task[None]] = set()
        self.deployments = list(deployments)
        self.routing = routing
        self._attempts = retry.max_attempts
        self._budget = retry.max_elapsed_secs
        self._retry = retry
        self._random = chooser or random.Random()
        instruments = primary.telemetry.instruments
        if instruments is not None:  # mistral_deployment_in_flight
            instruments.watch_deployments(primary.profile, self.deployments)

    def call(self, request: Request, model: type[M] | Callable[[bytes], type[M]]) -> Awaitable[M]:
        if not request.movable:  # files, batches, ...: the profile's own target
            return self.primary.call(request, model)
        return self._route(request, lambda caller, sent: caller.call(sent, model))

    def open_stream(self, request: Request) -> Awaitable[Opened]:
        """A stream picks a deployment like a call and moves only before its first byte."""
        if not request.movable:
            return self.primary.open_stream(request)
        return self._route(request, lambda caller, sent: caller.open_stream(sent))

    async def _route(
        self, request: Request, send: Callable[[APICaller, Request], Awaitable[T]]
    ) -> T:
        asked = request.model
        started = time.monotonic()
        tried: list[Deployment] = []
        failed: MistralError | None = None
        attempt = 0
        while True:  # the last attempt returns or raises
            attempt += 1
            try:
                options = self.candidates(asked, tried)
            except DeploymentsUnavailableError:
                if failed is not None:  # they cooled down as this call failed on them
                    raise failed from None
                raise
            (chosen, served), call = await self._pick(options)
            if chosen in tried and failed is not None:  # nowhere new to move
                if isinstance(failed, CircuitOpenError | ClientRateLimitError):
                    raise failed  # every one refused it by its own budget: as rate_limit says
                await asyncio.sleep(self._delay(attempt - 1, failed))  # back off first
            chosen.in_flight += 1
            began = time.monotonic()
            share: float | None = None  # the room its reply's headers report
            try:
                sent = request.asking_for(served) if served is not None else request
                result = await send(chosen.caller, sent)
                if self.routing.strategy == "usage_based":
                    share = chosen.heard(_headers(result))
            except MistralError as error:
                share = chosen.heard(getattr(error, "headers", None))
                if isinstance(error, AuthenticationError):  # its key's problem: it cools down
                    trip = getattr(chosen.caller.resilience.breaker, "trip", None)
                    if callable(trip):
                        trip()
                last = attempt == self._attempts
                spent = time.monotonic() - started
                unsent = isinstance(error, CircuitOpenError | ClientRateLimitError)  # its own
                if not (error.is_retryable or unsent) or last or spent >= self._budget:
                    raise
                tried.append(chosen)
                failed = error
                continue
            finally:
                chosen.in_flight -= 1
                if call is not None:  # the shared count, average and room, off this call's path
                    self._report(chosen, call, time.monotonic() - began, share)
            chosen.measured(time.monotonic() - began)
            return result

    def _delay(self, attempt: int, error: MistralError) -> float:
        """The retry policy's wait before trying a deployment again (its Retry-After, if
        longer), within the call's budget."""
        retry = self._retry
        wait = (
            min(
                retry.max_delay_ms,
                retry.initial_delay_ms * retry.backoff_multiplier ** (attempt - 1),
            )
            / 1000
        )
        after = getattr(error, "retry_after", None)
        if isinstance(after, int | float) and after > wait:
            wait = float(after)
        return min(wait, self._budget)

    def candidates(
        self, model: str | None, tried: Sequence[Deployment] = ()
    ) -> list[tuple[Deployment, str | None]]:
        """The deployments a call of `model` may go to now (not cooling down; ones not tried
        yet first), each with the model name it is sent for."""
        serving = [(d, d.settings.serves(model)) for d in self.deployments]
        serving = [(d, name) for d, name in serving if name is not None]
        if not serving:
            raise ConfigurationError(
                f"no deployment of profile {self.profile!r} serves model {model!r} "
                f"(deployments: {', '.join(d.name for d in self.deployments)}; see their "
                "`models`); nothing was sent"
            )
        healthy = [(d, n) for d, n in serving if d.cooling() <= 0]
        if not healthy:
            waits = {d.name: d.cooling() for d, _ in serving}
            first = min(waits.values())
            raise DeploymentsUnavailableError(
                f"every deployment serving {model!r} is cooling down "
                f"({', '.join(f'{n} {w:.1f} s' for n, w in waits.items())}); the first is back "
                f"in {first:.1f} s",
                deployments=list(waits),
                retry_after=first,
            )
        return [(d, n) for d, n in healthy if d not in tried] or healthy  # a retry moves

    async def _pick(
        self, options: list[tuple[Deployment, str | None]]
    ) -> tuple[tuple[Deployment, str | None], str | None]:
        """The choice among `options`, and its id in the shared state (None: not shared).
        Shared, `least_busy`, `lowest_latency` and `usage_based` (with Redis limiters) choose
        by every replica's counts in Redis; the other strategies (and exploration) choose here
        and count the call there."""
        shared = self.shared
        if shared is None or not shared.up:
            return self._choose(options), None
        strategy: str = self.routing.strategy
        exploring = strategy == "lowest_latency" and (
            self._random.random() < self.routing.exploration
        )
        if strategy in _SHARED_CHOICE and not exploring and len(options) > 1:
            names = [d.name for d, _ in options]
            windows = [getattr(d.caller.resilience.limiter, "key", "") for d, _ in options]
            budgets = [  # a deployment without a shared window: only its server's word counts
                (d.settings.requests_per_minute or 0) if window else 0
                for (d, _), window in zip(options, windows, strict=True)
            ]
            shared_windows = windows if strategy == "usage_based" else ()
            picked = await shared.pick(names, strategy, shared_windows, budgets)
            if picked is not None:
                return options[picked[0]], picked[1]
        chosen = self._random.choice(options) if exploring else self._choose(options)
        counted = await shared.pick([chosen[0].name], "none")
        return chosen, counted[1] if counted is not None else None

    def _report(self, chosen: Deployment, call: str, seconds: float, share: float | None) -> None:
        assert self.shared is not None
        done = self.shared.done(chosen.name, call, seconds, _LATENCY_WEIGHT, share)
        task = asyncio.ensure_future(done)
        self._reports.add(task)
        task.add_done_callback(self._reports.discard)

    async def aclose(self) -> None:
        """Close the shared state's Redis client (the deployments' parts close themselves)."""
        if self._reports:
            await asyncio.gather(*self._reports, return_exceptions=True)
        if self.shared is not None:
            await self.shared.aclose()

    def pick(
        self, model: str | None, tried: Sequence[Deployment] = ()
    ) -> tuple[Deployment, str | None]:
        """The deployment a call of `model` goes to now, chosen by this process alone."""
        return self._choose(self.candidates(model, tried))

    def _choose(
        self, options: list[tuple[Deployment, str | None]]
    ) -> tuple[Deployment, str | None]:
        strategy = self.routing.strategy
        if strategy == "ordered" or len(options) == 1:
            return options[0]
        if strategy == "weighted":
            weights = [d.settings.weight for d, _ in options]
            return self._random.choices(options, weights)[0]
        if strategy == "least_busy":
            least = min(d.in_flight for d, _ in options)
            return self._random.choice([o for o in options if o[0].in_flight == least])
        if strategy == "usage_based":
            return max(options, key=lambda o: (o[0].room(), -o[0].in_flight))
        unmeasured = [o for o in options if o[0].latency is None]  # lowest_latency
        if unmeasured:
            return unmeasured[0]
        if self._random.random() < self.routing.exploration:
            return self._random.choice(options)
        return min(options, key=lambda o: o[0].latency or 0.0)


def _headers(result: Any) -> Mapping[str, str] | None:
    """The response headers of a typed result (`result.raw`) or of an opened stream."""
    raw = getattr(result, "raw", None)
    if raw is not None:
        return getattr(raw, "headers", None)
    response = getattr(result, "response", None)
    return getattr(response, "headers", None)
