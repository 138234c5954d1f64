"""The declarative settings table: one typed, documented row per setting.

Meanings, units and defaults live here only; the configuration reference in `docs/` is generated
from these models (`python -m integrations_mistral config reference`).
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict
from yarl import URL

__all__ = [
    "PLAIN_KEYS",
    "SECRET_KEYS",
    "SECTIONS",
    "CircuitBreakerSettings",
    "ClientSettings",
    "LoggingSettings",
    "MetricsSettings",
    "MistralSettings",
    "RateLimitSettings",
    "RetrySettings",
    "TracingSettings",
]

_NEVER_RETRYABLE = frozenset({400, 401, 403, 404, 422})
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class _Section(BaseModel):
    """A settings section: strict about unknown keys and types (`enabled = "yes"` in a file is
    an error; environment strings are converted by the env layer), immutable once built."""

    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True, strict=True)

    def _refuse(self, field: str, message: str) -> ValidationError:
        """A validation error located at `field`, for checks that span several fields."""
        error = PydanticCustomError("invalid_combination", message)
        details = InitErrorDetails(type=error, loc=(field,), input=getattr(self, field))
        return ValidationError.from_exception_data(type(self).__name__, [details])


class ClientSettings(_Section):
    """HTTP client: where requests go and how the connection pool behaves."""

    base_url: str = Field(
        "https://api.mistral.ai",
        description="Root URL of the API; `/v1/...` paths are appended to it.",
    )
    allow_insecure_http: bool = Field(
        False,
        description="Permit an `http://` base_url (only for loopback test servers).",
    )
    require_api_key: bool = Field(
        True,
        description="Refuse to build a client without an API key (off for local fakes).",
    )
    timeout_secs: float = Field(
        120.0, gt=0, description="Total time allowed for one attempt, seconds."
    )
    connect_timeout_secs: float = Field(
        10.0, gt=0, description="Time allowed to open a connection, seconds."
    )
    stream_idle_timeout_secs: float = Field(
        60.0,
        gt=0,
        description="Longest a stream may go without an event, seconds (comments and keep-alives "
        "do not count).",
    )
    stream_timeout_secs: float | None = Field(
        None,
        gt=0,
        description="Longest a whole stream may last, headers to end, seconds (unset: no limit).",
    )
    max_response_bytes: int = Field(
        64 * 1024 * 1024,
        ge=1024,
        description="Largest response body read into memory, decoded bytes "
        "(`files.download_to` streams to disk and is exempt).",
    )
    max_sse_event_bytes: int = Field(
        16 * 1024 * 1024, ge=1024, description="Largest single event of a stream, bytes."
    )
    close_grace_secs: float = Field(
        10.0,
        ge=0,
        description="How long `close()` lets calls in flight finish before failing them with "
        "ClientClosedError, seconds.",
    )
    pool_size: int = Field(100, ge=1, description="Maximum open connections in the pool.")
    pool_size_per_host: int = Field(
        100, ge=1, description="Maximum open connections to one host (the API is one host)."
    )
    keepalive_secs: float = Field(
        90.0, gt=0, description="How long an idle connection is kept, seconds."
    )
    user_agent: str | None = Field(
        None,
        description="Product token appended to `User-Agent: integrations-mistral/<version>`.",
    )

    @field_validator("base_url")
    @classmethod
    def _check_base_url(cls, value: str) -> str:
        url = URL(value.strip())
        if url.scheme not in ("http", "https") or not url.host:
            raise PydanticCustomError(
                "base_url", "must be an absolute http(s) URL such as https://api.mistral.ai"
            )
        if url.query_string or url.fragment:
            raise PydanticCustomError("base_url", "must not carry a query string or fragment")
        return str(url).rstrip("/")

    @field_validator("user_agent")
    @classmethod
    def _no_control_characters(cls, value: str | None) -> str | None:
        if value is not None and _CONTROL.search(value):
            raise PydanticCustomError(
                "header_value", "must not contain control characters such as CR or LF"
            )
        return value

    @model_validator(mode="after")
    def _refuse_plain_http(self) -> ClientSettings:
        if self.base_url.startswith("http://") and not self.allow_insecure_http:
            raise self._refuse(
                "base_url",
                "http:// is refused; use https:// or set client.allow_insecure_http = true",
            )
        return self


class RetrySettings(_Section):
    """Retry policy for failed attempts (exponential backoff with jitter)."""

    max_attempts: int = Field(3, ge=1, le=100, description="Attempts in all, the first included.")
    initial_delay_ms: int = Field(
        100, ge=0, description="Wait before the first retry, milliseconds."
    )
    max_delay_ms: int = Field(
        30_000, ge=0, description="Upper bound of any single wait, milliseconds."
    )
    backoff_multiplier: float = Field(2.0, ge=1.0, description="Factor between consecutive waits.")
    jitter: Literal["full", "random", "none"] = Field(
        "full",
        description="`full`: wait uniformly in [0, delay]; `random`: delay plus up to 1 s; `none`.",
    )
    max_elapsed_secs: float = Field(
        300.0, gt=0, description="Total budget for all attempts and waits of one call, seconds."
    )
    retry_non_idempotent: bool = Field(
        False,
        description="Also retry calls that create or change something (uploads, creations, "
        "conversation turns) after the request may have reached the API; off: only failures the "
        "API did not act on (no connection made, 429, 503) are retried for them.",
    )
    retryable_status_codes: tuple[int, ...] = Field(
        (429, 500, 502, 503, 504),
        description="HTTP statuses worth retrying; 400, 401, 403, 404 and 422 never are.",
    )

    @field_validator("retryable_status_codes", mode="before")
    @classmethod
    def _split_codes(cls, value: Any) -> Any:
        """`"429, 503"` (environment) -> (429, 503); a TOML array -> a tuple; other types stay
        as given, so `[429, "500"]` is an error."""
        if isinstance(value, str):
            parts = (part.strip() for part in value.strip("[] ").split(","))
            return tuple(int(p) if p.isdigit() else p for p in parts if p)
        if isinstance(value, list):
            return tuple(value)
        return value

    @field_validator("retryable_status_codes")
    @classmethod
    def _check_codes(cls, value: tuple[int, ...]) -> tuple[int, ...]:
        bad = sorted(code for code in value if code in _NEVER_RETRYABLE or not 400 <= code <= 599)
        if bad:
            raise PydanticCustomError(
                "status_codes",
                "{bad} can never be retried; use 4xx/5xx codes other than 400, 401, 403, 404, 422",
                {"bad": ", ".join(map(str, bad))},
            )
        return tuple(sorted(set(value)))

    @model_validator(mode="after")
    def _ordered_delays(self) -> RetrySettings:
        if self.max_delay_ms < self.initial_delay_ms:
            raise self._refuse("max_delay_ms", "must be >= initial_delay_ms")
        return self


class CircuitBreakerSettings(_Section):
    """Circuit breaker shared by every client of a profile in the process."""

    enabled: bool = Field(True, description="Stop calling a failing API for a while.")
    failure_threshold: int = Field(
        5, ge=1, description="Consecutive failures that open the circuit."
    )
    success_threshold: int = Field(2, ge=1, description="Half-open successes that close it again.")
    timeout_secs: float = Field(60.0, gt=0, description="How long the circuit stays open, seconds.")


class RateLimitSettings(_Section):
    """Client-side sliding-window limiter over 60 seconds, shared by a profile."""

    enabled: bool = Field(False, description="Enforce the budgets below before sending.")
    requests_per_minute: int = Field(60, ge=1, description="Requests allowed in any 60 s window.")
    tokens_per_minute: int = Field(
        100_000, ge=1, description="Estimated tokens allowed in any 60 s window."
    )
    on_limit: Literal["wait", "reject"] = Field(
        "wait", description="`wait` for room (up to max_wait_secs) or `reject` at once."
    )
    max_wait_secs: float = Field(30.0, ge=0, description="Longest wait for room, seconds.")
    backend: Literal["memory", "redis"] = Field(
        "memory", description="`memory`: per process; `redis`: shared by every process."
    )
    redis_url: str | None = Field(
        None, description="Redis URL for backend = redis (redis://host:port/db)."
    )
    redis_key_prefix: str = Field(
        "integrations-mistral",
        min_length=1,
        description="Prefix of the Redis keys (one window per profile).",
    )
    redis_timeout_secs: float = Field(
        1.0, gt=0, description="Connect and command timeout for Redis, seconds."
    )
    redis_pool_size: int = Field(
        50,
        ge=1,
        le=10_000,
        description="Redis connections per process and loop; further callers wait for one.",
    )
    on_backend_error: Literal["fallback_memory", "fail_closed"] = Field(
        "fallback_memory",
        description="When Redis fails: use the in-process window (logged) or refuse calls.",
    )

    @model_validator(mode="after")
    def _redis_needs_url(self) -> RateLimitSettings:
        if self.backend == "redis" and not self.redis_url:
            raise self._refuse("redis_url", "is required when backend = 'redis'")
        return self


class LoggingSettings(_Section):
    """Logging of the client's own records (loggers under `integrations_mistral`)."""

    level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] | None = Field(
        None,
        description="Level of the `integrations_mistral` logger; unset leaves it to the "
        "application's logging configuration.",
    )
    handler: Literal["none", "stderr", "stdout"] = Field(
        "none",
        description="`none`: records go to the application's handlers; `stderr`/`stdout`: the "
        "client installs its own handler there (and stops propagation to the root logger).",
    )
    format: Literal["json", "text"] = Field(
        "json", description="Format of the client's own handler: `json` lines or plain `text`."
    )
    redaction_level: Literal["full", "partial", "none"] = Field(
        "full",
        description="`full`: no message, completion, embedding or file content; `partial`: "
        "content truncated to content_max_chars with its length; `none`: logged whole. "
        "The API key is redacted at every level.",
    )
    content_max_chars: int = Field(
        64, ge=1, description="Characters of content kept by redaction_level = partial."
    )

    @field_validator("level", mode="before")
    @classmethod
    def _upper(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip().upper()
            return "WARNING" if value == "WARN" else value
        return value


class _TelemetrySettings(_Section):
    enabled: bool = Field(False, description="Emit this signal.")
    exporter: Literal["none", "console", "otlp"] = Field(
        "none",
        description="`none`: the provider passed to the client, else the global one; `otlp` or "
        "`console`: the client builds its own SDK provider exporting there.",
    )
    otlp_endpoint: str | None = Field(
        None,
        description="OTLP/HTTP collector URL for exporter = otlp (`/v1/traces` or `/v1/metrics` "
        "appended to a bare host); unset: `OTEL_EXPORTER_OTLP_*` or http://localhost:4318.",
    )
    service_name: str = Field(
        "integrations-mistral",
        min_length=1,
        description="`service.name` resource attribute of the provider the client builds.",
    )

    @field_validator("otlp_endpoint")
    @classmethod
    def _check_endpoint(cls, value: str | None) -> str | None:
        if value is None:
            return None
        url = URL(value.strip())
        if url.scheme not in ("http", "https") or not url.host:
            raise PydanticCustomError(
                "otlp_endpoint", "must be an http(s) URL such as http://collector:4318"
            )
        return str(url)


class TracingSettings(_TelemetrySettings):
    """OpenTelemetry traces."""


class MetricsSettings(_TelemetrySettings):
    """OpenTelemetry metrics."""

    export_interval_secs: float = Field(
        60.0, gt=0, description="How often the provider the client builds exports, seconds."
    )


class MistralSettings(BaseSettings):
    """All settings of one client. Build it with `load_settings` to get the layered sources."""

    model_config = SettingsConfigDict(extra="forbid", frozen=True, validate_default=True)

    api_key: SecretStr | None = Field(None, description="Mistral API key; never logged or shown.")
    client: ClientSettings = Field(default_factory=ClientSettings)
    retry: RetrySettings = Field(default_factory=RetrySettings)
    circuit_breaker: CircuitBreakerSettings = Field(default_factory=CircuitBreakerSettings)
    rate_limit: RateLimitSettings = Field(default_factory=RateLimitSettings)
    logging: LoggingSettings = Field(default_factory=LoggingSettings)
    tracing: TracingSettings = Field(default_factory=TracingSettings)
    metrics: MetricsSettings = Field(default_factory=MetricsSettings)

    _profile: str = PrivateAttr("default")
    _provenance: dict[str, str] = PrivateAttr(default_factory=dict)
    _sources: list[str] = PrivateAttr(default_factory=list)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Only explicit values: the layered chain lives in `config.loader`, with provenance."""
        return (init_settings,)

    @field_validator("api_key", mode="before")
    @classmethod
    def _blank_key_is_none(cls, value: Any) -> Any:
        """Surrounding whitespace (a key read from a file) is dropped; whitespace or control
        characters inside would break the Authorization header, so they are refused here."""
        if isinstance(value, SecretStr):
            value = value.get_secret_value()
        if isinstance(value, str):
            value = value.strip()
            if not value:
                return None
            if _CONTROL.search(value) or " " in value:
                raise PydanticCustomError(
                    "header_value", "must not contain spaces or control characters such as CR or LF"
                )
        return value

    @property
    def profile(self) -> str:
        """Name of the profile these settings were loaded for."""
        return self._profile

    @property
    def sources(self) -> list[str]:
        """The files these settings were read from, lowest layer first."""
        return list(self._sources)

    @property
    def provenance(self) -> dict[str, str]:
        """Dotted key -> where its value came from (`default`, `file ...`, `env ...`, `explicit`)."""
        if self._provenance:
            return dict(self._provenance)
        explicit = {"api_key"} & self.model_fields_set
        for section in SECTIONS.keys() & self.model_fields_set:
            explicit.update(f"{section}.{key}" for key in getattr(self, section).model_fields_set)
        return {key: ("explicit" if key in explicit else "default") for key in iter_keys()}

    def __repr__(self) -> str:
        key = "set" if self.api_key is not None else "unset"
        return f"MistralSettings(profile={self._profile!r}, api_key=<{key}>, base_url={self.client.base_url!r})"

    __str__ = __repr__


SECTIONS: dict[str, type[_Section]] = {
    name: field.annotation
    for name, field in MistralSettings.model_fields.items()
    if isinstance(field.annotation, type) and issubclass(field.annotation, _Section)
}


SECRET_KEYS = frozenset({"api_key", "rate_limit.redis_url"})


def iter_keys() -> list[str]:
    """Every dotted setting key, in table order."""
    keys = ["api_key"]
    for section, model in SECTIONS.items():
        keys.extend(f"{section}.{name}" for name in model.model_fields)
    return keys


PLAIN_KEYS = frozenset(
    {key for key in iter_keys() if key not in SECRET_KEYS}
    | {key.partition(".")[2] for key in iter_keys() if key not in SECRET_KEYS}
)
"""Settings whose names may look secret (`tokens_per_minute`) but whose values are not."""
