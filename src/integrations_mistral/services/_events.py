"""A stream of server-sent events of the generated areas (workflow events, execution and
deployment logs): typed events as they arrive, the latest kept in `partial`."""

from __future__ import annotations

import json
from collections import deque
from typing import Any

from pydantic import BaseModel, RootModel, ValidationError

from ..transport.sse import ServerSentEvent
from ..types._base import RESPONSE_CONTEXT
from ._stream import CompletionStream
from ._stream_errors import error_event

__all__ = ["EventStream", "ServerEvent"]


class ServerEvent(BaseModel):
    """One event: its name (`event:`), `id` (passed back as the `Last-Event-ID` the stream's
    method takes, it resumes after this event) and typed `data`."""

    event: str | None = None
    id: str | None = None
    data: Any = None


KEPT_EVENTS = 1000
"""How many of the latest events a stream keeps for `partial` (a workflow's event stream may
run for days: memory stays bounded); each event's `id` resumes the stream after it."""


class _Received:
    """The latest events read (at most `KEPT_EVENTS`); the stream is complete once the server
    ends it cleanly."""

    def __init__(self) -> None:
        self.events: deque[ServerEvent] = deque(maxlen=KEPT_EVENTS)
        self.chunks = 0
        self.usage = None
        self.complete = False

    def add(self, event: ServerEvent) -> None:
        self.chunks += 1
        self.events.append(event)

    def response(self) -> list[ServerEvent]:
        return list(self.events)


class EventStream(CompletionStream[Any, list[ServerEvent]]):
    """`async with` it; `async for event in stream` (`ServerEvent`s). An `error` event raises its
    typed error; a connection that breaks raises `StreamInterruptedError` whose `partial` holds
    the latest events received (at most `KEPT_EVENTS`). The stream ends when the server closes
    it; `: keep-alive` comments keep a quiet stream within the idle timeout."""

    _plain_as_bytes = False
    _comments_keep_alive = True
    __slots__ = ("_data",)

    def bind(self, data: type[RootModel[Any]]) -> EventStream:
        """The model each event's `data` is parsed into."""
        self._data = data
        return self

    def _new_accumulator(self) -> Any:
        return _Received()

    @property
    def partial(self) -> list[ServerEvent]:  # type: ignore[override]
        return self._accumulator.response()  # type: ignore[return-value]

    async def final_response(self) -> list[ServerEvent]:
        """Read to the end; the latest events received (at most `KEPT_EVENTS`: iterate to see
        every one as it comes)."""
        async for _ in self:
            pass
        return self._accumulator.response()  # type: ignore[return-value]

    async def _pull(self) -> None:
        await super()._pull()
        if self._eof and self._broken is None:
            received: Any = self._accumulator
            received.complete = True  # the server ended the stream: its normal end

    def _parse(self, event: ServerSentEvent) -> ServerEvent:
        if event.event == "error":
            raise error_event(event.data, self.request_id, "an event this stream declares")
        try:
            data = json.loads(event.data) if event.data else None
            parsed = self._data.model_validate(data, context=RESPONSE_CONTEXT).root
        except (ValueError, RecursionError, ValidationError):
            raise error_event(
                event.data, self.request_id, "an event this stream declares"
            ) from None
        item = ServerEvent(event=event.event or None, id=event.id or None, data=parsed)
        self._accumulator.add(item)  # type: ignore[arg-type]
        if self._op is not None:
            self._op.chunk()
        return item
