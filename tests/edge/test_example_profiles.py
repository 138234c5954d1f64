"""`config/deployments.toml`: every profile in it loads and means what its comment says."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from integrations_mistral import load_settings
from tests.conftest import REPO

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

EXAMPLE = REPO / "config" / "deployments.toml"
PATHS = ("ca_bundle", "client_cert", "client_key")


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """The example with its file paths pointing at files that exist here."""
    text = EXAMPLE.read_text()
    for table in tomllib.loads(text).values():
        for value in [*table.get("client", {}).values(), table.get("api_key_file")]:
            if isinstance(value, str) and value.startswith("/"):
                stand_in = tmp_path / Path(value).name
                stand_in.write_text("stand-in")
                text = text.replace(f'"{value}"', f'"{stand_in}"')
    path = tmp_path / "deployments.toml"
    path.write_text(text)
    return path


def test_every_profile_loads(example: Path) -> None:
    expected = {
        "eu": ("mistral", "https://api.eu.mistral.ai", None),
        "corporate": ("mistral", "https://api.mistral.ai", "api_key_file"),
        "azure": ("azure", "https://my-mistral-large.swedencentral.models.ai.azure.com", None),
        "vertex": ("gcp", "https://europe-west4-aiplatform.googleapis.com", None),
        "selfhosted": ("mistral", "https://mistral.internal.example", None),
        "vault": ("mistral", "https://api.mistral.ai", "api_key_command"),
        "mtls": ("mistral", "https://llm-gateway.internal.example", None),
    }
    assert set(tomllib.loads(EXAMPLE.read_text())) == set(expected)
    for profile, (provider, url, source) in expected.items():
        settings = load_settings(profile, config_file=example)
        assert (settings.client.provider, settings.client.base_url) == (provider, url), profile
        assert settings.key_source == source, profile
    corporate = load_settings("corporate", config_file=example)
    assert corporate.client.proxy == "http://proxy.corp.example:3128"
    selfhosted = load_settings("selfhosted", config_file=example)
    assert selfhosted.client.ca_bundle_only and not selfhosted.client.trust_env
    assert selfhosted.client.require_api_key is False
    assert load_settings("vault", config_file=example).api_key_ttl_secs == 600
