"""Misuse of the blocking client that `mypy --strict` must flag on the lines marked `# E:`."""

from __future__ import annotations

from integrations_mistral import SyncMistralClient

ASK = [{"role": "user", "content": "hi"}]


async def awaiting(client: SyncMistralClient) -> None:
    await client.chat.create(model="m", messages=ASK)  # E: Incompatible types in "await"


def main(client: SyncMistralClient) -> None:
    client.chat.create(model="m", messages=ASK, modle="x")  # E: keyword argument "modle"
    client.chat.create(model="m", messages=ASK, timeout="soon")  # E: No overload variant
    client.chat.create(messages=ASK)  # E: No overload variant
    reply = client.chat.create(model="m", messages=ASK)
    print(reply.txt)  # E: has no attribute "txt"
    client.observability.judges.create(name="tone")  # E: No overload variant
    client.files.iterate(purpos="batch")  # E: keyword argument "purpos"
    client.chat.with_raw_response.craete(model="m", messages=ASK)  # E: has no attribute "craete"
    count: str = client.tokens.count(model="m", messages=ASK)  # E: Incompatible types
    client.chat.parse(model="m", messages=ASK, response_format=dict)  # E: Value of type variable
    del count
    SyncMistralClient(timeout_sec=5)  # E: keyword argument "timeout_sec"
    client.with_options(max_retries="2")  # E: incompatible type "str"
