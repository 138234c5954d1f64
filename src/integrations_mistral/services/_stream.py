"""A streamed completion: typed chunks as they arrive, the accumulated response at the end."""

from __future__ import annotations

import asyncio
import time
import warnings
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, ClassVar, Generic, NoReturn, TypeVar, cast

import aiohttp
from pydantic import ValidationError
from typing_extensions import Self
from typing_extensions import TypeVar as DefaultedTypeVar

from .._lifetime import Lifetime
from .._secrets import scrub_error
from ..credentials import Credentials
from ..errors import (
    ClientClosedError,
    MistralError,
    ResponseValidationError,
    StreamInterruptedError,
)
from ..resilience import Permit
from ..spend.pricing import Price
from ..transport import ServedBy, StreamLimits
from ..transport.replies import response_info, set_cache, set_cost
from ..transport.sse import ServerSentEvent, SSEDecoder, not_utf8
from ..types import ChatCompletionResponse, CompletionChunk
from ..types._base import RESPONSE_CONTEXT
from ._accumulate import StreamAccumulator
from ._stream_errors import error_event

if TYPE_CHECKING:
    from ..observability.operation import Operation

__all__ = ["CompletionStream"]

C = TypeVar("C", bound=CompletionChunk)
F = DefaultedTypeVar("F", default=ChatCompletionResponse)  # what `final_response()` gives
_DEFAULT_LIMITS = StreamLimits(16 * 1024 * 1024, 60.0, None)


class CompletionStream(Generic[C, F]):
    """`async with` it (or `close()` it); `async for chunk in stream`; `await stream.final_response()`.

    Leaving the `async with` block, or `close()`, releases the connection at once. A connection
    that drops or stays silent past `client.stream_idle_timeout_secs` raises
    `StreamInterruptedError` whose `partial` is the response accumulated so far.
    """

    __slots__ = (
        "__weakref__",  # the client's lifetime holds its open streams weakly
        "_accumulator",
        "_broken",
        "_cut",
        "_decoder",
        "_done",
        "_eof",
        "_finished",
        "_last_event",
        "_lifetime",
        "_limits",
        "_op",
        "_pending",
        "_permit",
        "_response",
        "_secrets",
        "_validate",
        "price",
        "request_id",
        "served_by",
    )  # one is alive per open stream: no per-instance dict

    def __init__(
        self,
        response: aiohttp.ClientResponse,
        chunk_model: type[C],
        permit: Permit,
        op: Operation | None = None,
        limits: StreamLimits | None = None,
        lifetime: Lifetime | None = None,
        credentials: Credentials | None = None,
    ) -> None:
        self._response = response
        self._secrets = credentials  # the keys in use, scrubbed from any error it raises
        self._lifetime = lifetime
        self._op = op
        self._permit = permit
        self._limits = limits or _DEFAULT_LIMITS
        self._decoder = SSEDecoder(
            self._limits.max_event_bytes, plain_as_bytes=self._plain_as_bytes
        )
        self._validate = chunk_model.__pydantic_validator__.validate_json
        self._last_event = time.monotonic()
        self._pending: list[ServerSentEvent | bytes] = []  # read, not yet returned; reversed
        self._accumulator = self._new_accumulator()
        self._finished = False
        self._done = False
        self._eof = False
        self._broken: str | None = None
        self._cut: ClientClosedError | None = None  # the client closed with this stream open
        self.request_id: str = response.request_info.headers.get("X-Request-ID", "")
        self.served_by: ServedBy | None = None  # the profile and model that answered
        self.price: Price | None = None  # the model's price: `cost` once the usage arrives
        if lifetime is not None:  # last: a stream that failed to start is not held
            lifetime.add_stream(self)  # close() of the client closes it after the grace period

    _plain_as_bytes: ClassVar[bool] = True
    """Plain events come from the decoder as bytes, parsed by `_parse_data`; streams whose
    `_parse` needs every event as a `ServerSentEvent` set this to False."""
    _comments_keep_alive: ClassVar[bool] = False
    """Whether `: keep-alive` comments count as life for the idle timeout: not for completions
    (a server trickling only comments is stuck), yes for long-lived event streams."""

    def _new_accumulator(self) -> StreamAccumulator:
        """What merges the parsed events into the response (streams of other shapes override)."""
        return StreamAccumulator()

    @property
    def partial(self) -> ChatCompletionResponse:
        """The response accumulated from the chunks received so far."""
        return self._accumulator.response()

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> C:
        pending = self._pending  # reversed: the next event is the last one
        if pending:
            item = pending[-1]
            if type(item) is bytes and item != b"[DONE]":  # a plain chunk: nearly every event
                try:
                    chunk: C = self._validate(item)
                except ValidationError:
                    return await self._next()  # lenient parsing, or the error it is
                pending.pop()
                self._accumulator.add(chunk)
                if self._op is not None:
                    self._op.chunk()
                return chunk
        return await self._next()

    async def _next(self) -> C:
        """Every other step: other events, [DONE], errors, reading, the end."""
        while True:
            pending = self._pending
            while pending:
                item = pending.pop()
                try:
                    if type(item) is bytes:  # a plain `data:` event (nearly all of them)
                        if item != b"[DONE]":
                            return self._parse_data(item)
                    elif item.data != "[DONE]":  # type: ignore[union-attr]
                        return self._parse(item)  # type: ignore[arg-type]
                except ResponseValidationError as exc:
                    if self._eof and not self._accumulator.complete:
                        # the body ended (connection closed) in the middle of this event
                        self._interrupt(
                            f"stream ended mid-event after {self._accumulator.chunks} chunks "
                            "(the connection closed)"
                        )
                    self._fail(self._with_partial(exc))
                    raise
                except MistralError as exc:
                    self._fail(self._with_partial(exc))
                    raise
                pending.clear()  # [DONE]
                self._done = True
                self._finish()
            if self._finished:
                raise StopAsyncIteration
            if self._broken is not None:
                if self._accumulator.complete:  # every choice finished: [DONE] is a formality
                    self._finish()
                    raise StopAsyncIteration
                self._interrupt(
                    f"stream interrupted after {self._accumulator.chunks} chunks ({self._broken})",
                    self._cut,
                )
            if self._eof:
                if not self._accumulator.complete:
                    self._interrupt(
                        f"stream ended after {self._accumulator.chunks} chunks without [DONE]"
                    )
                self._finish()
                raise StopAsyncIteration
            try:
                await self._pull()
            except MistralError as exc:  # undecodable bytes
                self._fail(exc)
                raise
            except BaseException as exc:  # cancelled (Ctrl-C): reported so, not as a success
                if not self._finished:
                    self._fail(exc)
                raise

    @property
    def text_stream(self) -> AsyncIterator[str]:
        """The text deltas alone, as they arrive (`async for text in stream.text_stream`);
        chunks without text (the role, the end, tool calls) are passed over. What it reads
        still adds up to `final_response()`."""
        return self._texts()

    async def _texts(self) -> AsyncIterator[str]:
        async for item in self:
            text = getattr(item, "text", None)
            if isinstance(text, str) and text:
                yield text

    async def final_response(self) -> F:
        """Consume what is left and return the whole response."""
        # a chat completion: the streams of other shapes say what theirs is, and override this
        return cast(F, await self._completion())

    async def _completion(self) -> ChatCompletionResponse:
        """Consume what is left; the chat completion it adds up to."""
        async for _ in self:
            pass
        response = self._accumulator.response()
        info = response_info(
            self._response.status, self._response.headers, self.request_id, self.served_by
        )
        set_cost(info, self.cost)
        set_cache(info, getattr(self._response, "cache_state", None))
        object.__setattr__(response, "_raw", info)  # `final_response().raw`
        return response

    async def close(self) -> None:
        """Stop reading and free the connection now (an unfinished body is not read on)."""
        if not self._finished:
            self._finished = True
            self._response.close()
            self._end(None, closed=True)
        self._response.release()

    def __del__(self) -> None:
        """A stream dropped unfinished without `close()`: its connection is closed now, so its
        pool slot is not held until the server ends the body, and a `ResourceWarning` says so."""
        if getattr(self, "_finished", True):
            return
        self._finished = True
        try:
            self._response.close()
            self._end(None, closed=True)
        except Exception:  # noqa: S110 - a finalizer must not raise (interpreter shutdown)
            pass
        warnings.warn(
            f"a stream (request {getattr(self, 'request_id', '')}) was dropped unfinished "
            "without close(); its connection was closed when it was collected: use "
            "`async with` or `await stream.close()`",
            ResourceWarning,
            stacklevel=1,
            source=self,
        )

    async def cut(self) -> None:
        """The client was closed with this stream open (its grace period over): the connection
        is closed now, and the consumer's next read raises `StreamInterruptedError` holding
        what arrived, caused by `ClientClosedError`; nothing ends as if complete."""
        if self._finished or self._cut is not None:
            return
        self._cut = ClientClosedError(
            "the client was closed while this stream was open", request_id=self.request_id
        )
        self._response.close()
        self._end(self._cut, closed=False)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, kind: object, error: BaseException | None, tb: object) -> None:
        if error is not None and not isinstance(error, Exception) and not self._finished:
            self._fail(error)  # left by a cancel (Ctrl-C): reported as cancelled, not closed
        await self.close()

    async def _pull(self) -> None:
        """Read what arrived and queue its events, last first (the queue is empty: `__anext__`
        pops it to the end); the end of the body is checked for [DONE]."""
        if self._cut is not None:
            self._broken = "the client was closed"
            return
        content = self._response.content
        try:
            data = await content.readany()
        except (
            aiohttp.ClientPayloadError,
            aiohttp.ClientConnectionError,
            asyncio.TimeoutError,
        ) as exc:
            self._queue(self._decoder.feed(_already_received(content)))
            self._broken = "the client was closed" if self._cut else self._reason(exc)
            return
        if self._cut is not None:  # closed by the client while this read waited
            self._queue(self._decoder.feed(data) if data else [])
            self._broken = "the client was closed"
            return
        if data:
            events = self._decoder.feed(data)
            now = time.monotonic()
            if events:
                self._queue(events)
                self._last_event = now
            elif self._comments_keep_alive:
                self._last_event = now  # a keep-alive comment: the stream is alive, just quiet
            elif now - self._last_event > self._limits.idle_secs:
                self._broken = (
                    f"no event within client.stream_idle_timeout_secs "
                    f"({self._limits.idle_secs:g} s), only comments"
                )
        else:
            self._queue(self._decoder.flush())
            self._eof = True

    def _queue(self, events: list[ServerSentEvent | bytes]) -> None:
        events.reverse()
        self._pending = events

    def _reason(self, error: BaseException) -> str:
        """Why reading stopped, naming the setting that cut it."""
        if isinstance(error, aiohttp.ServerTimeoutError):
            return f"no data within client.stream_idle_timeout_secs ({self._limits.idle_secs:g} s)"
        if isinstance(error, asyncio.TimeoutError):
            return (
                f"the stream outlasted client.stream_timeout_secs ({self._limits.total_secs:g} s)"
            )
        return f"{type(error).__name__}: {error}"

    def _parse_data(self, data: bytes | str) -> C:
        """An event's data (a plain event's undecoded bytes) as a typed chunk, added to the
        response."""
        try:  # lenient (unknown enum members and content kept) only when strict parsing fails
            chunk: C = self._validate(data, context=RESPONSE_CONTEXT)
        except ValidationError:
            if isinstance(data, str):
                raise error_event(data, self.request_id) from None
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                raise not_utf8(b"data: " + data[:200], self.request_id) from None
            raise error_event(text, self.request_id) from None
        self._accumulator.add(chunk)
        if self._op is not None:
            self._op.chunk()
        return chunk

    @property
    def cost(self) -> float | None:
        """What the stream cost by the profile's pricing, once its usage arrived (None:
        not yet, or the model is unpriced)."""
        usage, price = self._accumulator.usage, self.price
        if usage is None or price is None:
            return None
        return float(price.cost(usage.prompt_tokens, usage.completion_tokens))

    def _parse(self, event: ServerSentEvent) -> C:
        """An event the decoder did not hand over as plain bytes (a name, an id, several
        `data:` lines, or one that arrived in pieces)."""
        if event.event == "error":
            raise error_event(event.data, self.request_id)
        return self._parse_data(event.data)

    def _finish(self) -> None:
        self._finished = True
        usage = self._accumulator.usage
        if usage is not None:
            self._permit.settle(usage.total_tokens)
        self._response.release()
        self._end(None, closed=False)

    def _fail(self, error: BaseException) -> None:
        if self._secrets is not None:
            scrub_error(error, self._secrets.secrets)
        self._finished = True
        self._response.close()
        self._end(error, closed=False)

    def _end(self, error: BaseException | None, *, closed: bool) -> None:
        """Report the stream's end (completed, closed early, or broken) to its observer, once."""
        if self._lifetime is not None:
            self._lifetime.discard_stream(self)
        self._permit.ended(self)  # a budgeted stream settles its spend
        op, self._op = self._op, None
        if op is not None:
            response = self._accumulator.response()
            cost = self.cost
            if cost is not None:  # the span and metrics read it where a reply keeps it
                info = response_info(
                    self._response.status, self._response.headers, self.request_id, None
                )
                set_cost(info, cost)
                object.__setattr__(response, "_raw", info)
            op.stream_ended(response, error, closed=closed)

    def _interrupt(self, message: str, cause: BaseException | None = None) -> NoReturn:
        partial = self._accumulator.response()
        error = StreamInterruptedError(message, partial=partial, request_id=self.request_id)
        self._fail(error)
        raise error from cause

    def _with_partial(self, error: MistralError) -> MistralError:
        """An error raised mid-stream (an error event, a malformed event) keeps what arrived."""
        if error.partial is None:
            error.partial = self._accumulator.response()
        return error


def _already_received(content: aiohttp.StreamReader) -> bytes:
    """Bytes that arrived before the connection broke.

    aiohttp's readers raise the connection error before handing out what they already buffered;
    those bytes are real content, so they are taken from the reader's buffer instead of being lost.
    """
    buffer = getattr(content, "_buffer", None)
    if not buffer:
        return b""
    data = b"".join(buffer)[getattr(content, "_buffer_offset", 0) :]
    buffer.clear()
    return data
