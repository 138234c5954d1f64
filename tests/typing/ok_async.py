"""Correct use of the async client, as a user's script writes it: `mypy --strict` finds nothing."""

from __future__ import annotations

import asyncio

from pydantic import BaseModel

from integrations_mistral import ChatCompletionResponse, MistralClient


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


asyncio.run(main())
