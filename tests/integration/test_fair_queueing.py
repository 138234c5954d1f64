"""Past the pool, calls get a connection in arrival order; the wait counts toward the timeout."""

from __future__ import annotations

import asyncio
import statistics
import time
from typing import Any

import pytest
from aiohttp import web

import integrations_mistral as im
from integrations_mistral.transport.gate import FairGate
from tests.support.apps import CHAT_REPLY, HELLO, App, apps, client_for  # noqa: F401


async def test_the_gate_serves_waiters_in_arrival_order() -> None:
    gate = FairGate(1)
    assert gate.try_enter()
    order: list[int] = []

    async def wait(n: int) -> None:
        await gate.enter(5)
        order.append(n)

    waiters = [asyncio.ensure_future(wait(n)) for n in range(3)]
    await asyncio.sleep(0)
    gate.leave()
    assert not gate.try_enter()  # a newcomer does not jump the queue
    for _ in range(3):
        await asyncio.sleep(0)
        gate.leave()
    await asyncio.gather(*waiters)
    assert order == [0, 1, 2]


async def test_a_cancelled_waiter_passes_its_slot_on_and_a_late_one_times_out() -> None:
    gate = FairGate(1)
    assert gate.try_enter()
    first = asyncio.ensure_future(gate.enter(5))
    second = asyncio.ensure_future(gate.enter(5))
    await asyncio.sleep(0)
    gate.leave()  # handed to `first`...
    first.cancel()  # ...which is cancelled before it runs: `second` gets it
    await second
    with pytest.raises(asyncio.TimeoutError):
        await gate.enter(0.05)
    assert gate.waiting == 0


def slow(delay: float) -> Any:
    async def handler(request: web.Request) -> web.StreamResponse:
        await request.read()
        await asyncio.sleep(delay)
        return web.json_response(CHAT_REPLY)

    return handler


async def calls_per_caller(client: im.MistralClient, callers: int, seconds: float) -> list[int]:
    done = [0] * callers
    stop = time.monotonic() + seconds

    async def caller(index: int) -> None:
        while time.monotonic() < stop:
            await client.chat.create(model="m", messages=HELLO)
            done[index] += 1

    await asyncio.gather(*(caller(i) for i in range(callers)))
    return done


@pytest.mark.parametrize("fair", [True, False])
async def test_every_caller_beyond_the_pool_is_served(apps: App, fair: bool) -> None:  # noqa: F811
    url = await apps.start(slow(0.005))
    pool = {"pool_size": 4, "pool_size_per_host": 4, "fair_queueing": fair}
    async with client_for(url, client=pool) as client:
        done = await calls_per_caller(client, 40, 1.0)
    share = min(done) / statistics.mean(done)
    if fair:
        assert min(done) >= 2 and share > 0.5, done
    else:  # aiohttp's own order: whoever released a connection takes it again
        assert share < 0.5, done


async def test_the_wait_counts_toward_the_timeout_and_sends_nothing(apps: App) -> None:  # noqa: F811
    seen: list[float] = []

    async def handler(request: web.Request) -> web.StreamResponse:
        seen.append(time.monotonic())
        await asyncio.sleep(0.5)
        return web.json_response(CHAT_REPLY)

    url = await apps.start(handler)
    pool = {"pool_size": 1, "pool_size_per_host": 1}
    async with client_for(url, client=pool, circuit_breaker={"failure_threshold": 1}) as client:
        busy = asyncio.ensure_future(client.chat.create(model="m", messages=HELLO))
        await asyncio.sleep(0.05)
        started = time.monotonic()
        with pytest.raises(im.PoolTimeoutError, match="client.pool_size") as caught:
            await client.with_options(timeout_secs=0.2).chat.create(model="m", messages=HELLO)
        assert 0.15 < time.monotonic() - started < 0.4
        assert caught.value.attempts == 1  # not retried
        await busy
        await client.chat.create(model="m", messages=HELLO)  # the breaker did not count it
    assert len(seen) == 2


async def test_a_stream_keeps_its_place_until_it_is_closed(apps: App) -> None:  # noqa: F811
    async def handler(request: web.Request) -> web.StreamResponse:
        body = await request.json()
        if not body.get("stream"):
            return web.json_response(CHAT_REPLY)
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        await response.write(b'data: {"id":"c","model":"m","choices":[]}\n\n')
        await asyncio.sleep(5)
        return response

    url = await apps.start(handler)
    async with client_for(url, client={"pool_size": 1, "pool_size_per_host": 1}) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        waiting = asyncio.ensure_future(client.chat.create(model="m", messages=HELLO))
        await asyncio.sleep(0.1)
        assert not waiting.done()
        await stream.close()
        await asyncio.wait_for(waiting, 2)
