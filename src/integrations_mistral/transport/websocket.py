"""A realtime session's connection: the WebSocket handshake through the profile's session (proxy,
trust, key), and its first message, each failure a typed `MistralError`.

One attempt is the handshake plus the server's `session.created`: a refusal before it (an HTTP
status, an `error` event, a close frame) is an ordinary error the retry policy may retry; no audio
or text has been sent yet.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Mapping
from typing import Any

import aiohttp
from yarl import URL

from ..errors import (
    APIConnectionError,
    MistralError,
    RealtimeError,
    RequestTimeoutError,
    error_for_status,
    raise_clean,
)
from ._apart import apart
from .failures import translated

__all__ = ["NORMAL_CLOSE", "Socket", "close_error", "connect", "error_of", "socket_url"]

NORMAL_CLOSE = (1000, 1001)
"""Close codes of a session that ended as agreed (1001: the server is going away, done)."""

Socket = aiohttp.ClientWebSocketResponse[bool]


def socket_url(base_url: str, path: str) -> URL:
    """The WebSocket URL of `path` on `base_url`: `https` -> `wss`, `http` -> `ws`."""
    url = URL(base_url + path, encoded=True)
    scheme = {"https": "wss", "http": "ws"}.get(url.scheme, url.scheme)
    return url.with_scheme(scheme)


async def connect(
    session: aiohttp.ClientSession,
    url: URL,
    *,
    headers: Mapping[str, str],
    options: Mapping[str, Any],
    timeout: float,
    max_message: int,
    retryable: frozenset[int],
    request_id: str,
    what: str,
) -> tuple[Socket, dict[str, Any]]:
    """Open the socket and read the server's first message, `session.created`, within
    `timeout` seconds; the socket is closed on any failure."""
    try:
        socket = await apart(_open(session, url, headers, options, max_message), timeout, _drop)
    except aiohttp.WSServerHandshakeError as exc:
        raise_clean(_refused(exc, retryable, request_id, what))
    except (asyncio.TimeoutError, aiohttp.ClientError, OSError) as exc:
        raise_clean(translated(exc, what, request_id, timeout, waiting_for="WebSocket handshake"))
    try:
        first = await _first(socket, timeout, retryable, request_id, what)
    except BaseException:
        await _abandon(socket)
        raise
    return socket, first


async def _open(
    session: aiohttp.ClientSession,
    url: URL,
    headers: Mapping[str, str],
    options: Mapping[str, Any],
    max_message: int,
) -> Socket:
    return await session.ws_connect(
        url, headers=headers, max_msg_size=max_message, autoping=True, **options
    )


def _drop(socket: Socket) -> None:
    """A socket that opened as its caller was cancelled: closed, not kept."""
    asyncio.get_running_loop().create_task(_abandon(socket))


async def _first(
    socket: Socket, timeout: float, retryable: frozenset[int], request_id: str, what: str
) -> dict[str, Any]:
    try:
        message = await socket.receive(timeout=timeout)
    except asyncio.TimeoutError:
        raise_clean(
            RequestTimeoutError(
                f"{what}: no session.created within {timeout:g} s (client.timeout_secs)",
                request_id=request_id,
            )
        )
    if message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSING):
        raise close_error(message.data, message.extra, what, request_id, retryable)
    if message.type is not aiohttp.WSMsgType.TEXT:
        raise APIConnectionError(
            f"{what}: the connection closed before session.created", request_id=request_id
        )
    data = _json(message.data)
    if data is not None and data.get("type") == "error":
        raise error_of(data, what, request_id, retryable)
    if data is None or data.get("type") != "session.created":
        raise RealtimeError(
            f"{what}: expected session.created first, got {str(message.data)[:200]!r}",
            request_id=request_id,
        )
    return data


def error_of(
    data: Mapping[str, Any],
    what: str,
    request_id: str | None,
    retryable: frozenset[int] = frozenset(),
    partial: Any = None,
) -> RealtimeError:
    """The `RealtimeError` of an `error` event: `{"error": {"message": str | {"detail": ...},
    "code": int}}` (a bare string or an unexpected shape is quoted as sent)."""
    error = data.get("error")
    code: int | None = None
    if isinstance(error, Mapping):
        raw_code, message = error.get("code"), error.get("message")
        code = raw_code if type(raw_code) is int else None
        if isinstance(message, Mapping):
            message = message.get("detail", message)
    else:
        message = error if error is not None else data.get("message")
    text = message if isinstance(message, str) else json.dumps(message, default=str)
    return RealtimeError(
        f"{what}: the server reported an error{f' {code}' if code is not None else ''}: "
        f"{text[:500]}",
        code=code,
        request_id=request_id,
        is_retryable=code in retryable,
        partial=partial,
        body=dict(data),
    )


def close_error(
    code: Any,
    reason: Any,
    what: str,
    request_id: str | None,
    retryable: frozenset[int] = frozenset(),
    partial: Any = None,
) -> RealtimeError:
    """The `RealtimeError` of a close frame the client did not ask for (code and reason kept)."""
    close_code = code if type(code) is int else None
    text = reason if isinstance(reason, str) else ""
    return RealtimeError(
        f"{what}: the server closed the session ({close_code}{f': {text[:300]}' if text else ''})",
        close_code=close_code,
        close_reason=text,
        request_id=request_id,
        is_retryable=close_code in (1011, 1012, 1013) or close_code in retryable,
        partial=partial,
    )


def _json(text: Any) -> dict[str, Any] | None:
    try:
        data = json.loads(text)
    except (ValueError, TypeError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _refused(
    exc: aiohttp.WSServerHandshakeError, retryable: frozenset[int], request_id: str, what: str
) -> MistralError:
    """A handshake the server answered with a status: 401, 403, 404 as their usual errors;
    a 101 without a valid upgrade is a connection error."""
    headers: Mapping[str, str] = exc.headers or {}
    request_id = headers.get("X-Request-ID", request_id)
    if exc.status < 300:
        return APIConnectionError(
            f"{what}: the server answered HTTP {exc.status}, not a WebSocket upgrade "
            f"({exc.message})",
            request_id=request_id,
            is_retryable=False,
        )
    error = error_for_status(
        exc.status, b"", headers, request_id=request_id, retryable_status_codes=retryable
    )
    error.message = f"{what}: {error.message}"
    error.args = (error.message,)
    return error


async def _abandon(socket: Socket) -> None:
    """Close a socket whose session never started (nothing to say to the server)."""
    with contextlib.suppress(asyncio.TimeoutError, aiohttp.ClientError, OSError):
        await asyncio.wait_for(socket.close(), 5)
