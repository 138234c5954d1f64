"""Policies: redirects, certificate errors, and retries that an open circuit stops."""

from __future__ import annotations

import asyncio
import shutil
import ssl
import subprocess
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from yarl import URL

import integrations_mistral as im
from tests.support.apps import CHAT_REPLY, HELLO, App, client_for, json_reply

REPLY = CHAT_REPLY


class Recorder:
    def __init__(self) -> None:
        self.requests: list[tuple[str, str, dict[str, str]]] = []

    def handler(self, status: int = 200, **headers: str) -> Any:
        async def handle(request: web.Request) -> web.StreamResponse:
            await request.read()
            self.requests.append((request.method, request.path, dict(request.headers)))
            if status == 200:
                return web.json_response(REPLY)
            return web.Response(status=status, headers=headers)

        return handle


async def test_post_turned_into_get_on_another_host_is_refused(apps: App) -> None:
    elsewhere = Recorder()
    other = await apps.start(elsewhere.handler())
    first = Recorder()
    url = await apps.start(first.handler(302, Location=f"{other}/v1/chat/completions"))
    async with client_for(url) as client:
        with pytest.raises(im.UnsafeRedirectError, match="it would turn POST into GET"):
            await client.chat.create(model="m", messages=HELLO)
    assert len(first.requests) == 1  # refused, not retried
    assert elsewhere.requests == []


async def test_cross_origin_redirect_drops_the_authorization_header(apps: App) -> None:
    elsewhere = Recorder()
    other = await apps.start(elsewhere.handler())
    first = Recorder()
    url = await apps.start(first.handler(307, Location=f"{other}/v1/chat/completions"))
    async with client_for(url) as client:
        assert (await client.chat.create(model="m", messages=HELLO)).text == "ok"
    assert first.requests[0][2]["Authorization"] == "Bearer chaos-key"
    [(method, _, headers)] = elsewhere.requests
    assert method == "POST" and "Authorization" not in headers


async def test_same_origin_redirect_keeps_method_body_and_authorization(apps: App) -> None:
    recorder = Recorder()
    moved, answer = recorder.handler(308, Location="/v2/moved?x=1"), recorder.handler()

    async def handle(request: web.Request) -> web.StreamResponse:
        return await (answer if request.path == "/v2/moved" else moved)(request)

    url = await apps.start(handle)
    async with client_for(url) as client:
        assert (await client.chat.create(model="m", messages=HELLO)).text == "ok"
    [first, second] = recorder.requests
    assert first[:2] == ("POST", "/v1/chat/completions")
    assert second[:2] == ("POST", "/v2/moved")
    assert second[2]["Authorization"] == "Bearer chaos-key"


def test_https_to_http_redirect_is_refused() -> None:
    from integrations_mistral.transport.redirects import check_redirect

    location = "http://api.example.test/v1/chat/completions?k=v"
    url = URL("https://api.example.test/v1/chat/completions")
    with pytest.raises(im.UnsafeRedirectError, match="it leaves https") as caught:
        check_redirect("POST", url, 307, location)
    assert "k=v" not in str(caught.value)
    assert check_redirect("POST", url, 307, "/v2/chat") == URL("https://api.example.test/v2/chat")


@pytest.fixture
def self_signed(tmp_path: Path) -> ssl.SSLContext:
    if shutil.which("openssl") is None:
        pytest.skip("no openssl to make a self-signed certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


async def test_certificate_error_fails_at_once(self_signed: ssl.SSLContext) -> None:
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", json_reply(REPLY))
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0, ssl_context=self_signed).start()
    url = f"https://127.0.0.1:{runner.addresses[0][1]}"
    try:
        client = im.MistralClient.from_env(api_key="k", base_url=url, retry={"max_attempts": 5})
        async with client:
            with pytest.raises(im.APIConnectionError, match="TLS certificate rejected") as caught:
                await client.chat.create(model="m", messages=HELLO)
    finally:
        await runner.cleanup()
    assert caught.value.is_retryable is False
    assert caught.value.error_type == "tls_certificate"
    assert caught.value.attempts == 1


async def test_an_opening_circuit_stops_the_retries_and_a_trial_is_one_request(apps: App) -> None:
    recorder = Recorder()
    url = await apps.start(recorder.handler(503))
    breaker = {"failure_threshold": 2, "timeout_secs": 0.2}
    async with client_for(url, circuit_breaker=breaker, retry={"max_attempts": 5}) as client:
        with pytest.raises(im.ServiceUnavailableError):
            await client.chat.create(model="m", messages=HELLO)
        assert len(recorder.requests) == 2  # the circuit opened after the 2nd: no 3rd attempt
        with pytest.raises(im.CircuitOpenError):
            await client.chat.create(model="m", messages=HELLO)
        await asyncio.sleep(0.25)
        with pytest.raises(im.ServiceUnavailableError):
            await client.chat.create(model="m", messages=HELLO)  # the half-open trial
        assert len(recorder.requests) == 3


async def test_calls_that_create_are_not_resent_once_the_api_may_have_acted(apps: App) -> None:
    seen: list[str] = []
    statuses = iter([500, 200, 429, 200, 500, 200])

    async def handler(request: web.Request) -> web.StreamResponse:
        seen.append(request.path)
        await request.read()
        status = next(statuses)
        if status != 200:
            return web.json_response({"message": "boom"}, status=status)
        turn = {
            "conversation_id": "c1",
            "outputs": [{"type": "message.output", "content": "ok"}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }
        return web.json_response(turn)

    url = await apps.start(handler)
    async with client_for(url, retry={"max_attempts": 3}) as client:
        with pytest.raises(im.InternalServerError):  # a 500 after sending: not resent
            await client.conversations.append("c1", inputs="hi")
        assert len(seen) == 1
        assert (await client.conversations.append("c1", inputs="hi")).text == "ok"
        # a 429 means the API did nothing: resent
        assert (await client.conversations.append("c1", inputs="hi")).text == "ok"
        assert len(seen) == 4
    async with client_for(url, retry={"max_attempts": 3, "retry_non_idempotent": True}) as client:
        assert (await client.conversations.append("c1", inputs="hi")).text == "ok"  # 500, then 200
    assert len(seen) == 6


async def test_a_refused_connection_is_resent_even_for_creations() -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens there
    async with client_for(f"http://127.0.0.1:{port}", retry={"max_attempts": 3}) as client:
        with pytest.raises(im.APIConnectionError, match="cannot connect") as caught:
            await client.agents.create(model="m", name="x")
    assert caught.value.request_sent is False and caught.value.attempts == 3
