"""Fallbacks by failure class: `fallback.on_context_window`, `on_rate_limit`, `on_unavailable`
move a failed model call to the listed models, once each; other failures do not move."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp import web

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.testing import chat_reply
from tests.support.apps import App

ASK = [{"role": "user", "content": "a very long prompt"}]
TOO_LONG = (
    "Prompt contains 40000 tokens and 0 draft tokens, too large for model with 32768 maximum "
    "context length"
)


class Models:
    """Per model: the status and message it answers with (200: a reply naming the model)."""

    def __init__(self, answers: dict[str, tuple[int, str]]) -> None:
        self.answers = answers
        self.asked: list[str] = []

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        model = body["model"]
        self.asked.append(model)
        status, message = self.answers.get(model, (200, ""))
        if status != 200:
            return web.json_response({"message": message, "type": "invalid_request"}, status=status)
        return web.json_response(chat_reply(body, f"answered by {model}"))


async def client_for(apps: App, models: Models, **fallback: Any) -> MistralClient:
    url = await apps.start(models.handle)
    return MistralClient.from_env(
        api_key="class-key-123",
        base_url=url,
        client={"allow_insecure_http": True},
        retry={"max_attempts": 1},
        fallback=fallback,
    )


async def test_a_context_window_error_moves_once_and_another_400_does_not(apps: App) -> None:
    models = Models({"small": (400, TOO_LONG), "picky": (400, "temperature: must be <= 1.5")})
    client = await client_for(apps, models, on_context_window=["large"])
    async with client:
        reply = await client.chat.create(model="small", messages=ASK)
        assert reply.text == "answered by large"
        with pytest.raises(im.BadRequestError, match="temperature"):
            await client.chat.create(model="picky", messages=ASK)
    assert models.asked == ["small", "large", "picky"]


async def test_rate_limited_and_unavailable_move_to_their_lists(apps: App) -> None:
    models = Models({"busy": (429, "slow down"), "down": (503, "down"), "also-down": (503, "x")})
    client = await client_for(
        apps, models, on_rate_limit=["spare"], on_unavailable=["also-down", "backup"]
    )
    async with client:
        assert (await client.chat.create(model="busy", messages=ASK)).text == "answered by spare"
        assert (await client.chat.create(model="down", messages=ASK)).text == "answered by backup"
    assert models.asked == ["busy", "spare", "down", "also-down", "backup"]


async def test_when_every_listed_model_fails_the_last_failure_is_raised(apps: App) -> None:
    models = Models({"small": (400, TOO_LONG), "medium": (400, TOO_LONG)})
    client = await client_for(apps, models, on_context_window=["medium"])
    async with client:
        with pytest.raises(im.BadRequestError, match="maximum context length"):
            await client.chat.create(model="small", messages=ASK)
    assert models.asked == ["small", "medium"]
