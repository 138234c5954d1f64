"""The test kit: MockMistralClient in a unit test of your own code (no network)."""

import asyncio

from integrations_mistral import RateLimitError
from integrations_mistral.testing import ANY, MockMistralClient


async def shout(client) -> str:  # the code under test
    reply = await client.chat.create(
        model="mistral-small-latest", messages=[{"role": "user", "content": "hi"}]
    )
    return reply.text.upper()


async def main() -> None:
    mock = MockMistralClient()
    mock.chat.create.queue(RateLimitError("slow down"), "second try")
    try:
        await shout(mock)
    except RateLimitError:
        print("first call: RateLimitError, as scripted")
    print("second call:", await shout(mock))
    mock.chat.create.assert_called_with(model="mistral-small-latest", messages=ANY)
    print("calls recorded:", mock.chat.create.call_count)


asyncio.run(main())
