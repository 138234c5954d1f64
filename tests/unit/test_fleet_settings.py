"""The fleet settings: the shared breaker's Redis, fallback chains resolved (and refused) at load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import integrations_mistral as im
from integrations_mistral import MistralClient, factory, load_settings
from integrations_mistral.cli import main
from integrations_mistral.config import apply_overrides, fallback_chain
from integrations_mistral.config.fallback import describe_chain

CHAIN = """
[primary.fallback]
models = { "large" = ["medium", "small"] }
profiles = ["eu", "azure"]
[eu.client]
server = "eu"
[eu.fallback]
models = { "large" = ["medium"] }
profiles = ["us"]
[us.client]
server = "us"
[azure.client]
provider = "azure"
base_url = "https://example.openai.azure.com"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mistral.toml"
    path.write_text(text)
    return path


def test_the_chain_is_resolved_in_order_with_each_profiles_own_fallbacks(tmp_path: Path) -> None:
    settings = load_settings("primary", config_file=write(tmp_path, CHAIN), environ={})
    assert [s.profile for s in fallback_chain(settings)] == ["eu", "us", "azure"]
    assert fallback_chain(settings)[0].client.base_url == "https://api.eu.mistral.ai"
    assert describe_chain(settings, fallback_chain(settings)) == {
        "profiles": ["primary", "eu", "us", "azure"],
        "large": [
            "primary/large", "primary/medium", "primary/small",
            "eu/large", "eu/medium", "us/large", "azure/large",
        ],
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[primary.fallback]\nprofiles = ["nowhere"]', "names 'nowhere'.*does not exist"),
        ('[primary.fallback]\nprofiles = ["primary"]', "loops: primary -> primary"),
        (
            '[primary.fallback]\nprofiles = ["eu"]\n[eu.fallback]\nprofiles = ["primary"]',
            "loops: primary -> eu -> primary",
        ),
        ('[primary.fallback]\nmodels = { "a" = ["a"] }', "cannot fall back to itself"),
        ('[primary.fallback]\nmodels = { "a" = "b" }', "fallback.models"),
    ],
)
def test_unknown_profiles_and_loops_are_refused_at_load(
    tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(im.ConfigurationError, match=message) as caught:
        load_settings("primary", config_file=write(tmp_path, text), environ={})
    assert str(write(tmp_path, text)) in str(caught.value) or "fallback" in str(caught.value)


def test_the_environment_gives_a_chain_as_text(tmp_path: Path) -> None:
    env = {
        "MISTRAL_FALLBACK__PROFILES": "eu, azure",
        "MISTRAL_FALLBACK__MODELS": '{"large": ["medium"]}',
    }
    settings = load_settings("primary", config_file=write(tmp_path, CHAIN), environ=env)
    assert settings.fallback.profiles == ("eu", "azure")
    assert settings.fallback.models == {"large": ("medium",)}
    # the environment's list (above eu's own table) is the primary's: eu does not loop to itself
    assert [s.profile for s in fallback_chain(settings)] == ["eu", "azure"]
    with pytest.raises(im.ConfigurationError, match="must be a JSON object"):
        load_settings(environ={"MISTRAL_FALLBACK__MODELS": "large=medium"})


def test_a_fallback_profile_without_a_key_is_refused_when_the_client_is_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MISTRAL_API_KEY", raising=False)
    path = write(tmp_path, '[primary.fallback]\nprofiles = ["eu"]\n[eu.client]\nserver = "eu"\n')
    with pytest.raises(im.ConfigurationError, match="no API key for profile 'eu'"):
        MistralClient.from_profile("primary", config_file=path, api_key="primary-only")


def test_with_options_keeps_or_resolves_the_chain(tmp_path: Path) -> None:
    settings = load_settings("primary", config_file=write(tmp_path, CHAIN), environ={})
    same = apply_overrides(settings, timeout_secs=5)
    chain = fallback_chain(settings)
    assert [s.profile for s in fallback_chain(same)] == [s.profile for s in chain]
    with pytest.raises(im.ConfigurationError, match="loops"):
        apply_overrides(settings, fallback={"profiles": ["primary"]})
    keyed = load_settings(
        "primary", config_file=write(tmp_path, CHAIN), environ={"MISTRAL_API_KEY": "k"}
    )
    parts = factory.build(keyed, registry=factory.StackRegistry())
    derived = factory.derive(parts, apply_overrides(parts.settings, timeout_secs=5))
    assert derived.chain is parts.chain and derived.fallbacks is parts.fallbacks  # reused
    other = factory.derive(parts, apply_overrides(parts.settings, fallback={"profiles": ["us"]}))
    assert [s.profile for s in other.chain] == ["us"]


def test_config_show_prints_the_chain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, CHAIN)
    monkeypatch.setenv("MISTRAL_CONFIG_FILE", str(path))
    assert main(["config", "show", "--profile", "primary"]) == 0
    out = capsys.readouterr().out
    assert "fallback profiles: primary -> eu -> us -> azure" in out
    assert "fallback large: primary/large -> primary/medium" in out
    assert main(["config", "show", "--profile", "primary", "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["fallback"]["profiles"] == ["primary", "eu", "us", "azure"]


def test_the_shared_breaker_needs_a_redis_url_and_masks_its_password(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(im.ConfigurationError, match="circuit_breaker.redis_url"):
        load_settings(circuit_breaker={"backend": "redis"}, environ={})
    shared = load_settings(
        circuit_breaker={"backend": "redis"},
        rate_limit={"redis_url": "redis://r:6379/0"},
        environ={},
    )
    assert shared.circuit_breaker.backend == "redis"  # the limiter's Redis is reused
    monkeypatch.setenv("MISTRAL_CIRCUIT_BREAKER__BACKEND", "redis")
    monkeypatch.setenv("MISTRAL_CIRCUIT_BREAKER__REDIS_URL", "redis://u:hunter2-pw@r:6379/0")
    assert main(["config", "show"]) == 0
    out = capsys.readouterr().out
    assert "hunter2-pw" not in out and "circuit_breaker.redis_url" in out
    with pytest.raises(im.ConfigurationError, match="redis_timeout_secs"):
        load_settings(circuit_breaker={"redis_timeout_secs": float("inf")}, environ={})


def test_a_client_refuses_a_chain_that_does_not_resolve_when_built(tmp_path: Path) -> None:
    path = write(tmp_path, '[p.fallback]\nprofiles = ["q"]\n[q.fallback]\nprofiles = ["p"]\n')
    with pytest.raises(im.ConfigurationError, match=r"loops: p -> q -> p"):
        im.MistralClient(profile="p", config_file=path, api_key="k")
