"""Audio (`/v1/audio/...`): transcriptions and their stream events, speech, voices."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from ._base import WireModel

__all__ = [
    "SpeechRequest",
    "SpeechResponse",
    "TranscriptionEvent",
    "TranscriptionResponse",
    "TranscriptionSegment",
    "Voice",
    "VoiceCreateRequest",
    "VoiceList",
    "VoiceUpdateRequest",
]


class TranscriptionSegment(WireModel):
    text: str
    start: float
    end: float
    speaker_id: str | None = None


class TranscriptionResponse(WireModel):
    """The text of an audio file, its language, and (when asked) timed segments."""

    model: str
    text: str
    language: str | None = None
    segments: list[TranscriptionSegment] | None = None
    usage: dict[str, Any]


class TranscriptionEvent(WireModel):
    """One event of a transcription stream: `transcription.text.delta` (`text`),
    `transcription.language` (`audio_language`), `transcription.segment` (`text`, `start`,
    `end`) or `transcription.done` (`text`, `language`, `usage`); other fields are kept."""

    type: str
    text: str | None = None
    audio_language: str | None = None
    start: float | None = None
    end: float | None = None
    language: str | None = None
    model: str | None = None
    usage: dict[str, Any] | None = None


class SpeechRequest(WireModel):
    """`POST /v1/audio/speech`: text to speech, in a stored voice or like a reference clip."""

    input: str
    model: str | None = None
    voice_id: str | None = None
    ref_audio: str | None = None
    response_format: Literal["mp3", "wav", "pcm", "flac", "opus"] | str | None = None
    stream: bool | None = None
    metadata: dict[str, Any] | None = None
    prompt_cache_key: str | None = None


class SpeechResponse(WireModel):
    audio_data: str  # base64


class Voice(WireModel):
    id: str
    name: str
    created_at: str
    user_id: str | None = None
    slug: str | None = None
    languages: list[str] | None = None
    gender: str | None = None
    age: int | None = None
    tags: list[str] | None = None
    color: str | None = None
    retention_notice: int | None = None
    description: str | None = None


class VoiceList(WireModel):
    items: list[Voice]
    total: int
    page: int
    page_size: int
    total_pages: int

    @property
    def data(self) -> list[Voice]:
        return self.items


class VoiceCreateRequest(WireModel):
    name: str
    sample_audio: str  # base64
    sample_filename: str | None = None
    slug: str | None = None
    languages: list[str] | None = None
    gender: str | None = None
    age: int | None = None
    tags: list[str] | None = None
    color: str | None = None
    retention_notice: int | None = None
    description: str | None = Field(default=None, max_length=500)


class VoiceUpdateRequest(WireModel):
    name: str | None = None
    description: str | None = Field(default=None, max_length=500)
    languages: list[str] | None = None
    gender: str | None = None
    age: int | None = None
    tags: list[str] | None = None
