"""One aiohttp session per profile: created lazily in the running loop, closed by its last user."""

from __future__ import annotations

import asyncio
import ssl

import aiohttp

from ..config.models import ClientSettings

__all__ = ["SessionHolder", "session_key", "tls_context"]


def tls_context() -> ssl.SSLContext:
    """System trust store, certificate and host checks on, TLS 1.2 at the least."""
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def session_key(client: ClientSettings) -> tuple[object, ...]:
    """The client settings a session is built from; the rest are applied per request."""
    return (client.pool_size, client.pool_size_per_host, client.keepalive_secs)


class SessionHolder:
    """Owns the pooled session of one profile; `acquire`/`release` count the clients using it."""

    def __init__(self, client: ClientSettings) -> None:
        self._client = client
        self._tls = tls_context()
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.users = 0

    @property
    def key(self) -> tuple[object, ...]:
        return session_key(self._client)

    def get(self) -> aiohttp.ClientSession:
        """The session for the running loop (no await: safe under concurrent first calls)."""
        loop = asyncio.get_running_loop()
        session = self._session
        if session is None or session.closed or self._loop is not loop:
            connector = aiohttp.TCPConnector(
                limit=self._client.pool_size,
                limit_per_host=self._client.pool_size_per_host,
                keepalive_timeout=self._client.keepalive_secs,
                ssl=self._tls,
            )
            session = aiohttp.ClientSession(
                connector=connector, auto_decompress=True, raise_for_status=False
            )
            self._session, self._loop = session, loop
        return session

    def acquire(self) -> None:
        self.users += 1

    async def release(self) -> bool:
        """Drop one user; close the session when none is left. True if it was closed."""
        self.users = max(0, self.users - 1)
        if self.users:
            return False
        await self.aclose()
        return True

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is not None and not session.closed:
            try:
                running = asyncio.get_running_loop()
            except RuntimeError:  # pragma: no cover - close() outside any loop
                running = None
            if running is self._loop:
                await session.close()
            elif session.connector is not None:  # the loop that made it is gone
                await session.connector.close()
