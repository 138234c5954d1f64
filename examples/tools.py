"""Tools the client runs: plain Python functions, described to the model from their signature."""

import asyncio

from _offline import example_client


def get_weather(city: str, unit: str = "C") -> str:
    """The weather in a city, now."""
    return f"sunny in {city}, 21 {unit}"


async def main() -> None:
    async with example_client() as client:
        run = await client.chat.run_tools(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": "Lyon"}],
            tools=[get_weather],
        )
        print(f"after {run.turns} turns: {run.text}")


if __name__ == "__main__":
    asyncio.run(main())
