"""Deployments behind one profile, against real servers on loopback: the strategies' shares,
cooldowns, retries that move, refused keys, model maps, streams, and calls that are not routed."""

from __future__ import annotations

import asyncio
import collections
import json
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.testing import chat_reply, sse_body, stream_chunks
from tests.support.apps import App

ASK = [{"role": "user", "content": "hello"}]


@dataclass
class Backend:
    """A deployment's server: answers chat (and streams) after `delay` s, or with `status`."""

    name: str
    delay: float = 0.0
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    models: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.paths.append(request.path)
        self.keys.append(request.headers.get("Authorization", ""))
        if request.path != "/v1/chat/completions":
            return web.json_response({"object": "list", "data": []})
        body = await request.json()
        self.models.append(body.get("model"))
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.status != 200:
            return web.json_response({"message": f"{self.name} says no"}, status=self.status)
        reply = chat_reply(body, f"from {self.name}")
        if not body.get("stream"):
            return web.json_response(reply, headers=self.headers)
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        await response.write(sse_body(stream_chunks(reply)))
        return response


async def router_for(
    apps: App, backends: list[Backend], strategy: str, **extra: Any
) -> tuple[MistralClient, dict[str, Backend]]:
    deployments = {}
    for backend in backends:
        url = await apps.start(backend.handle)
        deployments[backend.name] = {
            "base_url": url, "api_key": f"key-of-{backend.name}", **extra.pop(backend.name, {})
        }  # fmt: skip
    primary = await apps.start(Backend("primary").handle)
    client = MistralClient.from_env(
        api_key="primary-key-1",
        base_url=primary,
        client={"allow_insecure_http": True},
        retry={"initial_delay_ms": 1, "max_delay_ms": 2, **extra.pop("retry", {})},
        routing={"strategy": strategy, **extra.pop("routing", {})},
        deployments=deployments,
        **extra,
    )
    return client, {b.name: b for b in backends}


async def served(client: MistralClient, calls: int, at_once: int = 50) -> list[str]:
    found: list[str] = []
    for start in range(0, calls, at_once):
        replies = await asyncio.gather(
            *(
                client.chat.create(model="m", messages=ASK)
                for _ in range(min(at_once, calls - start))
            )
        )
        for reply in replies:
            assert reply.raw is not None and reply.raw.served_by is not None
            found.append(str(reply.raw.served_by.deployment))
    return found


async def test_weighted_three_to_one_over_4000_calls(apps: App) -> None:
    client, _ = await router_for(
        apps, [Backend("main"), Backend("spare")], "weighted",
        main={"weight": 3}, spare={"weight": 1},
    )  # fmt: skip
    async with client:
        shares = collections.Counter(await served(client, 4000, at_once=100))
    assert abs(shares["main"] / 4000 - 0.75) < 0.03, shares
    assert client.settings.profile == "default"


async def test_least_busy_sends_most_calls_to_the_fast_one(apps: App) -> None:
    client, backends = await router_for(
        apps, [Backend("fast", delay=0.005), Backend("slow", delay=0.05)], "least_busy"
    )
    found: list[str] = []
    gaps: list[int] = []
    router = client._parts.caller  # what the router counts in flight, sampled as calls run

    async def worker() -> None:
        while len(found) < 300:
            reply = await client.chat.create(model="m", messages=ASK)
            assert reply.raw is not None and reply.raw.served_by is not None
            found.append(str(reply.raw.served_by.deployment))
            counts = [d.in_flight for d in router.deployments]  # type: ignore[union-attr]
            gaps.append(max(counts) - min(counts))

    async with client:
        await asyncio.gather(*(worker() for _ in range(6)))
    shares = collections.Counter(found)
    assert shares["fast"] > 3 * shares["slow"], shares
    gaps.sort()  # sampled as calls end: a gap opens for a moment as fast calls finish at once
    assert gaps[len(gaps) // 2] <= 1 and gaps[int(len(gaps) * 0.95)] <= 2, collections.Counter(gaps)
    assert len(backends["fast"].models) == shares["fast"]


async def test_lowest_latency_moves_away_and_back(apps: App) -> None:
    a, b = Backend("a", delay=0.002), Backend("b", delay=0.002)
    client, _ = await router_for(apps, [a, b], "lowest_latency")
    async with client:
        await served(client, 20, at_once=1)
        a.delay = 0.05  # a turns slow
        slow = await served(client, 200, at_once=1)
        a.delay, b.delay = 0.001, 0.02  # a recovers, b is now the slower
        back = await served(client, 200, at_once=1)
    assert slow[20:].count("a") <= 0.2 * len(slow[20:]), collections.Counter(slow)
    assert back[100:].count("a") >= 0.8 * 100, collections.Counter(back)


async def test_retries_move_and_a_failing_deployment_cools_down(apps: App) -> None:
    broken, healthy = Backend("broken", status=503), Backend("healthy")
    client, _ = await router_for(
        apps, [broken, healthy], "ordered",
        circuit_breaker={"failure_threshold": 2, "timeout_secs": 60},
    )  # fmt: skip
    async with client:
        first = await served(client, 10, at_once=1)
        assert first == ["healthy"] * 10  # each retry moved on
        assert len(broken.models) == 2  # then it cooled down: skipped, nothing sent
        healthy.status = 503
        with pytest.raises(im.ServiceUnavailableError):
            await client.chat.create(model="m", messages=ASK)
        with pytest.raises(im.DeploymentsUnavailableError) as caught:
            await client.chat.create(model="m", messages=ASK)
    assert sorted(caught.value.deployments) == ["broken", "healthy"]
    assert caught.value.retry_after is not None and 0 < caught.value.retry_after <= 60
    assert "broken" in str(caught.value) and "healthy" in str(caught.value)


async def test_a_refused_key_does_not_move_and_cools_its_deployment(apps: App) -> None:
    refused, other = Backend("refused", status=401), Backend("other")
    client, _ = await router_for(apps, [refused, other], "ordered")
    async with client:
        with pytest.raises(im.AuthenticationError):
            await client.chat.create(model="m", messages=ASK)
        assert other.models == []  # a 401 is that deployment's problem: not moved
        assert await served(client, 3, at_once=1) == ["other"] * 3  # it cools down
    assert refused.keys == ["Bearer key-of-refused"] and other.keys[0] == "Bearer key-of-other"


async def test_models_map_and_restrict_and_other_calls_go_to_the_profile(apps: App) -> None:
    large, small = Backend("large"), Backend("small")
    client, _ = await router_for(
        apps, [large, small], "ordered",
        large={"models": {"mistral-large-latest": "mistral-large-2411"}},
        small={"models": ["mistral-small-latest"]},
    )  # fmt: skip
    async with client:
        big = await client.chat.create(model="mistral-large-latest", messages=ASK)
        little = await client.chat.create(model="mistral-small-latest", messages=ASK)
        with pytest.raises(im.ConfigurationError, match="no deployment .* serves model 'other'"):
            await client.chat.create(model="other", messages=ASK)
        await client.models.list()
    assert large.models == ["mistral-large-2411"] and small.models == ["mistral-small-latest"]
    assert big.raw is not None and big.raw.served_by is not None
    assert big.raw.served_by.deployment == "large"
    assert little.raw is not None and little.raw.served_by is not None
    assert little.raw.served_by.deployment == "small"
    assert "/v1/models" not in large.paths + small.paths  # not routed: the profile's own target


async def test_a_stream_picks_a_deployment_and_moves_before_its_first_byte(apps: App) -> None:
    down, up = Backend("down", status=503), Backend("up")
    client, _ = await router_for(apps, [down, up], "ordered")
    async with client:
        stream = await client.chat.create_stream(model="m", messages=ASK)
        async with stream:
            reply = await stream.final_response()
    assert reply.text == "from up"
    assert stream.served_by is not None and stream.served_by.deployment == "up"
    assert len(down.models) == 1


def test_deployment_settings_are_checked() -> None:
    with pytest.raises(im.ConfigurationError, match="weight"):
        MistralClient(api_key="k" * 12, deployments={"a": {"weight": 0}})
    with pytest.raises(im.ConfigurationError, match="only one of"):
        MistralClient(
            api_key="k" * 12, deployments={"a": {"api_key": "x", "api_key_file": __file__}}
        )
    with pytest.raises(im.ConfigurationError, match="deployment name"):
        MistralClient(api_key="k" * 12, deployments=json.loads('{"bad name": {}}'))
    with pytest.raises(im.ConfigurationError, match="strategy"):
        MistralClient(api_key="k" * 12, routing={"strategy": "fastest"})


async def test_a_deployment_over_its_own_budget_passes_the_call_on(apps: App) -> None:
    tight, roomy = Backend("tight"), Backend("roomy")
    client, _ = await router_for(
        apps, [tight, roomy], "ordered",
        tight={"requests_per_minute": 2}, rate_limit={"on_limit": "reject"},
    )  # fmt: skip
    async with client:
        found = await served(client, 6, at_once=1)
    assert found == ["tight", "tight", "roomy", "roomy", "roomy", "roomy"]
    assert len(tight.models) == 2  # its limiter refused the rest before anything was sent


async def test_usage_based_prefers_the_most_room(apps: App) -> None:
    big, small = Backend("big"), Backend("small")
    client, _ = await router_for(
        apps, [small, big], "usage_based",
        big={"requests_per_minute": 60}, small={"requests_per_minute": 20},
        rate_limit={"on_limit": "reject"},
    )  # fmt: skip
    async with client:
        shares = collections.Counter(await served(client, 60, at_once=1))
    assert shares["big"] > shares["small"] and shares["small"] <= 20, shares


async def test_usage_based_reads_the_servers_reported_room(apps: App) -> None:
    nearly_out = Backend("nearly_out", headers={
        "x-ratelimit-limit-req-minute": "100", "x-ratelimit-remaining-req-minute": "3",
    })  # fmt: skip
    plenty = Backend("plenty", headers={
        "x-ratelimit-limit-req-minute": "100", "x-ratelimit-remaining-req-minute": "90",
    })  # fmt: skip
    client, _ = await router_for(apps, [nearly_out, plenty], "usage_based")
    async with client:
        found = await served(client, 20, at_once=1)
    assert found[:2] == ["nearly_out", "plenty"]  # each heard from once
    assert found[2:] == ["plenty"] * 18  # then the one the server says has room
