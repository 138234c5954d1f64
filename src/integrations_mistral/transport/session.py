"""One aiohttp session per profile and event loop: created lazily, closed by its last user.

A session belongs to the loop that made it, so threads that each run their own loop with clients
of one profile get one session each and never touch another thread's.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import threading
import weakref
from types import SimpleNamespace

import aiohttp
from yarl import URL

from .._secrets import mask_url
from ..config.models import ClientSettings
from ..errors import UnsafeRedirectError

__all__ = ["SESSION_FIELDS", "SessionHolder", "session_key", "tls_context"]


def tls_context() -> ssl.SSLContext:
    """System trust store, certificate and host checks on, TLS 1.2 at the least."""
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


async def _check_redirect(
    session: aiohttp.ClientSession,
    context: SimpleNamespace,
    params: aiohttp.TraceRequestRedirectParams,
) -> None:
    """Refuse a redirect that would change the method (a POST turned into a GET, its reply
    taken for the result) or go from https to http (the body in clear text). aiohttp itself
    drops the Authorization header when a redirect leaves the origin."""
    response, method = params.response, params.method
    location = response.headers.get("Location")
    if not location:
        return
    target = params.url.join(URL(location))
    if (response.status == 303 and method != "HEAD") or (
        response.status in (301, 302) and method == "POST"
    ):
        problem = f"it would turn {method} into GET"
    elif params.url.scheme == "https" and target.scheme != "https":
        problem = "it leaves https"
    else:
        return
    response.close()
    shown = mask_url(str(target.with_query(None)))
    raise UnsafeRedirectError(
        f"{method} {params.url.path}: redirect {response.status} to {shown} refused: {problem}",
        status_code=response.status,
    )


_REDIRECT_GUARD = aiohttp.TraceConfig()
_REDIRECT_GUARD.on_request_redirect.append(_check_redirect)
_REDIRECT_GUARD.freeze()


SESSION_FIELDS = ("pool_size", "pool_size_per_host", "keepalive_secs")
"""The client settings a session is built from; the rest are applied per request."""


def session_key(client: ClientSettings) -> tuple[object, ...]:
    return tuple(getattr(client, name) for name in SESSION_FIELDS)


class SessionHolder:
    """Owns the pooled sessions of one profile; `acquire`/`release` count the clients using them."""

    def __init__(self, client: ClientSettings) -> None:
        self._client = client
        self._tls = tls_context()
        self._lock = threading.Lock()
        self._sessions: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, aiohttp.ClientSession
        ] = weakref.WeakKeyDictionary()
        self.users = 0
        self.sessions_created = 0

    @property
    def _session(self) -> aiohttp.ClientSession | None:
        """The running loop's session, if any (for tests and diagnostics)."""
        try:
            return self._sessions.get(asyncio.get_running_loop())
        except RuntimeError:
            return next(iter(self._sessions.values()), None)

    def get(self) -> aiohttp.ClientSession:
        """The running loop's session (no await: safe under concurrent first calls)."""
        loop = asyncio.get_running_loop()
        session = self._sessions.get(loop)
        if session is None or session.closed:
            connector = aiohttp.TCPConnector(
                limit=self._client.pool_size,
                limit_per_host=self._client.pool_size_per_host,
                keepalive_timeout=self._client.keepalive_secs,
                ssl=self._tls,
            )
            session = aiohttp.ClientSession(
                connector=connector,
                auto_decompress=True,
                raise_for_status=False,
                trace_configs=[_REDIRECT_GUARD],
            )
            with self._lock:
                self._sessions[loop] = session
                self.sessions_created += 1
        return session

    def acquire(self) -> None:
        with self._lock:
            self.users += 1

    async def release(self) -> bool:
        """Drop one user; close the sessions when none is left. True if they were closed."""
        with self._lock:
            self.users = max(0, self.users - 1)
            if self.users:
                return False
        await self.aclose()
        return True

    async def aclose(self) -> None:
        """Close this loop's session; sessions of loops that are gone are dropped with them."""
        try:
            running: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:  # pragma: no cover - close() outside any loop
            running = None
        with self._lock:
            sessions = list(self._sessions.items())
            self._sessions.clear()
        for loop, session in sessions:
            if session.closed:
                continue
            if loop is running:
                await session.close()
            elif not loop.is_closed() and loop.is_running():
                asyncio.run_coroutine_threadsafe(session.close(), loop)
            else:  # its loop is gone, and the sockets with it: mark it closed
                with contextlib.suppress(RuntimeError):
                    await session.close()
