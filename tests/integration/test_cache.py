"""The response cache against a real server on loopback: deterministic replies are served from
it, embeddings per text (only new texts are sent), on every backend; a failing backend is a miss."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.testing import chat_reply
from tests.support.apps import App

ASK = [{"role": "user", "content": "classify: blue"}]
SENTINEL_KEY = "sentinel-key-5c1e0f2a9b7d"


class Model:
    """Counts what it is asked; embeds each text as a vector made from its hash."""

    def __init__(self) -> None:
        self.chats = 0
        self.embedded: list[list[str]] = []
        self.ocr = 0

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        if request.path.endswith("/embeddings"):
            texts = [body["input"]] if isinstance(body["input"], str) else body["input"]
            self.embedded.append(texts)
            data = [
                {"object": "embedding", "index": i, "embedding": vector(text)}
                for i, text in enumerate(texts)
            ]
            tokens = sum(len(t) for t in texts)
            return web.json_response(
                {
                    "id": "e1",
                    "object": "list",
                    "model": body["model"],
                    "data": data,
                    "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
                }
            )
        if request.path.endswith("/ocr"):
            self.ocr += 1
            return web.json_response(
                {
                    "pages": [{"index": 0, "markdown": "# page", "images": [], "dimensions": None}],
                    "model": body["model"],
                    "usage_info": {"pages_processed": 1},
                }
            )
        self.chats += 1
        return web.json_response(chat_reply(body))


def vector(text: str) -> list[float]:
    digest = hashlib.sha256(text.encode()).digest()
    return [byte / 255 for byte in digest[:8]]


async def client_for(apps: App, model: Model, **cache: Any) -> MistralClient:
    url = await apps.start(model.handle)
    return MistralClient.from_env(
        api_key=SENTINEL_KEY,
        base_url=url,
        client={"allow_insecure_http": True},
        cache={"enabled": True, **cache},
    )


async def test_a_deterministic_chat_is_served_from_the_cache(apps: App) -> None:
    model = Model()
    async with await client_for(apps, model) as client:
        first = await client.chat.create(model="m", messages=ASK, temperature=0)
        again = await client.chat.create(model="m", messages=ASK, temperature=0)
        seeded = await client.chat.create(model="m", messages=ASK, random_seed=7)
        seeded_again = await client.chat.create(model="m", messages=ASK, random_seed=7)
    assert model.chats == 2
    assert first.raw is not None and first.raw.cache == "stored"
    assert again.raw is not None and again.raw.cache == "hit"
    assert again.choices[0].message.content == first.choices[0].message.content
    assert again.id == first.id
    assert again.raw.served_by == first.raw.served_by
    assert seeded.raw is not None and seeded.raw.cache == "stored"
    assert seeded_again.raw is not None and seeded_again.raw.cache == "hit"


async def test_a_sampled_chat_is_never_served_from_the_cache(apps: App) -> None:
    model = Model()
    async with await client_for(apps, model) as client:
        replies = [
            await client.chat.create(model="m", messages=ASK, temperature=0.7) for _ in range(3)
        ]
        default = await client.chat.create(model="m", messages=ASK)  # the model's own sampling
    assert model.chats == 4
    assert all(r.raw is not None and r.raw.cache == "bypass" for r in [*replies, default])


async def test_per_call_bypass_refresh_and_ttl(apps: App) -> None:
    model = Model()
    async with await client_for(apps, model) as client:
        await client.chat.create(model="m", messages=ASK, temperature=0)
        bypass = await client.chat.create(model="m", messages=ASK, temperature=0, cache=False)
        refresh = await client.chat.create(model="m", messages=ASK, temperature=0, cache="refresh")
        hit = await client.chat.create(model="m", messages=ASK, temperature=0)
        assert model.chats == 3
        short = await client.chat.create(
            model="m", messages=[{"role": "user", "content": "x"}], temperature=0,
            cache_ttl_secs=0.001,
        )  # fmt: skip
        await asyncio.sleep(0.01)
        again = await client.chat.create(
            model="m", messages=[{"role": "user", "content": "x"}], temperature=0
        )
        with pytest.raises(im.RequestValidationError, match="cache"):
            await client.chat.create(model="m", messages=ASK, cache="yes")  # type: ignore[arg-type]
        with pytest.raises(im.RequestValidationError, match="cache_ttl_secs"):
            await client.chat.create(model="m", messages=ASK, cache_ttl_secs=-1)
    assert bypass.raw is not None and bypass.raw.cache == "bypass"
    assert refresh.raw is not None and refresh.raw.cache == "stored"
    assert hit.raw is not None and hit.raw.cache == "hit"
    assert short.raw is not None and short.raw.cache == "stored"
    assert again.raw is not None and again.raw.cache == "stored"  # the first had expired
    assert model.chats == 5


async def test_tool_results_in_the_conversation_are_never_cached(apps: App) -> None:
    model = Model()
    messages = [
        *ASK,
        {"role": "assistant", "content": "", "tool_calls": [
            {"id": "abcdefghi", "function": {"name": "f", "arguments": "{}"}}]},
        {"role": "tool", "name": "f", "content": "42", "tool_call_id": "abcdefghi"},
    ]  # fmt: skip
    async with await client_for(apps, model) as client:
        for _ in range(2):
            reply = await client.chat.create(model="m", messages=messages, temperature=0)
            assert reply.raw is not None and reply.raw.cache == "bypass"
    assert model.chats == 2


@pytest.mark.parametrize("backend", ["memory", "disk", "redis"])
async def test_embeddings_are_cached_per_text(
    apps: App, backend: str, tmp_path: Path, redis_url: str
) -> None:
    texts = [f"document {i}" for i in range(1000)]
    changed = list(texts)
    for i in range(0, 1000, 100):
        changed[i] = f"changed document {i}"
    cache: dict[str, Any] = {"backend": backend, "path": str(tmp_path / "cache")}
    if backend == "redis":
        cache.update(redis_url=redis_url, redis_key_prefix=f"t{tmp_path.name}")
    model = Model()
    async with await client_for(apps, model, **cache) as client:
        first = await client.embeddings.create(model="mistral-embed", input=texts)
        second = await client.embeddings.create(model="mistral-embed", input=changed)
        third = await client.embeddings.create(model="mistral-embed", input=changed)
    assert model.embedded[0] == texts
    assert sorted(model.embedded[1]) == sorted(changed[i] for i in range(0, 1000, 100))
    assert len(model.embedded) == 2  # the third call sent nothing
    uncached = [vector(text) for text in changed]
    assert [item.embedding for item in second.data] == uncached
    assert [item.index for item in second.data] == list(range(1000))
    assert second.vectors == uncached and third.vectors == uncached
    assert first.vectors == [vector(text) for text in texts]
    assert third.raw is not None and third.raw.cache == "hit"
    assert second.raw is not None and second.raw.cache == "stored"
    assert second.usage.prompt_tokens == sum(len(changed[i]) for i in range(0, 1000, 100))


async def test_one_text_twice_is_sent_once(apps: App) -> None:
    model = Model()
    async with await client_for(apps, model) as client:
        reply = await client.embeddings.create(model="e", input=["a", "b", "a"])
        single = await client.embeddings.create(model="e", input="b")
    assert model.embedded == [["a", "b"]]
    assert reply.vectors == [vector("a"), vector("b"), vector("a")]
    assert single.vectors == [vector("b")] and single.raw is not None
    assert single.raw.cache == "hit"


async def test_ocr_is_cached(apps: App) -> None:
    model = Model()
    document = {"type": "document_url", "document_url": "https://example.test/a.pdf"}
    async with await client_for(apps, model) as client:
        first = await client.ocr.process(model="mistral-ocr-latest", document=document)
        again = await client.ocr.process(model="mistral-ocr-latest", document=document)
    assert model.ocr == 1
    assert again.pages[0].markdown == first.pages[0].markdown
    assert again.raw is not None and again.raw.cache == "hit"


async def test_a_profile_without_a_cache_says_nothing(apps: App) -> None:
    model = Model()
    url = await apps.start(model.handle)
    client = MistralClient.from_env(
        api_key=SENTINEL_KEY, base_url=url, client={"allow_insecure_http": True}
    )
    async with client:
        for _ in range(2):
            reply = await client.chat.create(model="m", messages=ASK, temperature=0)
            assert reply.raw is not None and reply.raw.cache is None
    assert model.chats == 2


async def test_a_failing_backend_is_a_miss_logged_once(
    apps: App, caplog: pytest.LogCaptureFixture
) -> None:
    model = Model()
    caplog.set_level(logging.WARNING, "integrations_mistral.cache")
    dead = "redis://:hunter2-secret@127.0.0.1:9/0"
    async with await client_for(apps, model, backend="redis", redis_url=dead) as client:
        for _ in range(3):
            reply = await client.chat.create(model="m", messages=ASK, temperature=0)
            assert reply.raw is not None and reply.raw.cache == "miss"
    assert model.chats == 3
    warnings = [r for r in caplog.records if "response cache" in r.getMessage()]
    assert len(warnings) == 1
    assert "hunter2" not in caplog.text


async def test_a_corrupt_disk_entry_is_a_miss(apps: App, tmp_path: Path) -> None:
    model = Model()
    folder = tmp_path / "cache"
    async with await client_for(apps, model, backend="disk", path=str(folder)) as client:
        await client.chat.create(model="m", messages=ASK, temperature=0)
        for entry in folder.glob("??/*"):
            entry.write_bytes(b"\xff\xfe not an entry")
        reply = await client.chat.create(model="m", messages=ASK, temperature=0)
        again = await client.chat.create(model="m", messages=ASK, temperature=0)
    assert model.chats == 2
    assert reply.raw is not None and reply.raw.cache == "stored"
    assert again.raw is not None and again.raw.cache == "hit"


async def test_no_key_in_any_cache_entry(apps: App, tmp_path: Path, redis_url: str) -> None:
    prefix = f"nokey{tmp_path.name}"
    for backend in ("disk", "redis"):
        model = Model()
        cache = {"backend": backend, "path": str(tmp_path / "c"), "redis_url": redis_url,
                 "redis_key_prefix": prefix}  # fmt: skip
        async with await client_for(apps, model, **cache) as client:
            await client.chat.create(model="m", messages=ASK, temperature=0)
            await client.embeddings.create(model="e", input=["x", "y"])
    written = b"".join(p.read_bytes() for p in (tmp_path / "c").rglob("*") if p.is_file())
    assert written and SENTINEL_KEY.encode() not in written
    from redis.asyncio import Redis

    redis = Redis.from_url(redis_url)
    keys = [key async for key in redis.scan_iter(f"{prefix}:*")]
    values = [await redis.get(key) for key in keys]
    await redis.aclose()
    stored = b"".join(k + (v or b"") for k, v in zip(keys, values, strict=True))
    assert keys and SENTINEL_KEY.encode() not in stored


async def test_redis_killed_mid_run_every_call_is_answered(apps: App, tmp_path: Path) -> None:
    from tests.conftest import start_redis

    url, process = start_redis(tmp_path)
    model = Model()
    states = []
    try:
        async with await client_for(apps, model, backend="redis", redis_url=url) as client:
            for round_ in range(40):
                if round_ == 20:
                    process.kill()
                    process.wait()
                reply = await client.chat.create(
                    model="m", messages=[{"role": "user", "content": str(round_ % 5)}],
                    temperature=0,
                )  # fmt: skip
                assert reply.raw is not None
                states.append(reply.raw.cache)
    finally:
        if process.poll() is None:
            process.kill()
    assert states[:5] == ["stored"] * 5 and set(states[5:20]) == {"hit"}
    assert set(states[20:]) == {"miss"}  # Redis gone: answered by the API, nothing raised
    assert model.chats == 5 + 20


class Streaming(Model):
    """Streams a completion in two chunks; `cut` drops the connection after the first."""

    cut = False

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        if not body.get("stream"):
            return await super().handle(request)
        self.chats += 1
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        usage = {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}
        first = {"id": "s", "model": body["model"],
                 "choices": [{"index": 0, "delta": {"content": "ok "}}]}  # fmt: skip
        last = {"id": "s", "model": body["model"], "usage": usage,
                "choices": [{"index": 0, "delta": {"content": "then"}, "finish_reason": "stop"}]}  # fmt: skip
        await response.write(f"data: {json.dumps(first)}\n\n".encode())
        if self.cut:
            request.transport.close()  # type: ignore[union-attr]
            return response
        await response.write(f"data: {json.dumps(last)}\n\ndata: [DONE]\n\n".encode())
        return response


async def test_streams_are_replayed_when_the_profile_keeps_them(apps: App) -> None:
    model = Streaming()
    async with await client_for(apps, model, streams=True) as client:
        texts, states = [], []
        for _ in range(2):
            async with await client.chat.create_stream(
                model="m", messages=ASK, temperature=0
            ) as stream:
                final = await stream.final_response()
            texts.append(final.choices[0].message.content)
            assert final.raw is not None
            states.append(final.raw.cache)
        assert final.raw.cost == 0.0  # a replay costs nothing
        sampled = await client.chat.create_stream(model="m", messages=ASK, temperature=0.5)
        async with sampled:
            await sampled.final_response()
    assert texts == ["ok then", "ok then"] and states == ["stored", "hit"]
    assert model.chats == 2  # the replay sent nothing; the sampled stream was sent


async def test_streams_are_not_kept_by_default_nor_when_cut(apps: App) -> None:
    model = Streaming()
    async with await client_for(apps, model) as client:
        for _ in range(2):
            async with await client.chat.create_stream(
                model="m", messages=ASK, temperature=0
            ) as stream:
                await stream.final_response()
    assert model.chats == 2
    model = Streaming()
    model.cut = True
    async with await client_for(apps, model, streams=True) as client:
        for _ in range(2):
            with pytest.raises(im.StreamInterruptedError):
                async with await client.chat.create_stream(
                    model="m", messages=ASK, temperature=0
                ) as stream:
                    await stream.final_response()
    assert model.chats == 2  # a cut stream was never kept


async def test_profiles_share_entries_only_by_namespace(
    apps: App, tmp_path: Path, redis_url: str
) -> None:
    model = Model()
    url = await apps.start(model.handle)
    prefix = f"ns{tmp_path.name}"

    def profile(name: str, namespace: str | None) -> MistralClient:
        cache = {"enabled": True, "backend": "redis", "redis_url": redis_url,
                 "redis_key_prefix": prefix, "namespace": namespace}  # fmt: skip
        return MistralClient.from_env(
            api_key=SENTINEL_KEY, base_url=url, client={"allow_insecure_http": True},
            cache=cache, profile=name,
        )  # fmt: skip

    async def ask(client: MistralClient) -> str | None:
        async with client:
            reply = await client.chat.create(model="m", messages=ASK, temperature=0)
        return reply.raw.cache if reply.raw else None

    assert await ask(profile("prod", None)) == "stored"
    assert await ask(profile("staging", None)) == "stored"  # its own entries
    assert await ask(profile("prod", None)) == "hit"
    assert await ask(profile("prod", "shared")) == "stored"
    assert await ask(profile("staging", "shared")) == "hit"  # the same namespace: shared
    assert model.chats == 3


async def test_a_body_that_is_not_json_is_sent_uncached() -> None:
    from integrations_mistral.cache import MemoryStore, ResponseCache
    from integrations_mistral.operations import operation
    from integrations_mistral.request import Request
    from integrations_mistral.services import CachingCaller

    sent: list[Request] = []

    class Inner:
        async def call(self, request: Request, model: Any) -> Any:
            sent.append(request)
            return "answered"

    cache = ResponseCache(MemoryStore(10, 10_000), "p", "t", 60, ["chat.create"])
    caller = CachingCaller(Inner(), cache, lambda operation, tokens: None)
    row = operation("chat.create")
    request = Request(row, "chat.create", "POST", "/v1/chat/completions", b"\xff not json")
    assert await caller.call(request, object) == "answered"  # type: ignore[arg-type]
    assert sent[0].cache_state == "bypass"
