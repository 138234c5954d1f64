"""Each settings section's keys as a TypedDict (`RetryKeys` for `[retry]`), for keyword
overrides and the builder. Written by tools/settings_keys.py from the settings models; do not
edit (a test checks it is current)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, TypedDict

from pydantic import SecretStr

__all__ = [
    "AzureKeys",
    "BudgetKeys",
    "CacheKeys",
    "CircuitBreakerKeys",
    "ClientKeys",
    "FallbackKeys",
    "GcpKeys",
    "LoggingKeys",
    "MetricsKeys",
    "RateLimitKeys",
    "RetryKeys",
    "RoutingKeys",
    "TracingKeys",
]


class ClientKeys(TypedDict, total=False):
    """The keys of `[client]` (ClientSettings)."""

    provider: Literal["mistral", "azure", "gcp"]
    server: Literal["global", "eu", "us"]
    base_url: str
    allow_insecure_http: bool
    require_api_key: bool
    trust_env: bool
    proxy: str | None
    ca_bundle: str | None
    ca_bundle_only: bool
    client_cert: str | None
    client_key: str | None
    timeout_secs: float
    connect_timeout_secs: float
    stream_idle_timeout_secs: float
    stream_timeout_secs: float | None
    realtime_idle_timeout_secs: float
    realtime_timeout_secs: float | None
    max_response_bytes: int
    max_sse_event_bytes: int
    max_pages: int
    close_grace_secs: float
    pool_size: int
    pool_size_per_host: int
    fair_queueing: bool
    keepalive_secs: float
    user_agent: str | None


class RetryKeys(TypedDict, total=False):
    """The keys of `[retry]` (RetrySettings)."""

    max_attempts: int
    initial_delay_ms: int
    max_delay_ms: int
    backoff_multiplier: float
    jitter: Literal["full", "random", "none"]
    max_elapsed_secs: float
    retry_non_idempotent: bool
    retryable_status_codes: Sequence[int]


class CircuitBreakerKeys(TypedDict, total=False):
    """The keys of `[circuit_breaker]` (CircuitBreakerSettings)."""

    enabled: bool
    failure_threshold: int
    success_threshold: int
    timeout_secs: float
    backend: Literal["memory", "redis"]
    redis_url: str | None
    redis_timeout_secs: float
    on_backend_error: Literal["local", "closed"]


class RateLimitKeys(TypedDict, total=False):
    """The keys of `[rate_limit]` (RateLimitSettings)."""

    enabled: bool
    requests_per_minute: int
    tokens_per_minute: int
    on_limit: Literal["wait", "reject"]
    max_wait_secs: float
    backend: Literal["memory", "redis"]
    redis_url: str | None
    redis_key_prefix: str
    redis_timeout_secs: float
    redis_pool_size: int
    adaptive: bool
    token_estimator: Literal["chars", "tokenizer"]
    on_backend_error: Literal["fallback_memory", "fail_closed"]


class FallbackKeys(TypedDict, total=False):
    """The keys of `[fallback]` (FallbackSettings)."""

    models: Mapping[str, Sequence[str]]
    profiles: Sequence[str]
    on_context_window: Sequence[str]
    on_rate_limit: Sequence[str]
    on_unavailable: Sequence[str]
    attempts_per_target: int


class LoggingKeys(TypedDict, total=False):
    """The keys of `[logging]` (LoggingSettings)."""

    level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] | None
    handler: Literal["none", "stderr", "stdout"]
    format: Literal["json", "text"]
    redaction_level: Literal["full", "partial", "none"]
    content_max_chars: int


class TracingKeys(TypedDict, total=False):
    """The keys of `[tracing]` (TracingSettings)."""

    enabled: bool
    exporter: Literal["none", "console", "otlp"]
    otlp_endpoint: str | None
    service_name: str
    export_timeout_secs: float
    spans: Literal["call", "attempt", "http"]
    sample_ratio: float


class MetricsKeys(TypedDict, total=False):
    """The keys of `[metrics]` (MetricsSettings)."""

    enabled: bool
    exporter: Literal["none", "console", "otlp"]
    otlp_endpoint: str | None
    service_name: str
    export_timeout_secs: float
    conventions: Sequence[Literal["mistral", "gen_ai"]]
    export_interval_secs: float


class AzureKeys(TypedDict, total=False):
    """The keys of `[azure]` (AzureSettings)."""

    api_version: str


class GcpKeys(TypedDict, total=False):
    """The keys of `[gcp]` (GcpSettings)."""

    region: str
    project_id: str | None
    access_token: str | SecretStr | None


class RoutingKeys(TypedDict, total=False):
    """The keys of `[routing]` (RoutingSettings)."""

    strategy: Literal["weighted", "least_busy", "lowest_latency", "usage_based", "ordered"]
    priority: Literal["high", "normal", "low"]
    max_wait_secs: float
    exploration: float


class CacheKeys(TypedDict, total=False):
    """The keys of `[cache]` (CacheSettings)."""

    enabled: bool
    backend: Literal["memory", "disk", "redis"]
    ttl_secs: float
    max_entries: int
    max_bytes: int
    operations: Sequence[str]
    streams: bool
    namespace: str | None
    path: str | None
    redis_url: str | None
    redis_key_prefix: str
    redis_timeout_secs: float


class BudgetKeys(TypedDict, total=False):
    """The keys of `[budget]` (BudgetSettings)."""

    limit: float | None
    window: Literal["hour", "day", "month"]
    on_exceeded: Literal["raise", "warn"]
    assumed_output_tokens: int
    backend: Literal["memory", "redis"]
    redis_url: str | None
    redis_key_prefix: str
    redis_timeout_secs: float
    on_backend_error: Literal["fallback_memory", "fail_closed"]
