"""Deployment targets: Azure AI Foundry and Google Vertex AI paths, query and headers against
the fake server (which checks them), Google credentials from a token endpoint on loopback, and
the policy, telemetry and test kit working for every provider."""

from __future__ import annotations

import json
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from integrations_mistral import (
    ConfigurationError,
    MistralClient,
    UnsupportedOperationError,
    load_settings,
)
from integrations_mistral.testing import FakeMistralServer, ScriptedReply
from tests.support.telemetry import Telemetry, otel  # noqa: F401

MESSAGES = [{"role": "user", "content": "which cloud?"}]
FAST = {"initial_delay_ms": 1, "max_delay_ms": 2, "jitter": "none"}
VERTEX = "/v1/projects/proj-1/locations/europe-west4/publishers/mistralai/models"


def azure(server: FakeMistralServer, **extra: Any) -> MistralClient:
    client = {"provider": "azure", "allow_insecure_http": True, **extra.pop("client", {})}
    return MistralClient(
        api_key="test-key", base_url=server.url, client=client, retry=FAST, **extra
    )


def vertex(server: FakeMistralServer, **extra: Any) -> MistralClient:
    client = {"provider": "gcp", "allow_insecure_http": True, **extra.pop("client", {})}
    gcp = {"project_id": "proj-1", "access_token": "test-key", **extra.pop("gcp", {})}
    return MistralClient(base_url=server.url, client=client, gcp=gcp, retry=FAST, **extra)


# --- Azure AI Foundry ----------------------------------------------------------------------


async def test_azure_chat_goes_to_the_deployment_path_with_api_version(
    server: FakeMistralServer,
) -> None:
    async with azure(server) as client:
        reply = await client.chat.create(model="mistral-large", messages=MESSAGES)
        stream = await client.chat.create_stream(model="mistral-large", messages=MESSAGES)
        async with stream:
            text = "".join([chunk.text async for chunk in stream])
    assert "which cloud?" in reply.text and "which cloud?" in text
    sent = server.requests
    assert [r.path for r in sent] == ["/models/chat/completions"] * 2
    assert all(r.query == {"api-version": "2024-05-01-preview"} for r in sent)
    assert all(r.headers["Authorization"] == "Bearer test-key" for r in sent)
    assert sent[1].json["stream"] is True


async def test_azure_api_version_and_ocr(server: FakeMistralServer) -> None:
    async with azure(server, azure={"api_version": "2025-01-01"}) as client:
        await client.ocr.process(
            model="mistral-ocr-2503",
            document={"type": "document_url", "document_url": "https://example.test/a.pdf"},
        )
    assert server.requests[0].path == "/providers/mistral/azure/ocr"
    assert server.requests[0].query == {"api-version": "2025-01-01"}


async def test_azure_refuses_what_it_does_not_serve_before_sending(
    server: FakeMistralServer,
) -> None:
    async with azure(server) as client:
        with pytest.raises(UnsupportedOperationError) as caught:
            await client.embeddings.create(model="mistral-embed", input=["x"])
        with pytest.raises(UnsupportedOperationError, match="fim.create"):
            await client.fim.create(model="codestral", prompt="def")
    assert "provider 'azure'" in str(caught.value) and "embeddings.create" in str(caught.value)
    assert server.requests == []


async def test_azure_retries_through_the_test_kit_script(server: FakeMistralServer) -> None:
    server.enqueue("/v1/chat/completions", ScriptedReply(status=503))
    async with azure(server) as client:
        await client.chat.create(model="mistral-large", messages=MESSAGES)
    assert len(server.requests_to("/v1/chat/completions")) == 2
    assert len(server.requests_to("/models/chat/completions")) == 2


def test_azure_needs_its_endpoint() -> None:
    with pytest.raises(ConfigurationError, match="must be written for provider 'azure'"):
        MistralClient(api_key="k", client={"provider": "azure"})


@pytest.mark.parametrize(
    ("build", "name"), [(azure, "azure.ai.inference"), (vertex, "gcp.vertex_ai")]
)
async def test_telemetry_names_the_real_target(
    server: FakeMistralServer,
    otel: Telemetry,  # noqa: F811
    build: Any,
    name: str,
) -> None:
    async with build(
        server,
        tracing={"enabled": True},
        metrics={"enabled": True},
        tracer_provider=otel.tracer_provider,
        meter_provider=otel.meter_provider,
    ) as client:
        await client.chat.create(model="mistral-large", messages=MESSAGES)
    span = otel.span("mistral.chat.create")
    attributes = dict(span.attributes or {})
    assert attributes["gen_ai.provider.name"] == name
    assert attributes["server.address"] == "127.0.0.1"
    assert attributes["server.port"] == server.port
    points = otel.points("gen_ai.client.operation.duration")
    assert {p.attributes["gen_ai.provider.name"] for p in points} == {name}


# --- Google Vertex AI ----------------------------------------------------------------------


async def test_vertex_chat_and_fim_go_to_raw_predict(server: FakeMistralServer) -> None:
    async with vertex(server) as client:
        await client.chat.create(model="mistral-small-2503", messages=MESSAGES)
        stream = await client.chat.create_stream(model="mistral-small-2503", messages=MESSAGES)
        async with stream:
            assert "which cloud?" in (await stream.final_response()).text
        await client.fim.create(model="codestral-2501", prompt="def f(")
    assert [r.path for r in server.requests] == [
        f"{VERTEX}/mistral-small-2503:rawPredict",
        f"{VERTEX}/mistral-small-2503:streamRawPredict",
        f"{VERTEX}/codestral-2501:rawPredict",
    ]
    assert [r.api_path for r in server.requests] == [
        "/v1/chat/completions",
        "/v1/chat/completions",
        "/v1/fim/completions",
    ]
    assert all(r.headers["Authorization"] == "Bearer test-key" for r in server.requests)
    assert server.requests[0].json["model"] == "mistral-small-2503"


async def test_vertex_refuses_what_it_does_not_serve(server: FakeMistralServer) -> None:
    async with vertex(server) as client:
        with pytest.raises(UnsupportedOperationError, match=r"models.list .*provider 'gcp'"):
            await client.models.list()
        with pytest.raises(UnsupportedOperationError, match="ocr.process"):
            await client.ocr.process(
                model="m", document={"type": "document_url", "document_url": "https://x.test"}
            )
    assert server.requests == []


def test_vertex_endpoint_comes_from_the_region() -> None:
    settings = load_settings(
        client={"provider": "gcp"}, gcp={"region": "us-east5", "project_id": "p"}
    )
    assert settings.client.base_url == "https://us-east5-aiplatform.googleapis.com"
    assert settings.provenance["client.base_url"].startswith("implied by")
    written = load_settings(
        client={"provider": "gcp", "base_url": "https://private.example.test/ignored/path"}
    )
    assert written.client.base_url == "https://private.example.test"


def test_vertex_needs_a_project_with_a_fixed_token() -> None:
    with pytest.raises(ConfigurationError, match="gcp.project_id"):
        MistralClient(client={"provider": "gcp"}, gcp={"access_token": "tok"})


def test_the_access_token_is_never_shown(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from integrations_mistral.cli import main as cli_main

    settings = load_settings(
        client={"provider": "gcp"}, gcp={"project_id": "p", "access_token": "ya29.secret-tok"}
    )
    assert "secret-tok" not in repr(settings) + repr(settings.gcp)
    assert "secret-tok" not in settings.model_dump_json()
    monkeypatch.setenv("MISTRAL_CLIENT__PROVIDER", "gcp")
    monkeypatch.setenv("MISTRAL_GCP__PROJECT_ID", "p")
    monkeypatch.setenv("MISTRAL_GCP__ACCESS_TOKEN", "ya29.secret-tok")
    assert cli_main(["config", "show"]) == 0
    assert cli_main(["config", "show", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "secret-tok" not in out
    assert "api key: gcp.access_token (env MISTRAL_GCP__ACCESS_TOKEN)" in out


# --- Google Application Default Credentials ------------------------------------------------


class TokenEndpoint:
    """Google's OAuth2 token endpoint, on loopback: hands out numbered access tokens."""

    def __init__(self, expires_in: int) -> None:
        self.expires_in = expires_in
        self.issued: list[str] = []
        self.url = ""

    async def handle(self, request: web.Request) -> web.Response:
        form = await request.post()
        assert form["grant_type"] == "urn:ietf:params:oauth:grant-type:jwt-bearer"
        token = f"ya29.test-{len(self.issued) + 1}"
        self.issued.append(token)
        body = {"access_token": token, "expires_in": self.expires_in, "token_type": "Bearer"}
        return web.json_response(body)


@pytest.fixture
async def token_endpoint(request: pytest.FixtureRequest) -> AsyncIterator[TokenEndpoint]:
    endpoint = TokenEndpoint(getattr(request, "param", 3600))
    app = web.Application()
    app.router.add_post("/token", endpoint.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    endpoint.url = f"http://127.0.0.1:{runner.addresses[0][1]}/token"
    yield endpoint
    await runner.cleanup()


@pytest.fixture
def service_account(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, token_endpoint: TokenEndpoint
) -> Path:
    """Application Default Credentials: a service account whose token URI is on loopback."""
    pytest.importorskip("google.auth", reason="google-auth (the [gcp] extra) is not installed")
    key = subprocess.run(
        ["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    path = tmp_path / "adc.json"
    path.write_text(
        json.dumps(
            {
                "type": "service_account",
                "project_id": "proj-1",
                "private_key_id": "k1",
                "private_key": key,
                "client_email": "tests@proj-1.iam.gserviceaccount.com",
                "client_id": "1",
                "token_uri": token_endpoint.url,
            }
        )
    )
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(path))
    return path


@pytest.fixture
async def open_server() -> AsyncIterator[FakeMistralServer]:
    """A fake server that takes any key (Vertex checks Google's tokens)."""
    async with FakeMistralServer() as fake:
        yield fake


@pytest.mark.parametrize(
    ("token_endpoint", "tokens"),
    [(3600, ["ya29.test-1"] * 2), (60, ["ya29.test-1", "ya29.test-2"])],
    indirect=["token_endpoint"],
    ids=["valid-for-an-hour", "about-to-expire"],
)
async def test_application_default_credentials_give_the_token_and_project(
    open_server: FakeMistralServer,
    service_account: Path,
    token_endpoint: TokenEndpoint,
    tokens: list[str],
) -> None:
    """A token valid for an hour is fetched once; one about to expire is refreshed first."""
    client = {"provider": "gcp", "allow_insecure_http": True}
    async with MistralClient(base_url=open_server.url, client=client) as mistral:
        await mistral.chat.create(model="mistral-small-2503", messages=MESSAGES)
        await mistral.chat.create(model="mistral-small-2503", messages=MESSAGES)
    assert token_endpoint.issued == sorted(set(tokens))
    sent = [r.headers["Authorization"] for r in open_server.requests]
    assert sent == [f"Bearer {token}" for token in tokens]
    assert open_server.requests[0].path == f"{VERTEX}/mistral-small-2503:rawPredict"  # its project


async def test_a_token_endpoint_failure_is_a_credentials_error(
    server: FakeMistralServer, service_account: Path, token_endpoint: TokenEndpoint
) -> None:
    from integrations_mistral import CredentialsError

    point_token_uri(service_account, "http://127.0.0.1:9/token")  # nothing listens there
    client = {"provider": "gcp", "allow_insecure_http": True}
    async with MistralClient(base_url=server.url, client=client) as mistral:
        with pytest.raises(CredentialsError, match="cannot get an access token"):
            await mistral.chat.create(model="mistral-small-2503", messages=MESSAGES)
    assert server.requests == []


def point_token_uri(path: Path, url: str) -> None:
    data = json.loads(path.read_text())
    data["token_uri"] = url
    path.write_text(json.dumps(data))


def test_no_application_default_credentials_is_a_configuration_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("google.auth", reason="google-auth (the [gcp] extra) is not installed")
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(tmp_path / "absent.json"))
    with pytest.raises(ConfigurationError, match="no Application Default Credentials"):
        MistralClient(client={"provider": "gcp"})
