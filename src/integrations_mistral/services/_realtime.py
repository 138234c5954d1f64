"""What every realtime session shares: opening it through the caller (resilience, telemetry, the
client's lifetime), sending JSON messages, reading typed events under the idle and total
timeouts, and ending it (close code 1000, the limiter settled, the span ended) exactly once."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from typing import Any, ClassVar, Generic, TypeVar, cast

import aiohttp
from pydantic import ValidationError
from typing_extensions import Self

from .._secrets import scrub_error
from ..errors import MistralError, RealtimeError, StreamInterruptedError
from ..request import Request
from ..transport.websocket import NORMAL_CLOSE, Socket, close_error, error_of
from ..types import WireModel
from ..types.realtime import UnknownRealtimeEvent
from ._fallback import Caller

__all__ = ["RealtimeSession"]

E = TypeVar("E")
F = TypeVar("F")

_CLOSED = (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSING, aiohttp.WSMsgType.CLOSED)


class RealtimeSession(Generic[E, F]):
    """`async with` it; send with the subclass's methods; `async for event in session`;
    `await session.final_response()`.

    The session opens on entering the block (or on first use), ends after the server's final
    event (`*.done`), and is closed with code 1000 on leaving the block. A dropped connection
    or a silence past `client.realtime_idle_timeout_secs` raises `StreamInterruptedError` whose
    `partial` holds what arrived; an `error` event or a close frame raises `RealtimeError`.
    """

    _what: ClassVar[str] = "realtime session"
    _done_type: ClassVar[str] = ""

    def __init__(self, caller: Caller, request: Request, options: WireModel) -> None:
        self._caller = caller
        self._request = request
        self._options = options
        self._socket: Socket | None = None
        self._permit: Any = None
        self._op: Any = None
        self._finished = False  # the final event arrived, or the session failed or was closed
        self._ended = False  # reported (span, limiter, lifetime): once
        self._cut = False  # the client closed with this session open
        self._error: MistralError | None = None
        self._deadline: float | None = None
        self._idle = 300.0
        self._close_code: int | None = None
        self.events = 0
        """Events received so far."""
        self.request_id = ""
        self.session: dict[str, Any] | None = None
        """The session as the server described it in `session.created`."""

    # -- opening -----------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        await self.connect()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def connect(self) -> None:
        """Open the session (the handshake and `session.created`, retried under the profile's
        policy), then send its options in one `session.update`. Entering `async with` does it."""
        if self._socket is not None or self._finished:
            if self._error is not None:
                raise self._error
            return
        opened = await self._caller.open_socket(self._request)
        self._socket, self._permit, self._op = opened.socket, opened.permit, opened.op
        self.request_id, self.session = opened.request_id, opened.first.get("session")
        limits = opened.caller.transport.stream_limits
        self._idle = limits.realtime_idle_secs
        if limits.realtime_total_secs is not None:
            self._deadline = time.monotonic() + limits.realtime_total_secs
        self._secrets = opened.caller.transport.credentials
        self._lifetime = self._caller.lifetime
        self._lifetime.add_stream(self)  # closing the client closes the session
        update = self._options.model_dump(mode="json", exclude_none=True, by_alias=True)
        if self._request.extra_body:  # `extra_body=`: fields this client does not know yet
            update.update(self._request.extra_body)
        await self._send({"type": "session.update", "session": update})
        self._started()

    def _started(self) -> None:
        """The session is open and configured (a subclass may start feeding it)."""

    # -- sending -----------------------------------------------------------------------------

    async def _send(self, message: dict[str, Any]) -> None:
        if self._socket is None:
            await self.connect()
        if self._finished:
            cause = f" ({self._error})" if self._error is not None else ""
            raise RealtimeError(
                f"{self._what}: the session has ended{cause}; nothing more can be sent",
                request_id=self.request_id,
            )
        socket = self._socket
        assert socket is not None
        try:
            await socket.send_str(json.dumps(message, separators=(",", ":")))
            return
        except (aiohttp.ClientError, ConnectionError, OSError, RuntimeError):
            pass  # raised below, outside this block: no aiohttp error in its context
        raise await self._fail(self._interrupted("the connection dropped while sending"))

    # -- reading -----------------------------------------------------------------------------

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> E:
        if self._socket is None and not self._finished:
            await self.connect()
        if self._finished:
            if self._error is not None and not self._error_seen:
                self._error_seen = True
                raise self._error
            raise StopAsyncIteration
        socket = self._socket
        assert socket is not None
        while True:
            wait, setting = self._idle, "client.realtime_idle_timeout_secs"
            if self._deadline is not None and self._deadline - time.monotonic() < wait:
                wait, setting = self._deadline - time.monotonic(), "client.realtime_timeout_secs"
                if wait <= 0:
                    raise await self._fail(self._interrupted(f"the session outlasted {setting}"))
            try:
                message = await socket.receive(timeout=wait)
            except asyncio.TimeoutError:
                message = None
            if message is None:
                raise await self._fail(
                    self._interrupted(f"no message within {wait:.3g} s ({setting})")
                )
            if message.type is aiohttp.WSMsgType.TEXT:
                return await self._event(message.data)
            if message.type is aiohttp.WSMsgType.BINARY:
                continue  # neither protocol sends binary frames: not an event
            raise await self._fail(self._ended_by(message))

    _error_seen = False

    async def _event(self, text: str) -> E:
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            data = None
        if not isinstance(data, dict) or not isinstance(data.get("type"), str):
            raise await self._fail(
                RealtimeError(
                    f"{self._what}: a message that is not an event: {text[:200]!r}",
                    request_id=self.request_id,
                    partial=self.partial,
                )
            )
        if data["type"] == "error":
            raise await self._fail(error_of(data, self._what, self.request_id, partial=None))
        try:
            event = self._parse(data)
        except ValidationError:  # a known type in a shape this client does not expect
            event = cast(E, self._unknown(data))  # each protocol's events include it
        self.events += 1
        if self._op is not None:
            self._op.chunk()
        if data["type"] == self._done_type:
            self._finished = True
            await self._end(None, normal=True)
        return event

    def _ended_by(self, message: Any) -> MistralError:
        """The error of a connection that closed before the final event."""
        socket = self._socket
        code = socket.close_code if socket is not None else None
        if self._cut:
            return self._interrupted("the client was closed")
        if message.type is aiohttp.WSMsgType.CLOSE:
            code = message.data if type(message.data) is int else code
            if code not in NORMAL_CLOSE and code != 1006:
                return close_error(
                    code, message.extra, self._what, self.request_id, partial=self.partial
                )
        self._close_code = code
        return self._interrupted(f"the connection closed before {self._done_type}")

    def _interrupted(self, why: str) -> StreamInterruptedError:
        return StreamInterruptedError(
            f"{self._what} interrupted: {why}", partial=self.partial, request_id=self.request_id
        )

    # -- ending ------------------------------------------------------------------------------

    async def final_response(self) -> F:
        """Read what is left; the session's whole result (`*.done`)."""
        async for _ in self:
            pass
        return self._result()

    async def close(self) -> None:
        """End the session: code 1000 to the server, the connection released. Idempotent."""
        if self._socket is None:
            self._finished = True
            return
        if not self._finished:
            self._finished = True
            await self._end(None, normal=False)
        else:
            await self._shut()

    async def cut(self) -> None:
        """The client is closing: the reader gets `StreamInterruptedError`, not an end."""
        self._cut = True
        await self._shut()

    async def _fail(self, error: MistralError) -> MistralError:
        """End the session with `error` (reported once), which the caller raises."""
        if self._secrets is not None:
            scrub_error(error, self._secrets.secrets)
        self._error, self._error_seen = error, True
        self._finished = True
        await self._end(error, normal=False)
        return error

    _secrets: Any = None
    _lifetime: Any = None

    async def _end(self, error: MistralError | None, *, normal: bool) -> None:
        if self._ended:
            return
        self._ended = True
        await self._shut()
        if self._lifetime is not None:
            self._lifetime.discard_stream(self)
        result = self._result_or_none() if normal else None
        usage = getattr(result, "usage", None) or {}
        tokens = usage.get("total_tokens") if isinstance(usage, dict) else None
        if self._permit is not None:
            self._permit.settle(tokens if type(tokens) is int else 0)
        if self._op is not None:
            facts = {
                "mistral.realtime.events": self.events,
                **self._facts(),
            }
            if self._close_code is not None:
                facts["mistral.realtime.close_code"] = self._close_code
            self._op.session_ended(
                result,
                error,
                closed=not normal and error is None,
                facts=facts,
                **self._measures(),
            )

    async def _shut(self) -> None:
        socket = self._socket
        if socket is None or socket.closed:
            if socket is not None and self._close_code is None:
                self._close_code = socket.close_code
            return
        with contextlib.suppress(asyncio.TimeoutError, aiohttp.ClientError, OSError):
            await asyncio.wait_for(socket.close(code=1000), 5)
        if self._close_code is None:
            self._close_code = 1000

    def _result_or_none(self) -> F | None:
        try:
            return self._result()
        except MistralError:
            return None

    # -- what each protocol says -------------------------------------------------------------

    async def end(self) -> None:
        """Nothing more to send: the server finishes and sends its final event."""
        raise NotImplementedError

    @property
    def partial(self) -> Any:
        """What the session has received so far."""
        raise NotImplementedError

    def _parse(self, data: dict[str, Any]) -> E:
        raise NotImplementedError

    def _unknown(self, data: dict[str, Any]) -> UnknownRealtimeEvent:
        """An event of a type this client does not know: typed, with its data, never an error."""
        return UnknownRealtimeEvent.model_construct(type=data.get("type", ""), data=data)

    def _result(self) -> F:
        raise NotImplementedError

    def _facts(self) -> dict[str, Any]:
        return {}

    def _measures(self) -> dict[str, Any]:
        return {}
