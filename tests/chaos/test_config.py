"""A budget a user writes is enforced; `config show` says whether the limiter is on and why."""

from __future__ import annotations

from pathlib import Path

import pytest

import integrations_mistral as im
from integrations_mistral.cli import main
from tests.support.apps import CHAT_REPLY, HELLO, App, json_reply

REPLY = CHAT_REPLY


async def test_a_written_budget_turns_the_limiter_on(
    apps: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "mistral.toml"
    config.write_text("[default.rate_limit]\nrequests_per_minute = 1\non_limit = 'reject'\n")
    url = await apps.start(json_reply(REPLY))
    settings = im.load_settings(config_file=config)
    assert settings.rate_limit.enabled is True
    assert settings.provenance["rate_limit.enabled"].startswith(
        "implied by rate_limit.requests_per_minute (file "
    )
    async with im.MistralClient.from_profile(
        "default",
        config_file=config,
        api_key="k",
        base_url=url,
        client={"allow_insecure_http": True},
    ) as client:
        await client.chat.create(model="m", messages=HELLO)
        with pytest.raises(im.ClientRateLimitError):
            await client.chat.create(model="m", messages=HELLO)
    assert main(["config", "show", "--config-file", str(config)]) == 0
    assert (
        "rate limiter: on, 1 requests and 100000 tokens per minute, memory (rate_limit.enabled: implied by"
        in capsys.readouterr().out
    )


def test_enabled_false_in_the_same_layer_keeps_it_off(tmp_path: Path) -> None:
    config = tmp_path / "mistral.toml"
    config.write_text("[default.rate_limit]\nenabled = false\nrequests_per_minute = 1\n")
    assert im.load_settings(config_file=config).rate_limit.enabled is False


def test_a_higher_layer_budget_wins_over_a_lower_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "mistral.toml"
    config.write_text("[default.rate_limit]\nenabled = false\n")
    monkeypatch.setenv("MISTRAL_RATE_LIMIT__TOKENS_PER_MINUTE", "5000")
    assert im.load_settings(config_file=config).rate_limit.enabled is True
    monkeypatch.setenv("MISTRAL_RATE_LIMIT__ENABLED", "false")
    assert im.load_settings(config_file=config).rate_limit.enabled is False


async def test_with_options_budget_turns_it_on() -> None:
    async with im.MistralClient.from_env(api_key="k") as client:
        assert client.settings.rate_limit.enabled is False
        derived = client.with_options(rate_limit={"requests_per_minute": 7})
        assert derived.settings.rate_limit.enabled is True
