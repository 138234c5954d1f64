"""fim.create: fill in the middle between a prompt and a suffix (code completion)."""

import asyncio

from _offline import example_client


async def main() -> None:
    async with example_client() as client:
        result = await client.fim.create(
            model="codestral-latest", prompt="def add(a, b):\n    ", suffix="\n\nprint(add(1, 2))"
        )
        print("middle:", result.text)


asyncio.run(main())
