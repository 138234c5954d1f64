"""chat.create: one completion, with typed messages and the usage billed."""

import asyncio

from _offline import example_client

from integrations_mistral import SystemMessage, UserMessage


async def main() -> None:
    async with example_client() as client:
        reply = await client.chat.create(
            model="mistral-small-latest",
            messages=[
                SystemMessage(content="Be brief."),
                UserMessage(content="Name a French painter."),
            ],
            temperature=0.2,
            max_tokens=64,
        )
        print("reply:", reply.text)
        print("tokens:", reply.usage.total_tokens, "request id:", reply.raw.request_id)


asyncio.run(main())
