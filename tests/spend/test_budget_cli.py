"""`python -m integrations_mistral budget show`: the fleet's spend read from a real Redis, what a
profile without a budget is told, and Redis down said plainly (its password never shown)."""

from __future__ import annotations

import asyncio
import json
import time

import pytest

from integrations_mistral.cli import main
from integrations_mistral.config.spend import BudgetSettings
from integrations_mistral.spend.redis_budget import RedisBudget


async def spend(redis_url: str, prefix: str, cost: float) -> None:
    settings = BudgetSettings(
        limit=2.0, backend="redis", redis_url=redis_url, redis_key_prefix=prefix, window="month"
    )
    budget = RedisBudget(settings, "prod", redis_url, 60)
    (await budget.reserve(0.5)).settle(cost)
    await budget.reserve(0.25)  # still held
    await budget.aclose()


def test_budget_show_reads_the_fleets_spend(
    redis_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    prefix = f"cli{time.time_ns()}"
    asyncio.run(spend(redis_url, prefix, 0.125))
    for name, value in {
        "MISTRAL_BUDGET__LIMIT": "2", "MISTRAL_BUDGET__BACKEND": "redis",
        "MISTRAL_BUDGET__REDIS_URL": redis_url, "MISTRAL_BUDGET__REDIS_KEY_PREFIX": prefix,
        "MISTRAL_BUDGET__WINDOW": "month",
    }.items():  # fmt: skip
        monkeypatch.setenv(name, value)
    assert main(["budget", "show", "--profile", "prod", "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["budget"], shown["spent"], shown["reserved"]) == ("prod", 0.125, 0.25)
    assert shown["left"] == 1.625 and shown["limit"] == 2.0 and len(shown["window"]) == 7
    assert main(["budget", "show", "--profile", "prod"]) == 0
    assert "resets_at" in capsys.readouterr().out


def test_budget_show_without_a_budget_or_redis(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["budget", "show"]) == 2
    assert "has no budget" in capsys.readouterr().err
    monkeypatch.setenv("MISTRAL_BUDGET__LIMIT", "1")
    monkeypatch.setenv("MISTRAL_BUDGET__BACKEND", "redis")
    monkeypatch.setenv("MISTRAL_BUDGET__REDIS_URL", "redis://:cli-secret-pw@127.0.0.1:9/0")
    assert main(["budget", "show"]) == 1
    err = capsys.readouterr().err
    assert "BudgetUnavailableError" in err and "cli-secret-pw" not in err
