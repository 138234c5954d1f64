"""The declarative settings table: one typed, documented row per setting.

Meanings, units and defaults live here only; the configuration reference in `docs/` is generated
from these models (`python -m integrations_mistral config reference`).
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import (
    Field,
    PrivateAttr,
    SecretStr,
    field_serializer,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict
from yarl import URL

from .._secrets import mask_url
from ._section import CONTROL, REVEAL, Section, check_readable, command_words
from .cache import CacheSettings
from .client import AzureSettings, ClientSettings, GcpSettings, implied_base_url
from .deployments import DeploymentSettings, RoutingSettings, parse_deployments
from .mcp import McpServerSettings, parse_servers
from .origin import DEFAULT, EXPLICIT, Origin
from .resilience import (
    CircuitBreakerSettings,
    FallbackSettings,
    RateLimitSettings,
    RetrySettings,
)
from .spend import BudgetSettings, ModelPrice, parse_pricing
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
    "FallbackSettings",
    "GcpSettings",
    "KeyFunction",
    "LoggingSettings",
    "MetricsSettings",
    "MistralSettings",
    "RateLimitSettings",
    "RetrySettings",
    "TracingSettings",
]

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


@dataclass(frozen=True)
class LoadedFrom:
    """Where settings were read from, as data: the config file chosen, the credentials file
    as named, and the `MISTRAL_*` variables (and `HOME`) then set; the profiles a fallback
    chain names are read from the same."""

    config_file: Path | None
    credentials_file: str | os.PathLike[str] | None
    environ: Mapping[str, str]


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
    fallback: FallbackSettings = Field(default_factory=FallbackSettings)
    logging: LoggingSettings = Field(default_factory=LoggingSettings)
    tracing: TracingSettings = Field(default_factory=TracingSettings)
    metrics: MetricsSettings = Field(default_factory=MetricsSettings)
    azure: AzureSettings = Field(default_factory=AzureSettings)
    gcp: GcpSettings = Field(default_factory=GcpSettings)
    routing: RoutingSettings = Field(default_factory=RoutingSettings)
    cache: CacheSettings = Field(default_factory=CacheSettings)
    budget: BudgetSettings = Field(default_factory=BudgetSettings)
    deployments: dict[str, DeploymentSettings] = Field(
        default_factory=dict,
        description="Deployments by name ([<profile>.deployments.<name>] tables; in the "
        "environment MISTRAL_DEPLOYMENTS, a JSON object): each the profile's settings with its "
        "own target, key, weight, budget and models; a call picks one by routing.strategy.",
    )
    pricing: dict[str, ModelPrice] = Field(
        default_factory=dict,
        description="Prices per million tokens by model ([<profile>.pricing] table; in the "
        "environment MISTRAL_PRICING, a JSON object), over the shipped config/pricing.toml model "
        'by model; "default" prices a model listed nowhere.',
    )
    mcp: dict[str, McpServerSettings] = Field(
        default_factory=dict,
        description="MCP tool servers by name ([<profile>.mcp.<name>] tables; in the environment "
        "MISTRAL_MCP, a JSON object), offered in tool runs by `run_tools(mcp=[...])`.",
    )

    _profile: str = PrivateAttr("default")
    _provenance: dict[str, Origin] = PrivateAttr(default_factory=dict)
    _sources: list[str] = PrivateAttr(default_factory=list)
    _ignored: list[str] = PrivateAttr(default_factory=list)
    _loaded_from: LoadedFrom | None = PrivateAttr(None)  # where other profiles are read from

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
        gcp = gcp if isinstance(gcp, dict) else gcp.model_dump(context=REVEAL)
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

    @field_serializer("api_key", when_used="json")
    def _key_in_json(self, value: SecretStr | KeyFunction | None) -> str | None:
        """A JSON dump never holds the key: a value shows as masked, a function by its name."""
        if value is None:
            return None
        if callable(value):
            return f"<function {getattr(value, '__qualname__', type(value).__name__)}>"
        return "**********"

    @field_validator("api_key", mode="before")
    @classmethod
    def _blank_key_is_none(cls, value: Any) -> Any:
        """A blank key is no key; one with spaces or control characters inside is refused."""
        if isinstance(value, SecretStr):
            value = value.get_secret_value()
        if isinstance(value, str):
            return check_key(value) or None
        return value

    @field_validator("deployments", mode="before")
    @classmethod
    def _deployments(cls, value: Any) -> Any:
        return parse_deployments(value)

    @field_validator("pricing", mode="before")
    @classmethod
    def _pricing(cls, value: Any) -> Any:
        return parse_pricing(value)

    @field_validator("mcp", mode="before")
    @classmethod
    def _servers(cls, value: Any) -> Any:
        return parse_servers(value)

    @field_validator("api_key_file")
    @classmethod
    def _readable_key_file(cls, value: str | None) -> str | None:
        return None if value is None else check_readable(value)

    @field_validator("api_key_command", mode="before")
    @classmethod
    def _split_command(cls, value: Any) -> Any:
        return command_words(value)

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

    @model_validator(mode="after")
    def _shared_breaker_needs_redis(self) -> MistralSettings:
        breaker = self.circuit_breaker
        if breaker.backend == "redis" and not (breaker.redis_url or self.rate_limit.redis_url):
            raise PydanticCustomError(
                "redis_url",
                "circuit_breaker.backend = 'redis' needs circuit_breaker.redis_url "
                "(or rate_limit.redis_url)",
            )
        if (
            self.cache.enabled
            and self.cache.backend == "redis"
            and not (self.cache.redis_url or self.rate_limit.redis_url)
        ):
            raise PydanticCustomError(
                "redis_url",
                "cache.backend = 'redis' needs cache.redis_url (or rate_limit.redis_url)",
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
    def provenance(self) -> dict[str, Origin]:
        """Dotted key -> where its value came from (`default`, `file ...`, `env ...`, `explicit`):
        an `Origin`, which reads as that text and carries its kind, rank, file and table."""
        if self._provenance:
            return dict(self._provenance)
        explicit = set(TOP_LEVEL) & self.model_fields_set
        for section in SECTIONS.keys() & self.model_fields_set:
            explicit.update(f"{section}.{key}" for key in getattr(self, section).model_fields_set)
        return {key: (EXPLICIT if key in explicit else DEFAULT) for key in iter_keys()}

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
            f"provider={self.client.provider!r}, base_url={mask_url(self.client.base_url)!r})"
        )

    __str__ = __repr__


SECTIONS: dict[str, type[Section]] = {
    name: field.annotation
    for name, field in MistralSettings.model_fields.items()
    if isinstance(field.annotation, type) and issubclass(field.annotation, Section)
}


SECRET_KEYS = frozenset(
    {
        "api_key",
        "deployments",
        "rate_limit.redis_url",
        "circuit_breaker.redis_url",
        "cache.redis_url",
        "budget.redis_url",
        "client.proxy",
        "gcp.access_token",
    }
)
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
