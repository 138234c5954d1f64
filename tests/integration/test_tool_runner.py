"""`chat.run_tools`: Python functions as tools, run turn after turn against the fake server over HTTP
(and a chaos server for the model that never stops), failure paths included."""

from __future__ import annotations

import asyncio
import json
from typing import Annotated

import pytest
from aiohttp import web
from pydantic import Field

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.services.tool_runner import FunctionTool, function_tool
from integrations_mistral.testing import FakeMistralServer
from tests.conftest import local_overrides
from tests.support.apps import CHAT_REPLY, App, apps, client_for  # noqa: F401
from tests.support.telemetry import Telemetry, otel  # noqa: F401

ASK = [{"role": "user", "content": "Lyon"}]


def get_weather(city: Annotated[str, Field(description="City name")], unit: str = "C") -> str:
    """The weather in a city, now."""
    return f"sunny in {city} ({unit})"


async def test_a_function_tool_is_described_called_and_answered(server: FakeMistralServer) -> None:
    async with MistralClient(**local_overrides(server)) as client:
        run = await client.chat.run_tools(model="m", messages=ASK, tools=[get_weather])
    assert run.text == "echo: sunny in Lyon (C)"
    assert run.turns == 2
    assert [m["role"] for m in run.messages] == ["user", "assistant", "tool", "assistant"]
    sent = server.requests_to("/v1/chat/completions")[0].json
    function = sent["tools"][0]["function"]
    assert function["name"] == "get_weather"
    assert function["description"] == "The weather in a city, now."
    assert function["parameters"]["required"] == ["city"]
    assert function["parameters"]["properties"]["city"]["description"] == "City name"


async def test_a_tool_that_raises_sends_its_error_to_the_model(server: FakeMistralServer) -> None:
    async def lookup(city: str) -> str:
        raise LookupError(f"no station in {city}")

    async with MistralClient(**local_overrides(server)) as client:
        run = await client.chat.run_tools(model="m", messages=ASK, tools=[lookup])
        assert run.text == "echo: error: LookupError: no station in Lyon"
        with pytest.raises(im.ToolError, match="tool lookup raised LookupError") as caught:
            await client.chat.run_tools(
                model="m", messages=ASK, tools=[lookup], on_tool_error="raise"
            )
    assert isinstance(caught.value.__cause__, LookupError)


async def test_arguments_are_validated_before_the_call(server: FakeMistralServer) -> None:
    called: list[int] = []

    def square(number: int) -> int:
        called.append(number)
        return number * number

    async with MistralClient(**local_overrides(server)) as client:
        run = await client.chat.run_tools(model="m", messages=ASK, tools=[square])
    assert called == []  # "Lyon" is not an int
    assert run.messages[2]["content"].startswith("error: invalid arguments: number:")


def always_calling(counter: list[int]):  # type: ignore[no-untyped-def]
    """A model that asks for two tool calls in every reply."""

    async def handler(request: web.Request) -> web.StreamResponse:
        await request.read()
        counter.append(1)
        calls = [
            {"id": f"c{len(counter)}-{i}", "type": "function",
             "function": {"name": "slow", "arguments": json.dumps({"n": i})}}
            for i in range(2)
        ]  # fmt: skip
        message = {"role": "assistant", "content": "", "tool_calls": calls}
        choice = {"index": 0, "message": message, "finish_reason": "tool_calls"}
        return web.json_response({**CHAT_REPLY, "choices": [choice]})

    return handler


async def test_a_model_that_never_stops_ends_at_max_turns(apps: App) -> None:  # noqa: F811
    asked: list[int] = []
    running: list[int] = []
    most: list[int] = [0]

    async def slow(n: int) -> str:
        running.append(n)
        most[0] = max(most[0], len(running))
        await asyncio.sleep(0.05)
        running.remove(n)
        return f"done {n}"

    async with client_for(await apps.start(always_calling(asked))) as client:
        with pytest.raises(im.MaxTurnsError, match="max_turns = 3") as caught:
            await client.chat.run_tools(model="m", messages=ASK, tools=[slow], max_turns=3)
        assert most[0] == 2  # the two calls of a reply ran at once
        most[0] = 0
        with pytest.raises(im.MaxTurnsError):
            await client.chat.run_tools(
                model="m", messages=ASK, tools=[slow], max_turns=1, parallel_tool_calls=False
            )
        assert most[0] == 1
    run = caught.value.run
    assert run.turns == 3 and len(asked) == 4
    assert [m["role"] for m in run.messages].count("tool") == 6


async def test_an_unknown_tool_name_is_answered_as_an_error(apps: App) -> None:  # noqa: F811
    async with client_for(await apps.start(always_calling([]))) as client:
        with pytest.raises(im.MaxTurnsError) as caught:
            await client.chat.run_tools(model="m", messages=ASK, tools=[get_weather], max_turns=1)
    assert "not a tool of this run" in caught.value.run.messages[-1]["content"]


async def test_every_turn_is_a_span_under_one_parent(
    server: FakeMistralServer,
    otel: Telemetry,  # noqa: F811
) -> None:
    async with MistralClient(
        tracer_provider=otel.tracer_provider,
        **local_overrides(server, tracing={"enabled": True}),
    ) as client:
        await client.chat.run_tools(model="m", messages=ASK, tools=[get_weather])
    parent = otel.span("mistral.chat.run_tools")
    turns = otel.spans("mistral.chat.create")
    assert len(turns) == 2
    assert all(
        span.parent is not None and span.parent.span_id == parent.context.span_id for span in turns
    )


def test_the_blocking_client_runs_tools(threaded_server_url: str) -> None:
    with im.SyncMistralClient(
        api_key="test-key", base_url=threaded_server_url, client={"allow_insecure_http": True}
    ) as client:
        run = client.chat.run_tools(model="m", messages=ASK, tools=[get_weather])
    assert run.text == "echo: sunny in Lyon (C)"


def test_decorated_tools_and_refusals() -> None:
    @function_tool(name="weather", description="Weather.")
    def anything(city: str) -> str:
        return city

    assert isinstance(anything, FunctionTool) and anything.name == "weather"
    with pytest.raises(im.RequestValidationError, match=r"\*args"):
        FunctionTool.from_function(lambda *args: None)
    from integrations_mistral.services.tool_runner import as_tools

    with pytest.raises(im.RequestValidationError, match="two tools are named"):
        as_tools([get_weather, get_weather])


async def test_a_conversation_runs_its_function_calls(server: FakeMistralServer) -> None:
    async with MistralClient(**local_overrides(server)) as client:
        run = await client.conversations.run_tools(model="m", inputs="Lyon", tools=[get_weather])
        assert run.text == "echo: sunny in Lyon (C)" and run.turns == 2
        history = await client.conversations.history(run.conversation_id)
    kinds = [entry.type for entry in history.entries]
    assert kinds == ["message.input", "function.call", "function.result", "message.output"]


async def test_a_conversation_that_keeps_calling_ends_at_max_turns(
    server: FakeMistralServer,
) -> None:
    async with MistralClient(**local_overrides(server)) as client:
        with pytest.raises(im.MaxTurnsError) as caught:
            await client.conversations.run_tools(
                model="m", inputs="Lyon", tools=[get_weather], max_turns=1
            )
    assert caught.value.run.turns == 1
