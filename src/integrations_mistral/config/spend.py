"""The spend rows of the settings table: prices per model (`[pricing]`, over the shipped
`config/pricing.toml`) and a spend budget per window (`[budget]`)."""

from __future__ import annotations

import re
from typing import Any, ClassVar, Literal

from pydantic import Field

from ._section import Section, named_tables

__all__ = ["BudgetSettings", "ModelPrice", "parse_pricing"]

_MODEL = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$")


class ModelPrice(Section):
    """A model's price per million tokens, in the currency the budget counts in."""

    input: float = Field(ge=0, le=100_000, description="Per million prompt tokens.")
    output: float = Field(0.0, ge=0, le=100_000, description="Per million completion tokens.")


def parse_pricing(value: Any) -> Any:
    """`pricing` as a layer gives it (`MISTRAL_PRICING`: a JSON object of models)."""
    return named_tables(value, "pricing", "model", _MODEL, "letters, digits, _ . : / -")


class BudgetSettings(Section):
    """A cap on what the profile spends per calendar window (UTC), priced by `pricing`: each call
    reserves its estimated cost before it is sent and settles to the real cost after."""

    masked: ClassVar[frozenset[str]] = frozenset({"redis_url"})

    limit: float | None = Field(
        None,
        gt=0,
        le=1e12,
        examples=[50.0],
        description="What may be spent per window, in the pricing's currency (unset: no budget).",
    )
    window: Literal["hour", "day", "month"] = Field(
        "day", description="The calendar window the limit applies to (UTC)."
    )
    on_exceeded: Literal["raise", "warn"] = Field(
        "raise",
        description="Past the limit: `raise` BudgetExceededError (nothing sent), or `warn` once "
        "per window and send.",
    )
    assumed_output_tokens: int = Field(
        1024,
        ge=0,
        le=10_000_000,
        description="A completion's output tokens reserved when the call gives no max_tokens.",
    )
    backend: Literal["memory", "redis"] = Field(
        "memory", description="`memory`: this process's spend; `redis`: every replica's."
    )
    redis_url: str | None = Field(
        None, description="redis: Redis URL (default: rate_limit.redis_url)."
    )
    redis_key_prefix: str = Field(
        "mistral", min_length=1, max_length=64, description="redis: key prefix."
    )
    redis_timeout_secs: float = Field(
        0.5, gt=0, le=60, description="redis: longest wait on Redis per decision, seconds."
    )
    on_backend_error: Literal["fallback_memory", "fail_closed"] = Field(
        "fallback_memory",
        description="When Redis fails: count this process's spend alone (logged) or refuse calls.",
    )
