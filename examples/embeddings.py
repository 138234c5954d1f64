"""embeddings.create: vectors for a batch of texts."""

import asyncio

from _offline import example_client


async def main() -> None:
    async with example_client() as client:
        result = await client.embeddings.create(
            model="mistral-embed", input=["red", "green", "blue"]
        )
        print(
            f"embeddings: {len(result.data)} vectors of {len(result.data[0].embedding)} dimensions"
        )


asyncio.run(main())
