"""Replies the current document allows that hand-written models refused (third round): string
`reference_ids`, a choice without `message`, an embedding without `index`, an entry without
`type`, a `message.output.delta` whose content is one chunk object, a speech `done` event whose
data has no `type`."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

from aiohttp import web

from tests.support.apps import CHAT_REPLY, HELLO, App, apps, client_for, streaming  # noqa: F401

REFERENCE = {"type": "reference", "reference_ids": ["doc-1", 2]}


def replying(payload: Any):  # type: ignore[no-untyped-def]
    async def handler(request: web.Request) -> web.StreamResponse:
        await request.read()
        return web.json_response(payload)

    return handler


async def test_reference_ids_may_be_strings_in_chat_fim_and_agents(apps: App) -> None:  # noqa: F811
    message = {"role": "assistant", "content": [{"type": "text", "text": "see"}, REFERENCE]}
    reply = {**CHAT_REPLY, "choices": [{"index": 0, "message": message, "finish_reason": "stop"}]}
    async with client_for(await apps.start(replying(reply))) as client:
        chat = await client.chat.create(model="m", messages=HELLO)
        fim = await client.fim.create(model="codestral-latest", prompt="def")
        agent = await client.agents.complete(agent_id="ag", messages=HELLO)
    for answer in (chat, fim, agent):
        assert answer.choices[0].message.content[1].reference_ids == ["doc-1", 2]  # type: ignore[index,union-attr]


async def test_a_choice_without_message_and_an_embedding_without_index(apps: App) -> None:  # noqa: F811
    bare = {**CHAT_REPLY, "choices": [{"index": 0, "finish_reason": "stop"}]}
    async with client_for(await apps.start(replying(bare))) as client:
        reply = await client.chat.create(model="m", messages=HELLO)
    assert reply.text == "" and reply.choices[0].message.role == "assistant"
    vectors = {
        "model": "e",
        "usage": {"prompt_tokens": 1, "total_tokens": 1},
        "data": [{"embedding": [1.0]}, {"embedding": [2.0]}, {"object": "embedding"}],
    }
    async with client_for(await apps.start(replying(vectors))) as client:
        embedded = await client.embeddings.create(model="e", input=["a", "b"])
    assert embedded.data[0].index is None
    assert embedded.vectors == [[1.0], [2.0], []]  # no index: in the order sent


async def test_a_conversation_entry_without_type(apps: App) -> None:  # noqa: F811
    outputs = [
        {"role": "assistant", "content": "hello", "id": "m1"},
        {"tool_call_id": "t1", "name": "f", "arguments": "{}"},
        {"tool_call_id": "t2", "result": "ok"},
    ]
    reply = {"conversation_id": "c1", "outputs": outputs, "usage": {}}
    async with client_for(await apps.start(replying(reply))) as client:
        started = await client.conversations.start(model="m", inputs="hi")
    kinds = [type(entry).__name__ for entry in started.outputs]
    assert kinds == ["MessageOutputEntry", "FunctionCallEntry", "FunctionResultEntry"]
    assert started.text == "hello"


async def test_a_delta_whose_content_is_one_chunk_object(apps: App) -> None:  # noqa: F811
    def frame(data: dict[str, Any]) -> bytes:
        return f"event: {data['type']}\ndata: {json.dumps(data)}\n\n".encode()

    delta = {"type": "message.output.delta", "id": "m1", "output_index": 0}
    server = streaming(
        frame({"type": "conversation.response.started", "conversation_id": "c1"}),
        frame({**delta, "content": "Paris "}),
        frame({**delta, "content": {"type": "tool_reference", "tool": "web_search", "title": "W"}}),
        frame({**delta, "content": "is big"}),
        frame({"type": "conversation.response.done", "usage": {"total_tokens": 3}}),
    )
    async with client_for(await apps.start(server)) as client:
        stream = await client.conversations.start_stream(model="m", inputs="where?")
        final = await stream.final_response()
    content = final.outputs[0].content  # type: ignore[union-attr]
    assert content[0] == {"type": "text", "text": "Paris "}
    assert content[1]["type"] == "tool_reference"
    assert content[2] == {"type": "text", "text": "is big"}


async def test_a_speech_done_event_without_data_type_completes(
    apps: App,  # noqa: F811
    tmp_path: Path,
) -> None:
    audio = base64.b64encode(b"RIFF....").decode()
    server = streaming(
        f"event: speech.audio.delta\ndata: {json.dumps({'audio_data': audio})}\n\n".encode(),
        f"event: speech.audio.done\ndata: {json.dumps({'usage': {'total_tokens': 1}})}\n\n".encode(),
    )
    target = tmp_path / "out.wav"
    async with client_for(await apps.start(server)) as client:
        await client.audio.speech.create_to(target, input="hi", voice_id="v")
    assert target.read_bytes() == b"RIFF...."
