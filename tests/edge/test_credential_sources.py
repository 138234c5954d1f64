"""Key sources under pressure (third round): a hanging command run once for all waiting callers,
one run for a storm of 401s, output capped, what it leaves running killed; key functions bounded
in time and off the loop; a key file rewritten in place never sent empty or half-written."""

from __future__ import annotations

import asyncio
import os
import random
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from integrations_mistral import CredentialsError, MistralClient
from integrations_mistral.credentials import FileKey
from integrations_mistral.testing import FakeMistralServer

from .test_credentials import KEY_A, KEY_B, build, runs, script, sent_keys


@pytest.fixture
async def keyed() -> Any:
    async with FakeMistralServer(api_key=KEY_A) as fake:
        yield fake


async def test_a_hanging_command_is_run_once_for_every_waiting_caller(
    keyed: FakeMistralServer, tmp_path: Path
) -> None:
    command = script(tmp_path, "import time; time.sleep(30)")
    async with build(keyed, api_key_command=command, client={"timeout_secs": 0.5}) as client:
        started = time.monotonic()
        results = await asyncio.gather(
            *(client.models.list() for _ in range(5)), return_exceptions=True
        )
        elapsed = time.monotonic() - started
    assert all(isinstance(r, CredentialsError) for r in results), results
    assert runs(tmp_path) == 1
    assert elapsed < 2.0  # one run's timeout for all five, not one after another (2.5 s)


async def test_a_storm_of_401s_runs_the_command_once(tmp_path: Path) -> None:
    """200 calls sent with a revoked key, their 401s arriving over 400 ms (before and after the
    command's run): one run, and every call sent again with the new key."""
    current = tmp_path / "current"
    current.write_text(KEY_A)
    command = script(tmp_path, f"print(pathlib.Path({str(current)!r}).read_text())")
    accepted = {KEY_A}
    sent: list[str] = []

    async def slow_401(request: web.Request) -> web.StreamResponse:
        key = request.headers["Authorization"].removeprefix("Bearer ")
        sent.append(key)
        if key not in accepted:
            await asyncio.sleep(random.uniform(0, 0.4))
            return web.json_response({"message": "revoked"}, status=401)
        return web.json_response({"object": "list", "data": []})

    app = web.Application()
    app.router.add_get("/v1/models", slow_401)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    url = f"http://127.0.0.1:{runner.addresses[0][1]}"
    try:
        async with MistralClient(
            base_url=url,
            api_key_command=command,
            api_key_ttl_secs=3600,
            client={"allow_insecure_http": True, "pool_size": 300},
        ) as client:
            await client.models.list()
            current.write_text(KEY_B)
            accepted = {KEY_B}
            await asyncio.gather(*(client.models.list() for _ in range(200)))
    finally:
        await runner.cleanup()
    assert runs(tmp_path) == 2
    assert sent.count(KEY_B) == 200


async def test_a_commands_output_is_capped(keyed: FakeMistralServer, tmp_path: Path) -> None:
    command = script(tmp_path, "import sys; sys.stdout.write('k' * 10_000_000)")
    async with build(keyed, api_key_command=command) as client:
        with pytest.raises(CredentialsError, match="printed more than 65536 bytes"):
            await client.models.list()
    assert keyed.requests == []


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state in ("Z", "X")


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to see the child")
async def test_a_child_left_holding_the_output_is_killed(
    keyed: FakeMistralServer, tmp_path: Path
) -> None:
    pid_file = tmp_path / "child.pid"
    command = script(
        tmp_path,
        "import subprocess, sys\n"
        "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
        f"pathlib.Path({str(pid_file)!r}).write_text(str(child.pid))\n"
        f"print({KEY_A!r})",
    )
    async with build(keyed, api_key_command=command, client={"timeout_secs": 10}) as client:
        started = time.monotonic()
        await client.models.list()
        elapsed = time.monotonic() - started
    assert elapsed < 5  # not the command's timeout: its exit ends the run
    pid = int(pid_file.read_text())
    for _ in range(100):
        if _gone(pid):
            break
        await asyncio.sleep(0.02)
    assert _gone(pid)
    assert sent_keys(keyed) == [KEY_A]


async def test_a_key_function_is_bounded_in_time(keyed: FakeMistralServer) -> None:
    async def never() -> str:
        await asyncio.sleep(60)
        return KEY_A

    async with build(keyed, api_key=never, client={"timeout_secs": 0.2}) as client:
        with pytest.raises(CredentialsError, match=r"gave no key within 0.2 s"):
            await client.models.list()
    assert keyed.requests == []


async def test_a_blocking_key_function_does_not_freeze_the_loop(
    keyed: FakeMistralServer,
) -> None:
    def slow_vault() -> str:
        time.sleep(0.3)
        return KEY_A

    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    async with build(keyed, api_key=slow_vault) as client:
        task = asyncio.create_task(ticker())
        await asyncio.gather(client.models.list(), client.models.list())
        task.cancel()
    assert ticks >= 10  # the loop ran while the two lookups blocked their threads
    assert sent_keys(keyed) == [KEY_A, KEY_A]


# --- a key file rewritten in place --------------------------------------------------------


ROTATOR = """
import sys, time
path, keys = sys.argv[1], sys.argv[2:]
while True:
    for key in keys:
        with open(path, "r+") as file:  # truncate and write in place, in two halves (no rename)
            file.truncate(0)
            file.write(key[: len(key) // 2])
            file.flush()
            time.sleep(0.002)
            file.write(key[len(key) // 2 :])
        time.sleep(0.1)
"""


def settled(path: Path, key: str) -> Path:
    """`key` written to `path` a second ago (settled: no writer is at it any more)."""
    path.write_text(key)
    old = time.time_ns() - 10**9
    os.utime(path, ns=(old, old))
    return path


async def test_an_empty_key_file_keeps_the_last_good_key(tmp_path: Path) -> None:
    path = settled(tmp_path / "key", KEY_A)
    source = FileKey(str(path))
    assert await source.key() == KEY_A
    path.write_text("")
    assert await source.key() == KEY_A


async def test_a_key_file_just_written_is_not_trusted_until_it_settles(tmp_path: Path) -> None:
    path = settled(tmp_path / "key", KEY_A)
    source = FileKey(str(path))
    assert await source.key() == KEY_A
    path.write_text(KEY_B[:7])  # half a key, written a moment ago
    assert await source.key() == KEY_A
    path.write_text(KEY_B)
    await asyncio.sleep(0.06)
    assert await source.key() == KEY_B


async def test_with_no_key_yet_a_file_being_written_is_waited_for(tmp_path: Path) -> None:
    path = tmp_path / "key"
    path.write_text("")

    def finish() -> None:
        time.sleep(0.02)
        path.write_text(KEY_A)

    writer = threading.Thread(target=finish)
    writer.start()
    try:
        assert await FileKey(str(path)).key() == KEY_A
    finally:
        writer.join()


async def test_a_key_file_rewritten_in_place_never_sends_an_empty_or_half_key(
    tmp_path: Path,
) -> None:
    path = settled(tmp_path / "key", KEY_A)
    async with (
        FakeMistralServer(api_key=None) as server,
        MistralClient(
            base_url=server.url, api_key_file=str(path), client={"allow_insecure_http": True}
        ) as client,
    ):
        await client.models.list()  # a good key read before the rewriting starts
        writer = subprocess.Popen([sys.executable, "-c", ROTATOR, str(path), KEY_B, KEY_A])  # noqa: ASYNC220
        try:
            for _ in range(149):
                await client.models.list()
                await asyncio.sleep(0.005)
        finally:
            writer.kill()
            writer.wait()
        sent = sent_keys(server)
    assert len(sent) == 150
    assert set(sent) <= {KEY_A, KEY_B}, {k for k in sent if k not in (KEY_A, KEY_B)}
    assert KEY_B in sent  # the rewritten key is taken up once the file settles
