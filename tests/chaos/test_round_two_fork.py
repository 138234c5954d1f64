"""Hardening, second round: the blocking client keeps working in a forked child."""

from __future__ import annotations

import asyncio
import os
import sys
import threading
from collections.abc import Iterator

import pytest

from integrations_mistral import SyncMistralClient
from integrations_mistral.testing import FakeMistralServer

HELLO = [{"role": "user", "content": "from the child"}]


@pytest.fixture
def threaded_server() -> Iterator[str]:
    """A fake server on a loop in a thread of the parent process."""
    ready = threading.Event()
    state: dict[str, object] = {}

    def run() -> None:
        loop = asyncio.new_event_loop()
        fake = FakeMistralServer(api_key="test-key")
        loop.run_until_complete(fake.start())
        state.update(loop=loop, url=fake.url)
        ready.set()
        loop.run_forever()
        loop.run_until_complete(fake.stop())
        loop.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    ready.wait(10)
    yield str(state["url"])
    loop = state["loop"]
    loop.call_soon_threadsafe(loop.stop)  # type: ignore[attr-defined]
    thread.join(10)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_the_blocking_client_works_after_fork(threaded_server: str) -> None:
    client = SyncMistralClient(
        api_key="test-key", base_url=threaded_server, client={"allow_insecure_http": True}
    )
    assert "from the child" in client.chat.create(model="m", messages=HELLO).text  # in the parent
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: answer within 20 s or report a hang
        os.close(read)
        import signal

        signal.alarm(20)
        try:
            text = client.chat.create(model="m", messages=HELLO).text
            client.close()
            os.write(write, f"ok:{text}".encode())
        except BaseException as exc:  # reported to the parent, whatever it is
            os.write(write, f"error:{type(exc).__name__}: {exc}".encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        reply = pipe.read()
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status), f"the child did not exit by itself ({status})"
    assert reply.startswith("ok:") and "from the child" in reply, reply
    assert "from the child" in client.chat.create(model="m", messages=HELLO).text  # parent still
    client.close()
    sys.stdout.flush()
