"""Priority admission: when the pool makes calls wait, `priority="high"` calls go first, first
come first served within a priority, and ageing lets a waiting low call through after
`routing.max_wait_secs`."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from aiohttp import web

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.testing import chat_reply
from integrations_mistral.transport.gate import FairGate
from tests.support.apps import App

ASK = [{"role": "user", "content": "x"}]


async def slow_model(request: web.Request) -> web.StreamResponse:
    body = await request.json()
    await asyncio.sleep(0.01)
    return web.json_response(chat_reply(body, "ok"))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


async def test_high_priority_calls_behind_a_crowd_finish_first(apps: App) -> None:
    url = await apps.start(slow_model)
    client = MistralClient.from_env(
        api_key="priority-key-1",
        base_url=url,
        client={"allow_insecure_http": True, "pool_size": 5, "pool_size_per_host": 5},
        routing={"max_wait_secs": 60},
    )
    start = time.monotonic()
    done: dict[str, list[float]] = {"high": [], "low": []}

    async def one(priority: str) -> None:
        await client.chat.create(model="m", messages=ASK, priority=priority)  # type: ignore[arg-type]
        done[priority].append(time.monotonic() - start)

    async with client:
        lows = [asyncio.create_task(one("low")) for _ in range(500)]
        await asyncio.sleep(0.05)  # the crowd is queued
        highs = [asyncio.create_task(one("high")) for _ in range(50)]
        await asyncio.gather(*lows, *highs)
    assert percentile(done["high"], 0.95) < percentile(done["low"], 0.5)


async def test_ageing_lets_a_low_call_through_past_max_wait() -> None:
    gate = FairGate(1)
    assert gate.try_enter()
    order: list[str] = []

    async def wait(name: str, priority: str) -> None:
        await gate.enter(10, priority, max_wait=0.2)
        order.append(name)
        await asyncio.sleep(0.05)
        gate.leave()

    low = asyncio.create_task(wait("low", "low"))
    highs = []
    for n in range(12):  # high calls keep coming: without ageing the low one would starve
        highs.append(asyncio.create_task(wait(f"high{n}", "high")))
    await asyncio.sleep(0.01)
    gate.leave()
    await asyncio.gather(low, *highs)
    assert order.index("low") <= 5  # through after about max_wait, not after every high call
    assert order[0] == "high0"


async def test_a_wrong_priority_is_refused_before_sending() -> None:
    async with MistralClient(api_key="k" * 12) as client:
        with pytest.raises(im.RequestValidationError, match="priority"):
            await client.chat.create(model="m", messages=ASK, priority="urgent")  # type: ignore[arg-type]


async def test_the_rate_limiter_lets_high_calls_wait_less(apps: App) -> None:
    """The window is full for 0.3 s more; two calls of the profile's default priority (`low`)
    wait for it, then a high one arrives: it is sent first."""
    seen: list[str] = []

    async def model(request: web.Request) -> web.StreamResponse:
        body = await request.json()
        seen.append(body["messages"][0]["content"])
        return web.json_response(chat_reply(body, "ok"))

    url = await apps.start(model)
    client = MistralClient.from_env(
        api_key="priority-key-2",
        base_url=url,
        client={"allow_insecure_http": True},
        routing={"priority": "low"},
        rate_limit={"enabled": True, "requests_per_minute": 3, "on_limit": "wait"},
    )
    async with client:
        limiter: Any = client._stack.limiter
        for age in (59.7, 59.6, 59.5):  # three calls made a minute ago fill the window
            limiter._clock = lambda age=age: time.monotonic() - age
            await client.chat.create(model="m", messages=[{"role": "user", "content": "old"}])
        limiter._clock = time.monotonic

        async def ask(content: str, priority: Any = None) -> None:
            messages = [{"role": "user", "content": content}]
            await client.chat.create(model="m", messages=messages, priority=priority)

        calls = []
        for content, priority in (("low1", None), ("low2", None), ("high", "high")):
            calls.append(asyncio.create_task(ask(content, priority)))
            await asyncio.sleep(0.02)
        await asyncio.gather(*calls)
    assert seen[3:] == ["high", "low1", "low2"]
