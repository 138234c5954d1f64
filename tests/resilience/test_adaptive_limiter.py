"""`rate_limit.adaptive`: the limiter keeps within what the server reports remaining."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pytest
from aiohttp import web

import integrations_mistral as im
from integrations_mistral.factory import StackRegistry
from tests.support.apps import CHAT_REPLY, HELLO, App, apps, client_for  # noqa: F401


def reporting(**headers: str):  # type: ignore[no-untyped-def]
    """A chat server sending these quota headers with every reply."""
    seen: list[int] = []

    async def handler(request: web.Request) -> web.StreamResponse:
        await request.read()
        seen.append(1)
        return web.json_response(CHAT_REPLY, headers=headers)

    handler.seen = seen  # type: ignore[attr-defined]
    return handler


def limits(**extra: Any) -> dict[str, Any]:
    return {
        "requests_per_minute": 100,
        "tokens_per_minute": 10**6,
        "on_limit": "reject",
        "adaptive": True,
        **extra,
    }


async def test_the_servers_remaining_requests_bound_the_next_calls(apps: App) -> None:  # noqa: F811
    served: list[int] = []

    async def counting_down(request: web.Request) -> web.StreamResponse:
        await request.read()
        served.append(1)
        left = str(max(0, 2 - len(served)))  # a quota of 2 this minute
        return web.json_response(CHAT_REPLY, headers={"x-ratelimit-remaining-req-minute": left})

    async with client_for(await apps.start(counting_down), rate_limit=limits()) as client:
        await client.chat.create(model="m", messages=HELLO)  # the server: 1 left
        await client.chat.create(model="m", messages=HELLO)  # the server: 0 left
        with pytest.raises(im.ClientRateLimitError) as caught:
            await client.chat.create(model="m", messages=HELLO)
    assert 50 < (caught.value.retry_after or 0) <= 60  # until the server's minute ends
    assert len(served) == 2  # the third never reached the server (no 429 needed)


async def test_the_servers_remaining_tokens_bound_the_next_call(apps: App) -> None:  # noqa: F811
    handler = reporting(**{"x-ratelimit-remaining-tokens-minute": "5"})
    async with client_for(await apps.start(handler), rate_limit=limits()) as client:
        await client.chat.create(model="m", messages=HELLO)
        with pytest.raises(im.ClientRateLimitError):
            await client.chat.create(model="m", messages=HELLO, max_tokens=100)
    assert len(handler.seen) == 1


async def test_without_headers_nothing_changes_and_off_by_default(apps: App) -> None:  # noqa: F811
    silent = reporting()
    async with client_for(await apps.start(silent), rate_limit=limits()) as client:
        for _ in range(5):
            await client.chat.create(model="m", messages=HELLO)
    strict = reporting(**{"x-ratelimit-remaining-req-minute": "0"})
    async with client_for(await apps.start(strict), rate_limit=limits(adaptive=False)) as client:
        for _ in range(3):
            await client.chat.create(model="m", messages=HELLO)
    assert len(silent.seen) == 5 and len(strict.seen) == 3


async def test_the_smaller_budget_wins(apps: App) -> None:  # noqa: F811
    generous = reporting(**{"x-ratelimit-remaining-req-minute": "1000"})
    async with client_for(
        await apps.start(generous), rate_limit=limits(requests_per_minute=1)
    ) as client:
        await client.chat.create(model="m", messages=HELLO)
        with pytest.raises(im.ClientRateLimitError):
            await client.chat.create(model="m", messages=HELLO)


async def test_the_query_cost_settles_the_charge(apps: App) -> None:  # noqa: F811
    handler = reporting(**{"x-ratelimit-tokens-query-cost": "123"})
    async with client_for(await apps.start(handler), rate_limit=limits()) as client:
        await client.chat.create(model="m", messages=HELLO)
        assert client._stack.limiter.usage[1] == 123  # type: ignore[attr-defined]  # not usage's 2


async def test_the_fleet_shares_what_the_server_has_left(apps: App, redis_url: str) -> None:  # noqa: F811
    """Two replicas (registries of their own) on one Redis window: what a reply to one says is
    left this minute bounds the other too."""
    served: list[int] = []

    async def counting_down(request: web.Request) -> web.StreamResponse:
        await request.read()
        served.append(1)
        left = str(max(0, 2 - len(served)))
        return web.json_response(CHAT_REPLY, headers={"x-ratelimit-remaining-req-minute": left})

    url = await apps.start(counting_down)
    shared = limits(backend="redis", redis_url=redis_url, redis_key_prefix=uuid.uuid4().hex)
    one = client_for(url, rate_limit=shared, registry=StackRegistry())
    other = client_for(url, rate_limit=shared, registry=StackRegistry())
    async with one, other:
        await one.chat.create(model="m", messages=HELLO)  # the server: 1 left
        await asyncio.sleep(0.05)  # one's report reaches Redis
        await other.chat.create(model="m", messages=HELLO)  # the server: 0 left
        with pytest.raises(im.ClientRateLimitError) as caught:
            await one.chat.create(model="m", messages=HELLO)
        await asyncio.sleep(0.05)
        with pytest.raises(im.ClientRateLimitError):
            await other.chat.create(model="m", messages=HELLO, max_tokens=1)
    assert 50 < (caught.value.retry_after or 0) <= 60
    assert len(served) == 2


async def test_the_fleet_keeps_within_the_servers_tokens(apps: App, redis_url: str) -> None:  # noqa: F811
    handler = reporting(**{"x-ratelimit-remaining-tokens-minute": "5"})
    shared = limits(backend="redis", redis_url=redis_url, redis_key_prefix=uuid.uuid4().hex)
    async with client_for(await apps.start(handler), rate_limit=shared) as client:
        await client.chat.create(model="m", messages=HELLO)
        with pytest.raises(im.ClientRateLimitError):
            await client.chat.create(model="m", messages=HELLO, max_tokens=100)
        await client.chat.create(model="m", messages=HELLO, max_tokens=1)  # 2 + 1 fit in 5
    assert len(handler.seen) == 2
