"""Proxies: the environment's (`HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY`, lower-case too) as curl
reads them, `client.proxy` over them, credentials masked everywhere; through a real forward
proxy on loopback."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest

from integrations_mistral import APIConnectionError, ConfigurationError, MistralClient
from integrations_mistral.cli import main as cli_main
from integrations_mistral.testing import FakeMistralServer
from integrations_mistral.transport.network import bypassed
from tests.conftest import local_overrides
from tests.support.telemetry import Telemetry, otel  # noqa: F401

from .conftest import Certificates, ForwardProxy

MESSAGES = [{"role": "user", "content": "through the proxy"}]
PASSWORD = "s3cret-proxy-pw"


def tls_overrides(server: FakeMistralServer, certs: Certificates, **extra: Any) -> dict[str, Any]:
    client = {"ca_bundle": str(certs.ca), **extra.pop("client", {})}
    return {"api_key": "test-key", "base_url": server.url, "client": client, **extra}


async def test_https_proxy_from_the_environment_tunnels(
    monkeypatch: pytest.MonkeyPatch,
    proxy: ForwardProxy,
    tls_server: FakeMistralServer,
    certs: Certificates,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    async with MistralClient(**tls_overrides(tls_server, certs)) as client:
        reply = await client.chat.create(model="m", messages=MESSAGES)
    assert "through the proxy" in reply.text
    assert [(p.method, p.target) for p in proxy.passed] == [
        ("CONNECT", f"127.0.0.1:{tls_server.port}")
    ]
    assert len(tls_server.requests) == 1


async def test_http_proxy_lower_case_relays_plain_http(
    monkeypatch: pytest.MonkeyPatch, proxy: ForwardProxy, server: FakeMistralServer
) -> None:
    monkeypatch.setenv("http_proxy", proxy.url.removeprefix("http://"))  # no scheme, as curl
    async with MistralClient(**local_overrides(server)) as client:
        await client.chat.create(model="m", messages=MESSAGES)
    assert [p.method for p in proxy.passed] == ["POST"]
    assert proxy.passed[0].target == f"{server.url}/v1/chat/completions"


async def test_no_proxy_sends_directly(
    monkeypatch: pytest.MonkeyPatch, proxy: ForwardProxy, server: FakeMistralServer
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "example.test, 127.0.0.0/8")
    async with MistralClient(**local_overrides(server)) as client:
        await client.chat.create(model="m", messages=MESSAGES)
    assert proxy.passed == []
    assert len(server.requests) == 1


async def test_trust_env_false_ignores_the_environment(
    monkeypatch: pytest.MonkeyPatch, proxy: ForwardProxy, server: FakeMistralServer
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    async with MistralClient(**local_overrides(server, client={"trust_env": False})) as client:
        await client.chat.create(model="m", messages=MESSAGES)
    assert proxy.passed == []


async def test_client_proxy_overrides_the_environment_and_authenticates(
    monkeypatch: pytest.MonkeyPatch,
    auth_proxy: ForwardProxy,
    tls_server: FakeMistralServer,
    certs: Certificates,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")  # an explicit proxy is used for every request
    overrides = tls_overrides(
        tls_server, certs, client={"proxy": auth_proxy.url_with("alice", PASSWORD)}
    )
    async with MistralClient(**overrides) as client:
        await client.chat.create(model="m", messages=MESSAGES)
        await client.chat.create(model="m", messages=MESSAGES)  # the tunnel is pooled
    assert [p.method for p in auth_proxy.passed] == ["CONNECT"]
    assert auth_proxy.passed[0].headers["proxy-authorization"].startswith("Basic ")
    assert "proxy-authorization" not in tls_server.requests[0].headers  # not leaked inside
    assert "Proxy-Authorization" not in tls_server.requests[0].headers


async def test_proxy_refusing_credentials_is_typed_and_not_retried(
    auth_proxy: ForwardProxy, tls_server: FakeMistralServer, certs: Certificates
) -> None:
    overrides = tls_overrides(
        tls_server,
        certs,
        client={"proxy": auth_proxy.url_with("alice", "wrong-password-123")},
        retry={"max_attempts": 3, "initial_delay_ms": 1, "max_delay_ms": 2},
    )
    async with MistralClient(**overrides) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.chat.create(model="m", messages=MESSAGES)
    error = caught.value
    assert error.error_type == "proxy"
    assert error.is_retryable is False and error.attempts == 1
    assert "407" in str(error)
    assert "wrong-password" not in str(error) and "wrong-password" not in repr(error)
    assert len(auth_proxy.passed) == 1
    assert tls_server.requests == []


async def test_unreachable_proxy_is_a_connection_error_naming_it(
    monkeypatch: pytest.MonkeyPatch, server: FakeMistralServer
) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://u:pw-in-env@127.0.0.1:9")
    overrides = local_overrides(server, retry={"max_attempts": 1})
    async with MistralClient(**overrides) as client:
        with pytest.raises(APIConnectionError, match="cannot connect to the proxy") as caught:
            await client.chat.create(model="m", messages=MESSAGES)
    assert caught.value.request_sent is False  # type: ignore[attr-defined]
    assert "pw-in-env" not in str(caught.value)


def test_a_proxy_variable_that_is_no_http_url_is_a_configuration_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "socks5://user:pw-socks@127.0.0.1:1080")
    with pytest.raises(ConfigurationError, match="HTTPS_PROXY") as caught:
        MistralClient(api_key="k")
    assert "pw-socks" not in str(caught.value)
    with pytest.raises(ConfigurationError, match="client.proxy"):
        MistralClient(api_key="k", client={"proxy": "ftp://proxy.test:21"})


async def test_proxy_credentials_are_masked_in_every_output(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    auth_proxy: ForwardProxy,
    server: FakeMistralServer,
    otel: Telemetry,  # noqa: F811
) -> None:
    url = auth_proxy.url_with("alice", PASSWORD)
    monkeypatch.setenv("MISTRAL_CLIENT__PROXY", url)
    assert cli_main(["config", "show"]) == 0
    assert cli_main(["config", "show", "--format", "json"]) == 0
    shown = capsys.readouterr().out
    assert PASSWORD not in shown
    assert "alice:[REDACTED]@127.0.0.1" in shown
    caplog.set_level(logging.DEBUG, logger="integrations_mistral")
    overrides = local_overrides(server, tracing={"enabled": True}, metrics={"enabled": True})
    async with MistralClient(
        tracer_provider=otel.tracer_provider, meter_provider=otel.meter_provider, **overrides
    ) as client:
        await client.chat.create(model="m", messages=MESSAGES)
        texts = [repr(client), repr(client.settings), repr(client.settings.client)]
        texts.append(json.dumps(client.settings.model_dump(mode="json")))
    assert auth_proxy.passed  # the call went through it
    texts += [record.getMessage() + repr(record.__dict__) for record in caplog.records]
    for span in otel.spans():
        texts.append(repr(dict(span.attributes or {})))
        texts.extend(repr(dict(event.attributes or {})) for event in span.events)
    for text in texts:
        assert PASSWORD not in text, text


@pytest.mark.parametrize(
    ("host", "port", "no_proxy", "expected"),
    [
        ("api.mistral.ai", 443, "mistral.ai", True),
        ("api.mistral.ai", 443, ".mistral.ai", True),
        ("notmistral.ai", 443, "mistral.ai", False),
        ("api.mistral.ai", 443, "*", True),
        ("api.mistral.ai", 443, "api.mistral.ai:8443", False),
        ("api.mistral.ai", 443, "api.mistral.ai:443", True),
        ("10.1.2.3", 443, "10.0.0.0/8", True),
        ("11.1.2.3", 443, "10.0.0.0/8", False),
        ("::1", 443, "[::1]", True),
        ("api.mistral.ai", 443, "", False),
    ],
)
def test_no_proxy_matching_follows_curl(
    host: str, port: int, no_proxy: str, expected: bool
) -> None:
    assert bypassed(host, port, no_proxy) is expected
