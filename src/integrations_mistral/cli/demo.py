"""`demo`: the main job end to end, offline by default (the embedded fake server, `local` profile).

With `--profile prod` (and a real key) the same tour runs against the real API.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from typing import Any

from pydantic import BaseModel

from ..client import MistralClient
from ..config import LoggingKeys
from ..errors import StreamInterruptedError
from ..resilience import ResilienceEvent, RetryScheduled
from ..testing import FakeMistralServer, ScriptedReply, chat_reply, sse_body, stream_chunks

__all__ = ["add_demo_command", "run_demo"]

MODEL = "mistral-small-latest"
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city.",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}


class Painter(BaseModel):
    name: str
    born: int


def get_weather(city: str) -> str:
    """The local function the model asks for (a real program would call a weather service)."""
    return f"sunny and 21 C in {city}"


def _title(text: str) -> None:
    print(f"\n== {text}")


async def _tour(client: MistralClient, server: FakeMistralServer | None, model: str) -> None:
    ask = [{"role": "user", "content": "Name one French painter."}]
    _title("chat.create")
    reply = await client.chat.create(model=model, messages=ask, max_tokens=64)
    print(f"{reply.text}  [{reply.usage.total_tokens} tokens, request {reply.id}]")

    _title("chat.create_stream (token by token)")
    async with await client.chat.create_stream(model=model, messages=ask) as stream:
        async for chunk in stream:
            print(chunk.text, end="", flush=True)
    print()

    _title("tool call round trip")
    messages: list[dict[str, Any]] = [{"role": "user", "content": "Paris"}]
    first = await client.chat.create(model=model, messages=messages, tools=[WEATHER_TOOL])
    for call in first.choices[0].message.tool_calls or ():
        arguments = call.function.arguments
        parsed = json.loads(arguments) if isinstance(arguments, str) else arguments
        result = get_weather(**parsed)
        print(f"model asked for {call.function.name}({parsed}) -> {result!r}")
        messages.append(first.choices[0].message.model_dump(exclude_none=True))
        messages.append({"role": "tool", "tool_call_id": call.id, "content": result})
    final = await client.chat.create(model=model, messages=messages, tools=[WEATHER_TOOL])
    print(f"final answer: {final.text}")

    _title("embeddings.create")
    vectors = await client.embeddings.create(model="mistral-embed", input=["red", "blue"])
    print(f"{len(vectors.data)} vectors of {len(vectors.data[0].embedding)} dimensions")

    _title("chat.parse (structured output)")
    if server is not None:  # the fake server echoes; script the JSON a model would return
        server.api.chat_replies.append(json.dumps({"name": "Claude Monet", "born": 1840}))
    parsed_reply = await client.chat.parse(model=model, messages=ask, response_format=Painter)
    print(repr(parsed_reply.parsed))

    if server is None:
        return
    _title("resilience: an injected 429, a dropped connection, a cut stream")
    client.resilience_hooks.subscribe(_print_event)
    path = "/v1/chat/completions"
    server.enqueue(path, status=429, json={"message": "slow down"}, headers={"Retry-After": "0"})
    print(f"after a 429: {(await client.chat.create(model=model, messages=ask)).text}")
    server.enqueue(path, ScriptedReply(drop=True))
    async with await client.chat.create_stream(model=model, messages=ask) as stream:
        print(f"stream after a dropped connection: {(await stream.final_response()).text}")
    cut = stream_chunks(chat_reply({"model": model, "messages": ask}, "a stream that breaks off"))
    server.enqueue(
        path, ScriptedReply(chunks=[sse_body(cut[:4], done=False)], drop_after_chunks=True)
    )
    try:
        async with await client.chat.create_stream(model=model, messages=ask) as stream:
            await stream.final_response()
    except StreamInterruptedError as exc:
        print(f"cut stream: {type(exc).__name__}, kept what arrived: {exc.partial.text!r}")


def _print_event(event: ResilienceEvent) -> None:
    if isinstance(event, RetryScheduled):
        what = getattr(event.error, "error_type", type(event.error).__name__)
        print(f"  [retry] attempt {event.attempt} failed ({what}); next in {event.wait:.2f} s")
    else:
        print(f"  [resilience] {event}")


async def run_demo(profile: str | None, model: str) -> None:
    if profile not in (None, "local"):
        async with MistralClient.from_profile(profile) as client:
            await _tour(client, None, model)
        return
    quiet: LoggingKeys = {
        "level": "ERROR",
        "handler": "none",
    }  # the tour prints resilience events itself
    async with FakeMistralServer() as server:
        print(f"fake Mistral server on {server.url} (profile 'local')")
        async with MistralClient.from_profile(
            "local", base_url=server.url, logging=quiet
        ) as client:
            await _tour(client, server, model)


def _demo(args: argparse.Namespace) -> int:
    asyncio.run(run_demo(args.profile, args.model))
    return 0


def add_demo_command(commands: Any) -> None:
    demo = commands.add_parser(
        "demo", help="chat, streaming, tools, embeddings, structured output, resilience"
    )
    demo.add_argument(
        "--profile", default=None, help="default: 'local' with an embedded fake server, offline"
    )
    demo.add_argument("--model", default=MODEL, help="default: %(default)s")
    demo.set_defaults(handler=_demo)
