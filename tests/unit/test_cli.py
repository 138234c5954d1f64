"""`python -m integrations_mistral config show|reference`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from integrations_mistral.cli import main
from integrations_mistral.config.reference import render_reference
from tests.conftest import REPO, SHIPPED_CONFIG


def test_show_table_lists_every_setting_with_source(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MISTRAL_API_KEY", "sk-live-abcdef")
    assert main(["config", "show", "--profile", "prod", "--config-file", str(SHIPPED_CONFIG)]) == 0
    out = capsys.readouterr().out
    assert "sk-live-abcdef" not in out
    assert "api_key" in out and "[REDACTED]" in out and "env MISTRAL_API_KEY" in out
    assert "retry.max_attempts" in out and "[prod]" in out
    assert out.count("\n") >= 40


def test_show_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "config",
                "show",
                "--profile",
                "local",
                "--config-file",
                str(SHIPPED_CONFIG),
                "--format",
                "json",
            ]
        )
        == 0
    )
    payload = json.loads(capsys.readouterr().out)
    assert payload["profile"] == "local"
    assert payload["settings"]["api_key"] == {"value": None, "source": "default"}
    assert payload["settings"]["client.require_api_key"]["value"] is False
    assert payload["settings"]["retry.retryable_status_codes"]["value"] == [429, 500, 502, 503, 504]


def test_redis_password_is_masked(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MISTRAL_RATE_LIMIT__REDIS_URL", "redis://:hunter2@127.0.0.1:6379/0")
    assert main(["config", "show"]) == 0
    out = capsys.readouterr().out
    assert "hunter2" not in out and "127.0.0.1:6379" in out


def test_bad_config_exits_nonzero_with_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MISTRAL_RETRY__MAX_ATTEMPTS", "lots")
    assert main(["config", "show"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ")
    assert "MISTRAL_RETRY__MAX_ATTEMPTS" in lines[0]


def test_module_entry_point_without_traceback(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MISTRAL_")}
    env["MISTRAL_API_KEY"] = "sk-secret-in-env"
    ok = subprocess.run(
        [sys.executable, "-m", "integrations_mistral", "config", "show", "--profile", "local"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert ok.returncode == 0, ok.stderr
    assert "sk-secret-in-env" not in ok.stdout + ok.stderr
    bad = subprocess.run(
        [sys.executable, "-m", "integrations_mistral", "config", "show", "--profile", "nope"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr
    assert "profiles: default, dev, local, prod, staging" in bad.stderr


def test_docs_reference_is_generated_from_models() -> None:
    document = (REPO / "docs" / "configuration.md").read_text()
    assert document == render_reference(), (
        "regenerate: python -m integrations_mistral config reference > docs/configuration.md"
    )
    assert "`retry.max_attempts`" in document and "MISTRAL_MAX_RETRIES" in document
