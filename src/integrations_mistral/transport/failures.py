"""aiohttp and asyncio failures as the typed errors of the client: a timeout, a connection that
could not be made or broke, a TLS handshake or certificate refused, a proxy refusing the tunnel."""

from __future__ import annotations

import asyncio
import os
import ssl
from collections.abc import Iterator
from contextlib import contextmanager

import aiohttp

from .._secrets import scrub
from ..errors import (
    APIConnectionError,
    MistralError,
    RequestTimeoutError,
    ResponseTooLargeError,
    ResponseValidationError,
    raise_clean,
)
from ._handshake import RefusedAfterHandshake

__all__ = ["mark_unsent", "translate_errors", "translated"]

_CONNECTOR = f"aiohttp{os.sep}connector.py"


def mark_unsent(cancel: BaseException) -> None:
    """A cancel that arrived while aiohttp was still getting a connection (waiting for the
    pool, connecting, the TLS handshake): nothing was sent, so its rate-limit slot is given
    back (`request_sent = False`, as on connection errors)."""
    frame = cancel.__traceback__
    while frame is not None:
        if frame.tb_frame.f_code.co_filename.endswith(_CONNECTOR):
            cancel.request_sent = False  # type: ignore[attr-defined]
            return
        frame = frame.tb_next


@contextmanager
def translate_errors(
    what: str,
    request_id: str,
    timeout: float | None,
    setting: str = "client.timeout_secs",
    waiting_for: str = "complete response",
) -> Iterator[None]:
    """aiohttp and asyncio failures -> `RequestTimeoutError` / `APIConnectionError`.

    The aiohttp error is not kept as `__context__`: its `request_info` holds the request headers,
    the Authorization header among them, and would reach anything that prints the chain.
    """
    try:
        yield
    except (asyncio.TimeoutError, aiohttp.ClientError) as exc:
        raise_clean(translated(exc, what, request_id, timeout, setting, waiting_for))


def translated(
    exc: BaseException,
    what: str,
    request_id: str,
    timeout: float | None,
    setting: str = "client.timeout_secs",
    waiting_for: str = "complete response",
) -> MistralError:
    """The typed error for an aiohttp or asyncio failure (see `translate_errors`)."""
    if isinstance(exc, asyncio.TimeoutError):
        limit = f" within {timeout:g} s ({setting})" if timeout else ""
        return RequestTimeoutError(f"{what}: no {waiting_for}{limit}", request_id=request_id)
    if isinstance(exc, aiohttp.ClientPayloadError):
        return APIConnectionError(
            f"{what}: response body was cut off ({exc})", request_id=request_id
        )
    if isinstance(exc, aiohttp.ClientConnectorCertificateError | aiohttp.ServerFingerprintMismatch):
        return APIConnectionError(
            f"{what}: TLS certificate rejected ({scrub(str(exc))}); not retried",
            request_id=request_id,
            is_retryable=False,
            error_type="tls_certificate",
        )
    tls = _tls_failure(exc)
    if tls is not None:
        return APIConnectionError(
            f"{what}: TLS handshake failed ({scrub(tls)}); check client.ca_bundle, "
            "client.client_cert and client.client_key; not retried",
            request_id=request_id,
            is_retryable=False,
            error_type="tls",
            request_sent=False,
        )
    if isinstance(exc, aiohttp.ClientProxyConnectionError):
        return APIConnectionError(
            f"{what}: cannot connect to the proxy: {scrub(str(exc))}",
            request_id=request_id,
            request_sent=False,
        )
    if isinstance(exc, aiohttp.ClientHttpProxyError):
        return APIConnectionError(
            f"{what}: the proxy refused the connection: {exc.status} {scrub(exc.message)} "
            "(client.proxy or the *_PROXY variables); not retried",
            request_id=request_id,
            is_retryable=False,
            error_type="proxy",
            request_sent=False,
        )
    if isinstance(exc, aiohttp.ClientConnectorError):
        hint = ""
        key = getattr(exc, "_conn_key", None)
        if isinstance(exc.os_error, ConnectionResetError) and getattr(key, "is_ssl", False):
            hint = (
                " (the server closed the connection during the TLS handshake, as gateways "
                "requiring a client certificate do: see client.client_cert)"
            )
        return APIConnectionError(
            f"{what}: cannot connect: {scrub(str(exc))}{hint}",
            request_id=request_id,
            request_sent=False,
        )
    if isinstance(exc, aiohttp.TooManyRedirects):
        return APIConnectionError(
            f"{what}: too many redirects ({len(exc.history)} followed); not retried",
            request_id=request_id,
            is_retryable=False,
            error_type="redirect_loop",
        )
    if isinstance(exc, aiohttp.ClientResponseError) and _too_long(exc):
        return ResponseTooLargeError(
            f"{what}: the response's status line or a header is longer than aiohttp accepts "
            "(8190 bytes); not retried",
            request_id=request_id,
        )
    if isinstance(exc, aiohttp.ClientResponseError):  # aiohttp's parser refused the head
        return ResponseValidationError(
            f"{what}: the response is not valid HTTP ({scrub(str(exc.message))[:200]}), as a "
            "Content-Length beside a Transfer-Encoding or too many headers; not retried",
            request_id=request_id,
        )
    return APIConnectionError(
        f"{what}: {type(exc).__name__}: {scrub(str(exc))}", request_id=request_id
    )


def _too_long(exc: aiohttp.ClientResponseError) -> bool:
    """aiohttp's parser refused a line of the response head as too long (its text, which
    quotes the line, is not repeated: it may hold anything the server echoed)."""
    return "Got more than" in str(exc.message)


def _tls_failure(exc: BaseException) -> str | None:
    """The TLS error behind `exc` (a handshake refused, a client certificate the server
    rejected, even after the handshake under TLS 1.3), if that is what it is."""
    seen: BaseException | None = exc
    for _ in range(4):
        if seen is None:
            return None
        if isinstance(seen, ssl.SSLError) and not isinstance(
            seen, ssl.SSLZeroReturnError | ssl.SSLEOFError
        ):
            return str(getattr(seen, "reason", None) or seen)
        if isinstance(seen, aiohttp.ClientSSLError) and seen.__cause__ is None:
            return str(seen)
        if isinstance(seen, RefusedAfterHandshake):
            return (
                "the server dropped a new TLS 1.3 connection before answering, as servers "
                "refusing the client certificate do"
            )
        seen = seen.__cause__ or getattr(seen, "os_error", None) or seen.__context__
    return None
