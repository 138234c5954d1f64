"""Settings: the typed table (`models`), its sources (`sources`) and profile loading (`loader`)."""

from .loader import apply_overrides, find_config_file, load_settings
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
    "CircuitBreakerSettings",
    "ClientSettings",
    "LoggingSettings",
    "MetricsSettings",
    "MistralSettings",
    "RateLimitSettings",
    "RetrySettings",
    "SettingsOverrides",
    "TracingSettings",
    "apply_overrides",
    "find_config_file",
    "load_settings",
]
