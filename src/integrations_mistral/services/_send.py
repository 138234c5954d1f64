"""What one call sends on each attempt: a slotted object, not a closure per call, observed by the
call's `Operation` when something listens (an attempt span, trace headers, per-attempt metrics)."""

from __future__ import annotations

import os
import time
from collections.abc import Awaitable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import aiohttp

from ..errors import AuthenticationError
from ..request import Request
from ..transport import HttpTransport, RawResponse
from ..transport.websocket import Socket

if TYPE_CHECKING:
    from ..observability.operation import Operation

__all__ = ["Attempts", "OpenSocket", "OpenStream", "Send"]

R = TypeVar("R")


class Attempts(Generic[R]):
    """Called with the seconds left of the retry budget, once per attempt."""

    __slots__ = ("op", "payload", "request", "request_id", "transport")

    def __init__(
        self,
        transport: HttpTransport,
        op: Operation | None,
        request: Request,
        payload: bytes | None,
    ) -> None:
        self.transport, self.op, self.request, self.payload = transport, op, request, payload
        self.request_id = os.urandom(16).hex()  # one per logical call, kept on every attempt

    def __call__(self, budget: float) -> Awaitable[R]:
        if self.transport.renews_key:
            return self._keyed(budget)
        if self.op is not None:
            return self._observed(self.op, budget, None)
        return self._send(budget, self.request.headers, None)

    async def _keyed(self, budget: float) -> R:
        """An attempt with the key fetched for it; after a 401 the key is fetched once more
        and, if it changed (rotated), the request is sent again with it."""
        credentials = self.transport.credentials
        key = await credentials.key()
        started = time.monotonic()
        try:
            return await self._once(budget, key)
        except AuthenticationError:
            if not await credentials.renew(key, started):
                raise
        return await self._once(budget - (time.monotonic() - started), await credentials.key())

    def _once(self, budget: float, key: str | None) -> Awaitable[R]:
        if self.op is not None:
            return self._observed(self.op, budget, key)
        return self._send(budget, self.request.headers, key)

    def _send(
        self, budget: float, headers: Mapping[str, str] | None, key: str | None
    ) -> Awaitable[R]:
        raise NotImplementedError

    def _facts(self, response: R) -> tuple[int, int | None, str | None, Mapping[str, str]]:
        """(status, body size, request id, headers) of a response, for its attempt's span and
        metrics."""
        raise NotImplementedError

    async def _observed(self, op: Operation, budget: float, key: str | None) -> R:
        record = op.attempt_started(self.transport.display_url(self.request.path))
        extra, trace = (
            self.request.headers,
            record.headers,
        )  # the call's extra headers, trace context
        headers = {**extra, **trace} if extra and trace else (trace or extra)
        try:
            response = await self._send(budget, headers, key)
        except BaseException as exc:
            status = getattr(exc, "status_code", None)
            request_id = getattr(exc, "request_id", None)
            op.attempt_ended(record, status, None, request_id, exc, getattr(exc, "headers", None))
            raise
        status, size, request_id, headers = self._facts(response)
        op.attempt_ended(record, status, size, request_id, None, headers)
        return response


class Send(Attempts[RawResponse]):
    """A request whose whole body is read."""

    __slots__ = ()

    def __call__(self, budget: float) -> Awaitable[RawResponse]:
        if self.op is None and not self.transport.renews_key:  # nearly every attempt: sent as is
            return self.transport.request(
                self.request, self.payload, budget, self.request.headers, self.request_id
            )
        return Attempts.__call__(self, budget)

    def _send(
        self, budget: float, headers: Mapping[str, str] | None, key: str | None
    ) -> Awaitable[RawResponse]:
        return self.transport.request(
            self.request, self.payload, budget, headers, self.request_id, key
        )

    def _facts(
        self, response: RawResponse
    ) -> tuple[int, int | None, str | None, Mapping[str, str]]:
        return response.status, len(response.body), response.request_id, response.headers


class OpenStream(Attempts[aiohttp.ClientResponse]):
    """A request whose body is streamed: an attempt ends once the status is known."""

    __slots__ = ()

    def _send(
        self, budget: float, headers: Mapping[str, str] | None, key: str | None
    ) -> Awaitable[aiohttp.ClientResponse]:
        return self.transport.open_stream(
            self.request, self.payload, budget, headers, self.request_id, key
        )

    def _facts(
        self, response: aiohttp.ClientResponse
    ) -> tuple[int, int | None, str | None, Mapping[str, str]]:
        request_id = response.headers.get("X-Request-ID") or response.request_info.headers.get(
            "X-Request-ID"
        )
        return response.status, response.content_length, request_id, response.headers


class OpenSocket(Attempts[tuple[Socket, dict[str, Any]]]):
    """A realtime session: an attempt ends once the server has said `session.created`."""

    __slots__ = ()

    def _send(
        self, budget: float, headers: Mapping[str, str] | None, key: str | None
    ) -> Awaitable[tuple[Socket, dict[str, Any]]]:
        return self.transport.open_socket(self.request, budget, headers, self.request_id, key)

    def _facts(
        self, response: tuple[Socket, dict[str, Any]]
    ) -> tuple[int, int | None, str | None, Mapping[str, str]]:
        return 101, None, self.request_id, {}
