"""chat.create_stream: typed chunks as they arrive, then the accumulated response."""

import asyncio

from _offline import example_client


async def main() -> None:
    async with example_client() as client:
        messages = [{"role": "user", "content": "Tell me a very short story."}]
        async with await client.chat.create_stream(
            model="mistral-small-latest", messages=messages
        ) as stream:
            async for chunk in stream:
                print(chunk.text, end="", flush=True)
            final = await stream.final_response()
        print("\nfinish_reason:", final.choices[0].finish_reason)


asyncio.run(main())
