"""SyncMistralClient: the same client, blocking (scripts, notebooks)."""

import asyncio
import threading

from integrations_mistral import SyncMistralClient
from integrations_mistral.testing import FakeMistralServer


def fake_server_in_background() -> str:
    """The fake server on its own thread (a real program would use a real profile instead)."""
    ready, urls = threading.Event(), []

    async def serve() -> None:
        async with FakeMistralServer() as server:
            urls.append(server.url)
            ready.set()
            await asyncio.Event().wait()

    threading.Thread(target=lambda: asyncio.run(serve()), daemon=True).start()
    ready.wait(10)
    return urls[0]


url = fake_server_in_background()
with SyncMistralClient.from_profile(
    "local", base_url=url, logging={"level": "WARNING", "handler": "none"}
) as client:
    print(
        "reply:",
        client.chat.create(
            model="mistral-small-latest", messages=[{"role": "user", "content": "blocking hi"}]
        ).text,
    )
    with client.chat.create_stream(
        model="mistral-small-latest", messages=[{"role": "user", "content": "streamed"}]
    ) as stream:
        print("streamed:", "".join(chunk.text for chunk in stream))
