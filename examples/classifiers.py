"""classifiers: moderation of a text."""

import asyncio

from _offline import example_client


async def main() -> None:
    async with example_client() as client:
        result = await client.classifiers.moderate(
            model="mistral-moderation-latest", input=["Have a nice day"]
        )
        print("moderation categories:", sorted(result.results[0].categories)[:3], "...")


asyncio.run(main())
