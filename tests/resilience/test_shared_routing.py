"""Routing state shared by replicas through a real redis-server: calls in flight and latency
averages one replica sees steer another's picks; Redis down, routing goes on alone."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from aiohttp import web

from integrations_mistral import MistralClient
from integrations_mistral.testing import chat_reply
from tests.support.apps import App

ASK = [{"role": "user", "content": "x"}]


class Slow:
    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.calls = 0

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.calls += 1
        await asyncio.sleep(self.delay)
        return web.json_response(chat_reply(body, "ok"))


async def replica(
    apps: App, backends: dict[str, Slow], redis_url: str, prefix: str, strategy: str
) -> MistralClient:
    deployments: dict[str, Any] = {
        name: {"base_url": await apps.start(backend.handle), "api_key": f"key-{name}-1"}
        for name, backend in backends.items()
    }
    return MistralClient.from_env(
        api_key="shared-key-1",
        base_url="http://127.0.0.1:9",
        client={"allow_insecure_http": True},
        rate_limit={"backend": "redis", "redis_url": redis_url, "redis_key_prefix": prefix},
        routing={"strategy": strategy, "exploration": 0.0},
        deployments=deployments,
    )


async def test_least_busy_sees_the_other_replicas_calls(apps: App, redis_url: str) -> None:
    prefix = f"route{time.time_ns()}"
    held = {"a": Slow(1.0), "b": Slow(1.0)}
    first = await replica(apps, held, redis_url, prefix, "least_busy")
    second = await replica(apps, held, redis_url, prefix, "least_busy")
    async with first, second:
        holding = [
            asyncio.create_task(first.chat.create(model="m", messages=ASK)) for _ in range(3)
        ]
        await asyncio.sleep(0.3)  # three of the first replica's calls in flight: 2 on one side
        reply = await second.chat.create(model="m", messages=ASK)
        busier = max(held, key=lambda name: held[name].calls)
        await asyncio.gather(*holding)
    assert reply.raw is not None and reply.raw.served_by is not None
    assert reply.raw.served_by.deployment != busier  # it counted the other replica's calls


async def test_lowest_latency_learned_by_one_replica_steers_another(
    apps: App, redis_url: str
) -> None:
    prefix = f"latency{time.time_ns()}"
    backends = {"slow": Slow(0.2), "fast": Slow(0.001)}
    learner = await replica(apps, backends, redis_url, prefix, "lowest_latency")
    newcomer = await replica(apps, backends, redis_url, prefix, "lowest_latency")
    async with learner, newcomer:
        for _ in range(4):  # both measured by the learner
            await learner.chat.create(model="m", messages=ASK)
        await asyncio.sleep(0.2)  # its reports reach Redis
        replies = [await newcomer.chat.create(model="m", messages=ASK) for _ in range(5)]
    served = [r.raw.served_by.deployment for r in replies if r.raw and r.raw.served_by]
    assert served == ["fast"] * 5  # it never had to try the slow one itself


async def test_redis_down_routing_goes_on_alone(apps: App) -> None:
    backends = {"a": Slow(0.001), "b": Slow(0.001)}
    client = await replica(apps, backends, "redis://127.0.0.1:9/0", "down", "least_busy")
    async with client:
        replies = [await client.chat.create(model="m", messages=ASK) for _ in range(3)]
    assert all(r.text for r in replies)


async def test_usage_based_shares_each_budget_by_every_replicas_use(
    apps: App, redis_url: str
) -> None:
    prefix = f"usage{time.time_ns()}"
    backends = {"small": Slow(0.001), "big": Slow(0.001)}
    replicas = []
    for _ in range(2):
        deployments: dict[str, Any] = {
            name: {
                "base_url": await apps.start(backend.handle),
                "api_key": f"key-{name}-1",
                "requests_per_minute": 60 if name == "big" else 20,
            }
            for name, backend in backends.items()
        }
        replicas.append(
            MistralClient.from_env(
                api_key="shared-key-1",
                base_url="http://127.0.0.1:9",
                client={"allow_insecure_http": True},
                rate_limit={"backend": "redis", "redis_url": redis_url, "redis_key_prefix": prefix},
                routing={"strategy": "usage_based"},
                deployments=deployments,
            )
        )
    async with replicas[0], replicas[1]:
        for _ in range(20):  # the replicas take turns: each sees the other's use in Redis
            for client in replicas:
                await client.chat.create(model="m", messages=ASK)
    assert backends["big"].calls == 30 and backends["small"].calls == 10


class Reporting(Slow):
    """A deployment whose server says, in its `x-ratelimit-*` headers, how much is left."""

    def __init__(self, remaining: int) -> None:
        super().__init__(0.001)
        self.remaining = remaining

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.calls += 1
        headers = {
            "x-ratelimit-limit-req-minute": "100",
            "x-ratelimit-remaining-req-minute": str(self.remaining),
        }
        return web.json_response(chat_reply(body, "ok"), headers=headers)


async def test_usage_based_hears_what_the_server_told_another_replica(
    apps: App, redis_url: str
) -> None:
    prefix = f"heard{time.time_ns()}"
    backends: dict[str, Slow] = {"nearly_spent": Reporting(2), "roomy": Reporting(90)}
    first = await replica(apps, backends, redis_url, prefix, "usage_based")
    second = await replica(apps, backends, redis_url, prefix, "usage_based")
    async with first, second:
        await first.chat.create(model="m", messages=ASK)  # the first in order: nearly_spent
        assert backends["nearly_spent"].calls == 1
        await asyncio.sleep(0.2)  # its report reaches Redis
        replies = [await second.chat.create(model="m", messages=ASK) for _ in range(3)]
    served = [r.raw.served_by.deployment for r in replies if r.raw and r.raw.served_by]
    assert served == ["roomy"] * 3  # the second replica never asked nearly_spent itself


async def test_a_derived_client_shares_its_parents_routing_state(apps: App, redis_url: str) -> None:
    client = await replica(apps, {"a": Slow(0.001)}, redis_url, "derived", "least_busy")
    async with client:
        derived = client.with_options(timeout_secs=5)
        await derived.chat.create(model="m", messages=ASK)
        state = getattr(client._parts.caller, "shared", None)
        assert state is not None and getattr(derived._parts.caller, "shared", None) is state
