"""Server-sent events decoder, following the SSE rules (not a regex).

Lines end with LF, CRLF or CR (a CR at the end of one read and an LF at the start of the next are
one CRLF); `:` lines are comments; `data:` lines accumulate (joined by LF) until a blank line
dispatches the event; `event:`, `id:` and `retry:` are kept; one space after the colon is dropped.
At the end of the stream, an event without its trailing blank line is still dispatched.
"""

from __future__ import annotations

from contextlib import suppress
from typing import NamedTuple

from .._numbers import wire_int
from ..errors import ResponseTooLargeError, ResponseValidationError

__all__ = ["SSEDecoder", "ServerSentEvent", "not_utf8"]

_BOM = b"\xef\xbb\xbf"
_FIELDS = frozenset({b"data", b"event", b"id", b"retry"})


def not_utf8(line: bytes, request_id: str | None = None) -> ResponseValidationError:
    """The error for a stream line whose bytes are not UTF-8, showing the start of the line."""
    return ResponseValidationError(
        f"stream line is not valid UTF-8: {line[:200]!r}", status_code=200, request_id=request_id
    )


class ServerSentEvent(NamedTuple):
    """One dispatched event (immutable; a named tuple is made in half the time of a frozen
    dataclass, and one is made per chunk)."""

    data: str
    event: str = "message"
    id: str | None = None
    retry: int | None = None


class SSEDecoder:
    """Feed it bytes as they arrive; it returns the events completed so far.

    Linear in the input: an unfinished line is kept as a list of pieces and joined once, when
    its end arrives. One event (its data plus the line being read) is capped at `max_event_bytes`.
    With `plain_as_bytes`, a plain event (one `data: ` line, nothing else: nearly every chunk
    of a completion) comes back as its data's undecoded bytes, for a JSON parser that takes
    bytes and checks their UTF-8 itself; every other event is a `ServerSentEvent`.
    """

    __slots__ = (
        "_data",
        "_error",
        "_event",
        "_event_size",
        "_max",
        "_pending",
        "_pending_size",
        "_plain_as_bytes",
        "_retry",
        "_skip_lf",
        "_started",
        "last_event_id",
    )

    def __init__(
        self, max_event_bytes: int = 16 * 1024 * 1024, *, plain_as_bytes: bool = False
    ) -> None:
        self._plain_as_bytes = plain_as_bytes
        self._pending: list[bytes] = []
        self._pending_size = 0
        self._data: list[str] = []
        self._event_size = 0
        self._max = max_event_bytes
        self._event: str | None = None
        self._retry: int | None = None
        self._skip_lf = False
        self._started = False
        self._error: ResponseValidationError | None = None
        self.last_event_id: str | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent | bytes]:
        """Events completed by `chunk`. Undecodable bytes or an oversized event end decoding:
        the events before them are returned, and the error is raised by the next call."""
        if self._error is not None:
            raise self._error
        if not chunk:
            return []
        if self._skip_lf:
            self._skip_lf = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
        if not self._started:
            chunk = self._take_pending(chunk)
            if len(chunk) < len(_BOM) and _BOM.startswith(chunk):
                self._keep(chunk)
                return []
            self._started = True
            if chunk.startswith(_BOM):
                chunk = chunk[len(_BOM) :]
        if (
            not self._pending
            and not self._data
            and self._event is None
            and self._retry is None
            and b"\r" not in chunk
        ):
            end = chunk.rfind(b"\n\n")
            if end >= 0:  # whole events, between events: split them, not their lines
                events = self._blocks(chunk[:end])
                rest = chunk[end + 2 :]
                if rest and self._error is None:
                    with suppress(ResponseValidationError):  # kept: raised by the next call
                        events += self._general(rest)
                return events
        return self._general(chunk)

    def _blocks(self, head: bytes) -> list[ServerSentEvent | bytes]:
        """The events of `head`, whole events separated by blank lines. A one-line `data: `
        event (nearly all of them) is made at once; any other block is read line by line."""
        blocks = head.split(b"\n\n")
        largest = self._max
        plain_as_bytes = self._plain_as_bytes
        if (
            plain_as_bytes
            and len(head) <= largest
            and head.count(b"\n") == 2 * len(blocks) - 2
            and head.startswith(b"data: ")
            and head.count(b"\n\ndata: ") == len(blocks) - 1
        ):  # every block one `data: ` line (no lone LF; each separator followed by `data: `)
            return [block[6:] for block in blocks]
        events: list[ServerSentEvent | bytes] = []
        add, event = events.append, ServerSentEvent
        for block in blocks:
            if block.startswith(b"data: ") and b"\n" not in block and len(block) <= largest:
                if plain_as_bytes:
                    add(block[6:])
                    continue
                try:
                    text = block[6:].decode("utf-8")
                except UnicodeDecodeError:
                    pass  # the line by line reading below reports it
                else:
                    add(event(text, "message", self.last_event_id))
                    continue
            try:
                for line in block.split(b"\n"):
                    self._line(line, events)
                self._dispatch(events)
            except ResponseValidationError as exc:
                self._error = exc
                self._pending.clear()
                break
        if self._error is not None and not events:
            raise self._error
        return events

    def _general(self, chunk: bytes) -> list[ServerSentEvent | bytes]:
        """Line by line, through the state kept between reads."""
        if b"\n" not in chunk and b"\r" not in chunk:
            self._keep(chunk)
            if self._error is not None:
                raise self._error
            return []
        lines = self._take_pending(chunk).splitlines(keepends=True)
        tail = b"" if lines[-1].endswith((b"\n", b"\r")) else lines.pop()
        if lines and lines[-1].endswith(b"\r"):
            self._skip_lf = True  # the LF of a CRLF may be the next read's first byte
        events: list[ServerSentEvent | bytes] = []
        for line in lines:
            try:
                self._line(line.rstrip(b"\r\n"), events)
            except ResponseValidationError as exc:
                self._error = exc
                break
        if self._error is None and tail:
            self._keep(tail)
        if self._error is not None:
            self._pending.clear()
            if not events:
                raise self._error
        return events

    def flush(self) -> list[ServerSentEvent | bytes]:
        """End of stream: complete a last line and a last event that had no blank line after it."""
        if self._error is not None:
            raise self._error
        events: list[ServerSentEvent | bytes] = []
        if self._pending:
            self._line(self._take_pending(b""), events)
        self._dispatch(events)
        return events

    def _keep(self, piece: bytes) -> None:
        """Hold part of an unfinished line; an event that grows past the cap is an error."""
        self._pending.append(piece)
        self._pending_size += len(piece)
        if self._pending_size + self._event_size > self._max:
            self._too_large()

    def _take_pending(self, chunk: bytes) -> bytes:
        if not self._pending:
            return chunk
        self._pending.append(chunk)
        joined = b"".join(self._pending)
        self._pending.clear()
        self._pending_size = 0
        return joined

    def _too_large(self) -> None:
        self._pending.clear()
        self._pending_size = 0
        self._error = ResponseTooLargeError(
            f"a stream event exceeds client.max_sse_event_bytes ({self._max} bytes)",
            status_code=200,
        )

    def _line(self, line: bytes, events: list[ServerSentEvent | bytes]) -> None:
        if not line:
            self._dispatch(events)
            return
        if line[:1] == b":":
            return  # comment, e.g. ": keep-alive"
        if line.startswith(b"data: "):  # nearly every line of a stream: no partition
            name, value = b"data", line[6:]
        else:
            name, colon, value = line.partition(b":")
            if name not in _FIELDS:
                return  # unknown fields are ignored, whatever their bytes
            if colon and value[:1] == b" ":
                value = value[1:]
        try:
            text = value.decode("utf-8")
        except UnicodeDecodeError:
            raise not_utf8(line) from None
        if name == b"data":
            self._event_size += len(value) + 1
            if self._event_size > self._max:
                self._too_large()
                raise self._error  # type: ignore[misc]
            self._data.append(text)
        elif name == b"event":
            self._event = text
        elif name == b"id":
            if "\x00" not in text:
                self.last_event_id = text
        elif name == b"retry" and (retry := wire_int(text)) is not None:
            self._retry = retry

    def _dispatch(self, events: list[ServerSentEvent | bytes]) -> None:
        data = self._data
        if data:
            events.append(
                ServerSentEvent(
                    data[0] if len(data) == 1 else "\n".join(data),
                    self._event or "message",
                    self.last_event_id,
                    self._retry,
                )
            )
        self._data = []
        self._event_size = 0
        self._event = None
        self._retry = None
