"""`run_tools` hardening (third round): replies with fields a request does not know, plain tools
in threads and at once, a time bound per tool, the client's key scrubbed from what the model is
sent, siblings cancelled in raise mode, a tool's own ValueError told from bad arguments."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import pytest
from aiohttp import web

import integrations_mistral as im
from tests.support.apps import CHAT_REPLY, App, apps, client_for  # noqa: F401

ASK = [{"role": "user", "content": "go"}]
KEY = "sk-tool-0123456789abcdef"


def scripted(turns: list[list[dict[str, Any]]], seen: list[dict[str, Any]], **extra: Any):  # type: ignore[no-untyped-def]
    """A model asking for the given tool calls turn by turn, then answering "done"; every
    request body kept in `seen`; `extra` fields added to every reply's message."""

    async def handler(request: web.Request) -> web.StreamResponse:
        body = await request.json()
        seen.append(body)
        turn = len(seen) - 1
        calls = [
            {"id": f"t{turn}-{i}", "type": "function",
             "function": {"name": c["name"], "arguments": json.dumps(c.get("args", {}))}}
            for i, c in enumerate(turns[turn] if turn < len(turns) else [])
        ]  # fmt: skip
        message: dict[str, Any] = {"role": "assistant", "content": "done" if not calls else ""}
        if calls:
            message["tool_calls"] = [{**c, "brand_new": {"x": 1}} for c in calls]
        message.update(extra)
        choice = {"index": 0, "message": message, "finish_reason": "tool_calls", "novel": 1}
        return web.json_response({**CHAT_REPLY, "choices": [choice]})

    return handler


async def test_unknown_reply_fields_do_not_break_the_next_turn(apps: App) -> None:  # noqa: F811
    seen: list[dict[str, Any]] = []
    server = scripted([[{"name": "ping"}]], seen, reasoning_trace={"steps": 3}, audio=None)

    def ping() -> str:
        return "pong"

    async with client_for(await apps.start(server)) as client:
        run = await client.chat.run_tools(model="m", messages=ASK, tools=[ping])
    assert run.text == "done"
    resent = seen[1]["messages"][1]
    assert resent["role"] == "assistant"
    assert "reasoning_trace" not in resent and "brand_new" not in resent["tool_calls"][0]
    assert seen[1]["messages"][2]["content"] == "pong"


async def test_plain_tools_run_at_once_in_threads(apps: App) -> None:  # noqa: F811
    seen: list[dict[str, Any]] = []
    server = scripted([[{"name": "slow"}, {"name": "slow"}]], seen)
    ticks = 0

    def slow() -> str:
        time.sleep(0.5)
        return "ok"

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    async with client_for(await apps.start(server)) as client:
        task = asyncio.create_task(ticker())
        started = time.monotonic()
        await client.chat.run_tools(model="m", messages=ASK, tools=[slow])
        elapsed = time.monotonic() - started
        task.cancel()
    assert elapsed < 0.9  # the two 0.5 s tools ran together, not one after the other
    assert ticks >= 20  # and the loop kept running meanwhile


async def test_a_tool_past_its_timeout_is_an_error(apps: App) -> None:  # noqa: F811
    seen: list[dict[str, Any]] = []
    server = scripted([[{"name": "hang"}]], seen)

    async def hang() -> str:
        await asyncio.sleep(30)
        return "never"

    url = await apps.start(server)
    async with client_for(url) as client:
        run = await client.chat.run_tools(model="m", messages=ASK, tools=[hang], tool_timeout=0.1)
        assert "gave no result within 0.1 s" in run.messages[2]["content"]
        seen.clear()
        with pytest.raises(im.ToolError, match="within 0.1 s"):
            await client.chat.run_tools(
                model="m", messages=ASK, tools=[hang], tool_timeout=0.1, on_tool_error="raise"
            )
        with pytest.raises(im.RequestValidationError, match="tool_timeout"):
            await client.chat.run_tools(model="m", messages=ASK, tools=[hang], tool_timeout=-1)


async def test_the_clients_key_never_reaches_the_model(apps: App) -> None:  # noqa: F811
    seen: list[dict[str, Any]] = []
    server = scripted([[{"name": "leaky"}, {"name": "chatty"}]], seen)

    def leaky() -> str:
        raise RuntimeError(f"upstream refused Authorization: Bearer {KEY}")

    def chatty() -> str:
        return f"my key is {KEY}"

    async with client_for(await apps.start(server), api_key=KEY) as client:
        await client.chat.run_tools(model="m", messages=ASK, tools=[leaky, chatty])
        seen.clear()
        with pytest.raises(im.ToolError) as caught:
            await client.chat.run_tools(
                model="m", messages=ASK, tools=[leaky, chatty], on_tool_error="raise"
            )
    assert KEY not in json.dumps(seen)
    assert KEY not in str(caught.value) and caught.value.__cause__ is None


async def test_in_raise_mode_the_other_tools_are_cancelled(apps: App) -> None:  # noqa: F811
    seen: list[dict[str, Any]] = []
    server = scripted([[{"name": "fail"}, {"name": "long"}]], seen)
    finished: list[str] = []

    async def fail() -> str:
        raise RuntimeError("no")

    async def long() -> str:
        await asyncio.sleep(0.5)
        finished.append("long")
        return "late"

    async with client_for(await apps.start(server)) as client:
        with pytest.raises(im.ToolError, match="raised RuntimeError"):
            await client.chat.run_tools(
                model="m", messages=ASK, tools=[fail, long], on_tool_error="raise"
            )
        await asyncio.sleep(0.7)
    assert finished == []


async def test_a_tools_own_value_error_is_not_bad_arguments(apps: App) -> None:  # noqa: F811
    seen: list[dict[str, Any]] = []
    server = scripted([[{"name": "parse", "args": {"text": "x"}}]], seen)

    def parse(text: str) -> int:
        return int(text)  # ValueError of the tool's own

    async with client_for(await apps.start(server)) as client:
        run = await client.chat.run_tools(model="m", messages=ASK, tools=[parse])
        assert run.messages[2]["content"].startswith("error: ValueError: invalid literal")
        seen.clear()
        with pytest.raises(im.ToolError, match="tool parse raised ValueError") as caught:
            await client.chat.run_tools(
                model="m", messages=ASK, tools=[parse], on_tool_error="raise"
            )
    assert isinstance(caught.value.__cause__, ValueError)
