"""The declarative settings table: one typed, documented row per setting.

Meanings, units and defaults live here only; the configuration reference in `docs/` is generated
from these models (`python -m integrations_mistral config reference`).
"""

from __future__ import annotations

import shlex
from collections.abc import Awaitable, Callable
from typing import Any, ClassVar, Literal

from pydantic import Field, PrivateAttr, SecretStr, field_validator, model_validator
from pydantic_core import PydanticCustomError
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict
from yarl import URL

from ._section import CONTROL, Section, check_readable
from .client import AzureSettings, ClientSettings, GcpSettings, implied_base_url
from .telemetry import LoggingSettings, MetricsSettings, TracingSettings

__all__ = [
    "KEY_SOURCES",
    "PLAIN_KEYS",
    "SECRET_KEYS",
    "SECTIONS",
    "TOP_LEVEL",
    "AzureSettings",
    "CircuitBreakerSettings",
    "ClientSettings",
    "GcpSettings",
    "KeyFunction",
    "LoggingSettings",
    "MetricsSettings",
    "MistralSettings",
    "RateLimitSettings",
    "RetrySettings",
    "TracingSettings",
]

_NEVER_RETRYABLE = frozenset({400, 401, 403, 404, 422})


class RetrySettings(Section):
    """Retry policy for failed attempts (exponential backoff with jitter)."""

    max_attempts: int = Field(3, ge=1, le=100, description="Attempts in all, the first included.")
    initial_delay_ms: int = Field(
        100, ge=0, description="Wait before the first retry, milliseconds."
    )
    max_delay_ms: int = Field(
        30_000,
        ge=0,
        le=3_600_000,
        description="Upper bound of any computed wait, milliseconds; a server's Retry-After is "
        "honoured beyond it, within max_elapsed_secs.",
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
        (408, 429, 500, 502, 503, 504),
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


class CircuitBreakerSettings(Section):
    """Circuit breaker shared by every client of a profile in the process."""

    enabled: bool = Field(True, description="Stop calling a failing API for a while.")
    failure_threshold: int = Field(
        5, ge=1, description="Consecutive failures that open the circuit."
    )
    success_threshold: int = Field(2, ge=1, description="Half-open successes that close it again.")
    timeout_secs: float = Field(60.0, gt=0, description="How long the circuit stays open, seconds.")


class RateLimitSettings(Section):
    """Client-side sliding-window limiter over 60 seconds, shared by a profile."""

    masked: ClassVar[frozenset[str]] = frozenset({"redis_url"})

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
    adaptive: bool = Field(
        False,
        description="Also keep within what the server reports remaining (x-ratelimit-remaining-"
        "req-minute / -tokens-minute), until its minute ends: the smaller budget wins; replies "
        "without those headers change nothing. The memory backend only, for now.",
    )
    token_estimator: Literal["chars", "tokenizer"] = Field(
        "chars",
        description="How a completion's tokens are charged up front: `chars` (characters / 4, "
        "free) or `tokenizer` (the model's own tokenizer, exact, ~0.1-0.2 ms a call; the "
        "`[tokenizer]` extra); plus max_tokens, settled against the usage the reply reports.",
    )
    on_backend_error: Literal["fallback_memory", "fail_closed"] = Field(
        "fallback_memory",
        description="When Redis fails: use the in-process window (logged) or refuse calls.",
    )

    @model_validator(mode="after")
    def _redis_needs_url(self) -> RateLimitSettings:
        if self.backend == "redis" and not self.redis_url:
            raise self._refuse("redis_url", "is required when backend = 'redis'")
        if self.backend == "redis" and self.adaptive:
            raise self._refuse(
                "adaptive", "is not supported with backend = 'redis' yet (memory backend only)"
            )
        return self


KeyFunction = Callable[[], str | Awaitable[str]]
"""`api_key=` given in code as a function (sync or async) returning the key."""

KEY_SOURCES = ("api_key", "api_key_file", "api_key_command")
"""The ways to give the key; one per layer, the highest layer's wins."""


def check_key(value: str) -> str:
    """A key as sent in the Authorization header: surrounding whitespace (a key read from a
    file) dropped; whitespace or control characters inside would break the header."""
    value = value.strip()
    if CONTROL.search(value) or " " in value:
        raise PydanticCustomError(
            "header_value", "must not contain spaces or control characters such as CR or LF"
        )
    return value


class MistralSettings(BaseSettings):
    """All settings of one client. Build it with `load_settings` to get the layered sources."""

    model_config = SettingsConfigDict(
        extra="forbid", frozen=True, validate_default=True, allow_inf_nan=False
    )

    api_key: SecretStr | KeyFunction | None = Field(
        None,
        description="Mistral API key; never logged or shown. In code it may also be a function "
        "(sync or async) returning the key, called for every request.",
    )
    api_key_file: str | None = Field(
        None,
        description="File holding the key (a mounted Kubernetes or Vault secret); re-read when "
        "its modification time changes, so a rotated key is used without a restart.",
    )
    api_key_command: tuple[str, ...] | None = Field(
        None,
        description="Command whose standard output is the key (an array, or a string split like "
        "a shell would split it), run without a shell, at most client.timeout_secs.",
    )
    api_key_ttl_secs: float = Field(
        300.0,
        gt=0,
        le=86_400,
        description="How long a key from api_key_command is used before the command runs again, "
        "seconds.",
    )
    client: ClientSettings = Field(default_factory=ClientSettings)
    retry: RetrySettings = Field(default_factory=RetrySettings)
    circuit_breaker: CircuitBreakerSettings = Field(default_factory=CircuitBreakerSettings)
    rate_limit: RateLimitSettings = Field(default_factory=RateLimitSettings)
    logging: LoggingSettings = Field(default_factory=LoggingSettings)
    tracing: TracingSettings = Field(default_factory=TracingSettings)
    metrics: MetricsSettings = Field(default_factory=MetricsSettings)
    azure: AzureSettings = Field(default_factory=AzureSettings)
    gcp: GcpSettings = Field(default_factory=GcpSettings)

    _profile: str = PrivateAttr("default")
    _provenance: dict[str, str] = PrivateAttr(default_factory=dict)
    _sources: list[str] = PrivateAttr(default_factory=list)
    _ignored: list[str] = PrivateAttr(default_factory=list)

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

    @model_validator(mode="before")
    @classmethod
    def _imply_base_url(cls, data: Any) -> Any:
        """No base_url written: the one `client.provider`, `client.server` (or `gcp.region`)
        implies; for gcp a written one lends its scheme and host only."""
        if not isinstance(data, dict) or not isinstance(data.get("client", {}), dict):
            return data
        client = dict(data.get("client", {}))
        gcp = data.get("gcp", {})
        gcp = gcp if isinstance(gcp, dict) else gcp.model_dump()
        written = client.get("base_url")
        if written is None:
            implied = implied_base_url(client, gcp)
            if implied is None:
                return data
            client["base_url"] = implied
        elif client.get("provider") == "gcp" and isinstance(written, str):
            url = URL(written.strip())
            client["base_url"] = str(url.origin()) if url.absolute and url.host else written
        return {**data, "client": client}

    @field_validator("api_key", mode="before")
    @classmethod
    def _blank_key_is_none(cls, value: Any) -> Any:
        """A blank key is no key; one with spaces or control characters inside is refused."""
        if isinstance(value, SecretStr):
            value = value.get_secret_value()
        if isinstance(value, str):
            return check_key(value) or None
        return value

    @field_validator("api_key_file")
    @classmethod
    def _readable_key_file(cls, value: str | None) -> str | None:
        return None if value is None else check_readable(value)

    @field_validator("api_key_command", mode="before")
    @classmethod
    def _split_command(cls, value: Any) -> Any:
        """A string is split into words as a shell would (quotes kept together), but nothing in
        it is expanded or run by a shell; an array is taken as the words themselves."""
        if isinstance(value, str):
            try:
                value = tuple(shlex.split(value))
            except ValueError as exc:
                raise PydanticCustomError(
                    "command", "cannot be split into words ({e})", {"e": str(exc)}
                ) from None
        if isinstance(value, list):
            value = tuple(value)
        if isinstance(value, tuple) and not value:
            raise PydanticCustomError("command", "must name a program to run")
        return value

    @model_validator(mode="after")
    def _one_key_source(self) -> MistralSettings:
        given = [name for name in KEY_SOURCES if getattr(self, name) is not None]
        if len(given) > 1:
            raise PydanticCustomError(
                "key_sources",
                "set only one of {given}: they are different ways of giving the key",
                {"given": ", ".join(given)},
            )
        return self

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
        explicit = set(TOP_LEVEL) & self.model_fields_set
        for section in SECTIONS.keys() & self.model_fields_set:
            explicit.update(f"{section}.{key}" for key in getattr(self, section).model_fields_set)
        return {key: ("explicit" if key in explicit else "default") for key in iter_keys()}

    @property
    def ignored_variables(self) -> list[str]:
        """`MISTRAL_*` variables that matched no setting when these settings were loaded."""
        return list(self._ignored)

    @property
    def key_source(self) -> str | None:
        """Which of `api_key`, `api_key_file`, `api_key_command` gives the key (None: no key)."""
        return next((name for name in KEY_SOURCES if getattr(self, name) is not None), None)

    def __repr__(self) -> str:
        key = {None: "unset", "api_key": "set"}.get(self.key_source, self.key_source)
        if callable(self.api_key):
            key = "function"
        return (
            f"MistralSettings(profile={self._profile!r}, api_key=<{key}>, "
            f"provider={self.client.provider!r}, base_url={self.client.base_url!r})"
        )

    __str__ = __repr__


SECTIONS: dict[str, type[Section]] = {
    name: field.annotation
    for name, field in MistralSettings.model_fields.items()
    if isinstance(field.annotation, type) and issubclass(field.annotation, Section)
}


SECRET_KEYS = frozenset({"api_key", "rate_limit.redis_url", "client.proxy", "gcp.access_token"})
"""Values never shown: masked whole, or (URLs) their password masked."""

TOP_LEVEL = tuple(name for name in MistralSettings.model_fields if name not in SECTIONS)
"""The keys outside every section: the API key and its other sources."""


def iter_keys() -> list[str]:
    """Every dotted setting key, in table order."""
    keys = list(TOP_LEVEL)
    for section, model in SECTIONS.items():
        keys.extend(f"{section}.{name}" for name in model.model_fields)
    return keys


PLAIN_KEYS = frozenset(
    {key for key in iter_keys() if key not in SECRET_KEYS}
    | {key.partition(".")[2] for key in iter_keys() if key not in SECRET_KEYS}
)
"""Settings whose names may look secret (`tokens_per_minute`) but whose values are not."""
