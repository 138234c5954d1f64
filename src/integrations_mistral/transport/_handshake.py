"""A TLS 1.3 server that refuses the client's certificate does so after the handshake has
completed on the client's side: it drops the connection, and the client sees a plain reset.
A reset that ends a new TLS 1.3 connection before a single byte arrived is that refusal: it is
named so (`client.client_cert`) and not retried, as the same refusal under TLS 1.2 is not."""

from __future__ import annotations

import asyncio
import functools
from typing import Any, cast

import aiohttp
from aiohttp.client_proto import ResponseHandler

__all__ = ["RefusedAfterHandshake", "connector"]


class RefusedAfterHandshake(ConnectionResetError):
    """A new TLS 1.3 connection reset before any byte of an answer (the cause aiohttp keeps)."""


class _Handler(ResponseHandler):
    """aiohttp's protocol, telling a reset before the first byte of a TLS 1.3 connection."""

    _answered = False

    def data_received(self, data: bytes) -> None:
        self._answered = True
        self.data_received = super().data_received  # type: ignore[method-assign]
        super().data_received(data)

    def connection_lost(self, exc: BaseException | None) -> None:
        if isinstance(exc, ConnectionResetError) and not self._answered and _tls13(self):
            exc = RefusedAfterHandshake(*exc.args)
        super().connection_lost(exc)


def _tls13(protocol: ResponseHandler) -> bool:
    transport = protocol.transport
    tls = transport.get_extra_info("ssl_object") if transport is not None else None
    return tls is not None and tls.version() == "TLSv1.3"


def connector(loop: asyncio.AbstractEventLoop, **options: Any) -> aiohttp.TCPConnector:
    """A `TCPConnector` whose connections tell a TLS 1.3 refusal from other resets."""
    made = aiohttp.TCPConnector(**options)
    # aiohttp's own hook for the protocol of its connections
    made._factory = cast(
        "functools.partial[ResponseHandler]", functools.partial(_Handler, loop=loop)
    )
    return made
