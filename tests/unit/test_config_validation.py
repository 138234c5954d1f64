"""Strict validation: every bad value names its dotted key and where it came from."""

from __future__ import annotations

from pathlib import Path

import pytest

from integrations_mistral import ConfigurationError, MistralClient, MistralSettings, load_settings


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mistral.toml"
    path.write_text(text)
    return path


def test_typo_in_file_names_key_and_file(tmp_path: Path) -> None:
    path = write(tmp_path, "[prod.retry]\nmax_attempt = 5\n")
    with pytest.raises(ConfigurationError) as info:
        load_settings("prod", config_file=path)
    message = str(info.value)
    assert "retry.max_attempt: unknown setting" in message
    assert f"file {path.resolve()} [prod]" in message


def test_unknown_section_in_file(tmp_path: Path) -> None:
    path = write(tmp_path, "[default.retyr]\nmax_attempts = 5\n")
    with pytest.raises(ConfigurationError, match=r"retyr: unknown setting .*\[default\]"):
        load_settings(config_file=path)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("-1", "greater than or equal to 1"), ('"lots"', "valid integer"), ("1.5", "valid integer")],
)
def test_wrong_values_in_file(tmp_path: Path, value: str, expected: str) -> None:
    path = write(tmp_path, f"[default.retry]\nmax_attempts = {value}\n")
    with pytest.raises(ConfigurationError, match=expected) as info:
        load_settings(config_file=path)
    assert "retry.max_attempts" in str(info.value)
    assert "[default]" in str(info.value)


def test_wrong_value_in_env_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_RETRY__MAX_ATTEMPTS", "lots")
    with pytest.raises(ConfigurationError) as info:
        load_settings()
    assert "retry.max_attempts" in str(info.value)
    assert "got 'lots', from env MISTRAL_RETRY__MAX_ATTEMPTS" in str(info.value)


def test_typo_in_env_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_RETRY__MAX_ATTEMPT", "2")
    with pytest.raises(
        ConfigurationError, match="retry.max_attempt: unknown setting .*MISTRAL_RETRY__MAX_ATTEMPT"
    ):
        load_settings()


def test_bad_max_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_MAX_RETRIES", "many")
    with pytest.raises(ConfigurationError, match="MISTRAL_MAX_RETRIES: expected a whole number"):
        load_settings()


def test_unknown_explicit_argument() -> None:
    with pytest.raises(ConfigurationError, match="max_attempt: unknown setting; expected one of"):
        load_settings(max_attempt=3)


def test_section_argument_must_be_a_mapping() -> None:
    with pytest.raises(ConfigurationError, match="retry: expected a mapping"):
        load_settings(retry=5)


def test_several_problems_reported_together() -> None:
    with pytest.raises(ConfigurationError) as info:
        load_settings(retry={"max_attempts": 0, "jitter": "lots"}, logging={"level": "LOUD"})
    message = str(info.value)
    for key in ("retry.max_attempts", "retry.jitter", "logging.level"):
        assert key in message


def test_http_refused_unless_allowed() -> None:
    with pytest.raises(ConfigurationError, match="client.base_url: http:// is refused"):
        load_settings(base_url="http://api.example.test")
    settings = load_settings(base_url="http://127.0.0.1:9", client={"allow_insecure_http": True})
    assert settings.client.base_url == "http://127.0.0.1:9"


@pytest.mark.parametrize("url", ["ftp://x.test", "api.mistral.ai", "https://x.test/?a=1"])
def test_malformed_base_url(url: str) -> None:
    with pytest.raises(ConfigurationError, match="client.base_url"):
        load_settings(base_url=url)


def test_redis_backend_needs_url() -> None:
    with pytest.raises(ConfigurationError, match="rate_limit.redis_url: is required"):
        load_settings(rate_limit={"backend": "redis"})


def test_never_retryable_codes_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="401, 404 can never be retried"):
        load_settings(retry={"retryable_status_codes": [429, 401, 404]})


def test_delays_must_be_ordered() -> None:
    with pytest.raises(ConfigurationError, match="retry.max_delay_ms: must be >= initial_delay_ms"):
        load_settings(retry={"initial_delay_ms": 500, "max_delay_ms": 100})


def test_invalid_toml(tmp_path: Path) -> None:
    path = write(tmp_path, "[default.retry\nmax_attempts = 1\n")
    with pytest.raises(ConfigurationError, match="invalid TOML"):
        load_settings(config_file=path)


def test_top_level_value_outside_profile(tmp_path: Path) -> None:
    path = write(tmp_path, "timeout_secs = 3\n")
    with pytest.raises(ConfigurationError, match="'timeout_secs' must be inside a profile table"):
        load_settings(config_file=path)


def test_bad_api_key_type_does_not_echo_value() -> None:
    with pytest.raises(ConfigurationError) as info:
        load_settings(api_key=12345678)
    assert "12345678" not in str(info.value) and "api_key" in str(info.value)


def test_missing_key_says_how_to_provide_one() -> None:
    with pytest.raises(ConfigurationError) as info:
        MistralClient.from_env()
    message = str(info.value)
    assert "MISTRAL_API_KEY" in message and "credentials" in message and "api_key=" in message


def test_settings_are_immutable() -> None:
    settings = load_settings()
    with pytest.raises(Exception, match="frozen"):
        settings.retry.max_attempts = 9  # type: ignore[misc]


def test_direct_construction_validates_and_reports_explicit() -> None:
    settings = MistralSettings(api_key="sk-1", retry={"max_attempts": 2})  # type: ignore[arg-type]
    assert settings.provenance["api_key"] == "explicit"
    assert settings.provenance["retry.max_attempts"] == "explicit"
    assert settings.provenance["retry.max_delay_ms"] == "default"
    assert settings.retry.max_attempts == 2
