"""`client.audio.speech`: text to speech, whole or streamed to a file."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any, overload

from typing_extensions import Required, Unpack

from ..errors import ResponseValidationError
from ..transport.sse import ServerSentEvent
from ..types import SpeechRequest, SpeechResponse
from ._base import RawResponses, Service, build_request, fields_of
from ._destination import atomic_file, checked_destination
from ._faces import BlockingService, Face, blocking, blocking_raw, raw
from ._options import CallOptions, take_options
from ._stream import CompletionStream
from ._stream_errors import error_event

__all__ = ["AUDIO_EVENT", "SpeechService", "SyncSpeechService", "decode_audio"]

AUDIO_EVENT = "an audio stream event"  # what a malformed event is called in its error


class AudioSpeechCreateArguments(CallOptions, total=False):
    """The keyword arguments of `audio.speech.create` but `request` (required fields required)."""

    input: Required[str]
    model: str | None
    voice_id: str | None
    ref_audio: str | None
    response_format: str | None
    metadata: dict[str, Any] | None
    prompt_cache_key: str | None


class SpeechService(Service):
    """`POST /v1/audio/speech`: text to audio bytes."""

    @property
    def with_raw_response(self) -> SpeechRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return SpeechRawResponses(self)

    @overload
    async def create(self, request: SpeechRequest, **options: Unpack[CallOptions]) -> bytes: ...
    @overload
    async def create(self, **arguments: Unpack[AudioSpeechCreateArguments]) -> bytes: ...
    async def create(
        self,
        request: SpeechRequest | None = None,
        *,
        input: str | None = None,
        model: str | None = None,
        voice_id: str | None = None,
        ref_audio: str | None = None,
        response_format: str | None = None,
        metadata: dict[str, Any] | None = None,
        prompt_cache_key: str | None = None,
        **options: Unpack[CallOptions],
    ) -> bytes:
        """The audio, decoded (mp3 unless `response_format` says otherwise)."""
        body = build_request(SpeechRequest, request, fields_of(locals()), options)
        reply = await self._call(
            "audio.speech.create",
            "POST",
            "/v1/audio/speech",
            SpeechResponse,
            body=body,
            options=options,
        )
        return decode_audio(reply.audio_data)

    @overload
    async def create_to(
        self,
        destination: str | os.PathLike[str],
        request: SpeechRequest,
        **options: Unpack[CallOptions],
    ) -> Path: ...
    @overload
    async def create_to(
        self, destination: str | os.PathLike[str], **arguments: Unpack[AudioSpeechCreateArguments]
    ) -> Path: ...
    async def create_to(
        self,
        destination: str | os.PathLike[str],
        request: SpeechRequest | None = None,
        **arguments: Any,
    ) -> Path:
        """Stream the audio to `destination` (chunk by chunk; it appears only once complete);
        takes the arguments of `create`."""
        options = take_options(arguments)
        body = build_request(SpeechRequest, request, arguments, options)
        target = checked_destination(destination)
        stream = await self._stream(
            "audio.speech.create_to", "/v1/audio/speech", body, 0, _SpeechStream, options=options
        )
        try:
            with atomic_file(target) as sink:
                async for event in stream:
                    sink.write(decode_audio(event.get("audio_data") or ""))
        finally:
            await stream.close()
        return target

    async def realtime_to(
        self,
        destination: str | os.PathLike[str],
        *,
        text: str,
        model: str,
        voice: str | None = None,
        ref_audio: str | None = None,
        response_format: str | None = None,
        streaming_mode: str | None = None,
        expressiveness: float | None = None,
        **options: Unpack[CallOptions],
    ) -> Path:
        """Speak `text` over a realtime session (`audio.realtime.speech`) into `destination`,
        piece by piece; the file appears only once the session's audio is complete."""
        from .realtime import RealtimeService  # the realtime area, imported when first used

        target = checked_destination(destination)
        arguments = fields_of(locals(), "destination", "text", "target", "RealtimeService")
        session = RealtimeService(self._caller).speech(**arguments, **options)
        async with session:
            await session.send_text(text)
            await session.end()
            with atomic_file(target) as sink:
                async for event in session:
                    audio = getattr(event, "audio", None)
                    if isinstance(audio, bytes):
                        sink.write(audio)
        return target


class SpeechRawResponses(RawResponses):
    """`audio.speech.with_raw_response`: each call answers `APIResponse[reply]`."""

    create = raw(SpeechService.create)
    create_to = raw(SpeechService.create_to)
    realtime_to = raw(SpeechService.realtime_to)


class SyncSpeechRawResponses(BlockingService):
    """`audio.speech.with_raw_response` of the blocking client."""

    create = blocking_raw(SpeechService.create)
    create_to = blocking_raw(SpeechService.create_to)
    realtime_to = blocking_raw(SpeechService.realtime_to)


class SyncSpeechService(BlockingService):
    """`audio.speech` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncSpeechRawResponses)
    create = blocking(SpeechService.create)
    create_to = blocking(SpeechService.create_to)
    realtime_to = blocking(SpeechService.realtime_to)


class _SpeechStream(CompletionStream[Any]):
    """`speech.audio.delta` events (base64 audio) until `speech.audio.done`."""

    _plain_as_bytes = False  # `_parse` reads every event's name

    def _new_accumulator(self) -> Any:
        return _SpeechProgress()

    def _parse(self, event: ServerSentEvent) -> Any:
        try:
            data = json.loads(event.data)
        except (ValueError, RecursionError):
            raise error_event(event.data, self.request_id, AUDIO_EVENT) from None
        if not isinstance(data, dict) or "error" in data or event.event == "error":
            raise error_event(event.data, self.request_id, AUDIO_EVENT)
        if "type" not in data and event.event:  # the document's default: the event's name
            data["type"] = event.event
        self._accumulator.add(data)  # type: ignore[arg-type]
        return data


class _SpeechProgress:
    def __init__(self) -> None:
        self.chunks, self.usage, self.complete = 0, None, False

    def add(self, data: dict[str, Any]) -> None:
        self.chunks += 1
        self.complete = self.complete or data.get("type") == "speech.audio.done"

    def response(self) -> None:
        return None


def decode_audio(audio: str) -> bytes:
    try:
        return base64.b64decode(audio, validate=True)
    except ValueError:
        raise ResponseValidationError("audio_data is not base64", status_code=200) from None
