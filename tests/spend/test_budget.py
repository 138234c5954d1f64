"""The in-process budget: calendar windows (UTC), reservations settled to the real cost, the
limit held before sending, `warn` instead of `raise`; and the shipped prices under a profile's."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

import pytest

import integrations_mistral as im
from integrations_mistral.config.spend import BudgetSettings, ModelPrice
from integrations_mistral.spend import MemoryBudget, PriceTable, shipped_prices, window_of

UTC = timezone.utc


def test_windows_are_calendar_windows_in_utc() -> None:
    now = datetime(2026, 12, 31, 23, 59, 30, tzinfo=UTC)
    assert window_of("hour", now) == ("2026-12-31T23", datetime(2027, 1, 1, 0, tzinfo=UTC))
    assert window_of("day", now) == ("2026-12-31", datetime(2027, 1, 1, tzinfo=UTC))
    assert window_of("month", now) == ("2026-12", datetime(2027, 1, 1, tzinfo=UTC))
    feb = datetime(2028, 2, 29, 12, tzinfo=UTC)
    assert window_of("month", feb) == ("2028-02", datetime(2028, 3, 1, tzinfo=UTC))


async def test_reservations_settle_to_the_real_cost_and_the_limit_holds() -> None:
    clock = [datetime(2026, 12, 4, 10, tzinfo=UTC)]
    budget = MemoryBudget(BudgetSettings(limit=1.0, window="hour"), "prod", lambda: clock[0])
    first = await budget.reserve(0.6)
    second = await budget.reserve(0.3)
    with pytest.raises(im.BudgetExceededError) as info:
        await budget.reserve(0.2)  # 0.6 + 0.3 held: 0.2 more does not fit
    error = info.value
    assert (error.budget, error.window, error.limit) == ("prod", "2026-12-04T10", 1.0)
    assert error.resets_at == datetime(2026, 12, 4, 11, tzinfo=UTC)
    assert (error.spent, error.reserved) == (0.0, pytest.approx(0.9))
    assert "nothing was sent" in str(error)
    first.settle(0.1)  # it cost less than estimated: the rest is freed
    first.settle(5.0)  # only the first settlement counts
    second.settle(0.0)  # failed: nothing spent
    state = await budget.state()
    assert (state.spent, state.reserved) == (pytest.approx(0.1), 0.0)
    await budget.reserve(0.85)
    clock[0] = datetime(2026, 12, 4, 11, 0, 1, tzinfo=UTC)  # a new window: all of it again
    await budget.reserve(0.95)
    assert (await budget.state()).window == "2026-12-04T11"


async def test_warn_sends_and_says_so_once_per_window(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, "integrations_mistral.spend")
    budget = MemoryBudget(BudgetSettings(limit=0.5, on_exceeded="warn"), "prod")
    for _ in range(4):
        (await budget.reserve(0.3)).settle(0.3)
    warnings = [r for r in caplog.records if "budget 'prod'" in r.getMessage()]
    assert len(warnings) == 1 and "sent anyway" in warnings[0].getMessage()
    assert (await budget.state()).spent == pytest.approx(1.2)


def test_prices_shipped_overridden_default_and_unpriced(caplog: pytest.LogCaptureFixture) -> None:
    read, shipped = shipped_prices()
    assert read and shipped["mistral-embed"].output == 0.0
    table = PriceTable({"mistral-embed": ModelPrice(input=0.5)})
    assert table.price("mistral-embed") == (0.5, 0.0)
    assert table.price("mistral-small-latest") == shipped["mistral-small-latest"]
    caplog.set_level(logging.WARNING, "integrations_mistral.spend")
    assert table.price("my-finetune") is None and table.price("my-finetune") is None
    assert len([r for r in caplog.records if "my-finetune" in r.getMessage()]) == 1
    with_default = PriceTable({"default": ModelPrice(input=1.0, output=2.0)})
    price = with_default.price("my-finetune")
    assert price is not None and price.cost(1_000_000, 500_000) == pytest.approx(2.0)


async def test_a_shared_budget_warns_once_per_window_too(
    redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    import time

    from integrations_mistral.spend.redis_budget import RedisBudget

    caplog.set_level(logging.WARNING, "integrations_mistral.spend")
    settings = BudgetSettings(
        limit=0.5, on_exceeded="warn", backend="redis", redis_url=redis_url,
        redis_key_prefix=f"warn{time.time_ns()}",
    )  # fmt: skip
    budget = RedisBudget(settings, "prod", redis_url, 60)
    for _ in range(4):
        (await budget.reserve(0.3)).settle(0.3)
    await budget.aclose()
    warnings = [r for r in caplog.records if "budget 'prod'" in r.getMessage()]
    assert len(warnings) == 1 and "sent anyway" in warnings[0].getMessage()
    assert (await RedisBudget(settings, "prod", redis_url, 60).state()).spent == pytest.approx(1.2)
