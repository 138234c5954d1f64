"""One aiohttp session per profile and event loop: created lazily, closed by its last user.

A session belongs to the loop that made it, so threads that each run their own loop with clients
of one profile get one session each and never touch another thread's.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
from collections.abc import AsyncGenerator

import aiohttp

from ..config.models import ClientSettings
from ..errors import ClientClosedError
from ._handshake import connector as tls_connector
from .gate import FairGate
from .network import tls_context

__all__ = ["SESSION_FIELDS", "ExternalSession", "SessionHolder", "session_key", "tls_context"]


SESSION_FIELDS = (
    "pool_size",
    "pool_size_per_host",
    "fair_queueing",
    "keepalive_secs",
    "ca_bundle",
    "ca_bundle_only",
    "client_cert",
    "client_key",
)
"""The client settings a session is built from (its pool and TLS); the rest apply per request."""


def session_key(client: ClientSettings) -> tuple[object, ...]:
    return tuple(getattr(client, name) for name in SESSION_FIELDS)


class _Entry:
    """One loop's session, the gate in front of its pool, and the async generator that closes
    the session when that loop shuts down."""

    __slots__ = ("gate", "keeper", "session")

    def __init__(self, session: aiohttp.ClientSession, gate: FairGate | None) -> None:
        self.session = session
        self.gate = gate
        self.keeper = _lifetime(session, os.getpid())
        # started here, so the running loop's shutdown_asyncgens() will finalize it
        with contextlib.suppress(StopIteration):
            self.keeper.asend(None).send(None)


async def _lifetime(session: aiohttp.ClientSession, pid: int) -> AsyncGenerator[None, None]:
    """Closes `session` in its own loop when `asyncio.run()` (any shutdown_asyncgens) ends it;
    never in a forked child (closing a TLS connection there would write into the parent's)."""
    try:
        yield
    finally:
        if not session.closed and os.getpid() == pid:
            await session.close()


def _abandon(session: aiohttp.ClientSession) -> None:
    """A session whose loop is gone: close its sockets directly (nothing can be awaited)."""
    connector = session.connector
    if connector is None or connector.closed:
        return
    for protocols in list(getattr(connector, "_conns", {}).values()):
        for item in protocols:
            transport = getattr(item[0], "transport", None)
            ssl_protocol = getattr(transport, "_ssl_protocol", None)
            transport = getattr(ssl_protocol, "_transport", None) or transport
            sock = getattr(transport, "_sock", None)
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.close()
                transport._sock = None  # type: ignore[union-attr]  # its loop cannot finish it
    with contextlib.suppress(AttributeError):
        connector._closed = True  # nothing left to close; no "unclosed" warning at exit


def _gate(client: ClientSettings, connector: aiohttp.BaseConnector | None) -> FairGate | None:
    """A gate sized to what the pool lets one host have (`client.fair_queueing`)."""
    if not client.fair_queueing or connector is None:
        return None
    limits = [n for n in (connector.limit, connector.limit_per_host) if n]
    return FairGate(min(limits)) if limits else None


class SessionHolder:
    """Owns the pooled sessions of one profile, one per event loop; `acquire`/`release` count
    the clients using them, and the last release closes every one of them.

    A loop's session is closed when the loop shuts down (`asyncio.run()` ending), or dropped
    with its sockets closed once the loop is found closed; a forked child starts afresh.
    """

    def __init__(self, client: ClientSettings) -> None:
        self._client = client
        self.tls = tls_context(client)
        self._lock = threading.Lock()
        self._entries: dict[asyncio.AbstractEventLoop, _Entry] = {}
        self._pid = os.getpid()
        self._inherited: list[_Entry] = []
        self.closed = False
        self.users = 0
        self.sessions_created = 0

    @property
    def _session(self) -> aiohttp.ClientSession | None:
        """The running loop's session, if any (for tests and diagnostics)."""
        try:
            entry = self._entries.get(asyncio.get_running_loop())
        except RuntimeError:
            entry = next(iter(self._entries.values()), None)
        return entry.session if entry is not None else None

    @property
    def open_sessions(self) -> int:
        return sum(not entry.session.closed for entry in self._entries.values())

    def get(self) -> aiohttp.ClientSession:
        """The running loop's session (no await: safe under concurrent first calls)."""
        return self.pooled()[0]

    def pooled(self) -> tuple[aiohttp.ClientSession, FairGate | None]:
        """The running loop's session and the gate in front of its pool (None: no gate)."""
        loop = asyncio.get_running_loop()
        entry = self._entries.get(loop)
        if entry is None or entry.session.closed or self._pid != os.getpid():
            entry = self._new_session(loop)
        return entry.session, entry.gate

    def _new_session(self, loop: asyncio.AbstractEventLoop) -> _Entry:
        with self._lock:
            if self.closed:
                raise ClientClosedError("the client is closed: no new connection is made")
            if self._pid != os.getpid():  # forked: the parent's pooled sockets are not ours
                self._inherited.extend(self._entries.values())  # kept, never closed here
                self._entries.clear()
                self._pid = os.getpid()
            for other in [lp for lp in self._entries if lp.is_closed()]:
                _abandon(self._entries.pop(other).session)
            connector = tls_connector(
                loop,
                limit=self._client.pool_size,
                limit_per_host=self._client.pool_size_per_host,
                keepalive_timeout=self._client.keepalive_secs,
                ssl=self.tls,
            )
            session = aiohttp.ClientSession(
                connector=connector,
                auto_decompress=True,
                raise_for_status=False,
            )
            entry = self._entries[loop] = _Entry(session, _gate(self._client, connector))
            self.sessions_created += 1
        return entry

    def acquire(self) -> None:
        with self._lock:
            self.users += 1

    async def release(self) -> bool:
        """Drop one user; close the sessions when none is left. True if they were closed."""
        with self._lock:
            self.users = max(0, self.users - 1)
            if self.users:
                return False
            self.closed = True
        await self.aclose()
        return True

    @property
    def external(self) -> bool:
        """The session is the application's (`http_session=`): requests carry the TLS context."""
        return False

    async def aclose(self) -> None:
        """Close every session: this loop's awaited, other running loops' scheduled there,
        those of finished loops abandoned with their sockets closed."""
        try:
            running: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:  # pragma: no cover - close() outside any loop
            running = None
        with self._lock:
            entries = list(self._entries.items())
            self._entries.clear()
        for loop, entry in entries:
            session = entry.session
            if loop is running:
                await session.close()
                await entry.keeper.aclose()
            elif session.closed:
                continue
            elif not loop.is_closed() and loop.is_running():
                asyncio.run_coroutine_threadsafe(session.close(), loop)
            else:
                _abandon(session)


class ExternalSession(SessionHolder):
    """The application's own `aiohttp.ClientSession` (`http_session=`): used for every call of
    the clients built on it, never closed by them."""

    def __init__(self, client: ClientSettings, session: aiohttp.ClientSession) -> None:
        super().__init__(client)
        self._given = session
        self._gate: FairGate | None = None

    @property
    def external(self) -> bool:
        return True

    @property
    def _session(self) -> aiohttp.ClientSession | None:
        return self._given

    @property
    def open_sessions(self) -> int:
        return int(not self._given.closed)

    def pooled(self) -> tuple[aiohttp.ClientSession, FairGate | None]:
        session = self.get()
        if self._gate is None and self._client.fair_queueing:
            self._gate = _gate(self._client, session.connector)
        return session, self._gate

    def get(self) -> aiohttp.ClientSession:
        if self.closed:
            raise ClientClosedError("the client is closed: no new connection is made")
        if self._given.closed:
            raise ClientClosedError(
                "the aiohttp session passed as http_session= is closed; the client cannot send"
            )
        return self._given

    async def aclose(self) -> None:
        """The session is the application's to close."""
