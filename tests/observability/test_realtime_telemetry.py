"""A realtime session observed: one span (model, audio seconds or characters, events, close
code), session duration and audio-seconds metrics, and no key anywhere."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pytest

import integrations_mistral as im
from integrations_mistral import MistralClient
from tests.support.telemetry import Telemetry

PCM = {"encoding": "pcm_s16le", "sample_rate": 16000}
Build = Callable[..., MistralClient]


async def test_one_span_and_metrics_per_session(
    otel: Telemetry, observed_client: Build, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="integrations_mistral")
    async with observed_client() as client:
        async with client.audio.realtime.transcription(model="rt", audio_format=PCM) as session:
            await session.send_audio(b"x" * 64_000)  # two seconds of 16 kHz 16-bit audio
            await session.end()
            await session.final_response()
        async with client.audio.realtime.speech(model="tts", voice="ada") as speech:
            await speech.send_text("twelve chars")
            await speech.end()
            await speech.final_response()
    span = otel.span("mistral.audio.realtime.transcription")
    attributes: dict[str, Any] = dict(span.attributes or {})
    assert attributes["gen_ai.request.model"] == "rt"
    assert attributes["mistral.realtime.audio_seconds"] == 2.0
    assert attributes["mistral.realtime.events"] >= 4
    assert attributes["mistral.realtime.close_code"] == 1000
    assert (
        dict(otel.span("mistral.audio.realtime.speech").attributes or {})[
            "mistral.realtime.characters"
        ]
        == 12
    )
    audio = otel.points("mistral_realtime_audio_seconds_total")
    assert [(p.value, p.attributes["model"]) for p in audio] == [(2.0, "rt")]
    durations = otel.points("mistral_realtime_session_duration_seconds")
    assert sorted(p.attributes["model"] for p in durations) == ["rt", "tts"]
    characters = otel.points("mistral_realtime_characters_total")
    assert [p.value for p in characters] == [12]
    everything = repr([dict(s.attributes or {}) for s in otel.spans()]) + caplog.text
    assert "test-key" not in everything


async def test_a_failed_session_is_recorded_on_its_span(
    otel: Telemetry, observed_client: Build
) -> None:
    async with (
        observed_client() as client,
        client.audio.realtime.transcription(model="rt", audio_format=PCM) as session,
    ):
        await session.send_audio(b"a !close")
        await session.end()
        with pytest.raises(im.RealtimeError):
            await session.final_response()
    span = otel.span("mistral.audio.realtime.transcription")
    assert dict(span.attributes or {})["error.type"] == "realtime"
