"""`MockMistralClient` scripts realtime sessions: no network, the real methods' signatures, the
sessions' interface, what the code under test sent recorded."""

from __future__ import annotations

import pytest

import integrations_mistral as im
from integrations_mistral.testing import MockMistralClient, MockNotConfiguredError
from integrations_mistral.types.realtime import TranscriptionTextDelta

PCM = {"encoding": "pcm_s16le", "sample_rate": 16000}


async def code_under_test(client: MockMistralClient) -> str:
    async with client.audio.realtime.transcription(model="rt", audio_format=PCM) as session:
        await session.send_audio(b"\x00\x01")
        await session.end()
        deltas = [e.text async for e in session if isinstance(e, TranscriptionTextDelta)]
        return "".join(deltas)


async def test_a_scripted_transcription_session() -> None:
    mock = MockMistralClient()
    mock.audio.realtime.transcription.session("bonjour", " tout le monde")
    assert await code_under_test(mock) == "bonjour tout le monde"
    mock.audio.realtime.transcription.assert_called_once_with(model="rt", audio_format=PCM)


async def test_a_scripted_speech_session_and_its_record() -> None:
    mock = MockMistralClient()
    mock.audio.realtime.speech.session(b"RIFF", b"data")
    session = mock.audio.realtime.speech(model="tts", voice="ada")
    async with session:
        await session.send_text("hi")
        await session.end()
        result = await session.final_response()
    assert result.audio == b"RIFFdata"
    assert session.sent == [("text", "hi"), ("end", None)] and session.closed


def test_misuse_is_refused_like_the_real_client() -> None:
    mock = MockMistralClient()
    with pytest.raises(im.RequestValidationError, match="voise"):
        mock.audio.realtime.speech(model="tts", voise="ada")
    with pytest.raises(MockNotConfiguredError):
        mock.audio.realtime.speech(model="tts", voice="ada")
