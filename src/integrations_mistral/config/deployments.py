"""Many deployments behind one profile (`[<profile>.deployments.<name>]`) and how a call picks
one (`[<profile>.routing]`): each deployment is the profile's settings with its own target,
key and budget, so it gets its own session, breaker (its cooldown) and limiter."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator
from pydantic_core import PydanticCustomError

from ._section import Section, check_readable, command_words, named_tables

__all__ = ["DeploymentSettings", "RoutingSettings", "parse_deployments"]

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")


class RoutingSettings(Section):
    """How a call picks one of the profile's `deployments`, and in which order calls that the
    pool or the rate limiter makes wait are let through (by priority, with ageing)."""

    strategy: Literal["weighted", "least_busy", "lowest_latency", "usage_based", "ordered"] = Field(
        "ordered",
        description="weighted (random by weight), least_busy (fewest in flight), "
        "lowest_latency (moving average, with exploration), usage_based (most room left "
        "under its budget this minute), ordered (the first healthy one).",
    )
    priority: Literal["high", "normal", "low"] = Field(
        "normal",
        description="A call's priority when it gives none (`priority=`): when the pool or the "
        "rate limiter makes calls wait, higher priorities go first, first come first served "
        "within one.",
    )
    max_wait_secs: float = Field(
        30.0,
        gt=0,
        le=3600,
        description="Ageing: a call that has waited this long for the pool goes next, whatever "
        "its priority; one waiting for the rate limiter is not moved back by higher ones past "
        "this long after it came (or its first planned time). Low never starves.",
    )
    exploration: float = Field(
        0.1,
        ge=0,
        le=1,
        description="lowest_latency: the share of calls sent to a deployment picked at random, "
        "so a recovered one is measured again.",
    )


class DeploymentSettings(BaseModel):
    """One deployment: where it is, its key, its share and budget, the models it serves."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    server: Literal["global", "eu", "us"] | None = Field(None, description="client.server.")
    provider: Literal["mistral", "azure", "gcp"] | None = Field(
        None, description="client.provider."
    )
    base_url: str | None = Field(None, description="client.base_url.")
    api_key: SecretStr | None = Field(None, description="This deployment's key; never shown.")
    api_key_file: str | None = Field(None, description="A file holding its key.")
    api_key_command: tuple[str, ...] | None = Field(None, description="A command printing it.")
    weight: int = Field(1, ge=1, le=1_000_000, description="Its share under `weighted`.")
    requests_per_minute: int | None = Field(
        None, ge=1, le=10_000_000, description="Its own request budget (its limiter)."
    )
    tokens_per_minute: int | None = Field(
        None, ge=1, le=10_000_000_000, description="Its own token budget."
    )
    models: dict[str, str] | None = Field(
        None,
        description="Model asked -> model this deployment serves (a list: served as named); "
        "unset: any model.",
    )

    @field_validator("api_key_command", mode="before")
    @classmethod
    def _split(cls, value: Any) -> Any:
        return command_words(value)

    @field_validator("api_key_file")
    @classmethod
    def _readable(cls, value: str | None) -> str | None:
        return None if value is None else check_readable(value)

    @field_validator("models", mode="before")
    @classmethod
    def _names(cls, value: Any) -> Any:
        if isinstance(value, list | tuple):  # served as named
            return {str(name): str(name) for name in value}
        return value

    @model_validator(mode="after")
    def _one_key(self) -> DeploymentSettings:
        given = [k for k in ("api_key", "api_key_file", "api_key_command") if getattr(self, k)]
        if len(given) > 1:
            raise PydanticCustomError(
                "key_sources", "set only one of {given}", {"given": ", ".join(given)}
            )
        return self

    def serves(self, model: str | None) -> str | None:
        """The model name this deployment is sent for `model` (None: it does not serve it)."""
        if self.models is None or model is None:
            return model
        return self.models.get(model)

    def overrides(self) -> dict[str, Any]:
        """What it changes of its profile's settings, as the loader's layers write them."""
        client = {
            name: getattr(self, name)
            for name in ("server", "provider", "base_url")
            if getattr(self, name) is not None
        }
        found: dict[str, Any] = {"client": client}
        for name in ("api_key", "api_key_file", "api_key_command"):
            value = getattr(self, name)
            if value is not None:
                found[name] = value.get_secret_value() if isinstance(value, SecretStr) else value
        limits = {
            name: getattr(self, name)
            for name in ("requests_per_minute", "tokens_per_minute")
            if getattr(self, name) is not None
        }
        if limits:
            found["rate_limit"] = {"enabled": True, **limits}
        return found


def parse_deployments(value: Any) -> Any:
    """`deployments` as a layer gives it (`MISTRAL_DEPLOYMENTS`: a JSON object); names of
    letters, digits, `_` and `-`."""
    return named_tables(value, "deployments", "deployment", _NAME, "letters, digits, _ -")
