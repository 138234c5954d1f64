"""A rate limit shared by every replica through Redis (REDIS_URL, e.g. redis://127.0.0.1:6379/0).

Needs the [redis] extra (python -m pip install '.[redis]')."""

import asyncio
import os

from _offline import example_client, need_extra

from integrations_mistral import ClientRateLimitError


async def main() -> None:
    need_extra("redis", "redis")
    url = os.environ.get("REDIS_URL")
    if not url:
        print("set REDIS_URL to a Redis server to run this example")
        return
    limits = {"backend": "redis", "redis_url": url, "requests_per_minute": 2, "on_limit": "reject"}
    async with example_client(rate_limit=limits) as client:
        for i in range(3):
            try:
                await client.chat.create(
                    model="mistral-small-latest", messages=[{"role": "user", "content": str(i)}]
                )
                print(f"call {i}: sent")
            except ClientRateLimitError as exc:
                print(f"call {i}: refused, retry after {exc.retry_after:.0f} s")


asyncio.run(main())
