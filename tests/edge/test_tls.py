"""Trust: a CA bundle (file or directory) beside or instead of the system store, client
certificates for mutual TLS, typed and unretried certificate failures; against HTTPS servers
with a test CA made at test time."""

from __future__ import annotations

import asyncio
import json
import socket
import ssl
import struct
from pathlib import Path
from typing import Any

import pytest

from integrations_mistral import APIConnectionError, ConfigurationError, MistralClient
from integrations_mistral.testing import FakeMistralServer
from tests.support.apps import CHAT_REPLY as CHAT

from .conftest import Certificates

MESSAGES = [{"role": "user", "content": "over TLS"}]
FAST = {"max_attempts": 3, "initial_delay_ms": 1, "max_delay_ms": 2}


def client_for(server: FakeMistralServer, **client: Any) -> MistralClient:
    return MistralClient(api_key="test-key", base_url=server.url, client=client, retry=FAST)


async def test_without_the_ca_the_certificate_is_rejected_once(
    tls_server: FakeMistralServer,
) -> None:
    async with client_for(tls_server) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.chat.create(model="m", messages=MESSAGES)
    assert caught.value.error_type == "tls_certificate"
    assert caught.value.is_retryable is False
    assert caught.value.attempts == 1
    assert tls_server.requests == []


async def test_ca_bundle_file_is_trusted(
    tls_server: FakeMistralServer, certs: Certificates
) -> None:
    async with client_for(tls_server, ca_bundle=str(certs.ca)) as client:
        reply = await client.chat.create(model="m", messages=MESSAGES)
    assert "over TLS" in reply.text


async def test_ca_bundle_directory_is_trusted(
    tls_server: FakeMistralServer, certs: Certificates
) -> None:
    async with client_for(tls_server, ca_bundle=str(certs.ca_dir)) as client:
        await client.chat.create(model="m", messages=MESSAGES)
    assert len(tls_server.requests) == 1


async def test_ca_bundle_only_trusts_nothing_else(
    tls_server: FakeMistralServer, certs: Certificates
) -> None:
    async with client_for(tls_server, ca_bundle=str(certs.ca), ca_bundle_only=True) as client:
        await client.chat.create(model="m", messages=MESSAGES)
    async with client_for(tls_server, ca_bundle=str(certs.other_ca), ca_bundle_only=True) as client:
        with pytest.raises(APIConnectionError, match="certificate"):
            await client.chat.create(model="m", messages=MESSAGES)


def test_the_bundle_is_added_to_the_system_store(certs: Certificates) -> None:
    from integrations_mistral.transport.network import tls_context

    system = tls_context().cert_store_stats()["x509_ca"]
    with_bundle = client_settings(ca_bundle=str(certs.ca))
    added = tls_context(with_bundle).cert_store_stats()["x509_ca"]
    only = tls_context(client_settings(ca_bundle=str(certs.ca), ca_bundle_only=True))
    assert added == system + 1
    assert only.cert_store_stats()["x509_ca"] == 1
    for context in (tls_context(), tls_context(with_bundle), only):
        assert context.minimum_version >= ssl.TLSVersion.TLSv1_2
        assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname


def client_settings(**values: Any) -> Any:
    from integrations_mistral.config.models import ClientSettings

    return ClientSettings(**values)


async def test_mutual_tls_with_a_client_certificate(
    mtls_server: FakeMistralServer, certs: Certificates
) -> None:
    trust = {"ca_bundle": str(certs.ca)}
    async with client_for(
        mtls_server, client_cert=str(certs.client_cert), client_key=str(certs.client_key), **trust
    ) as client:
        reply = await client.chat.create(model="m", messages=MESSAGES)
    assert "over TLS" in reply.text


async def test_mutual_tls_refused_in_the_handshake_is_typed_with_a_hint(
    certs: Certificates,
) -> None:
    """Under TLS 1.2 the server refuses a missing client certificate inside the handshake, by
    closing the connection: the client cannot tell that from any other reset, so it is retried
    like one, and the error says what it may be."""
    context = certs.server_context(require_client_cert=True)
    context.maximum_version = ssl.TLSVersion.TLSv1_2
    async with FakeMistralServer(api_key="test-key", ssl_context=context) as server:
        async with client_for(server, ca_bundle=str(certs.ca)) as client:
            with pytest.raises(APIConnectionError) as caught:
                await client.chat.create(model="m", messages=MESSAGES)
        assert server.requests == []
    assert "during the TLS handshake" in str(caught.value)
    assert "client.client_cert" in str(caught.value)
    assert caught.value.request_sent is False  # type: ignore[attr-defined]
    assert caught.value.__cause__ is None


async def test_mutual_tls_refused_after_a_tls13_handshake_is_a_typed_error(
    mtls_server: FakeMistralServer, certs: Certificates
) -> None:
    """Under TLS 1.3 the client's handshake completes before the server checks its certificate;
    the server then drops the new connection before a byte of an answer: that is named as the
    refusal it is (the TLS 1.2 case names it too), and not retried."""
    async with client_for(mtls_server, ca_bundle=str(certs.ca)) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.chat.create(model="m", messages=MESSAGES)
        stream_refused = client.chat.create_stream(model="m", messages=MESSAGES)
        with pytest.raises(APIConnectionError) as streamed:
            await stream_refused
    for error in (caught.value, streamed.value):
        assert error.__cause__ is None
        assert "client.client_cert" in str(error), str(error)
        assert error.attempts == 1 and not error.is_retryable
        assert error.request_sent is False  # type: ignore[attr-defined]
    assert mtls_server.requests == []


async def test_a_reset_on_a_reused_tls13_connection_is_still_retried(certs: Certificates) -> None:
    """Only a new connection's reset is taken for the refusal: a kept-alive connection that the
    server drops is retried as before."""
    served: list[int] = []
    context = certs.server_context()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        reply = json.dumps(CHAT).encode()
        while True:
            try:
                await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, ConnectionError):
                return
            served.append(1)
            if len(served) == 2:  # the second request, on the kept connection: reset
                sock = writer.get_extra_info("socket")
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                writer.transport.abort()
                return
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
            writer.write(b"Content-Length: %d\r\n\r\n%s" % (len(reply), reply))
            await writer.drain()

    server = await asyncio.start_server(serve, "127.0.0.1", 0, ssl=context)
    port = server.sockets[0].getsockname()[1]
    try:
        async with MistralClient(
            api_key="k",
            base_url=f"https://localhost:{port}",
            client={"ca_bundle": str(certs.ca)},
            retry=FAST,
        ) as client:
            await client.chat.create(model="m", messages=MESSAGES)
            await client.chat.create(model="m", messages=MESSAGES)
    finally:
        server.close()
    assert len(served) == 3  # the dropped one was sent again on a new connection


@pytest.mark.parametrize("key", ["ca_bundle", "client_cert", "client_key"])
def test_a_missing_file_names_the_key(key: str, tmp_path: Path, certs: Certificates) -> None:
    values = {key: str(tmp_path / "absent.pem")}
    if key == "client_key":
        values["client_cert"] = str(certs.client_cert)
    with pytest.raises(ConfigurationError, match=f"client.{key}: .*does not exist"):
        MistralClient(api_key="k", client=values)


def test_an_unreadable_file_names_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ca.pem"
    path.write_text("x")
    monkeypatch.setattr("os.access", lambda *_: False)
    with pytest.raises(ConfigurationError, match="client.ca_bundle: cannot be read"):
        MistralClient(api_key="k", client={"ca_bundle": str(path)})


def test_a_file_that_is_not_pem_is_a_configuration_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate\n")
    with pytest.raises(ConfigurationError, match=r"client.ca_bundle .*junk.pem: not a PEM"):
        MistralClient(api_key="k", client={"ca_bundle": str(junk)})
    with pytest.raises(ConfigurationError, match="client.client_cert"):
        MistralClient(api_key="k", client={"client_cert": str(junk)})


def test_environment_names_the_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_CLIENT__CA_BUNDLE", str(tmp_path / "nope.pem"))
    with pytest.raises(ConfigurationError, match="env MISTRAL_CLIENT__CA_BUNDLE"):
        MistralClient(api_key="k")


def test_key_without_certificate_and_only_without_bundle_are_refused(
    certs: Certificates,
) -> None:
    with pytest.raises(ConfigurationError, match="client.client_key: needs client.client_cert"):
        MistralClient(api_key="k", client={"client_key": str(certs.client_key)})
    with pytest.raises(ConfigurationError, match="ca_bundle_only: needs client.ca_bundle"):
        MistralClient(api_key="k", client={"ca_bundle_only": True})


def test_verification_cannot_be_switched_off() -> None:
    for name in ("verify", "verify_ssl", "insecure", "ssl"):
        with pytest.raises(ConfigurationError, match="unknown setting"):
            MistralClient(api_key="k", client={name: False})


async def test_trust_settings_cannot_change_in_with_options(certs: Certificates) -> None:
    async with MistralClient(api_key="k") as client:
        with pytest.raises(ConfigurationError, match="client.ca_bundle"):
            client.with_options(client={"ca_bundle": str(certs.ca)})


async def test_a_failed_handshake_is_typed_and_not_retried(server: FakeMistralServer) -> None:
    """An https URL on a server speaking plain http: the client's own TLS layer fails."""
    async with MistralClient(
        api_key="test-key", base_url=server.url.replace("http:", "https:"), retry=FAST
    ) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.models.list()
    assert caught.value.error_type == "tls"
    assert caught.value.is_retryable is False and caught.value.attempts == 1
    assert "TLS handshake failed" in str(caught.value)
    assert server.requests == []
