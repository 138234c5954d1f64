"""Audio: `client.audio.transcriptions`, `client.audio.speech`, `client.audio.voices`.

Uploads are streamed from disk and rebuilt for each retry, like `files.upload`.
"""

from __future__ import annotations

import asyncio
import base64
import builtins
import json
import os
from pathlib import Path
from typing import Any, Literal

import aiohttp
from pydantic import ValidationError
from typing_extensions import Unpack

from ..transport.sse import ServerSentEvent
from ..types import (
    TranscriptionEvent,
    TranscriptionResponse,
    Voice,
    VoiceCreateRequest,
    VoiceList,
    VoiceUpdateRequest,
    parse_value,
)
from ._base import RawResponses, Service, ServiceGroup, build_request, fields_of, query, segment
from ._faces import BlockingService, Face, blocking, blocking_raw, raw, streaming
from ._fallback import Caller
from ._options import CallOptions
from ._stream import CompletionStream
from ._stream_errors import error_event
from .audio_speech import AUDIO_EVENT, SpeechService, SyncSpeechService
from .files import FileInput, file_source
from .realtime import RealtimeService, SyncRealtimeService

__all__ = ["AudioService", "TranscriptionStream"]


class _TranscriptionAccumulator:
    """Text deltas joined, segments and language kept; complete at `transcription.done`."""

    def __init__(self) -> None:
        self.chunks = 0
        self.usage: Any = None
        self.complete = False
        self._text: list[str] = []
        self._segments: list[dict[str, Any]] = []
        self._language: str | None = None
        self._model = ""
        self._done: TranscriptionEvent | None = None

    def add(self, event: TranscriptionEvent) -> None:
        self.chunks += 1
        if event.type == "transcription.text.delta" and event.text:
            self._text.append(event.text)
        elif event.type == "transcription.language":
            self._language = event.audio_language
        elif event.type == "transcription.segment":
            self._segments.append({"text": event.text, "start": event.start, "end": event.end})
        elif event.type == "transcription.done":
            self._done, self.complete = event, True
            self.usage = _Usage(event.usage or {})

    def response(self) -> TranscriptionResponse:
        done = self._done
        return parse_value(
            TranscriptionResponse,
            {
                "model": (done.model if done else None) or self._model,
                "text": (done.text if done and done.text is not None else "".join(self._text)),
                "language": (done.language if done else None) or self._language,
                "segments": self._segments or None,
                "usage": (done.usage if done else None) or {},
            },
        )


class _Usage:
    def __init__(self, usage: dict[str, Any]) -> None:
        self.total_tokens = int(usage.get("total_tokens") or 0)


class TranscriptionStream(CompletionStream[Any, TranscriptionResponse]):
    """Typed `TranscriptionEvent`s as the audio is transcribed; `final_response()` gives the
    whole `TranscriptionResponse`; a break keeps what arrived in `partial`."""

    _plain_as_bytes = False  # `_parse` reads every event's name

    def _new_accumulator(self) -> Any:
        return _TranscriptionAccumulator()

    @property
    def partial(self) -> TranscriptionResponse:  # type: ignore[override]
        return self._accumulator.response()  # type: ignore[return-value]

    async def final_response(self) -> TranscriptionResponse:
        async for _ in self:
            pass
        return self._accumulator.response()  # type: ignore[return-value]

    def _parse(self, event: ServerSentEvent) -> Any:
        try:
            data = json.loads(event.data)
            kind = data.get("type") or event.event
            item = parse_value(TranscriptionEvent, {**data, "type": kind})
        except (ValueError, RecursionError, AttributeError, ValidationError):
            raise error_event(event.data, self.request_id, AUDIO_EVENT) from None
        if kind == "error" or "error" in data:
            raise error_event(event.data, self.request_id, AUDIO_EVENT)
        self._accumulator.add(item)  # type: ignore[arg-type]
        if self._op is not None:
            self._op.chunk()
        return item


def _transcription_form(
    file: FileInput | None, fields: dict[str, Any], stream: bool
) -> aiohttp.FormData:
    data = aiohttp.FormData(default_to_multipart=True)  # multipart even with no file part
    for name, value in query(**fields, stream=stream or None).items():
        data.add_field(name, value)
    if file is not None:
        filename, opener = file_source(file)
        data.add_field("file", opener(), filename=filename, content_type="application/octet-stream")
    return data


class TranscriptionsService(Service):
    """`POST /v1/audio/transcriptions`: a path, bytes or file object, or `file_url`/`file_id`."""

    @property
    def with_raw_response(self) -> TranscriptionsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return TranscriptionsRawResponses(self)

    async def create(
        self,
        *,
        model: str,
        file: FileInput | None = None,
        file_url: str | None = None,
        file_id: str | None = None,
        language: str | None = None,
        temperature: float | None = None,
        diarize: bool | None = None,
        context_bias: builtins.list[str] | None = None,
        timestamp_granularities: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> TranscriptionResponse:
        """The audio's text (and segments, with `timestamp_granularities=["segment"]`)."""
        fields = fields_of(locals(), "file")
        if file is not None:
            file_source(file)  # a missing path is refused before anything is sent
        return await self._call(
            "audio.transcriptions.create",
            "POST",
            "/v1/audio/transcriptions",
            TranscriptionResponse,
            form=lambda: _transcription_form(file, fields, False),
            options=options,
        )

    async def create_stream(
        self,
        *,
        model: str,
        file: FileInput | None = None,
        file_url: str | None = None,
        file_id: str | None = None,
        language: str | None = None,
        temperature: float | None = None,
        diarize: bool | None = None,
        context_bias: builtins.list[str] | None = None,
        timestamp_granularities: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> TranscriptionStream:
        """`create`, streamed: text deltas, language, segments, then done."""
        fields = fields_of(locals(), "file")
        if file is not None:
            file_source(file)
        stream = await self._stream(
            "audio.transcriptions.create_stream",
            "/v1/audio/transcriptions",
            None,
            0,
            TranscriptionStream,
            form=lambda: _transcription_form(file, fields, True),
            options=options,
        )
        return stream  # type: ignore[return-value]


class TranscriptionsRawResponses(RawResponses):
    """`audio.transcriptions.with_raw_response`: each call answers `APIResponse[reply]`."""

    create = raw(TranscriptionsService.create)


class SyncTranscriptionsRawResponses(BlockingService):
    """`audio.transcriptions.with_raw_response` of the blocking client."""

    create = blocking_raw(TranscriptionsService.create)


class SyncTranscriptionsService(BlockingService):
    """`audio.transcriptions` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncTranscriptionsRawResponses)
    create = blocking(TranscriptionsService.create)
    create_stream = streaming(TranscriptionsService.create_stream)


class VoicesService(Service):
    """`/v1/audio/voices`: stored voices for speech."""

    @property
    def with_raw_response(self) -> VoicesRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return VoicesRawResponses(self)

    async def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        type: Literal["all", "custom", "preset"] | str | None = None,
        **options: Unpack[CallOptions],
    ) -> VoiceList:
        """Stored voices, custom and preset (`type` picks one kind)."""
        params = query(limit=limit, offset=offset, type=type)
        return await self._call(
            "audio.voices.list",
            "GET",
            "/v1/audio/voices",
            VoiceList,
            params=params,
            options=options,
        )

    async def create(
        self,
        *,
        name: str,
        sample_audio: bytes | str | os.PathLike[str],
        sample_filename: str | None = None,
        slug: str | None = None,
        languages: builtins.list[str] | None = None,
        gender: str | None = None,
        age: int | None = None,
        tags: builtins.list[str] | None = None,
        color: str | None = None,
        retention_notice: int | None = None,
        description: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Voice:
        """A voice from a sample clip (bytes or a path)."""
        if not isinstance(sample_audio, bytes):
            sample_filename = sample_filename or Path(sample_audio).name
            sample_audio = await asyncio.to_thread(Path(sample_audio).read_bytes)
        fields = fields_of(locals())
        fields["sample_audio"] = base64.b64encode(sample_audio).decode()
        body = build_request(VoiceCreateRequest, None, fields, options)
        return await self._call(
            "audio.voices.create", "POST", "/v1/audio/voices", Voice, body=body, options=options
        )

    async def get(self, voice_id: str, **options: Unpack[CallOptions]) -> Voice:
        return await self._call("audio.voices.get", "GET", _voice(voice_id), Voice, options=options)

    async def update(
        self,
        voice_id: str,
        *,
        name: str | None = None,
        languages: builtins.list[str] | None = None,
        gender: str | None = None,
        age: int | None = None,
        tags: builtins.list[str] | None = None,
        description: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Voice:
        path = _voice(voice_id)
        body = build_request(
            VoiceUpdateRequest, None, fields_of(locals(), "voice_id", "path"), options
        )
        return await self._call(
            "audio.voices.update", "PATCH", path, Voice, body=body, options=options
        )

    async def delete(self, voice_id: str, **options: Unpack[CallOptions]) -> Voice:
        return await self._call(
            "audio.voices.delete", "DELETE", _voice(voice_id), Voice, options=options
        )

    async def sample(self, voice_id: str, **options: Unpack[CallOptions]) -> bytes:
        """The voice's sample clip (audio bytes)."""
        path = _voice(voice_id) + "/sample"
        response = await self._raw(
            "audio.voices.sample", "GET", path, accept="audio/wav", options=options
        )
        return response.body


class VoicesRawResponses(RawResponses):
    """`audio.voices.with_raw_response`: each call answers `APIResponse[reply]`."""

    list = raw(VoicesService.list)
    create = raw(VoicesService.create)
    get = raw(VoicesService.get)
    update = raw(VoicesService.update)
    delete = raw(VoicesService.delete)
    sample = raw(VoicesService.sample)


class SyncVoicesRawResponses(BlockingService):
    """`audio.voices.with_raw_response` of the blocking client."""

    list = blocking_raw(VoicesService.list)
    create = blocking_raw(VoicesService.create)
    get = blocking_raw(VoicesService.get)
    update = blocking_raw(VoicesService.update)
    delete = blocking_raw(VoicesService.delete)
    sample = blocking_raw(VoicesService.sample)


class SyncVoicesService(BlockingService):
    """`audio.voices` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncVoicesRawResponses)
    list = blocking(VoicesService.list)
    create = blocking(VoicesService.create)
    get = blocking(VoicesService.get)
    update = blocking(VoicesService.update)
    delete = blocking(VoicesService.delete)
    sample = blocking(VoicesService.sample)


def _voice(voice_id: str) -> str:
    return f"/v1/audio/voices/{segment(voice_id, 'voice_id')}"


class AudioService(ServiceGroup):
    """`client.audio`: `transcriptions`, `speech`, `voices` and `realtime`."""

    def __init__(self, caller: Caller) -> None:
        self.realtime = RealtimeService(caller)
        self.transcriptions = TranscriptionsService(caller)
        self.speech = SpeechService(caller)
        self.voices = VoicesService(caller)


class SyncAudioService(BlockingService):
    """`audio` of the blocking client (`SyncMistralClient`)."""

    realtime = Face(SyncRealtimeService)
    transcriptions = Face(SyncTranscriptionsService)
    speech = Face(SyncSpeechService)
    voices = Face(SyncVoicesService)
