"""Realtime audio over WebSocket: the session options the client sends and the events it reads.

Transcription (`/v1/audio/transcriptions/realtime`) and speech (`/v1/audio/speech/realtime`) as
the official SDK speaks them; an event type this client does not know arrives as
`UnknownRealtimeEvent` with its data, never as an error.
"""

from __future__ import annotations

from typing import Any, Literal

from ._base import WireModel

__all__ = [
    "AudioFormat",
    "RealtimeSessionEvent",
    "RealtimeTurnEvent",
    "SpeechAudioDelta",
    "SpeechAudioDone",
    "SpeechRealtimeEvent",
    "SpeechRealtimeResult",
    "SpeechSessionOptions",
    "TranscriptionDone",
    "TranscriptionLanguage",
    "TranscriptionRealtimeEvent",
    "TranscriptionSegmentEvent",
    "TranscriptionSessionOptions",
    "TranscriptionTextDelta",
    "TurnDetection",
    "UnknownRealtimeEvent",
]

Encoding = Literal["pcm_s16le", "pcm_s32le", "pcm_f16le", "pcm_f32le", "pcm_mulaw", "pcm_alaw"]
BYTES_PER_SAMPLE: dict[str, int] = {
    "pcm_s16le": 2,
    "pcm_s32le": 4,
    "pcm_f16le": 2,
    "pcm_f32le": 4,
    "pcm_mulaw": 1,
    "pcm_alaw": 1,
}
"""Bytes per (mono) sample of each encoding: how audio seconds are counted from bytes sent."""


class AudioFormat(WireModel):
    """The encoding and sample rate of the audio a transcription session sends."""

    encoding: Encoding
    sample_rate: int


class TurnDetection(WireModel):
    """When the server decides a speaker's turn starts and ends."""

    start_threshold: float | None = None
    eager_end_threshold: float | None = None
    end_threshold: float | None = None
    min_silence_ms: int | None = None
    end_timeout_ms: int | None = None


class TranscriptionSessionOptions(WireModel):
    """`session.update` of a transcription session: sent once, before any audio."""

    audio_format: AudioFormat
    target_streaming_delay_ms: int | None = None
    diarize: bool | None = None
    context_bias: list[str] | None = None
    language: str | None = None
    speaker_references: list[Any] | None = None
    turn_detection: TurnDetection | None = None


class SpeechSessionOptions(WireModel):
    """`session.update` of a speech session: a stored `voice` or a `ref_audio` clip (base64)."""

    voice: str | None = None
    ref_audio: str | None = None
    streaming_mode: Literal["responsive", "long_form"] | None = None
    response_format: Literal["pcm", "wav", "mp3", "flac", "opus"] | None = None
    expressiveness: float | None = None


class RealtimeSessionEvent(WireModel):
    """`session.created` or `session.updated`: the session as the server holds it."""

    type: Literal["session.created", "session.updated"]
    session: dict[str, Any] | None = None


class UnknownRealtimeEvent(WireModel):
    """An event type this client does not know; `data` is the whole event as sent."""

    type: str
    data: dict[str, Any]


class TranscriptionLanguage(WireModel):
    type: Literal["transcription.language"] = "transcription.language"
    audio_language: str


class TranscriptionTextDelta(WireModel):
    type: Literal["transcription.text.delta"] = "transcription.text.delta"
    text: str


class TranscriptionSegmentEvent(WireModel):
    type: Literal["transcription.segment"] = "transcription.segment"
    text: str
    start: float | None = None
    end: float | None = None
    speaker_id: str | int | None = None


class TranscriptionDone(WireModel):
    """The end of a transcription: the whole text, its language, segments and usage."""

    type: Literal["transcription.done"] = "transcription.done"
    model: str | None = None
    text: str = ""
    usage: dict[str, Any] | None = None
    language: str | None = None
    segments: list[dict[str, Any]] | None = None


class RealtimeTurnEvent(WireModel):
    """`turn.start`, `turn.eager_end`, `turn.resume` or `turn.end` (with `end_reason`)."""

    type: Literal["turn.start", "turn.eager_end", "turn.resume", "turn.end"]
    time_s: float | None = None
    end_reason: str | None = None


class SpeechAudioDelta(WireModel):
    """A piece of synthesised audio, already decoded from the wire's base64 (`audio`)."""

    type: Literal["speech.audio.delta"] = "speech.audio.delta"
    audio: bytes


class SpeechAudioDone(WireModel):
    type: Literal["speech.audio.done"] = "speech.audio.done"
    usage: dict[str, Any] | None = None


class SpeechRealtimeResult(WireModel):
    """A speech session's whole answer: the audio joined, and the usage it reported."""

    audio: bytes
    usage: dict[str, Any] | None = None


TranscriptionRealtimeEvent = (
    RealtimeSessionEvent
    | TranscriptionLanguage
    | TranscriptionTextDelta
    | TranscriptionSegmentEvent
    | TranscriptionDone
    | RealtimeTurnEvent
    | UnknownRealtimeEvent
)
"""What a transcription session yields."""

SpeechRealtimeEvent = (
    RealtimeSessionEvent | SpeechAudioDelta | SpeechAudioDone | UnknownRealtimeEvent
)
"""What a speech session yields."""
