"""Configuration leftovers. A short key put under another setting, a
section typo, a key in the base_url's path, dumps of the settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from integrations_mistral import ConfigurationError, MistralClient, load_settings
from integrations_mistral.cli import main

SHORT = "k3yAb9Zq"  # eight characters, letters and digits: maybe a key
PATH_KEY = "sk-inpath0123456789abcdef"


@pytest.fixture(autouse=True)
def _keyed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_API_KEY", "test-key")
    for name in ("MISTRAL_BASE_URL", "MISTRAL_CONFIG_FILE", "MISTRAL_PROFILE"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("value", [SHORT, "sk-abc123DEF456ghi789JKL"])
def test_a_key_put_in_max_retries_is_not_echoed(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("MISTRAL_MAX_RETRIES", value)
    with pytest.raises(ConfigurationError, match="MISTRAL_MAX_RETRIES") as caught:
        load_settings()
    assert value not in str(caught.value)


def test_a_short_key_like_value_in_a_file_is_not_echoed(tmp_path: Path) -> None:
    config = tmp_path / "mistral.toml"
    config.write_text(f'[default.client]\ntimeout_secs = "{SHORT}"\n')
    with pytest.raises(ConfigurationError, match="client.timeout_secs") as caught:
        load_settings(config_file=str(config))
    assert SHORT not in str(caught.value)
    assert "8 characters" in str(caught.value)


def test_plain_words_are_still_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_MAX_RETRIES", "three")
    with pytest.raises(ConfigurationError, match="'three'"):
        load_settings()


def test_a_section_typo_gets_a_suggestion(tmp_path: Path) -> None:
    config = tmp_path / "mistral.toml"
    config.write_text("[prod.retyr]\nmax_attempts = 3\n")
    with pytest.raises(
        ConfigurationError, match=r"retyr: unknown setting \(did you mean retry\?\)"
    ):
        load_settings("prod", config_file=str(config))


def test_a_key_in_the_base_url_path_is_masked_in_repr_and_config_show(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"https://gateway.example.test/{PATH_KEY}/v1"
    client = MistralClient(base_url=url)
    assert PATH_KEY not in repr(client)
    assert PATH_KEY not in repr(client._settings) and PATH_KEY not in str(client._settings)
    monkeypatch.setenv("MISTRAL_BASE_URL", url)
    for argv in (["config", "show"], ["config", "show", "--format", "json"]):
        assert main(argv) == 0
        out = capsys.readouterr().out
        assert PATH_KEY not in out and "gateway.example.test/[REDACTED]/v1" in out


def test_dumps_of_the_settings_hold_no_proxy_password_and_never_crash() -> None:
    settings = load_settings(client={"proxy": "http://alice:pa55word@proxy.test:8080"})
    assert "pa55word" not in str(settings.model_dump())
    assert "pa55word" not in settings.model_dump_json()
    with_function = load_settings(api_key=lambda: "k")
    dumped = json.loads(with_function.model_dump_json())
    assert dumped["api_key"].startswith("<function")
    client = MistralClient(client={"proxy": "http://alice:pa55word@proxy.test:8080"})
    assert client.with_options(timeout_secs=3)._settings.client.proxy.endswith(
        "pa55word@proxy.test:8080"
    )  # the client's own copies keep it
