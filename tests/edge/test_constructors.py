"""`MistralClient()` / `SyncMistralClient()` resolve like `from_env()`; keywords are overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from integrations_mistral import (
    ConfigurationError,
    MistralClient,
    SyncMistralClient,
    load_settings,
)
from integrations_mistral.testing import FakeMistralServer


async def test_no_arguments_reads_the_environment(
    monkeypatch: pytest.MonkeyPatch, server: FakeMistralServer
) -> None:
    monkeypatch.setenv("MISTRAL_API_KEY", "test-key")
    monkeypatch.setenv("MISTRAL_BASE_URL", server.url)
    monkeypatch.setenv("MISTRAL_CLIENT__ALLOW_INSECURE_HTTP", "true")
    async with MistralClient() as client:
        assert client.settings.provenance["api_key"] == "env MISTRAL_API_KEY"
        reply = await client.chat.create(model="m", messages=[{"role": "user", "content": "hi"}])
    assert reply.text
    assert server.requests[-1].headers["Authorization"] == "Bearer test-key"


async def test_no_arguments_honours_mistral_profile(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    config = tmp_path / "mistral.toml"
    config.write_text("[edge.client]\ntimeout_secs = 7\n[edge.retry]\nmax_attempts = 4\n")
    monkeypatch.setenv("MISTRAL_CONFIG_FILE", str(config))
    monkeypatch.setenv("MISTRAL_PROFILE", "edge")
    monkeypatch.setenv("MISTRAL_API_KEY", "k-123")
    async with MistralClient() as client:
        assert client.settings.profile == "edge"
        assert client.settings.client.timeout_secs == 7
        assert client.settings.retry.max_attempts == 4


async def test_keywords_are_explicit_overrides() -> None:
    async with MistralClient(api_key="abc", timeout_secs=30, retry={"max_attempts": 2}) as client:
        assert client.settings.api_key is not None
        assert client.settings.client.timeout_secs == 30
        assert client.settings.retry.max_attempts == 2
        assert client.settings.provenance["client.timeout_secs"] == "explicit"


async def test_keywords_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_API_KEY", "from-env")
    monkeypatch.setenv("MISTRAL_TIMEOUT_SECS", "5")
    async with MistralClient(timeout_secs=9) as client:
        assert client.settings.client.timeout_secs == 9
        assert client.settings.provenance["api_key"] == "env MISTRAL_API_KEY"


async def test_profile_keyword_names_the_profile() -> None:
    async with MistralClient(profile="prod", api_key="k") as client:
        assert client.settings.profile == "prod"
        assert client.settings.retry.max_attempts == 5  # the shipped prod profile


async def test_settings_object_still_works_and_takes_overrides() -> None:
    settings = load_settings("dev", api_key="k")
    async with MistralClient(settings) as client:
        assert client.settings is settings
    async with MistralClient(settings, timeout_secs=3) as client:
        assert client.settings.client.timeout_secs == 3
        assert client.settings.profile == "dev"


def test_missing_key_error_still_names_the_ways() -> None:
    with pytest.raises(ConfigurationError, match="MISTRAL_API_KEY_FILE"):
        MistralClient()


def test_a_settings_object_with_profile_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="cannot go with a MistralSettings"):
        MistralClient(load_settings(api_key="k"), profile="prod")
    with pytest.raises(ConfigurationError, match="expected MistralSettings"):
        MistralClient("prod")  # type: ignore[arg-type]


def test_unknown_keyword_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="timeout_sec: unknown setting"):
        MistralClient(api_key="k", timeout_sec=3)


def test_sync_client_resolves_the_same_way(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MISTRAL_API_KEY", "k-env")
    with SyncMistralClient() as client:
        assert client.settings.provenance["api_key"] == "env MISTRAL_API_KEY"
    with SyncMistralClient(api_key="k", timeout_secs=12, profile="staging") as client:
        assert client.settings.profile == "staging"
        assert client.settings.client.timeout_secs == 12


def test_sync_client_calls_with_keyword_construction(threaded_server_url: str) -> None:
    with SyncMistralClient(
        api_key="test-key", base_url=threaded_server_url, client={"allow_insecure_http": True}
    ) as client:
        reply = client.chat.create(model="m", messages=[{"role": "user", "content": "hello"}])
    assert "hello" in reply.text


def test_sync_client_refuses_an_aiohttp_session() -> None:
    with pytest.raises(ConfigurationError, match="http_session= is for MistralClient"):
        SyncMistralClient(api_key="k", http_session=object())
