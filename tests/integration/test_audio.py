"""Audio end to end against the fake server: transcriptions (streamed too), speech, voices."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.testing import FakeMistralServer
from integrations_mistral.testing.fake_audio import speech_bytes
from tests.conftest import local_overrides

MIB = 1024 * 1024


def client_for(server: FakeMistralServer) -> MistralClient:
    return MistralClient.from_env(**local_overrides(server, retry={"max_attempts": 1}))


async def test_transcriptions_from_bytes_url_and_stream(server: FakeMistralServer) -> None:
    async with client_for(server) as client:
        result = await client.audio.transcriptions.create(
            model="voxtral-mini-latest",
            file=("clip.wav", b"RIFF" + b"\0" * 96),
            language="fr",
            timestamp_granularities=["segment"],
        )
        assert result.text == "transcript of 100 bytes" and result.language == "fr"
        assert result.segments and result.segments[0].end == 1.0
        by_url = await client.audio.transcriptions.create(
            model="voxtral-mini-latest", file_url="https://example.com/a.mp3"
        )
        assert by_url.text == "transcript of https://example.com/a.mp3"
        async with await client.audio.transcriptions.create_stream(
            model="voxtral-mini-latest", file=("clip.wav", b"x" * 10)
        ) as stream:
            events = [event async for event in stream]
            final = await stream.final_response()
    assert [e.type for e in events][:2] == ["transcription.language", "transcription.text.delta"]
    assert events[-1].type == "transcription.done"
    assert final.text == "transcript of 10 bytes" and final.language == "en"
    assert (
        "".join(e.text or "" for e in events if e.type == "transcription.text.delta") == final.text
    )
    form = server.requests[0]
    assert form.headers["Content-Type"].startswith("multipart/form-data")


async def test_a_200_mib_upload_keeps_memory_flat(
    server: FakeMistralServer, tmp_path: Path
) -> None:
    audio = tmp_path / "long.wav"
    with audio.open("wb") as handle:
        handle.truncate(200 * MIB)
    tracemalloc.start()
    try:
        async with client_for(server) as client:
            result = await client.audio.transcriptions.create(
                model="voxtral-mini-latest", file=audio
            )
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.text == f"transcript of {200 * MIB} bytes"
    assert peak < 16 * MIB, f"traced peak {peak / MIB:.1f} MiB"


async def test_speech_bytes_and_streamed_to_disk(server: FakeMistralServer, tmp_path: Path) -> None:
    async with client_for(server) as client:
        audio = await client.audio.speech.create(input="Bonjour", voice_id="v1")
        assert audio == speech_bytes("Bonjour")
        target = await client.audio.speech.create_to(
            tmp_path / "out.mp3", input="Salut", voice_id="v1"
        )
    assert target.read_bytes() == speech_bytes("Salut")
    assert not (tmp_path / "out.mp3.part").exists()
    assert server.requests[1].json["stream"] is True


async def test_voices(server: FakeMistralServer, tmp_path: Path) -> None:
    sample = tmp_path / "me.wav"
    sample.write_bytes(b"RIFFsample")
    async with client_for(server) as client:
        voice = await client.audio.voices.create(name="me", sample_audio=sample, languages=["fr"])
        assert server.requests[0].json["sample_filename"] == "me.wav"
        assert (await client.audio.voices.get(voice.id)).languages == ["fr"]
        assert (await client.audio.voices.update(voice.id, name="moi")).name == "moi"
        listed = await client.audio.voices.list(limit=5)
        assert [v.id for v in listed.items] == [voice.id] and listed.total == 1
        assert await client.audio.voices.sample(voice.id) == b"RIFFsample"
        assert (await client.audio.voices.delete(voice.id)).id == voice.id
        with pytest.raises(im.NotFoundError):
            await client.audio.voices.get(voice.id)
        with pytest.raises(im.RequestValidationError, match="is not a readable file"):
            await client.audio.transcriptions.create(model="m", file=tmp_path / "missing.wav")
