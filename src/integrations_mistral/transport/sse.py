"""Server-sent events decoder, following the SSE rules (not a regex).

Lines end with LF, CRLF or CR (a CR at the end of one read and an LF at the start of the next are
one CRLF); `:` lines are comments; `data:` lines accumulate (joined by LF) until a blank line
dispatches the event; `event:`, `id:` and `retry:` are kept; one space after the colon is dropped.
At the end of the stream, an event without its trailing blank line is still dispatched.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import ResponseValidationError

__all__ = ["SSEDecoder", "ServerSentEvent"]

_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class ServerSentEvent:
    data: str
    event: str = "message"
    id: str | None = None
    retry: int | None = None


class SSEDecoder:
    """Feed it bytes as they arrive; it returns the events completed so far."""

    __slots__ = (
        "_buffer",
        "_data",
        "_error",
        "_event",
        "_retry",
        "_skip_lf",
        "_started",
        "last_event_id",
    )

    def __init__(self) -> None:
        self._buffer = b""
        self._data: list[str] = []
        self._event: str | None = None
        self._retry: int | None = None
        self._skip_lf = False
        self._started = False
        self._error: ResponseValidationError | None = None
        self.last_event_id: str | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Events completed by `chunk`. Undecodable bytes end decoding: the events before them
        are returned, and the error is raised by the next call."""
        if self._error is not None:
            raise self._error
        if not chunk:
            return []
        if self._skip_lf:
            self._skip_lf = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
        buffer = self._buffer + chunk if self._buffer else chunk
        if not self._started:
            if len(buffer) < len(_BOM) and _BOM.startswith(buffer):
                self._buffer = buffer
                return []
            self._started = True
            if buffer.startswith(_BOM):
                buffer = buffer[len(_BOM) :]
        lines = buffer.splitlines(keepends=True)
        if lines and not lines[-1].endswith((b"\n", b"\r")):
            self._buffer = lines.pop()
        else:
            self._buffer = b""
        if lines and lines[-1].endswith(b"\r"):
            self._skip_lf = True  # the LF of a CRLF may be the next read's first byte
        events: list[ServerSentEvent] = []
        for line in lines:
            try:
                self._line(line.rstrip(b"\r\n"), events)
            except ResponseValidationError as exc:
                self._error, self._buffer = exc, b""
                break
        if self._error is not None and not events:
            raise self._error
        return events

    def flush(self) -> list[ServerSentEvent]:
        """End of stream: complete a last line and a last event that had no blank line after it."""
        if self._error is not None:
            raise self._error
        events: list[ServerSentEvent] = []
        if self._buffer:
            line, self._buffer = self._buffer, b""
            self._line(line, events)
        self._dispatch(events)
        return events

    def _line(self, line: bytes, events: list[ServerSentEvent]) -> None:
        if not line:
            self._dispatch(events)
            return
        if line[:1] == b":":
            return  # comment, e.g. ": keep-alive"
        name, colon, value = line.partition(b":")
        if colon and value[:1] == b" ":
            value = value[1:]
        try:
            text = value.decode("utf-8")
        except UnicodeDecodeError:
            raise ResponseValidationError(
                f"stream line is not valid UTF-8: {line[:200]!r}", status_code=200
            ) from None
        if name == b"data":
            self._data.append(text)
        elif name == b"event":
            self._event = text
        elif name == b"id":
            if "\x00" not in text:
                self.last_event_id = text
        elif name == b"retry" and text.isdigit():
            self._retry = int(text)

    def _dispatch(self, events: list[ServerSentEvent]) -> None:
        if self._data:
            events.append(
                ServerSentEvent(
                    "\n".join(self._data), self._event or "message", self.last_event_id, self._retry
                )
            )
        self._data = []
        self._event = None
        self._retry = None
