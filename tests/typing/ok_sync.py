"""Correct use of the blocking client, as a user's script writes it: `mypy --strict` finds
nothing, and each result is as precisely typed as the async client's."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel
from typing_extensions import assert_type

from integrations_mistral import (
    APIResponse,
    ChatCompletionResponse,
    ParsedChatCompletion,
    SyncCompletionStream,
    SyncMistralClient,
)
from integrations_mistral.types import (
    CompletionChunk,
    ConversationResponse,
    FileObject,
    ModelList,
    TranscriptionResponse,
)

ASK = [{"role": "user", "content": "hi"}]


class Painter(BaseModel):
    name: str
    born: int


with SyncMistralClient.from_profile("local", timeout_secs=30, retry={"max_attempts": 2}) as client:
    fast = client.with_options(timeout_secs=5, max_retries=1)
    reply: ChatCompletionResponse = client.chat.create(model="m", messages=ASK, timeout=5.0)
    parsed = client.chat.parse(model="m", messages=ASK, response_format=Painter)
    born: int = parsed.parsed.born
    counted: int = client.tokens.count(model="m", messages=ASK)
    assert_type(parsed, ParsedChatCompletion[Painter])
    assert_type(client.files.iterate(), Iterator[FileObject])
    assert_type(
        client.conversations.start_stream(inputs="hi", model="m"),
        SyncCompletionStream[Any, ConversationResponse],
    )
    assert_type(
        client.chat.with_raw_response.create(model="m", messages=ASK),
        APIResponse[ChatCompletionResponse],
    )
    with client.chat.create_stream(model="m", messages=ASK) as stream:
        assert_type(stream, SyncCompletionStream[CompletionChunk, ChatCompletionResponse])
        for chunk in stream:
            piece: CompletionChunk = chunk
            print(piece.text)
        final: ChatCompletionResponse = stream.final_response()
    parsing = client.chat.parse_stream(model="m", messages=ASK, response_format=Painter)
    painter: Painter = parsing.final_response().parsed
    files: Iterator[FileObject] = client.files.iterate(purpose="batch")
    raw = client.chat.with_raw_response.create(model="m", messages=ASK)
    raw_reply: ChatCompletionResponse = raw.parse()
    judge = client.observability.judges.get("j-1")
    judge_name: str = judge.name
    for found in client.observability.judges.iterate(page_size=10):
        print(found.id)
    signalled = client.workflows.executions.signal("run-1", name="go")
    for event in client.observability.chat_completion_events.iterate_search(search_params={}):
        print(event.event_id)
    documents = client.libraries.documents.list("lib-1", page_size=5)
    print(reply.text, born, counted, final.text, painter.name, list(files), raw_reply.text)
    built: SyncMistralClient = SyncMistralClient.builder().profile("local").build()
    listed: ModelList = client.request("GET", "/v1/models", cast_to=ModelList)
    print(listed.data, client.in_flight)
    print(judge_name, signalled, documents.data, raw.status_code, fast.closed)
    pcm = {"encoding": "pcm_s16le", "sample_rate": 16000}
    with client.audio.realtime.transcription(model="m", audio_format=pcm) as live:
        live.send_audio(b"...")
        live.end()
        for heard in live:
            print(heard.type)
        transcript: TranscriptionResponse = live.final_response()
        print(transcript.text)
    for said in client.audio.realtime.transcribe(audio=b"..", model="m", audio_format=pcm):
        print(said.type)
    with client.audio.realtime.speech(model="m", voice="ada") as voice:
        voice.send_text("hello")
        spoken: bytes = voice.final_response().audio
        print(len(spoken))
    tooled = client.chat.run_tools(messages=[], tools=[], model="m", mcp=["calc"], decisions={})
    print(tooled.text)
