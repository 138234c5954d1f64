"""Fallback chains over HTTP: servers that fail on cue, profiles from a config file."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.resilience import FallbackTaken
from tests.fleet.conftest import stream_ok
from tests.support.apps import CHAT_REPLY, HELLO, App, apps  # noqa: F401
from tests.support.telemetry import otel  # noqa: F401

LARGE, MEDIUM = "mistral-large-latest", "mistral-medium-latest"


async def drain(stream: Any) -> None:
    async with stream:
        async for _ in stream:
            pass


class Upstream:
    """A deployment: answers every model except those in `down` (503), or with `status`."""

    def __init__(self) -> None:
        self.down: set[str] = set()
        self.status: int | None = None
        self.cut_stream = False
        self.busy_for: float | None = None  # a 429 asking to wait this long
        self.seen: list[str] = []  # the model of each request
        self.url = ""

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = json.loads(await request.read() or b"{}")
        model = body.get("model", "")
        self.seen.append(model)
        if self.status is not None:
            return web.json_response({"message": "no"}, status=self.status)
        if self.busy_for is not None:
            headers = {"Retry-After": f"{self.busy_for:g}"}
            return web.json_response({"message": "busy"}, status=429, headers=headers)
        if model in self.down or "*" in self.down:
            return web.json_response({"message": "overloaded"}, status=503)
        if request.path.endswith("/embeddings"):
            data = [{"object": "embedding", "index": 0, "embedding": [0.5]}]
            usage = {"prompt_tokens": 1, "total_tokens": 1}
            return web.json_response(
                {"id": "e", "object": "list", "model": model, "data": data, "usage": usage}
            )
        if body.get("stream"):
            return await stream_ok(request, model, cut=self.cut_stream)
        return web.json_response({**CHAT_REPLY, "model": model})


@pytest.fixture
def deployments(apps: App) -> Callable[[], Awaitable[Upstream]]:  # noqa: F811
    async def start() -> Upstream:
        upstream = Upstream()
        upstream.url = await apps.start(upstream.handle)
        return upstream

    return start


def profile(name: str, url: str, fallback: str = "") -> str:
    return f"""
[{name}.client]
base_url = "{url}"
allow_insecure_http = true
[{name}.retry]
max_attempts = 2
initial_delay_ms = 1
max_delay_ms = 2
jitter = "none"
[{name}.circuit_breaker]
failure_threshold = 4
timeout_secs = 0.5
success_threshold = 1
{fallback}
"""


PRIMARY_FALLBACK = f"""[primary.fallback]
models = {{ "{LARGE}" = ["{MEDIUM}"] }}
profiles = ["backup"]
"""


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Path]:
    monkeypatch.setenv("MISTRAL_API_KEY", "fallback-key")

    def write(*profiles: str) -> Path:
        path = tmp_path / "mistral.toml"
        path.write_text("\n".join(profiles))
        return path

    return write


async def two(deployments: Any, config: Any) -> tuple[Upstream, Upstream, Path]:
    primary, backup = await deployments(), await deployments()
    path = config(profile("primary", primary.url, PRIMARY_FALLBACK), profile("backup", backup.url))
    return primary, backup, path


async def test_another_model_on_the_same_profile_first(deployments: Any, config: Any) -> None:
    primary, backup, path = await two(deployments, config)
    primary.down = {LARGE}
    async with MistralClient.from_profile("primary", config_file=path) as client:
        reply = await client.chat.create(model=LARGE, messages=HELLO)
    assert reply.raw is not None and reply.raw.served_by == im.ServedBy("primary", MEDIUM)
    assert primary.seen == [LARGE, MEDIUM]  # a target with another after it: one attempt
    assert backup.seen == []


async def test_attempts_per_target_gives_each_target_its_retries(
    deployments: Any, config: Any
) -> None:
    primary, backup = await deployments(), await deployments()
    more = PRIMARY_FALLBACK + "attempts_per_target = 2\n"
    path = config(profile("primary", primary.url, more), profile("backup", backup.url))
    primary.down = {"*"}
    backup.down = {"*"}
    async with MistralClient.from_profile("primary", config_file=path) as client:
        with pytest.raises(im.ServiceUnavailableError):
            await client.chat.create(model=LARGE, messages=HELLO)
    assert primary.seen == [LARGE, LARGE, MEDIUM, MEDIUM]
    assert backup.seen == [LARGE, LARGE]  # the last target: retry.max_attempts (2)


async def test_with_every_target_down_each_is_tried_once_but_the_last(
    deployments: Any, config: Any
) -> None:
    primary, backup, path = await two(deployments, config)
    primary.down = {"*"}
    backup.down = {"*"}
    async with MistralClient.from_profile("primary", config_file=path) as client:
        with pytest.raises(im.ServiceUnavailableError):
            await client.chat.create(model=LARGE, messages=HELLO)
    assert primary.seen == [LARGE, MEDIUM] and backup.seen == [LARGE, LARGE]


async def test_a_long_retry_after_falls_back_at_once(deployments: Any, config: Any) -> None:
    primary, backup = await deployments(), await deployments()
    more = PRIMARY_FALLBACK + "attempts_per_target = 3\n"
    path = config(profile("primary", primary.url, more), profile("backup", backup.url))
    primary.busy_for = 30.0  # 429 with Retry-After: 30 on every call
    async with MistralClient.from_profile("primary", config_file=path) as client:
        reply = await client.chat.create(model=LARGE, messages=HELLO)
    assert reply.raw is not None and reply.raw.served_by == im.ServedBy("backup", LARGE)
    assert primary.seen == [LARGE, MEDIUM]  # no wait, no retry on the primary


async def test_then_the_next_profile(deployments: Any, config: Any) -> None:
    primary, backup, path = await two(deployments, config)
    primary.down = {"*"}
    events: list[object] = []
    async with MistralClient.from_profile("primary", config_file=path) as client:
        client.resilience_hooks.subscribe(events.append)
        reply = await client.chat.create(model=LARGE, messages=HELLO)
    assert reply.raw is not None and reply.raw.served_by == im.ServedBy("backup", LARGE)
    assert primary.seen == [LARGE, MEDIUM] and backup.seen == [LARGE]
    taken = [e for e in events if isinstance(e, FallbackTaken)]
    assert [(e.source, e.target) for e in taken] == [
        (f"primary/{LARGE}", f"primary/{MEDIUM}"),
        (f"primary/{MEDIUM}", f"backup/{LARGE}"),
    ]


async def test_served_by_the_primary_when_nothing_fails(deployments: Any, config: Any) -> None:
    _, backup, path = await two(deployments, config)
    async with MistralClient.from_profile("primary", config_file=path) as client:
        reply = await client.chat.create(model=LARGE, messages=HELLO)
        embedded = await client.embeddings.create(model="mistral-embed", input=["x"])
    assert reply.raw is not None and reply.raw.served_by == im.ServedBy("primary", LARGE)
    assert embedded.raw is not None and embedded.raw.served_by == im.ServedBy(
        "primary", "mistral-embed"
    )
    assert backup.seen == []


@pytest.mark.parametrize("status", [400, 401, 422])
async def test_errors_about_the_request_never_fall_back(
    deployments: Any, config: Any, status: int
) -> None:
    primary, backup, path = await two(deployments, config)
    primary.status = status
    async with MistralClient.from_profile("primary", config_file=path) as client:
        with pytest.raises(im.APIStatusError) as caught:
            await client.chat.create(model=LARGE, messages=HELLO)
    assert caught.value.status_code == status
    assert primary.seen == [LARGE] and backup.seen == []


async def test_every_target_down_raises_the_last_error(deployments: Any, config: Any) -> None:
    primary, backup, path = await two(deployments, config)
    primary.down = backup.down = {"*"}
    async with MistralClient.from_profile("primary", config_file=path) as client:
        with pytest.raises(im.ServiceUnavailableError):
            await client.chat.create(model=LARGE, messages=HELLO)
    assert backup.seen == [LARGE, LARGE]  # the backup has no model fallbacks of its own


async def test_an_open_breaker_sends_nothing_to_its_target_until_it_recovers(
    deployments: Any, config: Any
) -> None:
    primary, backup, path = await two(deployments, config)
    primary.down = {"*"}
    async with MistralClient.from_profile("primary", config_file=path) as client:
        for _ in range(3):
            reply = await client.chat.create(model=LARGE, messages=HELLO)
            assert reply.raw is not None and reply.raw.served_by.profile == "backup"  # type: ignore[union-attr]
        assert len(primary.seen) == 4  # 4 failures opened its circuit: no call sent since
        primary.down = set()
        await asyncio.sleep(0.6)  # timeout_secs: one trial goes to the primary, and succeeds
        reply = await client.chat.create(model=LARGE, messages=HELLO)
    assert reply.raw is not None and reply.raw.served_by == im.ServedBy("primary", LARGE)
    assert len(backup.seen) == 3  # the fallback was used only while needed


async def test_streams_fall_back_before_their_first_byte(deployments: Any, config: Any) -> None:
    primary, backup, path = await two(deployments, config)
    primary.down = {"*"}
    async with MistralClient.from_profile("primary", config_file=path) as client:
        async with await client.chat.create_stream(model=LARGE, messages=HELLO) as stream:
            text = "".join([piece async for piece in stream.text_stream])
        assert stream.served_by == im.ServedBy("backup", LARGE)
    assert text == "ok" and backup.seen == [LARGE]


async def test_a_stream_cut_after_its_first_byte_does_not_fall_back(
    deployments: Any, config: Any
) -> None:
    primary, backup, path = await two(deployments, config)
    primary.cut_stream = True
    async with MistralClient.from_profile("primary", config_file=path) as client:
        stream = await client.chat.create_stream(model=LARGE, messages=HELLO)
        with pytest.raises(im.StreamInterruptedError) as caught:
            await drain(stream)
    assert caught.value.partial is not None
    assert caught.value.partial.choices[0].message.content == "ok"
    assert backup.seen == []


async def test_calls_of_one_account_never_fall_back(deployments: Any, config: Any) -> None:
    primary, backup, path = await two(deployments, config)
    primary.down = {"*"}
    async with MistralClient.from_profile("primary", config_file=path) as client:
        with pytest.raises(im.ServiceUnavailableError):
            await client.files.list()
    assert backup.seen == []


async def test_every_fallback_is_logged_counted_and_traced(
    deployments: Any,
    config: Any,
    otel: Any,  # noqa: F811
    caplog: pytest.LogCaptureFixture,
) -> None:
    primary, backup = await deployments(), await deployments()
    observed = "[default.tracing]\nenabled = true\n[default.metrics]\nenabled = true\n"
    path = config(
        observed, profile("primary", primary.url, PRIMARY_FALLBACK), profile("backup", backup.url)
    )
    primary.down = {"*"}
    with caplog.at_level(logging.WARNING, "integrations_mistral.resilience"):
        async with MistralClient.from_profile(
            "primary",
            config_file=path,
            tracer_provider=otel.tracer_provider,
            meter_provider=otel.meter_provider,
        ) as client:
            await client.chat.create(model=LARGE, messages=HELLO)
    logged = [r.getMessage() for r in caplog.records if r.getMessage().startswith("fallback:")]
    assert logged == [
        f"fallback: chat.create left primary/{LARGE} for primary/{MEDIUM} (service_unavailable)",
        f"fallback: chat.create left primary/{MEDIUM} for backup/{LARGE} (service_unavailable)",
    ]
    [point] = [
        p for p in otel.points("mistral_fallbacks_total") if p.attributes["to"] == f"backup/{LARGE}"
    ]
    assert point.value == 1 and point.attributes["profile"] == "primary"
    served = [
        s for s in otel.spans("mistral.chat.create") if s.attributes.get("mistral.fallback.from")
    ]
    assert [s.attributes["mistral.fallback.from"] for s in served] == [
        f"primary/{LARGE}",
        f"primary/{MEDIUM}",
    ]


async def test_the_blocking_client_says_who_served_a_stream(deployments: Any, config: Any) -> None:
    primary, _, path = await two(deployments, config)
    primary.down = {"*"}

    def blocking() -> tuple[Any, str]:
        with im.SyncMistralClient.from_profile("primary", config_file=path) as client:
            with client.chat.create_stream(model=LARGE, messages=HELLO) as stream:
                text = "".join(stream.text_stream)
            return stream.served_by, text

    served, text = await asyncio.to_thread(blocking)
    assert served == im.ServedBy("backup", LARGE) and text == "ok"


async def test_a_derived_client_with_another_chain_closes_its_fallbacks_with_its_parent(
    deployments: Any, config: Any
) -> None:
    primary, _, path = await two(deployments, config)
    primary.down = {"*"}
    parent = MistralClient.from_profile("primary", config_file=path)
    derived = parent.with_options(fallback={"models": {}})  # its chain is resolved again
    await parent.chat.create(model=LARGE, messages=HELLO)
    reply = await derived.chat.create(model=LARGE, messages=HELLO)
    assert reply.raw is not None and reply.raw.served_by == im.ServedBy("backup", LARGE)
    built = [parts for _, parts in parent._parts.fallbacks._parts.values()]
    assert len(built) == 2  # one per resolved chain, neither dropped unclosed
    await parent.close()
    assert all(parts.lifetime.closed for parts in built)
