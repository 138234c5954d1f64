"""Quick start against the loopback fake server: no key, no network beyond 127.0.0.1."""

from __future__ import annotations

import asyncio

from integrations_mistral import MistralClient
from integrations_mistral.testing import FakeMistralServer


async def main() -> None:
    async with (
        FakeMistralServer() as server,
        MistralClient.from_profile("local", base_url=server.url) as client,
    ):
        reply = await client.chat.create(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": "Hello from the quick start"}],
        )
        print(reply.text, f"({reply.usage.total_tokens} tokens)")


if __name__ == "__main__":
    asyncio.run(main())
