"""Misuse of the async client that `mypy --strict` must flag, each on the line marked `# E:` with
a fragment of the message expected there."""

from __future__ import annotations

from integrations_mistral import MistralClient

ASK = [{"role": "user", "content": "hi"}]


async def main(client: MistralClient) -> None:
    await client.chat.create(model="m", messages=ASK, modle="x")  # E: keyword argument "modle"
    await client.chat.create(model="m", messages=ASK, top_p="x")  # E: incompatible type "str"
    reply = await client.chat.create(model="m", messages=ASK)
    print(reply.txt)  # E: has no attribute "txt"
    count: str = await client.tokens.count(model="m", messages=ASK)  # E: Incompatible types
    del count


async def streams(client: MistralClient) -> None:
    await client.chat.create_stream(model="m", messages=ASK, modle="x")  # E: argument "modle"
    await client.fim.create_stream(model="m", prompt="def", sufix="x")  # E: argument "sufix"
    await client.agents.complete_stream(agent_id="a", agnet="x")  # E: argument "agnet"
    await client.conversations.start_stream(inputs="hi", modle="m")  # E: argument "modle"
