"""`client.server` chooses the base URL unless base_url is written as high; a base URL with
credentials is refused without echoing them."""

from __future__ import annotations

from pathlib import Path

import pytest

from integrations_mistral import ConfigurationError, MistralClient, load_settings
from integrations_mistral.cli import main as cli_main


@pytest.mark.parametrize(
    ("server", "url"),
    [
        ("global", "https://api.mistral.ai"),
        ("eu", "https://api.eu.mistral.ai"),
        ("us", "https://api.us.mistral.ai"),
    ],
)
def test_server_chooses_the_base_url(server: str, url: str) -> None:
    settings = load_settings(environ={"MISTRAL_CLIENT__SERVER": server})
    assert settings.client.base_url == url
    assert settings.client.server == server


def test_provenance_says_why() -> None:
    settings = load_settings(environ={"MISTRAL_CLIENT__SERVER": "eu"})
    assert settings.provenance["client.base_url"] == (
        "implied by client.server = 'eu' (env MISTRAL_CLIENT__SERVER)"
    )
    assert settings.provenance["client.server"] == "env MISTRAL_CLIENT__SERVER"


def test_base_url_written_as_high_wins(tmp_path: Path) -> None:
    config = tmp_path / "m.toml"
    config.write_text('[default.client]\nserver = "eu"\nbase_url = "https://gw.example.test"\n')
    settings = load_settings(config_file=config)
    assert settings.client.base_url == "https://gw.example.test"
    higher = load_settings(config_file=config, environ={"MISTRAL_BASE_URL": "https://b.test"})
    assert higher.client.base_url == "https://b.test"


def test_server_written_higher_wins_over_a_lower_base_url(tmp_path: Path) -> None:
    config = tmp_path / "m.toml"
    config.write_text('[default.client]\nbase_url = "https://gw.example.test"\n')
    settings = load_settings(config_file=config, environ={"MISTRAL_CLIENT__SERVER": "us"})
    assert settings.client.base_url == "https://api.us.mistral.ai"
    explicit = load_settings(config_file=config, client={"server": "eu"})
    assert explicit.client.base_url == "https://api.eu.mistral.ai"


def test_profile_table_server_wins_over_default_table_base_url(tmp_path: Path) -> None:
    config = tmp_path / "m.toml"
    config.write_text(
        '[default.client]\nbase_url = "https://gw.example.test"\n[eu.client]\nserver = "eu"\n'
    )
    assert load_settings("eu", config_file=config).client.base_url == "https://api.eu.mistral.ai"
    assert load_settings(config_file=config).client.base_url == "https://gw.example.test"


async def test_with_options_can_change_the_server() -> None:
    async with MistralClient(api_key="k") as client:
        eu = client.with_options(client={"server": "eu"})
        assert eu.settings.client.base_url == "https://api.eu.mistral.ai"
        assert eu._caller.transport.base_url == "https://api.eu.mistral.ai"


def test_unknown_server_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="client.server"):
        load_settings(environ={"MISTRAL_CLIENT__SERVER": "mars"})


@pytest.mark.parametrize(
    "url",
    ["https://user:hunter2-pw@api.example.test", "https://:hunter2-pw@api.example.test/v"],
)
def test_base_url_with_credentials_is_refused_without_echoing(url: str) -> None:
    for attempt in (
        lambda: load_settings(base_url=url),
        lambda: load_settings(environ={"MISTRAL_BASE_URL": url}),
        lambda: MistralClient(api_key="k", base_url=url),
    ):
        with pytest.raises(ConfigurationError) as caught:
            attempt()
        message = str(caught.value)
        assert "client.base_url" in message
        assert "must not carry credentials" in message
        assert "hunter2" not in message and "hunter2" not in repr(caught.value)
        assert caught.value.__cause__ is None and caught.value.__context__ is None


def test_config_show_prints_the_implied_url_with_its_reason(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MISTRAL_CLIENT__SERVER", "eu")
    assert cli_main(["config", "show"]) == 0
    out = capsys.readouterr().out
    line = next(row for row in out.splitlines() if row.startswith("client.base_url"))
    assert "https://api.eu.mistral.ai" in line
    assert "implied by client.server" in line
