"""SyncMistralClient: the same services, blocking; streams and pages as plain iterators."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import pytest

import integrations_mistral as im
from integrations_mistral import SyncMistralClient
from integrations_mistral.testing import FakeMistralServer

HELLO = [{"role": "user", "content": "hello sync"}]


@pytest.fixture
def fake_url() -> Iterator[str]:
    """A fake server in a thread of its own, so blocking tests can call it."""
    ready, stop = threading.Event(), threading.Event()
    urls: list[str] = []

    async def serve() -> None:
        async with FakeMistralServer(api_key="test-key") as server:
            urls.append(server.url)
            ready.set()
            while not stop.is_set():  # noqa: ASYNC110 - stopped from another thread
                await asyncio.sleep(0.02)

    thread = threading.Thread(target=lambda: asyncio.run(serve()), daemon=True)
    thread.start()
    assert ready.wait(10)
    yield urls[0]
    stop.set()
    thread.join(10)


def overrides(url: str) -> dict[str, object]:
    return {"api_key": "test-key", "base_url": url, "client": {"allow_insecure_http": True}}


def test_blocking_calls_streams_and_pages(fake_url: str) -> None:
    with SyncMistralClient.from_env(**overrides(fake_url)) as client:
        reply = client.chat.create(model="m", messages=HELLO)
        assert isinstance(reply, im.ChatCompletionResponse) and reply.text == "echo: hello sync"
        with client.chat.create_stream(model="m", messages=HELLO) as stream:
            text = "".join(chunk.text for chunk in stream)
        assert text == "echo: hello sync"
        assert stream.final_response().text == "echo: hello sync"
        for name in ("a.jsonl", "b.jsonl"):
            client.files.upload(file=(name, b"{}\n"), purpose="batch")
        assert sorted(f.filename for f in client.files.iterate(page_size=1)) == [
            "a.jsonl",
            "b.jsonl",
        ]
        with pytest.raises(im.RequestValidationError):
            client.chat.create(model="m", messages=[{"role": "nobody"}])
        assert (
            client.chat.create.__doc__
            == im.MistralClient.from_env(**overrides(fake_url)).chat.create.__doc__
        )
    assert client.closed
    with pytest.raises(im.ClientClosedError):
        client.chat.create(model="m", messages=HELLO)


async def test_works_inside_a_running_loop(fake_url: str) -> None:
    # as in a notebook: the blocking client runs on its own loop thread
    with SyncMistralClient.from_env(**overrides(fake_url)) as client:
        assert client.chat.create(model="m", messages=HELLO).text == "echo: hello sync"


def test_builder_and_with_options(fake_url: str) -> None:
    client = (
        SyncMistralClient.builder()
        .api_key("test-key")
        .base_url(fake_url)
        .client(allow_insecure_http=True)
        .retry(max_attempts=2)
        .build()
    )
    with client:
        assert client.settings.retry.max_attempts == 2
        fast = client.with_options(timeout_secs=5)
        assert fast.chat.create(model="m", messages=HELLO).text == "echo: hello sync"
        fast.close()  # lives as long as its parent
        assert client.models.list().data
    assert fast.closed
