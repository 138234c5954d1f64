"""Exact prompt token counts with the model's own tokenizer (the `[tokenizer]` extra), and the
limiter charging them when `rate_limit.token_estimator = "tokenizer"`."""

from __future__ import annotations

import asyncio
import sys
from typing import Any

import pytest
from aiohttp import web
from pydantic import BaseModel

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.testing import FakeMistralServer
from tests.conftest import local_overrides
from tests.support.apps import CHAT_REPLY, App, apps, client_for  # noqa: F401

mistral_common = pytest.importorskip("mistral_common", reason="the [tokenizer] extra")

HELLO = [{"role": "user", "content": "Hello there, how are you today?"}]
TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "f",
            "description": "d",
            "parameters": {"type": "object", "properties": {}},
        },
    }
]


def reference(model_file: str, messages: list[dict[str, Any]], tools: Any = None) -> int:
    """The count as mistral-common itself gives it, for the same tokenizer file."""
    import os

    from mistral_common.protocol.instruct.request import ChatCompletionRequest
    from mistral_common.tokens.tokenizers.mistral import MistralTokenizer

    path = os.path.join(os.path.dirname(mistral_common.__file__), "data", model_file)
    request = ChatCompletionRequest.model_validate({"messages": messages, "tools": tools})
    return len(MistralTokenizer.from_file(path).encode_chat_completion(request).tokens)


async def test_counts_are_the_tokenizers_own() -> None:
    client = MistralClient(api_key="k")
    small = await client.tokens.count(model="mistral-small-latest", messages=HELLO)
    old = await client.tokens.count(model="open-mistral-7b", messages=HELLO, tools=TOOLS)
    assert small == reference("tekken_240911.json", HELLO)
    assert old == reference("tokenizer.model.v1", HELLO, TOOLS)
    with_tools = await client.tokens.count(
        model="mistral-small-latest", messages=HELLO, tools=TOOLS
    )
    assert with_tools > small


async def test_without_the_extra_the_error_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "mistral_common", None)
    client = MistralClient(api_key="k")
    with pytest.raises(im.ConfigurationError, match=r"\[tokenizer\] extra"):
        await client.tokens.count(model="mistral-small-latest", messages=HELLO)
    with pytest.raises(im.ConfigurationError, match="rate_limit.token_estimator = 'tokenizer'"):
        MistralClient(api_key="k", rate_limit={"token_estimator": "tokenizer"})


async def test_the_limiter_charges_the_exact_prompt(apps: App) -> None:  # noqa: F811
    charged: list[int] = []
    holding = asyncio.Event()

    async def slow(request: web.Request) -> web.StreamResponse:
        await request.read()
        holding.set()
        await asyncio.sleep(0.2)
        return web.json_response(CHAT_REPLY)  # its usage: 2 tokens

    limits = {
        "token_estimator": "tokenizer",
        "requests_per_minute": 100,
        "tokens_per_minute": 10**6,
    }
    async with client_for(await apps.start(slow), rate_limit=limits) as client:
        limiter: Any = client._stack.limiter
        call = asyncio.create_task(
            client.chat.create(model="mistral-small-latest", messages=HELLO, max_tokens=10)
        )
        await holding.wait()
        charged.append(limiter.usage[1])
        await call
        charged.append(limiter.usage[1])
    exact = reference("tekken_240911.json", HELLO)
    assert charged == [exact + 10, 2]  # then settled against the reported usage


async def test_the_servers_query_cost_settles_a_reply_without_usage(apps: App) -> None:  # noqa: F811
    async def no_usage(request: web.Request) -> web.StreamResponse:
        await request.read()
        reply = {k: v for k, v in CHAT_REPLY.items() if k != "usage"}
        return web.json_response(reply, headers={"x-ratelimit-tokens-query-cost": "123"})

    class Reply(BaseModel):
        id: str

    limits = {"requests_per_minute": 100, "tokens_per_minute": 10**6}
    async with client_for(await apps.start(no_usage), rate_limit=limits) as client:
        await client.request("POST", "/v1/chat/completions", json={"model": "m"}, cast_to=Reply)
        assert client._stack.limiter.usage[1] == 123  # type: ignore[attr-defined]


def test_the_blocking_client_counts(threaded_server_url: str) -> None:
    with im.SyncMistralClient(api_key="k") as client:
        assert client.tokens.count(model="mistral-small-latest", messages=HELLO) > 0


async def test_counting_sends_nothing(server: FakeMistralServer) -> None:
    async with MistralClient(**local_overrides(server)) as client:
        assert await client.tokens.count(model="mistral-small-latest", messages=HELLO) > 0
    assert server.requests == []
