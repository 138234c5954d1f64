"""The blocking client keeps working in a forked child."""

from __future__ import annotations

import os
import sys

import pytest

from integrations_mistral import SyncMistralClient

HELLO = [{"role": "user", "content": "from the child"}]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_the_blocking_client_works_after_fork(threaded_server_url: str) -> None:
    client = SyncMistralClient(
        api_key="test-key", base_url=threaded_server_url, client={"allow_insecure_http": True}
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
