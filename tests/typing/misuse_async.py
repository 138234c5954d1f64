"""Misuse of the async client that `mypy --strict` must flag, each on the line marked `# E:` with
a fragment of the message expected there."""

from __future__ import annotations

from integrations_mistral import MistralClient

ASK = [{"role": "user", "content": "hi"}]


async def main(client: MistralClient) -> None:
    await client.chat.create(model="m", messages=ASK, modle="x")  # E: keyword argument "modle"
    await client.chat.create(model="m", messages=ASK, top_p="x")  # E: No overload variant
    reply = await client.chat.create(model="m", messages=ASK)
    print(reply.txt)  # E: has no attribute "txt"
    count: str = await client.tokens.count(model="m", messages=ASK)  # E: Incompatible types
    del count
    await client.observability.judges.create(name="tone")  # E: No overload variant
    await client.chat.create(model="m", messages=ASK, timeout="soon")  # E: No overload variant
    await client.files.list(page_size=1, extra_headers="x")  # E: incompatible type "str"
    await client.prompts.list(page_sise=1)  # E: keyword argument "page_sise"
    MistralClient.from_profile("prod", timeout_sec=5)  # E: keyword argument "timeout_sec"
    MistralClient(retry={"max_attemps": 3})  # E: "RetrySettings | RetryKeys"
    MistralClient.builder().retry(max_attemps=3)  # E: keyword argument "max_attemps"
    MistralClient(logging={"level": "LOUD"})  # E: "LoggingSettings | LoggingKeys"
    await client.chat.create("hello")  # E: No overload variant
    await client.chat.with_raw_response.craete(model="m")  # E: has no attribute "craete"
    raw = await client.chat.with_raw_response.create(model="m", messages=ASK)
    print(raw.parse().txt)  # E: has no attribute "txt"


async def streams(client: MistralClient) -> None:
    await client.chat.create_stream(model="m", messages=ASK, modle="x")  # E: argument "modle"
    await client.fim.create_stream(model="m", prompt="def", sufix="x")  # E: argument "sufix"
    await client.agents.complete_stream(agent_id="a", agnet="x")  # E: argument "agnet"
    await client.conversations.start_stream(inputs="hi", modle="m")  # E: argument "modle"


async def realtime(client: MistralClient) -> None:
    client.audio.realtime.transcription(model="m")  # E: Missing named argument "audio_format"
    client.audio.realtime.speech(model="m", voise="x")  # E: argument "voise"
    async with client.audio.realtime.speech(model="m") as voice:
        await voice.send_audio(b"x")  # E: has no attribute "send_audio"
        await voice.send_text(b"x")  # E: incompatible type "bytes"
    await client.chat.run_tools(model="m", messages=ASK, tools=[], mcp=[1])  # E: List item 0
    await client.chat.run_tools(model="m", messages=ASK, tools=[], confirm=1)  # E: "confirm"
    await client.conversations.resume_tools(tools=[], decisions={})  # E: argument "run"
    await client.chat.create(model="m", messages=ASK, priority="urgent")  # E: No overload variant
    MistralClient(routing={"strategy": "fastest"})  # E: "RoutingSettings | RoutingKeys"
    await client.chat.create(model="m", messages=ASK, cache="always")  # E: No overload variant
    MistralClient(cache={"backend": "s3"})  # E: "CacheSettings | CacheKeys"
