"""The keyword overrides a client or `load_settings` takes, as a TypedDict, so type checkers
see each one (`MistralClient(timeout_sec=5)` is flagged as it is refused at run time): the
top-level key sources, the flat aliases and one dict of keys (or settings object) per section. A
test checks the keys are exactly those `explicit_layer` accepts."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, TypedDict

from pydantic import SecretStr

from .cache import CacheSettings
from .client import AzureSettings, ClientSettings, GcpSettings
from .deployments import DeploymentSettings, RoutingSettings
from .keys import (
    AzureKeys,
    BudgetKeys,
    CacheKeys,
    CircuitBreakerKeys,
    ClientKeys,
    FallbackKeys,
    GcpKeys,
    LoggingKeys,
    MetricsKeys,
    RateLimitKeys,
    RetryKeys,
    RoutingKeys,
    TracingKeys,
)
from .mcp import McpServerSettings
from .resilience import (
    CircuitBreakerSettings,
    FallbackSettings,
    RateLimitSettings,
    RetrySettings,
)
from .spend import BudgetSettings, ModelPrice
from .telemetry import LoggingSettings, MetricsSettings, TracingSettings

__all__ = ["SettingsOverrides"]


class SettingsOverrides(TypedDict, total=False):
    """Explicit settings, above every file and the environment."""

    api_key: str | SecretStr | Callable[[], str | Awaitable[str]] | None
    api_key_file: str | os.PathLike[str] | None
    api_key_command: str | Sequence[str] | None
    api_key_ttl_secs: float
    base_url: str
    timeout_secs: float
    max_retries: int
    log_level: str
    client: ClientSettings | ClientKeys
    retry: RetrySettings | RetryKeys
    circuit_breaker: CircuitBreakerSettings | CircuitBreakerKeys
    rate_limit: RateLimitSettings | RateLimitKeys
    fallback: FallbackSettings | FallbackKeys
    logging: LoggingSettings | LoggingKeys
    tracing: TracingSettings | TracingKeys
    metrics: MetricsSettings | MetricsKeys
    azure: AzureSettings | AzureKeys
    gcp: GcpSettings | GcpKeys
    mcp: Mapping[str, McpServerSettings | Mapping[str, Any]]
    routing: RoutingSettings | RoutingKeys
    cache: CacheSettings | CacheKeys
    budget: BudgetSettings | BudgetKeys
    pricing: Mapping[str, ModelPrice | Mapping[str, float]]
    deployments: Mapping[str, DeploymentSettings | Mapping[str, Any]]
