"""Correct use of the async client, as a user's script writes it: `mypy --strict` finds nothing."""

from __future__ import annotations

import asyncio

from pydantic import BaseModel
from typing_extensions import assert_type

from integrations_mistral import (
    ChatCompletionResponse,
    ConfirmationRequiredError,
    Judge,
    MistralClient,
)
from integrations_mistral.services import ToolRun
from integrations_mistral.types import (
    ChatCompletionRequest,
    ModelList,
    TranscriptionResponse,
    UserMessage,
)


class Painter(BaseModel):
    name: str
    born: int


async def main() -> None:
    async with MistralClient.from_profile("local") as client:
        reply: ChatCompletionResponse = await client.chat.create(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": "Name one French painter."}],
            max_tokens=64,
        )
        text: str = reply.text
        tokens: int = reply.usage.total_tokens
        parsed = await client.chat.parse(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": "A painter, as JSON."}],
            response_format=Painter,
        )
        born: int = parsed.parsed.born
        counted: int = await client.tokens.count(
            model="mistral-small-latest", messages=[{"role": "user", "content": "hi"}]
        )
        stream = await client.chat.create_stream(
            model="mistral-small-latest", messages=[{"role": "user", "content": "hi"}]
        )
        async with stream:
            async for chunk in stream:
                piece: str = chunk.text
                print(piece)
        final: ChatCompletionResponse = await stream.final_response()
        middle = await client.fim.create_stream(model="codestral-latest", prompt="def f(")
        print(text, tokens, born, counted, final.text, await middle.final_response())
        await options_pages_and_raw(client)


def building() -> MistralClient:
    """The constructors' typed keywords, and the builder's."""
    fast = MistralClient(timeout_secs=5, retry={"max_attempts": 2}, logging={"level": "INFO"})
    built: MistralClient = MistralClient.builder().profile("dev").retry(max_attempts=2).build()
    print(built)
    return fast.with_options(max_retries=1, client={"pool_size": 10})


async def options_pages_and_raw(client: MistralClient) -> None:
    """Per-call options, `request=`, raw responses, page walks and three generated areas."""
    ask = [{"role": "user", "content": "hi"}]
    reply = await client.chat.create(
        model="m", messages=ask, timeout=5.0, extra_headers={"X-Team": "a"}, extra_body={"x": 1}
    )
    again = await client.chat.create(
        request=ChatCompletionRequest(model="m", messages=[UserMessage(content="hi")]),
        extra_query={"trace": "1"},
    )
    typed = ChatCompletionRequest(model="m", messages=[UserMessage(content="hi")])
    positional = await client.chat.create(typed)
    streamed = await client.chat.create_stream(typed, timeout=30.0)
    print(positional.text, (await streamed.final_response()).text)
    raw = await client.chat.with_raw_response.create(model="m", messages=ask)
    parsed: ChatCompletionResponse = raw.parse()
    status: int | None = raw.status_code
    request_id: str | None = raw.request_id
    async for item in client.files.iterate(purpose="batch", timeout=10.0):
        name: str = item.filename
        print(name)
    judge = await client.observability.judges.create(
        name="tone",
        description="is it polite",
        model_name="mistral-small-latest",
        output={"type": "REGRESSION", "min": 0, "max": 1},
        instructions="rate it",
        tools=[],
    )
    judged_id: str = judge.id
    assert_type(judge, Judge)  # generated models are typed by name, from the package too
    async for found in client.observability.judges.iterate(page_size=50):
        print(found.name)
    signalled = await client.workflows.executions.signal("run-1", name="go", timeout=3.0)
    prompts = await client.prompts.list(page_size=10)
    raw_judge = await client.observability.judges.with_raw_response.get("j-1")
    print(reply.text, again.text, parsed, status, request_id, judged_id, signalled, prompts)
    print(raw_judge.parse().name)
    listed: ModelList = await client.request("GET", "/v1/models", cast_to=ModelList)
    print(listed.data)
    events = await client.conversations.start_stream(inputs="hi", model="m")
    async with events:
        async for event in events:
            print(event)
    whole = await events.final_response()
    print(whole.outputs)
    run = await client.chat.run_tools(messages=ask, tools=[len], model="m", max_turns=3)
    print(run.messages)
    saved = await client.audio.speech.create_to("out.mp3", input="hello", voice_id="v")
    print(saved.name)
    pcm = {"encoding": "pcm_s16le", "sample_rate": 16000}
    async with client.audio.realtime.transcription(model="m", audio_format=pcm) as live:
        await live.send_audio(b"...")
        await live.end()
        async for heard in live:
            print(heard.type)
        transcript: TranscriptionResponse = await live.final_response()
        print(transcript.text, live.partial.text, live.audio_seconds)
    async with client.audio.realtime.speech(model="m", voice="ada") as voice:
        await voice.send_text("hello")
        await voice.end()
        spoken: bytes = (await voice.final_response()).audio
        print(len(spoken))
    spoken_to = await client.audio.speech.realtime_to("out.pcm", text="hi", model="m")
    print(spoken_to.name)

    def yes(name: str, arguments: dict[str, object]) -> bool:
        return name != "rm"

    try:
        held = await client.chat.run_tools(
            messages=ask, tools=[len], model="m", mcp=["calc"], confirm=yes
        )
        print(held.pending, held.text)
    except ConfirmationRequiredError as stopped:
        chat_run: ToolRun = stopped.run
        print(chat_run.messages)
    talk = await client.conversations.run_tools(inputs="hi", tools=[len], model="m", mcp=["x"])
    again_talk = await client.conversations.resume_tools(talk, decisions={"c1": True}, tools=[])
    print(again_talk.conversation_id)
    routed = MistralClient(
        deployments={"eu": {"server": "eu", "weight": 3}},
        routing={"strategy": "weighted", "max_wait_secs": 10},
        fallback={"on_context_window": ("mistral-large-latest",)},
    )
    urgent = await routed.chat.create(model="m", messages=ask, priority="high")
    if urgent.raw is not None and urgent.raw.served_by is not None:
        print(urgent.raw.served_by.deployment)
    cached = MistralClient(cache={"enabled": True, "backend": "disk", "ttl_secs": 60})
    kept = await cached.embeddings.create(model="e", input=["a"], cache="refresh")
    state: str | None = kept.raw.cache if kept.raw is not None else None
    await cached.chat.create(model="m", messages=ask, temperature=0, cache=False)
    await cached.ocr.process(
        model="o",
        document={"type": "document_url", "document_url": "https://x.test/a.pdf"},
        cache_ttl_secs=5,
    )
    print(state)


asyncio.run(main())
