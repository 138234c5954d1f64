"""What calls cost and what a profile may spend, through a real server on loopback: every reply
with usage carries `raw.cost`; a budget refuses a call before it is sent; streams settle when
they end; replies from the cache cost nothing; a derived client spends from its parent's budget."""

from __future__ import annotations

import json
from typing import Any

import pytest
from aiohttp import web

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.testing import chat_reply
from tests.support.apps import App

ASK = [{"role": "user", "content": "hello there"}]
PRICES = {"m": {"input": 2.0, "output": 6.0}}


class Priced:
    """A chat server reporting 1,000 prompt and 500 completion tokens per reply."""

    def __init__(self) -> None:
        self.calls = 0

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.calls += 1
        usage = {"prompt_tokens": 1000, "completion_tokens": 500, "total_tokens": 1500}
        if body.get("stream"):
            response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
            await response.prepare(request)
            chunk = {"id": "c", "model": body["model"],
                     "choices": [{"index": 0, "delta": {"content": "ok"}}]}  # fmt: skip
            last = {**chunk, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
                    "usage": usage}  # fmt: skip
            for event in (chunk, last):
                await response.write(f"data: {json.dumps(event)}\n\n".encode())
            await response.write(b"data: [DONE]\n\n")
            return response
        return web.json_response({**chat_reply(body), "usage": usage})


async def client_for(apps: App, server: Priced, **settings: Any) -> MistralClient:
    return MistralClient.from_env(
        api_key="spend-key-1",
        base_url=await apps.start(server.handle),
        client={"allow_insecure_http": True},
        pricing=PRICES,
        **settings,
    )


COST = (1000 * 2.0 + 500 * 6.0) / 1_000_000  # 0.005


async def test_every_reply_with_usage_says_what_it_cost(apps: App) -> None:
    server = Priced()
    async with await client_for(apps, server) as client:
        reply = await client.chat.create(model="m", messages=ASK)
        shipped = await client.chat.create(model="mistral-small-latest", messages=ASK)
        unpriced = await client.chat.create(model="my-finetune", messages=ASK)
        async with await client.chat.create_stream(model="m", messages=ASK) as stream:
            final = await stream.final_response()
    assert reply.raw is not None and reply.raw.cost == pytest.approx(COST)
    assert shipped.raw is not None and shipped.raw.cost == pytest.approx(
        (1000 * 0.1 + 500 * 0.3) / 1e6
    )
    assert unpriced.raw is not None and unpriced.raw.cost is None
    assert final.raw is not None and final.raw.cost == pytest.approx(COST)
    assert final.raw.request_id == stream.request_id


async def test_a_budget_refuses_before_sending(apps: App) -> None:
    server = Priced()
    budget = {"limit": 0.012, "window": "day", "assumed_output_tokens": 500}
    async with await client_for(apps, server, budget=budget) as client:
        await client.chat.create(model="m", messages=ASK)
        await client.chat.create(model="m", messages=ASK)  # 0.010 spent
        with pytest.raises(im.BudgetExceededError) as info:
            await client.chat.create(model="m", messages=ASK)  # its estimate does not fit
        assert server.calls == 2  # refused before sending
        error = info.value
        assert error.budget == "default" and error.window.count("-") == 2
        assert error.spent == pytest.approx(2 * COST) and error.limit == 0.012
        cheap = await client.chat.create(model="m", messages=ASK, max_tokens=1)  # fits
    assert cheap.raw is not None and server.calls == 3


async def test_warn_sends_past_the_limit(apps: App, caplog: pytest.LogCaptureFixture) -> None:
    server = Priced()
    budget = {"limit": 0.006, "on_exceeded": "warn", "assumed_output_tokens": 500}
    async with await client_for(apps, server, budget=budget) as client:
        for _ in range(3):
            await client.chat.create(model="m", messages=ASK)
    assert server.calls == 3
    assert sum("sent anyway" in r.getMessage() for r in caplog.records) == 1


async def test_streams_settle_when_they_end_and_failures_cost_nothing(apps: App) -> None:
    server = Priced()
    budget = {"limit": 1.0, "assumed_output_tokens": 500}
    async with await client_for(apps, server, budget=budget) as client:
        spend: Any = client._parts.caller.budget  # type: ignore[union-attr]
        async with await client.chat.create_stream(model="m", messages=ASK) as stream:
            async for _ in stream:
                pass
        state = await spend.state()
        assert (state.spent, state.reserved) == (pytest.approx(COST), 0.0)
        with pytest.raises(im.RequestValidationError):
            await client.chat.create(model="m", messages=ASK, temperature=-1)
        state = await spend.state()
        assert (state.spent, state.reserved) == (pytest.approx(COST), 0.0)


async def test_cached_replies_cost_nothing(apps: App) -> None:
    server = Priced()
    budget = {"limit": 1.0, "assumed_output_tokens": 500}
    async with await client_for(apps, server, budget=budget, cache={"enabled": True}) as client:
        first = await client.chat.create(model="m", messages=ASK, temperature=0)
        again = await client.chat.create(model="m", messages=ASK, temperature=0)
        state = await client._parts.caller.budget.state()  # type: ignore[union-attr]
    assert first.raw is not None and first.raw.cost == pytest.approx(COST)
    assert again.raw is not None and again.raw.cache == "hit" and again.raw.cost == 0.0
    assert state.spent == pytest.approx(COST) and server.calls == 1


async def test_a_derived_client_spends_from_its_parents_budget(apps: App) -> None:
    server = Priced()
    budget = {"limit": 0.006, "assumed_output_tokens": 500}
    async with await client_for(apps, server, budget=budget) as client:
        await client.with_options(timeout_secs=5).chat.create(model="m", messages=ASK)
        with pytest.raises(im.BudgetExceededError):
            await client.chat.create(model="m", messages=ASK)
    assert server.calls == 1


async def test_a_shared_budget_that_cannot_reach_redis(apps: App) -> None:
    server = Priced()
    dead = "redis://:budget-secret@127.0.0.1:9/0"
    closed = {
        "limit": 1.0,
        "backend": "redis",
        "redis_url": dead,
        "on_backend_error": "fail_closed",
    }
    async with await client_for(apps, server, budget=closed) as client:
        with pytest.raises(im.BudgetUnavailableError) as info:
            await client.chat.create(model="m", messages=ASK)
    assert server.calls == 0 and "budget-secret" not in str(info.value)
    open_ = {**closed, "on_backend_error": "fallback_memory", "limit": 0.006,
             "assumed_output_tokens": 500}  # fmt: skip
    async with await client_for(apps, server, budget=open_) as client:
        await client.chat.create(model="m", messages=ASK)
        with pytest.raises(im.BudgetExceededError):  # this process's spend, counted alone
            await client.chat.create(model="m", messages=ASK)
    assert server.calls == 1
