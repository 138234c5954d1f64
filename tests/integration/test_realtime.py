"""Realtime audio over WebSocket against real loopback servers: the test kit's fake speaking both
protocols, and raw aiohttp servers that refuse, err, close and cut."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import WSMsgType, web

import integrations_mistral as im
from integrations_mistral import MistralClient, SyncMistralClient
from integrations_mistral.testing import FakeMistralServer, ScriptedReply
from integrations_mistral.testing.fake_audio import speech_bytes
from integrations_mistral.types.realtime import (
    SpeechAudioDelta,
    TranscriptionDone,
    TranscriptionTextDelta,
    UnknownRealtimeEvent,
)
from tests.conftest import local_overrides
from tests.support.apps import App

PCM = {"encoding": "pcm_s16le", "sample_rate": 16000}
MODEL = "voxtral-mini-transcribe-realtime"


async def drain(session: AsyncIterator[Any], into: list[Any] | None = None) -> None:
    """Read a session to its end (or its error), keeping the events in `into`."""
    async for event in session:
        if into is not None:
            into.append(event)


def client_for(server: FakeMistralServer, **extra: Any) -> MistralClient:
    extra.setdefault("retry", {"max_attempts": 1})
    return MistralClient.from_env(**local_overrides(server, **extra))


async def test_transcription_round_trip_byte_exact_through_appends(
    server: FakeMistralServer,
) -> None:
    audio = os.urandom(600_000)  # three appends: 262,144 + 262,144 + 75,712
    async with (
        client_for(server) as client,
        client.audio.realtime.transcription(model=MODEL, audio_format=PCM) as session,
    ):
        await session.send_audio(audio)
        await session.end()
        result = await session.final_response()
    assert server.api.realtime.received_audio == [audio]
    assert result.text == "[600000 bytes]" and result.model == MODEL
    assert session.audio_seconds == pytest.approx(600_000 / 32_000)
    assert server.api.realtime.session_updates == [{"audio_format": PCM}]
    assert server.api.realtime.close_codes == [1000]
    handshake = server.requests_to("/v1/audio/transcriptions/realtime")[0]
    assert handshake.query == {"model": MODEL}
    assert handshake.headers["Authorization"] == "Bearer test-key"


async def test_deltas_in_order_unknown_events_typed_and_final_response(
    server: FakeMistralServer,
) -> None:
    async with (
        client_for(server) as client,
        client.audio.realtime.transcription(
            model=MODEL, audio_format=PCM, language="en", diarize=True,
            turn_detection={"min_silence_ms": 300},
        ) as session,
    ):  # fmt: skip
        await session.send_audio(b"the quick")
        await session.flush()
        await session.send_audio(b" brown !unknown fox")
        await session.end()
        events = [event async for event in session]
        final = await session.final_response()
    deltas = [e.text for e in events if isinstance(e, TranscriptionTextDelta)]
    assert deltas == ["the", " quick", " brown", " fox"]
    unknown = [e for e in events if isinstance(e, UnknownRealtimeEvent)]
    assert unknown[0].type == "transcription.future_thing" and unknown[0].data["value"] == 42
    assert isinstance(events[-1], TranscriptionDone)
    assert final.text == "the quick brown fox" and final.language == "en"
    assert final.segments and final.segments[0].text == "the quick brown fox"
    update = server.api.realtime.session_updates[0]
    assert update["turn_detection"] == {"min_silence_ms": 300} and update["diarize"] is True


async def test_transcribe_sends_a_file_bytes_or_an_async_iterable(
    server: FakeMistralServer, tmp_path: Path
) -> None:
    path = tmp_path / "speech.raw"
    path.write_bytes(b"from a file")

    async def pieces() -> AsyncIterator[bytes]:
        for word in (b"from ", b"a ", b"generator"):
            yield word

    async with client_for(server) as client:
        texts = []
        for audio in (path, b"from bytes", pieces()):
            events = [
                e
                async for e in client.audio.realtime.transcribe(
                    audio=audio, model=MODEL, audio_format=PCM
                )
            ]
            assert isinstance(events[-1], TranscriptionDone)
            texts.append(events[-1].text)
    assert texts == ["from a file", "from bytes", "from a generator"]
    with pytest.raises(im.RequestValidationError, match="not a readable file"):
        client.audio.realtime.transcribe(audio=tmp_path / "missing", model=MODEL, audio_format=PCM)


async def test_speech_decodes_audio_and_realtime_to_writes_atomically(
    server: FakeMistralServer, tmp_path: Path
) -> None:
    async with client_for(server) as client:
        async with client.audio.realtime.speech(
            model="voxtral-tts", voice="ada", response_format="pcm"
        ) as session:
            await session.send_text("hello there")
            await session.end()
            events = [event async for event in session]
        audio = b"".join(e.audio for e in events if isinstance(e, SpeechAudioDelta))
        assert audio == speech_bytes("hello there")
        result = await session.final_response()
        assert result.audio == audio and result.usage == {
            "prompt_characters": 11,
            "total_tokens": 11,
        }
        target = await client.audio.speech.realtime_to(
            tmp_path / "out.pcm", text="to a file", model="voxtral-tts", voice="ada"
        )
    assert target.read_bytes() == speech_bytes("to a file")
    assert not (tmp_path / "out.pcm.part").exists()
    assert server.api.realtime.session_updates[0] == {"voice": "ada", "response_format": "pcm"}


async def test_an_error_event_is_a_realtime_error_with_code_and_partial(
    server: FakeMistralServer,
) -> None:
    async with (
        client_for(server) as client,
        client.audio.realtime.transcription(model=MODEL, audio_format=PCM) as session,
    ):
        await session.send_audio(b"kept words !error lost")
        await session.end()
        with pytest.raises(im.RealtimeError) as caught:
            await drain(session)
    assert caught.value.code == 4000 and "something went wrong" in str(caught.value)
    assert caught.value.request_id


async def test_a_close_frame_keeps_code_reason_and_the_transcript(
    server: FakeMistralServer, tmp_path: Path
) -> None:
    async with (
        client_for(server) as client,
        client.audio.realtime.transcription(model=MODEL, audio_format=PCM) as session,
    ):
        await session.send_audio(b"before the !close after")
        await session.end()
        with pytest.raises(im.RealtimeError) as caught:
            await session.final_response()
        assert caught.value.close_code == 1008 and caught.value.close_reason == "Policy violation"
        assert caught.value.partial.text == "before the"
        speech = client.audio.realtime.speech(model="voxtral-tts", voice="nope")
        await speech.connect()  # the refusal comes after session.update: on the next read
        with pytest.raises(im.RealtimeError) as refused:  # the example refusal
            await speech.final_response()
        assert refused.value.close_code == 1008
        assert refused.value.close_reason == "Voice 'nope' not found."
        with pytest.raises(im.RealtimeError):  # nothing written: no file appears
            await client.audio.speech.realtime_to(
                tmp_path / "x.mp3", text="x", model="voxtral-tts", voice="nope"
            )
    assert not (tmp_path / "x.mp3").exists() and not (tmp_path / "x.mp3.part").exists()


async def test_a_cut_connection_is_stream_interrupted_with_the_transcript_so_far(
    server: FakeMistralServer,
) -> None:
    async with (
        client_for(server) as client,
        client.audio.realtime.transcription(model=MODEL, audio_format=PCM) as session,
    ):
        await session.send_audio(b"heard this much !drop never")
        await session.end()
        received = []
        with pytest.raises(im.StreamInterruptedError) as caught:
            await drain(session, received)
    assert caught.value.partial.text == "heard this much"
    assert any(isinstance(e, TranscriptionTextDelta) for e in received)
    with pytest.raises(im.RealtimeError, match="ended"):
        await session.send_audio(b"more")  # nothing is resent on a broken session


async def test_an_error_before_session_created_fails_the_connect(
    server: FakeMistralServer,
) -> None:
    async with client_for(server) as client:
        with pytest.raises(im.RealtimeError) as caught:
            async with client.audio.realtime.transcription(model="refuse-model", audio_format=PCM):
                pass
    assert caught.value.code == 404 and "not found" in str(caught.value)


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, im.AuthenticationError),
        (403, im.PermissionDeniedError),
        (404, im.NotFoundError),
    ],
)
async def test_a_refused_handshake_is_its_usual_error(
    server: FakeMistralServer, status: int, error: type[Exception]
) -> None:
    server.enqueue("/v1/audio/transcriptions/realtime", status=status, json={"message": "no"})
    async with client_for(server) as client:
        with pytest.raises(error) as caught:
            async with client.audio.realtime.transcription(model=MODEL, audio_format=PCM):
                pass
    assert caught.value.status_code == status  # type: ignore[attr-defined]
    assert "/v1/audio/transcriptions/realtime" in str(caught.value)


async def test_connect_failures_retry_under_the_profile_policy(server: FakeMistralServer) -> None:
    path = "/v1/audio/transcriptions/realtime"
    server.enqueue(path, ScriptedReply(status=503), ScriptedReply(status=503))
    retry = {"max_attempts": 3, "initial_delay_ms": 1, "max_delay_ms": 2}
    async with client_for(server, retry=retry) as client:
        events = [
            e
            async for e in client.audio.realtime.transcribe(
                audio=b"third time", model=MODEL, audio_format=PCM
            )
        ]
    assert isinstance(events[-1], TranscriptionDone) and events[-1].text == "third time"
    assert len(server.requests_to(path)) == 3


async def test_the_breaker_sees_handshakes(server: FakeMistralServer) -> None:
    path = "/v1/audio/transcriptions/realtime"
    server.enqueue(path, *[ScriptedReply(status=503)] * 2)
    breaker = {"enabled": True, "failure_threshold": 2, "timeout_secs": 60}
    async with client_for(server, circuit_breaker=breaker) as client:
        for _ in range(2):
            with pytest.raises(im.ServiceUnavailableError):
                await client.audio.realtime.transcription(model=MODEL, audio_format=PCM).connect()
        with pytest.raises(im.CircuitOpenError):
            await client.audio.realtime.transcription(model=MODEL, audio_format=PCM).connect()
    assert len(server.requests_to(path)) == 2


async def test_the_limiter_counts_a_session_as_a_request(server: FakeMistralServer) -> None:
    limits = {"enabled": True, "requests_per_minute": 1, "on_limit": "reject"}
    async with client_for(server, rate_limit=limits) as client:
        async with client.audio.realtime.speech(model="voxtral-tts", voice="ada") as session:
            await session.send_text("one")
            await session.end()
            await session.final_response()
        with pytest.raises(im.ClientRateLimitError):
            async with client.audio.realtime.speech(model="voxtral-tts", voice="ada"):
                pass
    assert len(server.requests_to("/v1/audio/speech/realtime")) == 1


async def test_idle_and_total_timeouts_are_settings(server: FakeMistralServer) -> None:
    async with (
        client_for(server, client={"realtime_idle_timeout_secs": 0.3}) as client,
        client.audio.realtime.transcription(model=MODEL, audio_format=PCM) as session,
    ):
        await session.send_audio(b"early words")
        await session.flush()  # text arrives; then the server has nothing to say
        with pytest.raises(im.StreamInterruptedError, match="realtime_idle_timeout_secs") as cut:
            await drain(session)
    assert cut.value.partial.text == "early words"
    async with (
        client_for(server, client={"realtime_timeout_secs": 0.5}) as client,
        client.audio.realtime.transcription(model=MODEL, audio_format=PCM) as session,
    ):
        await session.send_audio(b"!slow")
        await session.flush()
        with pytest.raises(im.StreamInterruptedError, match="realtime_timeout_secs"):
            await drain(session)


async def test_closing_the_client_cuts_an_open_session(server: FakeMistralServer) -> None:
    client = client_for(server, client={"close_grace_secs": 0.05})
    session = client.audio.realtime.transcription(model=MODEL, audio_format=PCM)
    await session.connect()

    async def read() -> None:
        async for _ in session:
            pass

    reader = asyncio.create_task(read())
    await asyncio.sleep(0.05)
    await client.close()
    with pytest.raises(im.StreamInterruptedError, match="client was closed"):
        await reader


async def test_misuse_is_typed_before_anything_is_sent(server: FakeMistralServer) -> None:
    async with client_for(server) as client:
        with pytest.raises(im.RequestValidationError, match="encoding"):
            client.audio.realtime.transcription(model=MODEL, audio_format={"encoding": "mp3"})
        with pytest.raises(im.RequestValidationError, match="languag"):
            client.audio.realtime.transcription(  # type: ignore[call-arg]
                model=MODEL, audio_format=PCM, langauge="en"
            )
        async with client.audio.realtime.transcription(model=MODEL, audio_format=PCM) as session:
            with pytest.raises(im.RequestValidationError, match="expected bytes"):
                await session.send_audio("text")  # type: ignore[arg-type]
    assert not server.requests_to("/v1/audio/transcriptions/realtime")[1:]


def test_the_blocking_client_has_both_sessions(threaded_server_url: str, tmp_path: Path) -> None:
    overrides: dict[str, Any] = {
        "api_key": "test-key",
        "base_url": threaded_server_url,
        "client": {"allow_insecure_http": True},
    }
    with SyncMistralClient.from_env(**overrides) as client:
        with client.audio.realtime.transcription(model=MODEL, audio_format=PCM) as session:
            session.send_audio(b"blocking words")
            session.end()
            assert session.final_response().text == "blocking words"
        events = list(client.audio.realtime.transcribe(audio=b"a b", model=MODEL, audio_format=PCM))
        assert isinstance(events[-1], TranscriptionDone)
        with client.audio.realtime.speech(model="voxtral-tts", voice="ada") as speech:
            speech.send_text("sync")
            speech.end()
            assert speech.final_response().audio == speech_bytes("sync")
        path = client.audio.speech.realtime_to(
            tmp_path / "a.wav", text="file", model="voxtral-tts", voice="ada"
        )
        assert path.read_bytes() == speech_bytes("file")


async def test_a_server_that_is_not_a_websocket_is_typed(apps: App) -> None:
    async def plain(request: web.Request) -> web.StreamResponse:
        return web.json_response({"not": "a socket"})

    url = await apps.start(plain)
    client = MistralClient.from_env(
        api_key="realtime-key",
        base_url=url,
        client={"allow_insecure_http": True},
        retry={"max_attempts": 1},
    )
    async with client:
        with pytest.raises(im.MistralError) as caught:
            await client.audio.realtime.transcription(model=MODEL, audio_format=PCM).connect()
    assert type(caught.value) is im.APIConnectionError
    assert "HTTP 200, not a WebSocket upgrade" in str(caught.value)


async def test_a_raw_server_that_sends_garbage_then_binary(apps: App) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        await socket.send_json({"type": "session.created"})
        async for message in socket:
            if message.type is WSMsgType.TEXT and "session.update" in message.data:
                await socket.send_bytes(b"\x00\x01")  # not an event: skipped
                await socket.send_json({"type": "transcription.text.delta", "text": "ok"})
                await socket.send_str("{not json")
        return socket

    url = await apps.start(handler)
    client = MistralClient.from_env(
        api_key="realtime-key",
        base_url=url,
        client={"allow_insecure_http": True},
        retry={"max_attempts": 1},
    )
    async with (
        client,
        client.audio.realtime.transcription(model=MODEL, audio_format=PCM) as session,
    ):
        first = await session.__anext__()
        assert first == TranscriptionTextDelta(text="ok")
        with pytest.raises(im.RealtimeError, match="not an event") as caught:
            await session.__anext__()
    assert caught.value.partial.text == "ok"


async def test_no_refusal_carries_the_key_in_its_chain(server: FakeMistralServer) -> None:
    server.enqueue("/v1/audio/transcriptions/realtime", status=401, json={"message": "no"})
    async with client_for(server) as client:
        with pytest.raises(im.AuthenticationError) as caught:
            await client.audio.realtime.transcription(model=MODEL, audio_format=PCM).connect()
    chain: list[BaseException] = []
    error: BaseException | None = caught.value
    while error is not None:
        chain.append(error)
        error = error.__cause__ or error.__context__
    assert chain == [caught.value]
    assert "test-key" not in repr(vars(caught.value))


async def test_per_call_options_reach_the_handshake_and_the_session(
    server: FakeMistralServer,
) -> None:
    async with (
        client_for(server) as client,
        client.audio.realtime.speech(
            model="voxtral-tts", voice="ada", extra_headers={"X-Team": "audio"},
            extra_query={"trace": "1"}, extra_body={"new_option": 3}, timeout=5,
        ) as speech,
    ):  # fmt: skip
        await speech.send_text("x")
        await speech.end()
        await speech.final_response()
    handshake = server.requests_to("/v1/audio/speech/realtime")[0]
    assert handshake.headers["X-Team"] == "audio"
    assert handshake.query == {"model": "voxtral-tts", "trace": "1"}
    assert server.api.realtime.session_updates == [{"voice": "ada", "new_option": 3}]


async def test_a_cut_speech_session_keeps_the_audio_so_far(server: FakeMistralServer) -> None:
    async with (
        client_for(server) as client,
        client.audio.realtime.speech(model="voxtral-tts", voice="ada") as speech,
    ):
        await speech.send_text("hello")
        await speech.flush()
        await speech.send_text(" !drop")
        await speech.end()
        with pytest.raises(im.StreamInterruptedError) as caught:
            await speech.final_response()
    assert caught.value.partial.audio == speech_bytes("hello")
