"""Metric instruments: the 15 of the design (section 15.1) and the 4 GenAI client metrics.

Instruments are made once per meter provider and shared by every client using it; each
record carries a `profile` label. Breaker transitions and limiter waits come from the resilience
hooks, retries too (with the operation as `endpoint`); per-attempt and per-call figures are
recorded by `Operation`.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterable, Sequence
from typing import Any

from opentelemetry.metrics import CallbackOptions, Meter, MeterProvider, Observation

from .._version import __version__
from ..quota import ServerQuota
from ..resilience import (
    BreakerTransition,
    FallbackTaken,
    LimiterRejected,
    LimiterWaited,
    ResilienceEvent,
    ResilienceHooks,
    RetryScheduled,
)

__all__ = [
    "BREAKER_STATES",
    "DURATION_BUCKETS",
    "GENAI_DURATION_BUCKETS",
    "GENAI_TOKEN_BUCKETS",
    "TTFT_BUCKETS",
    "Instruments",
    "LocalCounter",
    "instruments_for",
]

DURATION_BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)
TTFT_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2, 5)
SIZE_BUCKETS = (256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216)
TOKEN_BUCKETS = (1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576)
STREAM_BUCKETS = (0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)
WAIT_BUCKETS = (0.001, 0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60)
GENAI_DURATION_BUCKETS = (
    0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92,
)  # fmt: skip
GENAI_TOKEN_BUCKETS = (
    1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864,
)  # fmt: skip
GENAI_CHUNK_BUCKETS = (0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1.0, 2.5)
BREAKER_STATES = {"closed": 0, "open": 1, "half_open": 2}
_SEVERITY = {"closed": 0, "half_open": 1, "open": 2}


class LocalCounter:
    """A monotonic counter summed in process and reported at collection time (an observable
    counter): an `add` is a dict update, not an SDK measurement (~8 us each), while readers and
    exporters see the same cumulative sum a synchronous counter gives."""

    __slots__ = ("_lock", "_totals")

    def __init__(self, meter: Meter, name: str, description: str) -> None:
        self._lock = threading.Lock()
        self._totals: dict[tuple[tuple[str, Any], ...], float] = {}
        meter.create_observable_counter(name, callbacks=[self._observe], description=description)

    def add(self, amount: float, attributes: dict[str, Any]) -> None:
        key = tuple(attributes.items())  # label dicts are built in one order per call site
        with self._lock:
            self._totals[key] = self._totals.get(key, 0) + amount

    def _observe(self, options: CallbackOptions) -> Iterable[Observation]:
        with self._lock:
            totals = list(self._totals.items())
        return [Observation(total, dict(key)) for key, total in totals]


class Instruments:
    """Every instrument of one meter, plus the breakers its state gauge observes."""

    def __init__(self, meter: Meter) -> None:
        def histogram(name: str, unit: str, text: str, buckets: Sequence[float]) -> Any:
            return meter.create_histogram(
                name, unit=unit, description=text, explicit_bucket_boundaries_advisory=buckets
            )

        self.requests = LocalCounter(
            meter, "mistral_requests_total", "HTTP requests sent (one per attempt)."
        )
        self.request_duration = histogram(
            "mistral_request_duration_seconds", "s", "Duration of one attempt.", DURATION_BUCKETS
        )
        self.request_size = histogram(
            "mistral_request_size_bytes", "By", "Request body size.", SIZE_BUCKETS
        )
        self.response_size = histogram(
            "mistral_response_size_bytes", "By", "Response body size.", SIZE_BUCKETS
        )
        self.tokens = LocalCounter(meter, "mistral_tokens_total", "Tokens reported by the API.")
        self.tokens_per_request = histogram(
            "mistral_tokens_per_request", "{token}", "Tokens of one call.", TOKEN_BUCKETS
        )
        self.stream_chunks = LocalCounter(
            meter, "mistral_stream_chunks_total", "Stream chunks received."
        )
        self.ttft = histogram(
            "mistral_time_to_first_token_seconds", "s", "Time to the first chunk.", TTFT_BUCKETS
        )
        self.stream_duration = histogram(
            "mistral_stream_duration_seconds", "s", "Duration of a whole stream.", STREAM_BUCKETS
        )
        self.realtime_duration = histogram(
            "mistral_realtime_session_duration_seconds", "s", "Duration of a realtime session.",
            STREAM_BUCKETS,
        )  # fmt: skip
        self.realtime_audio = LocalCounter(
            meter,
            "mistral_realtime_audio_seconds_total",
            "Seconds of audio sent to realtime transcription sessions.",
        )
        self.realtime_characters = LocalCounter(
            meter,
            "mistral_realtime_characters_total",
            "Characters of text sent to realtime speech sessions.",
        )
        self.retries = meter.create_counter(
            "mistral_retries_total", description="Retries scheduled."
        )
        self.breaker_transitions = meter.create_counter(
            "mistral_circuit_breaker_transitions_total", description="Circuit breaker changes."
        )
        self.limiter_wait = histogram(
            "mistral_rate_limit_wait_seconds", "s", "Waits for room in the window.", WAIT_BUCKETS
        )
        self.fallbacks = meter.create_counter(
            "mistral_fallbacks_total",
            description="Calls sent on to a fallback target, by where they went and why.",
        )
        self.limiter_rejections = meter.create_counter(
            "mistral_rate_limit_rejections_total", description="Calls refused by the limiter."
        )
        self.errors = LocalCounter(
            meter, "mistral_errors_total", "Calls that failed, by error type."
        )
        self.genai_duration = histogram(
            "gen_ai.client.operation.duration", "s", "GenAI operation duration.",
            GENAI_DURATION_BUCKETS,
        )  # fmt: skip
        self.genai_tokens = histogram(
            "gen_ai.client.token.usage", "{token}", "Input and output tokens used.",
            GENAI_TOKEN_BUCKETS,
        )  # fmt: skip
        self.genai_ttfc = histogram(
            "gen_ai.client.operation.time_to_first_chunk", "s", "Time to the first chunk.",
            GENAI_DURATION_BUCKETS,
        )  # fmt: skip
        self.genai_tpoc = histogram(
            "gen_ai.client.operation.time_per_output_chunk", "s", "Time per chunk after the first.",
            GENAI_CHUNK_BUCKETS,
        )  # fmt: skip
        self.cost = LocalCounter(
            meter, "mistral_cost_total", "What calls cost by the profile's pricing (currency)."
        )
        self.cache_requests = meter.create_counter(
            "mistral_cache_requests_total",
            description="Response cache lookups by result: hit, miss, stored, bypass, error.",
        )
        self.cache_saved_tokens = meter.create_counter(
            "mistral_cache_saved_tokens_total",
            description="Tokens the cached replies served would have used.",
        )
        self._lock = threading.Lock()
        self._quotas: dict[str, ServerQuota] = {}
        meter.create_observable_gauge(
            "mistral_server_remaining_requests",
            callbacks=[self._observe_requests],
            description="Requests left this minute, as the server last reported, per profile.",
        )
        meter.create_observable_gauge(
            "mistral_server_remaining_tokens",
            callbacks=[self._observe_tokens],
            description="Tokens left (window: minute or month), as the server last reported.",
        )
        self._breakers: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()
        self._hooks: weakref.WeakKeyDictionary[ResilienceHooks, str] = weakref.WeakKeyDictionary()
        self._deployments: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()
        meter.create_observable_gauge(
            "mistral_deployment_in_flight",
            callbacks=[self._observe_in_flight],
            description="Calls in flight per deployment of a profile.",
        )
        meter.create_observable_gauge(
            "mistral_circuit_breaker_state",
            callbacks=[self._observe_breakers],
            description="Circuit state per profile: 0 closed, 1 open, 2 half open.",
        )

    def watch_deployments(self, profile: str, deployments: Iterable[Any]) -> None:
        """Observe the calls in flight of a profile's deployments (each has `name` and
        `in_flight`), while they live."""
        with self._lock:
            for deployment in deployments:
                self._deployments[deployment] = profile

    def _observe_in_flight(self, options: CallbackOptions) -> Iterable[Observation]:
        with self._lock:
            watched = list(self._deployments.items())
        return [
            Observation(d.in_flight, {"profile": profile, "deployment": d.name})
            for d, profile in watched
        ]

    def watch(self, profile: str, hooks: ResilienceHooks, breaker: object) -> None:
        """Count a profile's resilience events and observe its breaker (once per profile)."""
        with self._lock:
            if hasattr(breaker, "state") and breaker not in self._breakers:
                self._breakers[breaker] = profile
            if hooks in self._hooks:
                return
            self._hooks[hooks] = profile
        labels = {"profile": profile}
        hooks.subscribe(lambda event: self._count(labels, event))

    def note_quota(self, profile: str, quota: ServerQuota) -> None:
        """The latest quota a reply of `profile` reported (the gauges read it when collected)."""
        with self._lock:
            self._quotas[profile] = quota

    def _observe_requests(self, options: CallbackOptions) -> Iterable[Observation]:
        with self._lock:
            quotas = list(self._quotas.items())
        return [
            Observation(q.remaining_requests_minute, {"profile": p})
            for p, q in quotas
            if q.remaining_requests_minute is not None
        ]

    def _observe_tokens(self, options: CallbackOptions) -> Iterable[Observation]:
        with self._lock:
            quotas = list(self._quotas.items())
        found = []
        for profile, quota in quotas:
            for window, left in (
                ("minute", quota.remaining_tokens_minute),
                ("month", quota.remaining_tokens_month),
            ):
                if left is not None:
                    found.append(Observation(left, {"profile": profile, "window": window}))
        return found

    def _observe_breakers(self, options: CallbackOptions) -> Iterable[Observation]:
        """One value per profile; of several breakers (settings changed by `with_options`),
        the worst state: open, then half open, then closed."""
        with self._lock:
            breakers = list(self._breakers.items())
        worst: dict[str, str] = {}
        for breaker, profile in breakers:
            state = breaker.state.value
            if profile not in worst or _SEVERITY[state] > _SEVERITY[worst[profile]]:
                worst[profile] = state
        return [Observation(BREAKER_STATES[s], {"profile": p}) for p, s in worst.items()]

    def _count(self, labels: dict[str, str], event: ResilienceEvent) -> None:
        if isinstance(event, RetryScheduled):
            reason = getattr(event.error, "error_type", type(event.error).__name__)
            self.retries.add(1, {**labels, "endpoint": event.operation, "reason": reason})
        elif isinstance(event, BreakerTransition):
            self.breaker_transitions.add(1, {**labels, "from": event.old, "to": event.new})
        elif isinstance(event, LimiterWaited):
            self.limiter_wait.record(event.wait, labels)
        elif isinstance(event, LimiterRejected):
            self.limiter_rejections.add(1, labels)
        elif isinstance(event, FallbackTaken):
            self.fallbacks.add(
                1,
                {**labels, "endpoint": event.operation, "from": event.source,
                 "to": event.target, "reason": event.reason},
            )  # fmt: skip


_lock = threading.Lock()
_by_provider: weakref.WeakKeyDictionary[Any, Instruments] = weakref.WeakKeyDictionary()


def instruments_for(provider: MeterProvider) -> Instruments:
    """The instruments of `provider`'s integrations-mistral meter, made once."""
    with _lock:
        found = _by_provider.get(provider)
        if found is None:
            meter = provider.get_meter("integrations_mistral", __version__)
            found = _by_provider[provider] = Instruments(meter)
        return found
