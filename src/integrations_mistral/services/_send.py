"""What one call sends on each attempt: a slotted object, not a closure per call, observed by the
call's `Operation` when something listens (an attempt span, trace headers, per-attempt metrics)."""

from __future__ import annotations

import os
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import aiohttp

from ..errors import AuthenticationError
from ..operations import UNLISTED
from ..transport import HttpTransport, RawResponse

if TYPE_CHECKING:
    from ..observability.operation import Operation

__all__ = ["Attempts", "OpenStream", "Send"]

R = TypeVar("R")


class Attempts(Generic[R]):
    """Called with the seconds left of the retry budget, once per attempt."""

    __slots__ = (
        "accept",
        "body",
        "facts",
        "form",
        "headers",
        "method",
        "op",
        "params",
        "path",
        "request_id",
        "timeout",
        "transport",
    )

    def __init__(
        self,
        transport: HttpTransport,
        op: Operation | None,
        method: str,
        path: str,
        body: bytes | None,
        params: Mapping[str, Any] | None,
        form: Callable[[], aiohttp.FormData] | None,
        accept: str | None,
        headers: Mapping[str, str] | None,
        timeout: float | None,
    ) -> None:
        self.transport, self.op, self.method, self.path = transport, op, method, path
        self.body, self.params, self.form, self.accept = body, params, form, accept
        self.headers, self.timeout = headers, timeout
        self.facts = UNLISTED  # the operation's row (set by the caller): its key header, ...
        self.request_id = os.urandom(16).hex()  # one per logical call, kept on every attempt

    def __call__(self, budget: float) -> Awaitable[R]:
        if self.transport.renews_key:
            return self._keyed(budget)
        return self._once(budget, None)

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
        return self._send(budget, self.headers, key)

    def _send(
        self, budget: float, headers: Mapping[str, str] | None, key: str | None
    ) -> Awaitable[R]:
        raise NotImplementedError

    def _facts(self, response: R) -> tuple[int, int | None, str | None, Mapping[str, str]]:
        """(status, body size, request id, headers) of a response, for its attempt's span and
        metrics."""
        raise NotImplementedError

    async def _observed(self, op: Operation, budget: float, key: str | None) -> R:
        record = op.attempt_started(self.transport.display_url(self.path))
        extra, trace = self.headers, record.headers  # the call's extra headers, trace context
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

    def _send(
        self, budget: float, headers: Mapping[str, str] | None, key: str | None
    ) -> Awaitable[RawResponse]:
        return self.transport.request(
            self.method,
            self.path,
            json_body=self.body,
            params=self.params,
            data=self.form() if self.form is not None else None,
            accept=self.accept,
            budget=budget,
            headers=headers,
            timeout=self.timeout,
            request_id=self.request_id,
            key=key,
            key_header=self.facts.key_header,
        )

    def _facts(
        self, response: RawResponse
    ) -> tuple[int, int | None, str | None, Mapping[str, str]]:
        return response.status, len(response.body), response.request_id, response.headers


class OpenStream(Attempts[aiohttp.ClientResponse]):
    """A request whose body is streamed: an attempt ends once the status is known."""

    __slots__ = ("idle_timeout",)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.idle_timeout: float | None = None

    def _send(
        self, budget: float, headers: Mapping[str, str] | None, key: str | None
    ) -> Awaitable[aiohttp.ClientResponse]:
        return self.transport.open_stream(
            self.method,
            self.path,
            json_body=self.body,
            params=self.params,
            accept=self.accept or "text/event-stream",
            idle_timeout=self.idle_timeout,
            budget=budget,
            headers=headers,
            timeout=self.timeout,
            data=self.form() if self.form is not None else None,
            request_id=self.request_id,
            key=key,
            key_header=self.facts.key_header,
        )

    def _facts(
        self, response: aiohttp.ClientResponse
    ) -> tuple[int, int | None, str | None, Mapping[str, str]]:
        request_id = response.headers.get("X-Request-ID") or response.request_info.headers.get(
            "X-Request-ID"
        )
        return response.status, response.content_length, request_id, response.headers
