"""Settings: the typed table (`models`), its sources (`sources`) and profile loading (`loader`)."""

from .keys import (
    AzureKeys,
    CircuitBreakerKeys,
    ClientKeys,
    FallbackKeys,
    GcpKeys,
    LoggingKeys,
    MetricsKeys,
    RateLimitKeys,
    RetryKeys,
    TracingKeys,
)
from .loader import apply_overrides, fallback_chain, find_config_file, load_settings
from .models import (
    CircuitBreakerSettings,
    ClientSettings,
    LoggingSettings,
    MetricsSettings,
    MistralSettings,
    RateLimitSettings,
    RetrySettings,
    TracingSettings,
)
from .overrides import SettingsOverrides

__all__ = [
    "AzureKeys",
    "CircuitBreakerKeys",
    "CircuitBreakerSettings",
    "ClientKeys",
    "ClientSettings",
    "FallbackKeys",
    "GcpKeys",
    "LoggingKeys",
    "LoggingSettings",
    "MetricsKeys",
    "MetricsSettings",
    "MistralSettings",
    "RateLimitKeys",
    "RateLimitSettings",
    "RetryKeys",
    "RetrySettings",
    "SettingsOverrides",
    "TracingKeys",
    "TracingSettings",
    "apply_overrides",
    "fallback_chain",
    "find_config_file",
    "load_settings",
]
