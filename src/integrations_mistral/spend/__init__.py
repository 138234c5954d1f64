"""What calls cost and what a profile may spend: prices (`pricing`, over the shipped table) and
budgets per calendar window (`[budget]`), per process or shared through Redis."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .budget import Budget, BudgetState, MemoryBudget, Reservation, window_of
from .pricing import Price, PriceTable, shipped_prices

if TYPE_CHECKING:
    from ..config.models import MistralSettings

__all__ = [
    "Budget", "BudgetState", "MemoryBudget", "Price", "PriceTable", "Reservation", "budget_for",
    "shipped_prices", "window_of",
]  # fmt: skip


def budget_for(settings: MistralSettings) -> Budget | None:
    """The budget `settings.budget` declares (None: no limit set). It is named after the
    profile; with Redis, every replica of the profile counts against the same one."""
    config = settings.budget
    if config.limit is None:
        return None
    name = settings.profile.partition("@")[0]
    if config.backend == "redis":
        from .redis_budget import RedisBudget

        url = config.redis_url or settings.rate_limit.redis_url
        assert url is not None  # the settings check it
        hold = settings.client.timeout_secs * settings.retry.max_attempts + 60.0
        return RedisBudget(config, name, url, hold)
    return MemoryBudget(config, name)
