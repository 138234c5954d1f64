"""The two realtime sessions: live transcription (audio in, text out) and live speech (text in,
audio out), as the official SDK speaks them."""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import os
from collections.abc import AsyncIterable, AsyncIterator
from pathlib import Path
from typing import Annotated, Any, ClassVar

from pydantic import Field, TypeAdapter

from ..errors import RequestValidationError
from ..request import Request
from ..types import TranscriptionResponse, parse_value
from ..types._base import RESPONSE_CONTEXT
from ..types.realtime import (
    BYTES_PER_SAMPLE,
    RealtimeSessionEvent,
    RealtimeTurnEvent,
    SpeechAudioDelta,
    SpeechAudioDone,
    SpeechRealtimeEvent,
    SpeechRealtimeResult,
    SpeechSessionOptions,
    TranscriptionDone,
    TranscriptionLanguage,
    TranscriptionRealtimeEvent,
    TranscriptionSegmentEvent,
    TranscriptionSessionOptions,
    TranscriptionTextDelta,
)
from ._fallback import Caller
from ._realtime import RealtimeSession

__all__ = ["MAX_APPEND_BYTES", "AudioSource", "SpeechSession", "TranscriptionSession"]

MAX_APPEND_BYTES = 262_144
"""The most audio one `input_audio.append` may carry, decoded."""

AudioSource = bytes | AsyncIterable[bytes] | str | os.PathLike[str]
"""What `transcribe` sends: the audio itself, pieces of it as they come, or a file's path."""

_READ = 64 * 1024
_TRANSCRIPTION: TypeAdapter[Any] = TypeAdapter(
    Annotated[
        RealtimeSessionEvent
        | TranscriptionLanguage
        | TranscriptionTextDelta
        | TranscriptionSegmentEvent
        | TranscriptionDone
        | RealtimeTurnEvent,
        Field(discriminator="type"),
    ]
)
_SESSION: TypeAdapter[Any] = TypeAdapter(RealtimeSessionEvent)
_SPEECH: TypeAdapter[Any] = TypeAdapter(SpeechAudioDone)
_LENIENT: dict[str, Any] = {"extra": "allow", "context": RESPONSE_CONTEXT}


class TranscriptionSession(RealtimeSession[TranscriptionRealtimeEvent, TranscriptionResponse]):
    """Live speech-to-text: `send_audio(bytes)`, `flush()`, `end()`; typed events as they come
    (`transcription.text.delta`, segments, turns, ...); `final_response()` the whole text."""

    _what: ClassVar[str] = "realtime transcription"
    _done_type: ClassVar[str] = "transcription.done"

    def __init__(
        self,
        caller: Caller,
        request: Request,
        options: TranscriptionSessionOptions,
        source: AudioSource | None = None,
    ) -> None:
        super().__init__(caller, request, options)
        fmt = options.audio_format
        self._bytes_per_second = fmt.sample_rate * BYTES_PER_SAMPLE[fmt.encoding]
        self._sent_bytes = 0
        self._text: list[str] = []
        self._language: str | None = None
        self._segments: list[dict[str, Any]] = []
        self._done: TranscriptionDone | None = None
        self._source = _checked_source(source)
        self._feeder: asyncio.Task[None] | None = None

    async def send_audio(self, audio: bytes) -> None:
        """Send audio in the session's format, split into appends of at most 262,144 bytes."""
        if not isinstance(audio, bytes | bytearray | memoryview):
            raise RequestValidationError(f"send_audio: expected bytes, got {type(audio).__name__}")
        view = memoryview(audio)
        for start in range(0, len(view), MAX_APPEND_BYTES):
            piece = view[start : start + MAX_APPEND_BYTES]
            await self._send(
                {"type": "input_audio.append", "audio": base64.b64encode(piece).decode()}
            )
            self._sent_bytes += len(piece)

    async def flush(self) -> None:
        """Ask for the text of the audio sent so far without waiting for more."""
        await self._send({"type": "input_audio.flush"})

    async def end(self) -> None:
        """No more audio: the server finishes and sends `transcription.done`."""
        await self._send({"type": "input_audio.end"})

    @property
    def audio_seconds(self) -> float:
        """Seconds of audio sent so far."""
        return self._sent_bytes / self._bytes_per_second if self._bytes_per_second else 0.0

    @property
    def partial(self) -> TranscriptionResponse:
        """The transcript so far (deltas joined, language and segments as received)."""
        return self._response()

    def _parse(self, data: dict[str, Any]) -> TranscriptionRealtimeEvent:
        kind = data["type"]
        if kind not in _KNOWN_TRANSCRIPTION:
            return self._unknown(data)
        event: TranscriptionRealtimeEvent = _TRANSCRIPTION.validate_python(data, **_LENIENT)
        if kind == "transcription.text.delta":
            self._text.append(event.text)  # type: ignore[union-attr]
        elif kind == "transcription.language":
            self._language = event.audio_language  # type: ignore[union-attr]
        elif kind == "transcription.segment":
            self._segments.append(event.model_dump(exclude={"type"}, exclude_none=True))
        elif kind == "transcription.done":
            self._done = event  # type: ignore[assignment]
        return event

    def _result(self) -> TranscriptionResponse:
        return self._response()

    def _response(self) -> TranscriptionResponse:
        done = self._done
        return parse_value(
            TranscriptionResponse,
            {
                "model": (done.model if done else None) or self._request.model or "",
                "text": done.text if done and done.text else "".join(self._text),
                "language": (done.language if done else None) or self._language,
                "segments": (done.segments if done and done.segments else self._segments) or None,
                "usage": (done.usage if done else None) or {},
            },
        )

    def _facts(self) -> dict[str, Any]:
        return {"mistral.realtime.audio_seconds": round(self.audio_seconds, 3)}

    def _measures(self) -> dict[str, Any]:
        return {"audio_secs": self.audio_seconds}

    # -- transcribe(): the session feeds itself from its source -----------------------------

    def _started(self) -> None:
        if self._source is not None and self._feeder is None:
            self._feeder = asyncio.get_running_loop().create_task(self._feed(self._source))

    async def _feed(self, source: AudioSource) -> None:
        try:
            async for piece in _pieces(source):
                await self.send_audio(piece)
            await self.end()
        except asyncio.CancelledError:
            raise
        except BaseException as exc:  # the reader raises it: a source that failed, a lost send
            self._feed_error = exc
            await self.cut()

    _feed_error: BaseException | None = None

    async def __anext__(self) -> TranscriptionRealtimeEvent:
        try:
            return await super().__anext__()
        except BaseException:
            error = self._feed_error
            if error is not None and not isinstance(error, StopAsyncIteration):
                self._feed_error = None
                raise error from None
            raise

    async def close(self) -> None:
        feeder = self._feeder
        if feeder is not None and not feeder.done():
            feeder.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await feeder
        await super().close()


class SpeechSession(RealtimeSession[SpeechRealtimeEvent, SpeechRealtimeResult]):
    """Live text-to-speech: `send_text(str)`, `flush()`, `end()`; events whose audio is already
    decoded (`SpeechAudioDelta.audio`); `final_response()` the whole audio and its usage."""

    _what: ClassVar[str] = "realtime speech"
    _done_type: ClassVar[str] = "speech.audio.done"

    def __init__(self, caller: Caller, request: Request, options: SpeechSessionOptions) -> None:
        super().__init__(caller, request, options)
        self._audio = bytearray()
        self._usage: dict[str, Any] | None = None
        self._characters = 0

    async def send_text(self, text: str) -> None:
        """Text to speak (more may follow)."""
        if not isinstance(text, str):
            raise RequestValidationError(f"send_text: expected str, got {type(text).__name__}")
        await self._send({"type": "input_text.append", "text": text})
        self._characters += len(text)

    async def flush(self, text: str | None = None) -> None:
        """Speak what was sent so far (and `text`, if given) without waiting for more."""
        message: dict[str, Any] = {"type": "input_text.flush"}
        if text is not None:
            message["text"] = text
        await self._send(message)
        self._characters += len(text or "")

    async def end(self) -> None:
        """No more text: the server finishes and sends `speech.audio.done`."""
        await self._send({"type": "input_text.end"})

    @property
    def characters(self) -> int:
        """Characters of text sent so far."""
        return self._characters

    @property
    def partial(self) -> SpeechRealtimeResult:
        """The audio received so far."""
        return SpeechRealtimeResult.model_construct(audio=bytes(self._audio), usage=self._usage)

    def _parse(self, data: dict[str, Any]) -> SpeechRealtimeEvent:
        kind = data["type"]
        if kind == "speech.audio.delta":
            audio = _decoded(data.get("audio_data"))
            if audio is None:
                return self._unknown(data)
            self._audio += audio
            return SpeechAudioDelta.model_construct(type=kind, audio=audio)
        if kind == "speech.audio.done":
            done: SpeechAudioDone = _SPEECH.validate_python(data, **_LENIENT)
            self._usage = done.usage
            return done
        if kind in ("session.created", "session.updated"):
            event: SpeechRealtimeEvent = _SESSION.validate_python(data, **_LENIENT)
            return event
        return self._unknown(data)

    def _result(self) -> SpeechRealtimeResult:
        return self.partial

    def _facts(self) -> dict[str, Any]:
        return {"mistral.realtime.characters": self._characters}

    def _measures(self) -> dict[str, Any]:
        return {"characters": self._characters}


_KNOWN_TRANSCRIPTION = frozenset(
    {
        "session.created",
        "session.updated",
        "transcription.language",
        "transcription.text.delta",
        "transcription.segment",
        "transcription.done",
        "turn.start",
        "turn.eager_end",
        "turn.resume",
        "turn.end",
    }
)


def _decoded(audio: Any) -> bytes | None:
    if not isinstance(audio, str):
        return None
    try:
        return base64.b64decode(audio, validate=True)
    except (binascii.Error, ValueError):
        return None


def _checked_source(source: AudioSource | None) -> AudioSource | None:
    """A path must name a readable file before anything is sent."""
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if not path.is_file():
            raise RequestValidationError(f"audio: {path} is not a readable file")
    elif source is not None and not isinstance(source, bytes | bytearray | AsyncIterable):
        raise RequestValidationError(
            f"audio: expected bytes, an async iterable of bytes or a path, got "
            f"{type(source).__name__}"
        )
    return source


async def _pieces(source: AudioSource) -> AsyncIterator[bytes]:
    if isinstance(source, bytes | bytearray):
        yield bytes(source)
    elif isinstance(source, AsyncIterable):
        async for piece in source:
            yield piece
    else:
        with open(source, "rb") as file:  # noqa: ASYNC230  (read in a thread below)
            while piece := await asyncio.to_thread(file.read, _READ * 4):
                yield piece
