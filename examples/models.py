"""models: what the account can use."""

import asyncio

from _offline import example_client


async def main() -> None:
    async with example_client() as client:
        listed = await client.models.list()
        print("models:", [m.id for m in listed.data])


asyncio.run(main())
