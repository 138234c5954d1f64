"""`client.audio.realtime`: live transcription and speech sessions over WebSocket, through the
profile's session, proxy, trust, key, resilience and telemetry (and their blocking faces)."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Iterator
from typing import Any, Concatenate, Generic, TypeVar

from typing_extensions import ParamSpec, Self, Unpack

from ..types import WireModel
from ..types.audio import TranscriptionResponse
from ..types.realtime import (
    AudioFormat,
    SpeechRealtimeEvent,
    SpeechRealtimeResult,
    SpeechSessionOptions,
    TranscriptionRealtimeEvent,
    TranscriptionSessionOptions,
    TurnDetection,
)
from ._base import Service, build_request, fields_of
from ._faces import BlockingService, Runner
from ._options import CallOptions
from ._realtime import RealtimeSession
from .realtime_sessions import AudioSource, SpeechSession, TranscriptionSession

__all__ = [
    "RealtimeService",
    "SyncRealtimeService",
    "SyncSpeechSession",
    "SyncTranscriptionSession",
]

TRANSCRIPTION_PATH = "/v1/audio/transcriptions/realtime"
SPEECH_PATH = "/v1/audio/speech/realtime"


class _Connect(WireModel):
    """What a session's telemetry and routing read of it: the model asked for (in the query)."""

    model: str


class RealtimeService(Service):
    """`client.audio.realtime`: `transcription(...)`, `transcribe(...)`, `speech(...)`.

    Each returns a session that opens on `async with` (or on first use): the handshake and
    `session.created` are retried under the profile's retry policy and breaker; once anything is
    sent, nothing is resent. The limiter counts a session as one request."""

    area = "audio.realtime"

    def transcription(
        self,
        *,
        model: str,
        audio_format: AudioFormat | dict[str, Any],
        target_streaming_delay_ms: int | None = None,
        diarize: bool | None = None,
        context_bias: builtins.list[str] | None = None,
        language: str | None = None,
        speaker_references: builtins.list[Any] | None = None,
        turn_detection: TurnDetection | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> TranscriptionSession:
        """A live transcription session: `send_audio`, `flush`, `end`; typed events."""
        settings = build_request(
            TranscriptionSessionOptions, None, fields_of(locals(), "model"), options
        )
        request = self._connect("audio.realtime.transcription", TRANSCRIPTION_PATH, model, options)
        return TranscriptionSession(self._caller, request, settings)

    def transcribe(
        self,
        *,
        audio: AudioSource,
        model: str,
        audio_format: AudioFormat | dict[str, Any],
        target_streaming_delay_ms: int | None = None,
        diarize: bool | None = None,
        context_bias: builtins.list[str] | None = None,
        language: str | None = None,
        speaker_references: builtins.list[Any] | None = None,
        turn_detection: TurnDetection | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> TranscriptionSession:
        """A transcription session that sends all of `audio` (bytes, an async iterable of
        bytes, or a file's path) then ends: iterate it for the events."""
        settings = build_request(
            TranscriptionSessionOptions, None, fields_of(locals(), "audio", "model"), options
        )
        request = self._connect("audio.realtime.transcription", TRANSCRIPTION_PATH, model, options)
        return TranscriptionSession(self._caller, request, settings, audio)

    def speech(
        self,
        *,
        model: str,
        voice: str | None = None,
        ref_audio: str | None = None,
        response_format: str | None = None,
        streaming_mode: str | None = None,
        expressiveness: float | None = None,
        **options: Unpack[CallOptions],
    ) -> SpeechSession:
        """A live speech session: `send_text`, `flush`, `end`; decoded audio as it comes."""
        settings = build_request(SpeechSessionOptions, None, fields_of(locals(), "model"), options)
        request = self._connect("audio.realtime.speech", SPEECH_PATH, model, options)
        return SpeechSession(self._caller, request, settings)

    def _connect(self, name: str, path: str, model: str, options: Any) -> Any:
        body = build_request(_Connect, None, {"model": model}, None)
        return self._request(
            name, "GET", path, body, {"model": model}, None, None, 0, None, options
        )


E = TypeVar("E")
F = TypeVar("F")
P = ParamSpec("P")
S = TypeVar("S")


class _SyncSession(Generic[E, F]):
    """A realtime session of the blocking client: `with` it; iterate it for events."""

    def __init__(self, session: RealtimeSession[E, F], runner: Runner) -> None:
        self._session, self._runner = session, runner

    def __enter__(self) -> Self:
        self._runner.run(self._session.connect())
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __iter__(self) -> Iterator[E]:
        return self

    def __next__(self) -> E:
        try:
            return self._runner.run(self._session.__anext__())
        except StopAsyncIteration:
            raise StopIteration from None

    def final_response(self) -> F:
        """Read what is left; the session's whole result."""
        return self._runner.run(self._session.final_response())

    def end(self) -> None:
        """Nothing more to send: the server finishes the session."""
        self._runner.run(self._session.end())

    def close(self) -> None:
        self._runner.run(self._session.close())

    @property
    def partial(self) -> Any:
        return self._session.partial

    @property
    def request_id(self) -> str:
        return self._session.request_id


class SyncTranscriptionSession(_SyncSession[TranscriptionRealtimeEvent, TranscriptionResponse]):
    """`TranscriptionSession` of the blocking client."""

    _session: TranscriptionSession

    def send_audio(self, audio: bytes) -> None:
        self._runner.run(self._session.send_audio(audio))

    def flush(self) -> None:
        self._runner.run(self._session.flush())

    @property
    def partial(self) -> TranscriptionResponse:
        return self._session.partial


class SyncSpeechSession(_SyncSession[SpeechRealtimeEvent, SpeechRealtimeResult]):
    """`SpeechSession` of the blocking client."""

    _session: SpeechSession

    def send_text(self, text: str) -> None:
        self._runner.run(self._session.send_text(text))

    def flush(self, text: str | None = None) -> None:
        self._runner.run(self._session.flush(text))

    @property
    def partial(self) -> SpeechRealtimeResult:
        return self._session.partial


def _session_face(
    method: Callable[Concatenate[Any, P], Any], face: Callable[[Any, Runner], S]
) -> Callable[Concatenate[BlockingService, P], S]:
    """The blocking face of a method that makes a session: the session, wrapped."""
    name = method.__name__

    def call(face_of: BlockingService, /, *args: P.args, **kwargs: P.kwargs) -> S:
        return face(getattr(face_of._service, name)(*args, **kwargs), face_of._runner)

    functools.update_wrapper(call, method, updated=())  # the method's name and signature
    return call


class SyncRealtimeService(BlockingService):
    """`audio.realtime` of the blocking client (`SyncMistralClient`)."""

    transcription = _session_face(RealtimeService.transcription, SyncTranscriptionSession)
    transcribe = _session_face(RealtimeService.transcribe, SyncTranscriptionSession)
    speech = _session_face(RealtimeService.speech, SyncSpeechSession)
