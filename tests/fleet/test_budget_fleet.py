"""A spend budget shared by replicas: real processes, a real redis-server, one Lua step per
reservation; no replica spends past the limit by more than one call's estimate, and the calls
past it raise `BudgetExceededError` without reaching the server."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

from integrations_mistral.config.spend import BudgetSettings
from integrations_mistral.spend.redis_budget import RedisBudget

from .conftest import Upstream, run_replicas

PER_CALL = (1 * 100 + 1 * 100) / 1_000_000  # the upstream reports 1 prompt and 1 completion token


async def test_four_replicas_hold_one_budget(
    upstreams: Callable[[str], Awaitable[Upstream]], redis_url: str, tmp_path: Path
) -> None:
    upstream = await upstreams("ok")
    prefix = f"spend{time.time_ns()}"
    budget = {
        "limit": 0.01, "backend": "redis", "redis_url": redis_url, "redis_key_prefix": prefix,
        "assumed_output_tokens": 1,
    }  # fmt: skip
    spec = {
        "settings": {
            "api_key": "fleet-key-123",
            "base_url": upstream.url,
            "client": {"allow_insecure_http": True},
            "pricing": {"m": {"input": 100.0, "output": 100.0}},
            "budget": budget,
        },
        "calls": 50,
        "start_at": time.time() + 2,
    }
    outcomes = [o for replica in await run_replicas([spec] * 4, str(tmp_path)) for o in replica]
    assert len(outcomes) == 200
    results = Counter(o["error"] for o in outcomes)
    assert set(results) <= {None, "BudgetExceededError"}
    assert results[None] == upstream.count()  # a refused call reached no server
    state = await RedisBudget(BudgetSettings(**budget), "default", redis_url, 60).state()
    assert state.spent == pytest.approx(results[None] * PER_CALL)
    assert state.spent <= 0.01 + PER_CALL  # never past the limit by more than one estimate
    assert results[None] >= 45  # settled holds were freed: the budget was used, not wasted
    assert state.reserved == 0.0
