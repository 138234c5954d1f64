"""Realtime sessions at the network edge: `wss` through a CONNECT proxy with a CA bundle made at
test time, and a certificate not trusted refused, typed."""

from __future__ import annotations

import pytest

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.testing import FakeMistralServer
from integrations_mistral.types.realtime import TranscriptionDone

from .conftest import Certificates, ForwardProxy

PCM = {"encoding": "pcm_s16le", "sample_rate": 16000}


async def test_wss_through_a_connect_proxy_with_the_ca_bundle(
    monkeypatch: pytest.MonkeyPatch,
    proxy: ForwardProxy,
    tls_server: FakeMistralServer,
    certs: Certificates,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    overrides = {"api_key": "test-key", "base_url": tls_server.url}
    async with MistralClient(**overrides, client={"ca_bundle": str(certs.ca)}) as client:
        events = [
            event
            async for event in client.audio.realtime.transcribe(
                audio=b"secure words", model="m", audio_format=PCM
            )
        ]
        async with client.audio.realtime.speech(model="tts", voice="ada") as speech:
            await speech.send_text("tunnelled")
            await speech.end()
            assert (await speech.final_response()).audio
    assert isinstance(events[-1], TranscriptionDone) and events[-1].text == "secure words"
    assert [(p.method, p.target) for p in proxy.passed] == [
        ("CONNECT", f"127.0.0.1:{tls_server.port}")
    ] * 2
    assert tls_server.api.realtime.close_codes == [1000, 1000]


async def test_wss_to_an_untrusted_certificate_is_typed_and_not_retried(
    tls_server: FakeMistralServer,
) -> None:
    async with MistralClient(api_key="test-key", base_url=tls_server.url) as client:
        with pytest.raises(im.APIConnectionError) as caught:
            async with client.audio.realtime.transcription(model="m", audio_format=PCM):
                pass
    assert caught.value.error_type == "tls_certificate" and not caught.value.is_retryable
    assert not tls_server.requests
