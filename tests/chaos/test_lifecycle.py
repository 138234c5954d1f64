"""Lifecycle: sessions of finished loops, close with calls in flight, closed and derived clients."""

from __future__ import annotations

import asyncio
import gc
import threading
import time
import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from aiohttp import web

import integrations_mistral as im
from tests.support.apps import CHAT_REPLY, HELLO, App, ThreadedApp, chat_ok, client_for

REPLY = CHAT_REPLY


ok = chat_ok


@pytest.fixture
def unclosed() -> Iterator[list[str]]:
    """Every ResourceWarning (unclosed session, transport, connector) raised meanwhile."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        found: list[str] = []
        yield found
        gc.collect()
        found.extend(str(w.message) for w in caught if issubclass(w.category, ResourceWarning))


def settle(server: ThreadedApp) -> int:
    deadline = time.monotonic() + 3
    while server.open_connections and time.monotonic() < deadline:
        time.sleep(0.02)
    return server.open_connections


def test_a_client_across_fifty_asyncio_runs_leaves_no_socket(unclosed: list[str]) -> None:
    with ThreadedApp(ok) as server:
        client = client_for(server.url)

        async def one() -> None:
            await client.chat.create(model="m", messages=HELLO)

        for _ in range(50):
            asyncio.run(one())
        assert settle(server) == 0
        assert client._stack.sessions.open_sessions == 0
        asyncio.run(client.close())
    assert unclosed == []


def test_threads_with_their_own_loops_leave_no_socket(unclosed: list[str]) -> None:
    with ThreadedApp(ok) as server:
        client = client_for(server.url)
        failures: list[BaseException] = []

        def worker() -> None:
            async def calls() -> None:
                await asyncio.gather(
                    *(client.chat.create(model="m", messages=HELLO) for _ in range(20))
                )

            try:
                asyncio.run(calls())
            except BaseException as exc:  # asserted below
                failures.append(exc)

        threads = [threading.Thread(target=worker) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert failures == []
        assert settle(server) == 0
        asyncio.run(client.close())
    assert unclosed == []


def test_a_loop_closed_by_hand_has_its_sockets_closed_at_the_next_use(unclosed: list[str]) -> None:
    with ThreadedApp(ok) as server:
        client = client_for(server.url)
        loop = asyncio.new_event_loop()
        loop.run_until_complete(client.chat.create(model="m", messages=HELLO))
        loop.close()  # no shutdown_asyncgens: nothing ran in that loop to close its session
        asyncio.run(client.close())
        assert settle(server) == 0
    assert unclosed == []


class Slow:
    """Answers after `delay` seconds; records each request's unique content."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.seen: list[str] = []

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.seen.append(body["messages"][0]["content"])
        await asyncio.sleep(self.delay)
        return web.json_response(REPLY)


async def in_flight(client: im.MistralClient, n: int) -> list[asyncio.Task[Any]]:
    tasks = [
        asyncio.create_task(
            client.chat.create(model="m", messages=[{"role": "user", "content": str(i)}])
        )
        for i in range(n)
    ]
    while client.in_flight < n:  # noqa: ASYNC110 - polling a counter the client exposes
        await asyncio.sleep(0.01)
    return tasks


async def test_close_lets_calls_in_flight_finish_within_the_grace_period(apps: App) -> None:
    slow = Slow(0.3)
    client = client_for(await apps.start(slow.handle), client={"close_grace_secs": 10})
    tasks = await in_flight(client, 300)
    await client.close()
    replies = await asyncio.gather(*tasks)
    assert [r.text for r in replies] == ["ok"] * 300
    assert sorted(slow.seen) == sorted(str(i) for i in range(300))  # each sent once


async def test_close_fails_calls_past_the_grace_period_with_a_typed_error(
    apps: App, unclosed: list[str]
) -> None:
    slow = Slow(5)
    client = client_for(await apps.start(slow.handle), client={"close_grace_secs": 0.1})
    tasks = await in_flight(client, 300)
    started = time.monotonic()
    await client.close()
    assert time.monotonic() - started < 2
    results = await asyncio.gather(*tasks, return_exceptions=True)
    assert all(isinstance(r, im.ClientClosedError) for r in results), {type(r) for r in results}
    assert len(slow.seen) == len(set(slow.seen))  # nothing sent twice
    assert len(slow.seen) == client.settings.client.pool_size_per_host  # the rest never left
    assert client._stack.sessions.sessions_created == 1  # no session after close
    assert all(not t.cancelled() for t in tasks)


async def test_a_closed_client_refuses_calls_and_makes_no_session(apps: App) -> None:
    client = client_for(await apps.start(ok))
    await client.close()
    with pytest.raises(im.ClientClosedError, match="the client is closed"):
        await client.chat.create(model="m", messages=HELLO)
    with pytest.raises(im.ClientClosedError):
        await client.chat.create_stream(model="m", messages=HELLO)
    assert client._stack.sessions.sessions_created == 0


async def test_derived_clients_live_as_long_as_their_parent(apps: App, unclosed: list[str]) -> None:
    parent = client_for(await apps.start(ok))
    derived = parent.with_options(timeout_secs=5)
    changed = parent.with_options(rate_limit={"requests_per_minute": 1000})
    await derived.chat.create(model="m", messages=HELLO)
    assert changed._stack.limiter is not parent._stack.limiter  # its own window, freed with it
    assert derived._stack.limiter is parent._stack.limiter
    await parent.close()
    with pytest.raises(im.ClientClosedError):
        await derived.chat.create(model="m", messages=HELLO)
    assert parent._stack.sessions.open_sessions == 0


def test_a_forked_child_builds_its_own_session(monkeypatch: pytest.MonkeyPatch) -> None:
    from integrations_mistral.transport import session as sessions

    with ThreadedApp(ok) as server:
        client = client_for(server.url)

        async def two_calls() -> None:
            await client.chat.create(model="m", messages=HELLO)
            first = client._stack.sessions._session
            real = sessions.os.getpid()
            monkeypatch.setattr(sessions.os, "getpid", lambda: real + 1)  # as in a forked child
            await client.chat.create(model="m", messages=HELLO)
            second = client._stack.sessions._session
            assert first is not None and first is not second
            assert client._stack.sessions.sessions_created == 2
            await client.close()
            assert not first.closed  # the parent's: not the child's to close
            monkeypatch.undo()
            await first.close()  # (what the parent would do)

        asyncio.run(two_calls())
