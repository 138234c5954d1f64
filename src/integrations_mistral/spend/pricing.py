"""What a call costs: the shipped price table (`config/pricing.toml`) under the profile's
`[pricing]`, model by model; `"default"` prices a model listed nowhere, else it is unpriced
(reported once per model)."""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

__all__ = ["Price", "PriceTable", "batch_price", "shipped_prices"]

logger = logging.getLogger("integrations_mistral.spend")


class Price(NamedTuple):
    """Per million tokens: prompt (`input`) and completion (`output`)."""

    input: float
    output: float

    def cost(self, prompt: int, completion: int) -> float:
        return (prompt * self.input + completion * self.output) / 1_000_000


def _shipped_file() -> Path:
    packaged = Path(__file__).parents[1] / "config" / "pricing.toml"
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[3] / "config" / "pricing.toml"


def batch_price(price: Price | None) -> Price | None:
    """The price of a batch job's request: the list price times the shipped `batch_share`."""
    if price is None:
        return None
    share = _shipped()[2]
    return Price(price.input * share, price.output * share)


def shipped_prices() -> tuple[str, dict[str, Price]]:
    """The date the shipped prices were read, and the prices by model (read once)."""
    read, prices, _ = _shipped()
    return read, prices


@functools.cache
def _shipped() -> tuple[str, dict[str, Price], float]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - 3.10
        import tomli as tomllib
    data: dict[str, Any] = tomllib.loads(_shipped_file().read_text(encoding="utf-8"))
    models = data.get("models", {})
    prices = {
        name: Price(float(p.get("input", 0.0)), float(p.get("output", 0.0)))
        for name, p in models.items()
    }
    return str(data.get("read", "")), prices, float(data.get("batch_share", 1.0))


class PriceTable:
    """One profile's prices: the shipped ones, then its own."""

    def __init__(self, overrides: Mapping[str, Any]) -> None:
        prices = dict(shipped_prices()[1])
        for model, price in overrides.items():
            prices[model] = Price(price.input, price.output)
        self._prices = prices
        self._default = prices.pop("default", None)
        self._unpriced: set[str] = set()

    def price(self, model: str | None) -> Price | None:
        """The price of `model` (None: unpriced, reported once)."""
        if model is None:
            return self._default
        found = self._prices.get(model, self._default)
        if found is None and model not in self._unpriced and len(self._unpriced) < 1000:
            self._unpriced.add(model)
            logger.warning(
                "model %r has no price: its calls cost nothing in budgets and raw.cost is "
                "unset; price it in [pricing] (or set pricing.default)",
                model[:100],
            )
        return found
