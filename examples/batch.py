"""batch: run many chat requests as one asynchronous job and follow it."""

import asyncio

from _offline import example_client


async def main() -> None:
    async with example_client() as client:
        job = await client.batch.create(
            endpoint="/v1/chat/completions",
            model="mistral-small-latest",
            requests=[
                {"custom_id": str(i), "body": {"messages": [{"role": "user", "content": f"#{i}"}]}}
                for i in range(3)
            ],
        )
        job = await client.batch.get(job.id)
        print("batch job:", job.id, "status:", job.status)


asyncio.run(main())
