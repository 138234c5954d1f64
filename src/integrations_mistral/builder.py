"""`MistralClient.builder()`: fluent setters for a profile, a config file and overrides."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from typing_extensions import Self, Unpack

from .config import (
    CircuitBreakerKeys,
    ClientKeys,
    LoggingKeys,
    MetricsKeys,
    MistralSettings,
    RateLimitKeys,
    RetryKeys,
    TracingKeys,
    load_settings,
)

__all__ = ["ClientBuilder"]

C = TypeVar("C")


class ClientBuilder(Generic[C]):
    """Collects a profile, a config file and overrides, then builds a client (`MistralClient`
    or `SyncMistralClient`, whichever `builder()` was asked)."""

    def __init__(self, make: Callable[..., C]) -> None:
        self._make = make
        self._profile: str | None = None
        self._config_file: str | os.PathLike[str] | None = None
        self._overrides: dict[str, Any] = {}
        self._providers: dict[str, Any] = {}

    def profile(self, name: str) -> Self:
        self._profile = name
        return self

    def config_file(self, path: str | os.PathLike[str]) -> Self:
        self._config_file = path
        return self

    def api_key(self, key: str) -> Self:
        self._overrides["api_key"] = key
        return self

    def base_url(self, url: str) -> Self:
        self._overrides["base_url"] = url
        return self

    def timeout_secs(self, seconds: float) -> Self:
        self._overrides["timeout_secs"] = seconds
        return self

    def max_retries(self, retries: int) -> Self:
        self._overrides["max_retries"] = retries
        return self

    def section(self, name: str, **values: Any) -> Self:
        """Set keys of one section, e.g. `.section("retry", max_attempts=5)` (unchecked until
        `build()`; the methods named after each section, `.retry(...)`, are typed)."""
        self._overrides.setdefault(name, {}).update(values)
        return self

    def client(self, **values: Unpack[ClientKeys]) -> Self:
        return self.section("client", **values)

    def retry(self, **values: Unpack[RetryKeys]) -> Self:
        return self.section("retry", **values)

    def circuit_breaker(self, **values: Unpack[CircuitBreakerKeys]) -> Self:
        return self.section("circuit_breaker", **values)

    def rate_limit(self, **values: Unpack[RateLimitKeys]) -> Self:
        return self.section("rate_limit", **values)

    def logging(self, **values: Unpack[LoggingKeys]) -> Self:
        return self.section("logging", **values)

    def tracing(self, **values: Unpack[TracingKeys]) -> Self:
        return self.section("tracing", **values)

    def metrics(self, **values: Unpack[MetricsKeys]) -> Self:
        return self.section("metrics", **values)

    def tracer_provider(self, provider: Any) -> Self:
        self._providers["tracer_provider"] = provider
        return self

    def meter_provider(self, provider: Any) -> Self:
        self._providers["meter_provider"] = provider
        return self

    def build_settings(self) -> MistralSettings:
        return load_settings(self._profile, config_file=self._config_file, **self._overrides)

    def build(self) -> C:
        return self._make(self.build_settings(), **self._providers)
