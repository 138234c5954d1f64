"""Key sources: a file re-read when it changes, a command run without a shell and cached, a
function; one way per layer; a 401 fetches the key once more and resends if it changed."""

from __future__ import annotations

import json
import os
import shlex
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from integrations_mistral import (
    AuthenticationError,
    ConfigurationError,
    CredentialsError,
    MistralClient,
    PermissionDeniedError,
    load_settings,
)
from integrations_mistral.cli import main as cli_main
from integrations_mistral.testing import FakeMistralServer

MESSAGES = [{"role": "user", "content": "rotate"}]
PATH = "/v1/chat/completions"
KEY_A = "key-A-0123456789abcdef"
KEY_B = "key-B-fedcba9876543210"


@pytest.fixture
async def keyed() -> Any:
    async with FakeMistralServer(api_key=KEY_A) as fake:
        yield fake


def build(server: FakeMistralServer, **overrides: Any) -> MistralClient:
    client = {"allow_insecure_http": True, **overrides.pop("client", {})}
    return MistralClient(base_url=server.url, client=client, **overrides)


def sent_keys(server: FakeMistralServer) -> list[str]:
    return [r.headers["Authorization"].removeprefix("Bearer ") for r in server.requests]


def write_key(path: Path, key: str, *, keep_stamp: bool = False) -> None:
    """Write `key`; with `keep_stamp` the file's modification time and size stay as they were
    (a change the client cannot see without asking again)."""
    before = path.stat() if keep_stamp else None
    path.write_text(key + "\n")
    if before is not None:
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    else:
        stamp = path.stat().st_mtime_ns + 1_000_000_000
        os.utime(path, ns=(stamp, stamp))


# --- api_key_file --------------------------------------------------------------------------


async def test_a_rotated_key_file_is_used_without_a_restart(
    keyed: FakeMistralServer, tmp_path: Path
) -> None:
    secret = tmp_path / "api-key"
    write_key(secret, KEY_A)
    async with build(keyed, api_key_file=str(secret)) as client:
        await client.chat.create(model="m", messages=MESSAGES)
        write_key(secret, KEY_B)
        keyed.api_key = KEY_B
        await client.chat.create(model="m", messages=MESSAGES)
    assert sent_keys(keyed) == [KEY_A, KEY_B]


async def test_a_401_reads_the_file_again_and_resends_once(
    keyed: FakeMistralServer, tmp_path: Path
) -> None:
    secret = tmp_path / "api-key"
    write_key(secret, KEY_A)
    async with build(keyed, api_key_file=str(secret)) as client:
        await client.chat.create(model="m", messages=MESSAGES)
        write_key(secret, KEY_B, keep_stamp=True)
        keyed.api_key = KEY_B
        await client.chat.create(model="m", messages=MESSAGES)
    assert sent_keys(keyed) == [KEY_A, KEY_A, KEY_B]


async def test_a_401_with_an_unchanged_key_is_not_resent(
    keyed: FakeMistralServer, tmp_path: Path
) -> None:
    secret = tmp_path / "api-key"
    write_key(secret, KEY_A)
    keyed.api_key = KEY_B
    async with build(keyed, api_key_file=str(secret)) as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.chat.create(model="m", messages=MESSAGES)
    assert caught.value.attempts == 1
    assert sent_keys(keyed) == [KEY_A]


async def test_a_key_file_gone_at_call_time_is_a_credentials_error(
    keyed: FakeMistralServer, tmp_path: Path
) -> None:
    secret = tmp_path / "api-key"
    write_key(secret, KEY_A)
    async with build(keyed, api_key_file=str(secret)) as client:
        secret.unlink()
        with pytest.raises(CredentialsError, match=f"api_key_file {secret}: cannot be read"):
            await client.chat.create(model="m", messages=MESSAGES)
    assert keyed.requests == []


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"\n\n", "empty key"),
        (b"two words\n", "spaces"),
        (b"\xff\xfek\x00e\x00y\x00", "UTF-8"),
        (b"k" * 70_000, "more than 65536 characters"),
    ],
)
async def test_a_bad_key_file_says_what_is_wrong(
    keyed: FakeMistralServer, tmp_path: Path, content: bytes, problem: str
) -> None:
    secret = tmp_path / "api-key"
    secret.write_bytes(content)
    async with build(keyed, api_key_file=str(secret)) as client:
        with pytest.raises(CredentialsError, match=problem):
            await client.chat.create(model="m", messages=MESSAGES)


def test_a_missing_key_file_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="api_key_file: file does not exist"):
        MistralClient(api_key_file=str(tmp_path / "absent"))


# --- api_key_command -----------------------------------------------------------------------


def script(tmp_path: Path, body: str) -> list[str]:
    """A Python script as a command (no shell), logging each run to runs.log."""
    path = tmp_path / "credential.py"
    log = tmp_path / "runs.log"
    path.write_text(
        f"import sys, pathlib\npathlib.Path({str(log)!r}).open('a').write('x')\n{body}\n"
    )
    return [sys.executable, str(path)]


def runs(tmp_path: Path) -> int:
    log = tmp_path / "runs.log"
    return len(log.read_text()) if log.exists() else 0


async def test_a_command_gives_the_key_and_is_cached(
    keyed: FakeMistralServer, tmp_path: Path
) -> None:
    command = script(tmp_path, f"print({KEY_A!r})")
    async with build(keyed, api_key_command=command) as client:
        for _ in range(3):
            await client.chat.create(model="m", messages=MESSAGES)
        await client.with_options(timeout_secs=30).models.list()  # same key settings: same cache
    assert runs(tmp_path) == 1
    assert sent_keys(keyed) == [KEY_A] * 4


async def test_the_command_runs_again_after_its_ttl(
    keyed: FakeMistralServer, tmp_path: Path
) -> None:
    import asyncio

    command = script(tmp_path, f"print({KEY_A!r})")
    async with build(keyed, api_key_command=command, api_key_ttl_secs=0.05) as client:
        await client.chat.create(model="m", messages=MESSAGES)
        await asyncio.sleep(0.1)
        await client.chat.create(model="m", messages=MESSAGES)
    assert runs(tmp_path) == 2


async def test_a_401_runs_the_command_again_and_resends_once(
    keyed: FakeMistralServer, tmp_path: Path
) -> None:
    current = tmp_path / "current"
    current.write_text(KEY_A)
    command = script(tmp_path, f"print(pathlib.Path({str(current)!r}).read_text())")
    async with build(keyed, api_key_command=command, api_key_ttl_secs=3600) as client:
        await client.chat.create(model="m", messages=MESSAGES)
        current.write_text(KEY_B)
        keyed.api_key = KEY_B
        await client.chat.create(model="m", messages=MESSAGES)
    assert sent_keys(keyed) == [KEY_A, KEY_A, KEY_B]
    assert runs(tmp_path) == 2


async def test_a_failing_command_shows_status_and_stderr_never_the_key(
    keyed: FakeMistralServer, tmp_path: Path
) -> None:
    command = script(
        tmp_path,
        f"print({KEY_A!r}); print('vault: permission denied for', {KEY_A!r}, file=sys.stderr); "
        "sys.exit(3)",
    )
    async with build(keyed, api_key_command=command) as client:
        with pytest.raises(CredentialsError) as caught:
            await client.chat.create(model="m", messages=MESSAGES)
    message = str(caught.value)
    assert "exited with status 3" in message
    assert "vault: permission denied" in message
    assert KEY_A not in message and KEY_A not in repr(caught.value)
    assert caught.value.is_retryable is False
    assert keyed.requests == []


async def test_a_command_that_cannot_run_or_hangs(keyed: FakeMistralServer, tmp_path: Path) -> None:
    async with build(keyed, api_key_command=[str(tmp_path / "no-such-program")]) as client:
        with pytest.raises(CredentialsError, match="cannot be run"):
            await client.chat.create(model="m", messages=MESSAGES)
    slow = script(tmp_path, "import time; time.sleep(30)")
    async with build(keyed, api_key_command=slow, timeout_secs=0.3) as client:
        with pytest.raises(CredentialsError, match=r"did not finish within 0.3 s"):
            await client.chat.create(model="m", messages=MESSAGES)


async def test_the_command_runs_without_a_shell(
    keyed: FakeMistralServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyed.api_key = "$HOME;`id`"
    command = script(tmp_path, "print(sys.argv[1])")
    monkeypatch.setenv("MISTRAL_API_KEY_COMMAND", shlex.join([*command, "$HOME;`id`"]))
    async with build(keyed) as client:
        assert client.settings.api_key_command == (*command, "$HOME;`id`")
        await client.chat.create(model="m", messages=MESSAGES)
    assert sent_keys(keyed) == ["$HOME;`id`"]


# --- a function ----------------------------------------------------------------------------


async def test_a_function_sync_or_async_gives_the_key(keyed: FakeMistralServer) -> None:
    keys = iter([KEY_A, KEY_A])

    async def fetch() -> str:
        return next(keys)

    async with build(keyed, api_key=fetch) as client:
        await client.chat.create(model="m", messages=MESSAGES)
    async with build(keyed, api_key=lambda: KEY_A) as client:
        await client.chat.create(model="m", messages=MESSAGES)
        assert "function" in repr(client.settings)
    assert sent_keys(keyed) == [KEY_A, KEY_A]


async def test_a_401_asks_the_function_once_more(keyed: FakeMistralServer) -> None:
    keys = iter([KEY_A, KEY_B, KEY_B])
    keyed.api_key = KEY_B
    async with build(keyed, api_key=lambda: next(keys)) as client:
        await client.chat.create(model="m", messages=MESSAGES)
    assert sent_keys(keyed) == [KEY_A, KEY_B]


@pytest.mark.parametrize(
    ("function", "problem"),
    [
        (lambda: "", "empty key"),
        (lambda: 42, "gave int"),
        (lambda: {}["vault"], "raised KeyError"),
    ],
)
async def test_a_failing_function_is_a_credentials_error(
    keyed: FakeMistralServer, function: Callable[[], Any], problem: str
) -> None:
    async with build(keyed, api_key=function) as client:
        with pytest.raises(CredentialsError, match=problem):
            await client.chat.create(model="m", messages=MESSAGES)
    assert keyed.requests == []


async def test_a_rotated_key_echoed_by_the_server_is_scrubbed(tmp_path: Path) -> None:
    from integrations_mistral.testing import ScriptedReply

    async def echo_key() -> str:
        return KEY_B

    fetch: Callable[[], Awaitable[str]] = echo_key
    async with FakeMistralServer(api_key=KEY_B) as server:
        server.enqueue(PATH, ScriptedReply(status=403, json={"message": f"key {KEY_B} is banned"}))
        async with build(server, api_key=fetch) as client:
            with pytest.raises(PermissionDeniedError) as caught:
                await client.chat.create(model="m", messages=MESSAGES)
    assert KEY_B not in str(caught.value) and KEY_B not in repr(caught.value.__dict__)


# --- one way per layer ---------------------------------------------------------------------


def test_two_ways_in_one_layer_are_refused(tmp_path: Path) -> None:
    secret = tmp_path / "k"
    secret.write_text(KEY_A)
    environ = {"MISTRAL_API_KEY": KEY_A, "MISTRAL_API_KEY_FILE": str(secret)}
    with pytest.raises(ConfigurationError) as caught:
        load_settings(environ=environ)
    message = str(caught.value)
    assert "env MISTRAL_API_KEY" in message and "env MISTRAL_API_KEY_FILE" in message
    assert KEY_A not in message
    with pytest.raises(ConfigurationError, match="given two ways"):
        load_settings(api_key="x", api_key_command=["vault"])


def test_the_highest_layer_way_wins(tmp_path: Path) -> None:
    secret = tmp_path / "k"
    secret.write_text(KEY_A)
    config = tmp_path / "m.toml"
    config.write_text(
        f'[default]\napi_key_file = "{secret}"\n[prod]\napi_key_command = ["vault"]\n'
    )
    from_file = load_settings(config_file=config)
    assert from_file.key_source == "api_key_file"
    assert from_file.provenance["api_key_file"] == f"file {config} [default]"
    assert load_settings("prod", config_file=config).key_source == "api_key_command"
    env = load_settings(config_file=config, environ={"MISTRAL_API_KEY": KEY_B})
    assert env.key_source == "api_key"
    assert env.api_key_file is None and env.api_key_command is None
    explicit = load_settings(
        config_file=config, environ={"MISTRAL_API_KEY": KEY_B}, api_key_file=str(secret)
    )
    assert explicit.key_source == "api_key_file" and explicit.api_key is None


def test_the_credentials_file_may_point_at_the_key(tmp_path: Path) -> None:
    credentials = tmp_path / "credentials"
    credentials.write_text('[default]\napi_key_command = ["vault", "read", "mistral"]\n')
    settings = load_settings(credentials_file=credentials)
    assert settings.api_key_command == ("vault", "read", "mistral")
    over = load_settings(credentials_file=credentials, environ={"MISTRAL_API_KEY": KEY_A})
    assert over.key_source == "api_key"


async def test_with_options_can_give_another_key(keyed: FakeMistralServer) -> None:
    async with build(keyed, api_key=KEY_B) as client:
        other = client.with_options(api_key=KEY_A)
        assert other.settings.key_source == "api_key"
        await other.chat.create(model="m", messages=MESSAGES)
    assert sent_keys(keyed) == [KEY_A]


def test_config_show_names_the_source_without_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "k"
    secret.write_text(KEY_A)
    monkeypatch.setenv("MISTRAL_API_KEY_FILE", str(secret))
    assert cli_main(["config", "show"]) == 0
    table = capsys.readouterr().out
    assert "api key: api_key_file (env MISTRAL_API_KEY_FILE)" in table
    assert cli_main(["config", "show", "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["api_key"] == "api_key_file (env MISTRAL_API_KEY_FILE)"
    assert payload["settings"]["api_key_file"]["value"] == str(secret)
    assert KEY_A not in table and KEY_A not in json.dumps(payload)
