"""Precedence of the layers, profile selection, discovery and provenance."""

from __future__ import annotations

from pathlib import Path

import pytest

from integrations_mistral import ConfigurationError, load_settings
from tests.conftest import SHIPPED_CONFIG

CONFIG = """
[default.retry]
max_attempts = 4
initial_delay_ms = 150
[default.client]
timeout_secs = 100
[prod.retry]
initial_delay_ms = 250
[prod.client]
timeout_secs = 30
[Staging.client]
timeout_secs = 45
"""


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "mistral.toml"
    path.write_text(CONFIG)
    return path


def test_builtin_defaults_without_any_source() -> None:
    settings = load_settings()
    assert settings.profile == "default"
    assert settings.retry.max_attempts == 3
    assert settings.client.base_url == "https://api.mistral.ai"
    assert settings.client.timeout_secs == 120
    assert settings.api_key is None
    assert set(settings.provenance.values()) == {"default"}


def test_each_layer_overrides_the_one_below(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_RETRY__BACKOFF_MULTIPLIER", "3")
    monkeypatch.setenv("MISTRAL_CLIENT__TIMEOUT_SECS", "20")
    settings = load_settings("prod", config_file=config, timeout_secs=5)
    origins = settings.provenance
    assert settings.retry.jitter == "full" and origins["retry.jitter"] == "default"
    assert settings.retry.max_delay_ms == 20_000  # the shipped prod profile, below the user's file
    assert origins["retry.max_delay_ms"] == f"shipped {SHIPPED_CONFIG} [prod]"
    assert settings.retry.max_attempts == 4  # the user's [default] beats the shipped [prod]
    assert origins["retry.max_attempts"] == f"file {config.resolve()} [default]"
    assert settings.retry.initial_delay_ms == 250
    assert origins["retry.initial_delay_ms"] == f"file {config.resolve()} [prod]"
    assert settings.retry.backoff_multiplier == 3.0
    assert origins["retry.backoff_multiplier"] == "env MISTRAL_RETRY__BACKOFF_MULTIPLIER"
    assert settings.client.timeout_secs == 5 and origins["client.timeout_secs"] == "explicit"


def test_env_beats_profile_table(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_CLIENT__TIMEOUT_SECS", "20")
    settings = load_settings("prod", config_file=config)
    assert settings.client.timeout_secs == 20
    assert settings.provenance["client.timeout_secs"] == "env MISTRAL_CLIENT__TIMEOUT_SECS"


def test_flat_environment_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_API_KEY", "sk-env")
    monkeypatch.setenv("MISTRAL_BASE_URL", "https://eu.example.test/")
    monkeypatch.setenv("MISTRAL_TIMEOUT_SECS", "12.5")
    monkeypatch.setenv("MISTRAL_MAX_RETRIES", "4")
    monkeypatch.setenv("MISTRAL_LOG_LEVEL", "warn")
    settings = load_settings()
    assert settings.api_key is not None and settings.api_key.get_secret_value() == "sk-env"
    assert settings.client.base_url == "https://eu.example.test"
    assert settings.client.timeout_secs == 12.5
    assert settings.retry.max_attempts == 5  # 4 retries after the first attempt
    assert settings.logging.level == "WARNING"
    assert settings.provenance["retry.max_attempts"] == "env MISTRAL_MAX_RETRIES"
    assert settings.provenance["api_key"] == "env MISTRAL_API_KEY"


def test_flat_and_nested_names_must_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_BASE_URL", "https://a.test")
    monkeypatch.setenv("MISTRAL_CLIENT__BASE_URL", "https://b.test")
    with pytest.raises(ConfigurationError, match="client.base_url: set twice") as info:
        load_settings()
    assert "MISTRAL_BASE_URL" in str(info.value) and "MISTRAL_CLIENT__BASE_URL" in str(info.value)


def test_unrelated_mistral_variables_are_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_SOMETHING_ELSE", "x")
    assert load_settings().retry.max_attempts == 3


def test_unknown_section_in_env_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_RETRYS__MAX_ATTEMPTS", "2")
    with pytest.raises(ConfigurationError, match="MISTRAL_RETRYS__MAX_ATTEMPTS: unknown section"):
        load_settings()


def test_list_setting_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_RETRY__RETRYABLE_STATUS_CODES", "503, 429")
    assert load_settings().retry.retryable_status_codes == (429, 503)


def test_explicit_section_dicts_and_flat_names() -> None:
    settings = load_settings(retry={"max_attempts": 7, "jitter": "none"}, api_key="sk-x")
    assert settings.retry.max_attempts == 7 and settings.retry.jitter == "none"
    assert settings.provenance["retry.jitter"] == "explicit"
    assert load_settings(max_retries=0).retry.max_attempts == 1


def test_explicit_aliases_must_agree() -> None:
    assert load_settings(retry={"max_attempts": 2}, max_retries=1).retry.max_attempts == 2
    with pytest.raises(ConfigurationError, match="retry.max_attempts: set twice") as info:
        load_settings(retry={"max_attempts": 7}, max_retries=1)
    assert "max_retries=1" in str(info.value) and "retry.max_attempts=7" in str(info.value)


def test_profile_from_environment(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_PROFILE", "prod")
    monkeypatch.setenv("MISTRAL_CONFIG_FILE", str(config))
    settings = load_settings()
    assert settings.profile == "prod" and settings.client.timeout_secs == 30


def test_profile_names_are_case_insensitive(config: Path) -> None:
    assert load_settings("STAGING", config_file=config).client.timeout_secs == 45


def test_unknown_profile_lists_existing(config: Path) -> None:
    with pytest.raises(ConfigurationError) as info:
        load_settings("prd", config_file=config)
    assert "'prd'" in str(info.value)
    assert "profiles: default, dev, local, prod, staging" in str(info.value)


def test_named_profile_without_any_file() -> None:
    with pytest.raises(
        ConfigurationError, match=r"'custom' does not exist \(no config file found\)"
    ):
        load_settings("custom")
    assert load_settings("prod", api_key="k").retry.max_attempts == 5  # shipped, from anywhere


def test_discovery_order(
    tmp_path: Path, isolated_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def write(path: Path, timeout: int) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"[default.client]\ntimeout_secs = {timeout}\n")
        return path

    home_file = write(isolated_env / ".config/mistral/config.toml", 1)
    assert load_settings().client.timeout_secs == 1
    cwd_file = write(Path.cwd() / "config/mistral.toml", 2)
    assert load_settings().client.timeout_secs == 2
    env_file = write(tmp_path / "env.toml", 3)
    monkeypatch.setenv("MISTRAL_CONFIG_FILE", str(env_file))
    assert load_settings().client.timeout_secs == 3
    arg_file = write(tmp_path / "arg.toml", 4)
    settings = load_settings(config_file=arg_file)
    assert settings.client.timeout_secs == 4
    assert settings.provenance["client.timeout_secs"] == f"file {arg_file.resolve()} [default]"
    assert home_file != cwd_file


def test_missing_explicit_config_file_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_CONFIG_FILE", "/nonexistent/mistral.toml")
    with pytest.raises(
        ConfigurationError, match=r"/nonexistent/mistral.toml \(from MISTRAL_CONFIG_FILE\)"
    ):
        load_settings()


def test_credentials_file_profile_table_then_default(isolated_env: Path, config: Path) -> None:
    creds = isolated_env / ".config/mistral/credentials"
    creds.parent.mkdir(parents=True)
    creds.write_text('[default]\napi_key = "sk-default"\n[prod]\napi_key = "sk-prod"\n')
    prod = load_settings("prod", config_file=config)
    assert prod.api_key is not None and prod.api_key.get_secret_value() == "sk-prod"
    assert prod.provenance["api_key"] == f"file {creds} [prod]"
    staging = load_settings("staging", config_file=config)
    assert staging.api_key is not None and staging.api_key.get_secret_value() == "sk-default"


def test_env_key_beats_credentials_file(
    isolated_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    creds = isolated_env / ".config/mistral/credentials"
    creds.parent.mkdir(parents=True)
    creds.write_text('[default]\napi_key = "sk-file"\n')
    monkeypatch.setenv("MISTRAL_API_KEY", "sk-env")
    settings = load_settings()
    assert settings.api_key is not None and settings.api_key.get_secret_value() == "sk-env"


def test_credentials_file_rejects_other_keys(tmp_path: Path) -> None:
    creds = tmp_path / "credentials"
    creds.write_text('[default]\napi_key = "k"\nbase_url = "x"\n')
    with pytest.raises(ConfigurationError, match="unknown key"):
        load_settings(credentials_file=creds)


def test_global_table_overrides_every_profile(tmp_path: Path) -> None:
    path = tmp_path / "g.toml"
    path.write_text("[prod.client]\ntimeout_secs = 30\n[global.client]\ntimeout_secs = 7\n")
    settings = load_settings("prod", config_file=path)
    assert settings.client.timeout_secs == 7
    assert settings.provenance["client.timeout_secs"].endswith("[global]")


def test_shipped_profiles_all_load_and_differ() -> None:
    loaded = {
        name: load_settings(name, config_file=SHIPPED_CONFIG)
        for name in ("default", "local", "dev", "staging", "prod")
    }
    assert loaded["local"].client.base_url.startswith("http://127.0.0.1")
    assert loaded["local"].client.require_api_key is False
    assert loaded["prod"].client.base_url == "https://api.mistral.ai"
    assert loaded["prod"].logging.redaction_level == "full"
    assert loaded["dev"].logging.level == "DEBUG"
    timeouts = {name: s.client.timeout_secs for name, s in loaded.items()}
    assert len(set(timeouts.values())) >= 3
    attempts = {name: s.retry.max_attempts for name, s in loaded.items()}
    assert attempts["prod"] > attempts["dev"]


def test_settings_repr_never_shows_the_key() -> None:
    settings = load_settings(api_key="sk-very-secret")
    assert "sk-very-secret" not in repr(settings) and "sk-very-secret" not in str(settings)
    assert "sk-very-secret" not in str(settings.model_dump())


@pytest.mark.parametrize("profile", ["dev", "staging", "prod"])
def test_shipped_profiles_impose_no_quota_nor_breaker(
    profile: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Third round: naming a shipped profile adds only safe general defaults; quotas are the
    user's (or the server's headers'), and config show marks what a shipped profile gave."""
    from integrations_mistral import CircuitBreakerSettings, RateLimitSettings
    from integrations_mistral.cli import main

    monkeypatch.setenv("MISTRAL_API_KEY", "k")
    settings = load_settings(profile)
    assert settings.rate_limit == RateLimitSettings()
    assert not settings.rate_limit.enabled
    assert settings.circuit_breaker == CircuitBreakerSettings()
    assert main(["config", "show", "--profile", profile]) == 0
    rows = capsys.readouterr().out.splitlines()
    timeout = next(row for row in rows if row.startswith("client.timeout_secs"))
    assert "shipped " in timeout and f"[{profile}]" in timeout
