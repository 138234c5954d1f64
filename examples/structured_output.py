"""chat.parse: ask for JSON following a pydantic model's schema and get the model back."""

import asyncio
import json

from _offline import example_client
from pydantic import BaseModel


class Book(BaseModel):
    title: str
    authors: list[str]


async def main() -> None:
    async with example_client() as client:
        server = getattr(client, "fake_server", None)
        if server is not None:  # offline: script the JSON a model would answer
            server.api.chat_replies.append(
                json.dumps({"title": "Dune", "authors": ["Frank Herbert"]})
            )
        result = await client.chat.parse(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": "A famous science-fiction book?"}],
            response_format=Book,
        )
        print("parsed:", result.parsed)


asyncio.run(main())
