"""`[<profile>.mcp.<name>]`: MCP servers as settings, validated, layered, masked where secret,
in `config show` (text and JSON), `config init` and the reference, with provenance."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.cli import main
from integrations_mistral.config import load_settings

SECRET = "Bearer mcp-header-secret-42"
ENV_SECRET = "mcp-env-secret-43"
PROFILE = f"""
[prod.mcp.github]
url = "https://mcp.example.com/mcp"
headers = {{ Authorization = "{SECRET}" }}
include = ["search_issues"]
requires_confirmation = ["create_issue"]
timeout_secs = 5

[prod.mcp.calc]
transport = "stdio"
command = "python calc_server.py --fast"
env = {{ CALC_TOKEN = "{ENV_SECRET}" }}
"""


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "mistral.toml"
    path.write_text(PROFILE, encoding="utf-8")
    return path


def test_servers_load_typed_with_their_source(config: Path) -> None:
    settings = load_settings("prod", config_file=config)
    github, calc = settings.mcp["github"], settings.mcp["calc"]
    assert github.transport == "streamable_http" and github.timeout_secs == 5
    assert github.offers("search_issues") and not github.offers("create_issue")
    assert calc.command == ("python", "calc_server.py", "--fast")  # split, never run by a shell
    assert str(settings.provenance["mcp"]).startswith("file ")
    assert SECRET not in repr(settings.mcp) and ENV_SECRET not in repr(settings.mcp)


@pytest.mark.parametrize(
    ("server", "message"),
    [
        ({"transport": "stdio"}, "needs command"),
        ({"url": "ftp://x"}, "https:// or http://"),
        ({"url": "https://x", "include": ["a"], "exclude": ["b"]}, "not both"),
        ({"url": "https://x", "connector": "c"}, "one of url or connector"),
        ({"url": "https://x", "timeout_secs": float("inf")}, "timeout_secs"),
        ({"url": "https://x", "timeout_secs": 0}, "timeout_secs"),
        ({"url": "https://x", "headers": {"A": "b\r\nX: y"}}, "control characters"),
        ({"url": "https://x", "tranport": "sse"}, "tranport"),
    ],
)
def test_a_wrong_server_is_a_configuration_error(server: dict[str, object], message: str) -> None:
    with pytest.raises(im.ConfigurationError, match=message) as caught:
        MistralClient(api_key="k" * 12, mcp={"one": server})
    assert "b\r\nX: y" not in str(caught.value)


def test_the_environment_gives_servers_as_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_MCP", json.dumps({"calc": {"transport": "stdio", "command": "c"}}))
    settings = load_settings()
    assert settings.mcp["calc"].command == ("c",)
    assert str(settings.provenance["mcp"]) == "env MISTRAL_MCP"
    monkeypatch.setenv("MISTRAL_MCP", "{not json")
    with pytest.raises(im.ConfigurationError, match="JSON object"):
        load_settings()
    monkeypatch.setenv("MISTRAL_MCP", json.dumps({"bad name!": {"url": "https://x"}}))
    with pytest.raises(im.ConfigurationError, match="server name"):
        load_settings()


def test_config_show_masks_headers_and_env(
    config: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MISTRAL_API_KEY", "sk-mcp-test-0001")
    assert main(["config", "show", "--profile", "prod", "--config-file", str(config)]) == 0
    text = capsys.readouterr().out
    shown = ["config", "show", "--profile", "prod", "--config-file", str(config)]
    assert main([*shown, "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    for out in (text, json.dumps(payload)):
        assert SECRET not in out and ENV_SECRET not in out
    servers = payload["settings"]["mcp"]["value"]
    assert servers["github"]["headers"] == {"Authorization": "[REDACTED]"}
    assert servers["calc"]["env"] == {"CALC_TOKEN": "[REDACTED]"}
    assert servers["github"]["include"] == ["search_issues"]
    assert payload["settings"]["mcp"]["source"].startswith("file ")
    assert "mcp " in text and '"requires_confirmation": ["create_issue"]' in text


def test_config_init_and_the_reference_name_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "init.toml"
    assert main(["config", "init", "--path", str(target)]) == 0
    assert "# mcp = {}" in target.read_text(encoding="utf-8")
    assert main(["config", "reference"]) == 0
    assert "`MISTRAL_MCP`" in capsys.readouterr().out


async def test_a_run_naming_servers_of_a_profile_without_them_is_refused() -> None:
    async with MistralClient(api_key="k" * 12, client={"require_api_key": False}) as client:
        with pytest.raises(im.RequestValidationError, match="no MCP servers"):
            await client.chat.run_tools(
                model="m", messages=[{"role": "user", "content": "x"}], tools=[], mcp=["calc"]
            )
