"""Conversations end to end against the fake server: turns, streams, history, branches."""

from __future__ import annotations

import json
from typing import Any

import pytest

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.testing import FakeMistralServer, ScriptedReply
from integrations_mistral.testing.fake_conversations import conversation_events
from tests.conftest import local_overrides

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}


def client_for(server: FakeMistralServer) -> MistralClient:
    return MistralClient.from_env(**local_overrides(server, retry={"max_attempts": 1}))


async def test_turns_history_messages_list_and_delete(server: FakeMistralServer) -> None:
    async with client_for(server) as client:
        first = await client.conversations.start(model="mistral-small-latest", inputs="Bonjour")
        assert first.text == "echo: Bonjour" and first.usage.total_tokens > 0
        assert isinstance(first.outputs[0], im.MessageOutputEntry)
        second = await client.conversations.append(first.conversation_id, inputs="Encore")
        assert second.text == "echo: Encore"
        history = await client.conversations.history(first.conversation_id)
        assert [e.type for e in history.entries] == [
            "message.input", "message.output", "message.input", "message.output",
        ]  # fmt: skip
        messages = await client.conversations.messages(first.conversation_id)
        assert len(messages.messages) == 4
        stored = await client.conversations.get(first.conversation_id)
        assert stored.model == "mistral-small-latest"
        assert [c.id async for c in client.conversations.iterate(page_size=1)] == [stored.id]
        branch = await client.conversations.restart(
            first.conversation_id, from_entry_id=history.entries[1].id, inputs="Autre"
        )
        assert branch.conversation_id != first.conversation_id and branch.text == "echo: Autre"
        await client.conversations.delete(first.conversation_id)
        with pytest.raises(im.NotFoundError):
            await client.conversations.get(first.conversation_id)
    body = server.requests[0].json
    assert body == {"model": "mistral-small-latest", "inputs": "Bonjour"}


async def test_function_call_round_trip(server: FakeMistralServer) -> None:
    async with client_for(server) as client:
        turn = await client.conversations.start(model="m", inputs="Lyon", tools=[WEATHER])
        [call] = turn.function_calls
        assert call.name == "get_weather" and json.loads(str(call.arguments)) == {"city": "Lyon"}
        result = {"type": "function.result", "tool_call_id": call.tool_call_id, "result": "sunny"}
        final = await client.conversations.append(turn.conversation_id, inputs=[result])
        assert final.text == "echo: sunny"


async def test_streams_give_typed_events_and_the_final_turn(server: FakeMistralServer) -> None:
    async with client_for(server) as client:
        async with await client.conversations.start_stream(
            model="m", inputs="hello stream"
        ) as stream:
            events = [event async for event in stream]
            final = await stream.final_response()
        assert isinstance(events[0], im.ResponseStartedEvent)
        assert isinstance(events[-1], im.ResponseDoneEvent)
        assert (
            "".join(e.text for e in events if isinstance(e, im.MessageOutputEvent))
            == "echo: hello stream"
        )
        assert (
            final.text == "echo: hello stream"
            and final.conversation_id == events[0].conversation_id
        )
        assert final.usage.total_tokens == events[-1].usage.total_tokens
        appended = await client.conversations.append_stream(final.conversation_id, inputs="more")
        assert (await appended.final_response()).text == "echo: more"
    assert server.requests[0].json["stream"] is True


def _sse(events: list[dict[str, Any]]) -> bytes:
    return b"".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n".encode() for e in events)


async def test_a_stream_cut_mid_event_keeps_what_arrived(server: FakeMistralServer) -> None:
    turn = {
        "conversation_id": "conv_1",
        "outputs": [{"type": "message.output", "id": "m1", "content": "one two three four"}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 4, "total_tokens": 5},
    }
    body = _sse(conversation_events(turn)[:3])  # started, "one", " two"
    body += _sse(conversation_events(turn)[3:4])[:30]  # half of " three"
    server.enqueue(
        "/v1/conversations",
        ScriptedReply(
            chunks=[body], headers={"Content-Type": "text/event-stream"}, drop_after_chunks=True
        ),
    )
    async with client_for(server) as client:
        stream = await client.conversations.start_stream(model="m", inputs="x")
        with pytest.raises(im.StreamInterruptedError) as caught:
            await stream.final_response()
    assert caught.value.partial.text == "one two"
    assert caught.value.partial.conversation_id == "conv_1"


async def test_an_error_event_is_a_typed_error(server: FakeMistralServer) -> None:
    events = [
        {"type": "conversation.response.started", "conversation_id": "c"},
        {"type": "conversation.response.error", "message": "quota exceeded", "code": 429},
    ]
    server.enqueue(
        "/v1/conversations",
        ScriptedReply(chunks=[_sse(events)], headers={"Content-Type": "text/event-stream"}),
    )
    async with client_for(server) as client:
        stream = await client.conversations.start_stream(model="m", inputs="x")
        with pytest.raises(im.RateLimitError, match="quota exceeded"):
            await stream.final_response()


async def test_mistakes_are_typed_before_sending(server: FakeMistralServer) -> None:
    async with client_for(server) as client:
        with pytest.raises(im.RequestValidationError, match="did you mean 'inputs'"):
            await client.conversations.start(model="m", input="x")
        with pytest.raises(im.RequestValidationError, match="from_entry_id"):
            await client.conversations.restart("conv_1", inputs="x")
        with pytest.raises(im.RequestValidationError, match="conversation_id"):
            await client.conversations.get("")
    assert server.requests == []


async def test_agents_pages_versions_and_aliases(server: FakeMistralServer) -> None:
    async with client_for(server) as client:
        agents = [await client.agents.create(model="m", name=f"a{i}") for i in range(3)]
        first = await client.agents.list(page_size=2)
        assert len(first.data) == 2 and first.next_page_token
        assert [a.id async for a in client.agents.iterate(page_size=2)] == [a.id for a in agents]
        agent = agents[0]
        await client.agents.update(agent.id, instructions="v1")
        await client.agents.update(agent.id, instructions="v2")
        versions = await client.agents.list_versions(agent.id)
        assert [v.instructions for v in versions] == [None, "v1", "v2"]
        assert (await client.agents.get_version(agent.id, 1)).instructions == "v1"
        assert (await client.agents.update_version(agent.id, version=1)).instructions == "v1"
        alias = await client.agents.set_alias(agent.id, alias="prod", version=2)
        assert (alias.alias, alias.version) == ("prod", 2)
        assert [a.alias for a in await client.agents.list_aliases(agent.id)] == ["prod"]
        await client.agents.delete_alias(agent.id, alias="prod")
        assert await client.agents.list_aliases(agent.id) == []
        with pytest.raises(im.NotFoundError):
            await client.agents.get_version(agent.id, 9)
        with pytest.warns(DeprecationWarning, match="agents.list_legacy"):
            assert len(await client.agents.list_legacy(page_size=10)) == 3
