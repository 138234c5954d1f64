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
    assert payload["settings"]["retry.retryable_status_codes"]["value"] == [
        408,
        429,
        500,
        502,
        503,
        504,
    ]


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


def test_demo_runs_offline(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    for expected in (
        "== chat.create",
        "model asked for get_weather({'city': 'Paris'}) -> 'sunny and 21 C in Paris'",
        "Painter(name='Claude Monet', born=1840)",
        "[retry] attempt 1 failed (rate_limit)",
        "stream after a dropped connection: echo: Name one French painter.",
        "cut stream: StreamInterruptedError, kept what arrived: 'a stream that'",
    ):
        assert expected in out


async def test_chat_command_against_the_fake_server(
    server: object, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio

    monkeypatch.setenv("MISTRAL_API_KEY", "test-key")
    monkeypatch.setenv("MISTRAL_BASE_URL", server.url)  # type: ignore[attr-defined]
    monkeypatch.setenv("MISTRAL_CLIENT__ALLOW_INSECURE_HTTP", "true")
    for extra in ([], ["--stream"]):
        code = await asyncio.to_thread(main, ["chat", "bonjour", "--system", "be brief", *extra])
        assert code == 0
        assert capsys.readouterr().out == "echo: bonjour\n"


def test_version_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    from integrations_mistral import __version__

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert (
        done.value.code == 0 and capsys.readouterr().out == f"integrations-mistral {__version__}\n"
    )
    assert main(["config", "show", "--profile", "nope"]) == 2
    assert "error: profile 'nope' does not exist" in capsys.readouterr().err


def test_closed_pipe_prints_no_traceback() -> None:
    reader = subprocess.Popen(
        [sys.executable, "-m", "integrations_mistral", "config", "show", "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert reader.stdout is not None
    reader.stdout.close()  # the reader is gone before the first line is written
    _, err = reader.communicate(timeout=60)
    assert reader.returncode == 0, err
    assert "Traceback" not in err and "BrokenPipe" not in err


def test_config_init_and_files_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "conf" / "mistral.toml"
    assert main(["config", "init", "--path", str(target)]) == 0
    text = target.read_text()
    assert "[default.retry]" in text and "# max_attempts = 3  # Attempts in all" in text
    assert main(["config", "init", "--path", str(target)]) == 2  # no silent overwrite
    target.write_text(text.replace("# max_attempts = 3", "max_attempts = 7"))
    capsys.readouterr()
    assert main(["config", "show", "--profile", "prod", "--config-file", str(target)]) == 0
    out = capsys.readouterr().out
    assert f"config file {target.resolve()} (argument)" in out
    assert "shipped profiles" in out and "[prod]" in out
    assert main(["config", "init", "--path", str(target), "--force"]) == 0


def test_profiles_apply_from_any_directory(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "integrations_mistral", "config", "show", "--profile", "local"],
        cwd=tmp_path,
        env={k: v for k, v in os.environ.items() if not k.startswith("MISTRAL_")},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "http://127.0.0.1:8765" in done.stdout and "shipped profiles" in done.stdout


def test_testing_serve_runs_the_fake_server_for_the_local_profile(tmp_path: Path) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "integrations_mistral.testing", "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None and "fake Mistral server" in server.stdout.readline()
        env = {k: v for k, v in os.environ.items() if not k.startswith("MISTRAL_")}
        env["MISTRAL_BASE_URL"] = f"http://127.0.0.1:{port}"
        done = subprocess.run(
            [sys.executable, "-m", "integrations_mistral", "chat", "hi", "--profile", "local"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout == "echo: hi\n"
    finally:
        server.terminate()
        server.wait(10)


async def test_batch_run_files_and_fine_tune_from_the_shell(
    server: object,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import asyncio

    fake = server  # the conftest FakeMistralServer (api key "test-key")
    fake.api.advance_jobs = True  # type: ignore[attr-defined]
    monkeypatch.setenv("MISTRAL_API_KEY", "test-key")
    monkeypatch.setenv("MISTRAL_BASE_URL", fake.url)  # type: ignore[attr-defined]
    monkeypatch.setenv("MISTRAL_CLIENT__ALLOW_INSECURE_HTTP", "true")
    requests = tmp_path / "requests.jsonl"
    requests.write_text(
        '{"custom_id": "a", "body": {"messages": [{"role": "user", "content": "one"}]}}\n'
        '{"messages": [{"role": "user", "content": "two"}]}\n'
    )
    argv = ["batch", "run", str(requests), "--model", "m", "--wait", "--poll-secs", "0.01"]
    code = await asyncio.to_thread(main, [*argv, "--output-dir", str(tmp_path)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "[##############################] 2/2 SUCCESS" in captured.err
    output = next(tmp_path.glob("*.output.jsonl")).read_text().splitlines()  # noqa: ASYNC240
    assert [json.loads(line)["custom_id"] for line in output] == ["a", "2"]
    assert "echo: two" in output[1]

    code = await asyncio.to_thread(main, ["files", "list", "--purpose", "batch"])
    assert code == 0 and "requests.jsonl" in capsys.readouterr().out
    upload = await asyncio.to_thread(main, ["files", "upload", str(requests)])
    file_id = capsys.readouterr().out.split("\t")[0]
    assert upload == 0
    copy = tmp_path / "copy.jsonl"
    assert await asyncio.to_thread(main, ["files", "download", file_id, "--to", str(copy)]) == 0
    assert copy.read_text() == requests.read_text()

    from integrations_mistral import MistralClient

    async with MistralClient.from_env() as client:
        job = await client.fine_tuning.create(
            model="open-mistral-7b",
            training_files=[{"file_id": file_id}],
            hyperparameters={"training_steps": 5},
        )
    argv = ["fine-tune", "status", job.id, "--wait", "--poll-secs", "0.01"]
    assert await asyncio.to_thread(main, argv) == 0
    assert (
        f"fine-tuning job {job.id}: SUCCESS, model ft:open-mistral-7b:" in capsys.readouterr().out
    )
    assert (
        await asyncio.to_thread(
            main, ["batch", "run", str(tmp_path / "none.jsonl"), "--model", "m"]
        )
        == 2
    )


async def test_call_reaches_any_operation_from_the_shell(
    server: object, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio
    import json

    monkeypatch.setenv("MISTRAL_API_KEY", "test-key")
    monkeypatch.setenv("MISTRAL_BASE_URL", server.url)  # type: ignore[attr-defined]
    monkeypatch.setenv("MISTRAL_CLIENT__ALLOW_INSECURE_HTTP", "true")
    run = asyncio.to_thread
    assert await run(main, ["call", "workflows.executions.get", "e1"]) == 0
    reply = json.loads(capsys.readouterr().out)
    assert "execution_id" in reply
    assert server.requests[-1].path == "/v1/workflows/executions/e1"  # type: ignore[attr-defined]
    assert await run(main, ["call", "prompts.list", "--json", '{"page_size": 2}']) == 0
    assert server.requests[-1].query == {"pageSize": "2"}  # type: ignore[attr-defined]
    capsys.readouterr()
    assert await run(main, ["call", "workflows.events.stream"]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert events and events[0]["id"] == "1"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["call", "workflow.list"], "no area 'workflow' (did you mean 'workflows'?)"),
        (["call", "prompts.lst"], "no method of prompts 'lst' (did you mean 'list'?)"),
        (["call", "models"], "expected area.method"),
        (["call", "prompts.list", "--json", "[1]"], "expected a JSON object"),
        (["call", "prompts.list", "--json", "{"], "not JSON"),
        (["call", "prompts.list", "--json", '{"pagesize": 1}'], "did you mean 'page_size'"),
    ],
)
def test_call_mistakes_are_usage_errors(
    argv: list[str],
    message: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MISTRAL_API_KEY", "test-key")
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


async def test_call_masks_the_clients_key_when_a_server_echoes_it(
    server: object, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio

    monkeypatch.setenv("MISTRAL_API_KEY", "test-key")
    monkeypatch.setenv("MISTRAL_BASE_URL", server.url)  # type: ignore[attr-defined]
    monkeypatch.setenv("MISTRAL_CLIENT__ALLOW_INSECURE_HTTP", "true")
    echo = {"id": "i", "email": "a@b.c", "first_name": "test-key", "last_name": "Bearer sk-x"}
    server.enqueue("/v1/users/me", json=echo)  # type: ignore[attr-defined]
    assert await asyncio.to_thread(main, ["call", "users.get_identity"]) == 0
    out = capsys.readouterr().out
    assert "test-key" not in out
    assert "sk-x" not in out


@pytest.mark.parametrize(
    ("method", "arguments", "says"),
    [
        ("chat.run_tools", {"tools": ["get_weather"]}, "tools.0"),
        ("chat.parse", {"response_format": "Weather"}, "response_format"),
        ("libraries.list", {"page_size": "lots"}, "page_size: Input should be a valid integer"),
        ("prompts.list", {"page_size": "lots"}, "page_size: Input should be a valid integer"),
    ],
)
async def test_call_refuses_arguments_of_the_wrong_type_before_sending(
    server: object,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    method: str,
    arguments: dict[str, object],
    says: str,
) -> None:
    import asyncio

    monkeypatch.setenv("MISTRAL_API_KEY", "test-key")
    monkeypatch.setenv("MISTRAL_BASE_URL", server.url)  # type: ignore[attr-defined]
    monkeypatch.setenv("MISTRAL_CLIENT__ALLOW_INSECURE_HTTP", "true")
    given = {"model": "m", "messages": [{"role": "user", "content": "hi"}], **arguments}
    if not method.startswith("chat."):
        given = arguments
    code = await asyncio.to_thread(main, ["call", method, "--json", json.dumps(given)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Traceback" not in err and says in err
    assert server.requests == []  # type: ignore[attr-defined]


async def test_run_tools_and_parse_refuse_what_is_no_tool_or_model(server: object) -> None:
    from integrations_mistral import MistralClient, RequestValidationError
    from tests.conftest import local_overrides

    ask = [{"role": "user", "content": "hi"}]
    async with MistralClient(**local_overrides(server)) as client:  # type: ignore[arg-type]
        with pytest.raises(RequestValidationError, match=r"tools\[0\]: expected a function"):
            await client.chat.run_tools(model="m", messages=ask, tools=["get_weather"])  # type: ignore[list-item]
        with pytest.raises(RequestValidationError, match="tools: expected a list"):
            await client.chat.run_tools(model="m", messages=ask, tools="get_weather")  # type: ignore[arg-type]
        with pytest.raises(RequestValidationError, match="response_format: expected a pydantic"):
            await client.chat.parse(model="m", messages=ask, response_format="Weather")  # type: ignore[arg-type]


TYPOS = """
[prod.client]
timeout_secs = 30
[stagng.client]
timeout_secs = 5
[staging.clinet]
timeout_secs = 5
[client]
timeout_secs = 3
"""


def test_config_check_validates_every_profile_and_names_mistyped_tables(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MISTRAL_API_KEY", "k")
    config = tmp_path / "mistral.toml"
    config.write_text(TYPOS)
    assert main(["config", "check", "--config-file", str(config)]) == 2
    out = capsys.readouterr().out
    assert "profile [stagng] is close to profile [staging]" in out
    assert "[staging.clinet] is no section (did you mean [staging.client]?)" in out
    assert "[client] is a section written without its profile" in out
    assert "error: [staging] invalid configuration: clinet: unknown setting" in out
    assert "ok: [prod]" in out
    config.write_text("[prod.client]\ntimeout_secs = 30\n")
    assert main(["config", "check", "--config-file", str(config)]) == 0
    assert "every profile is valid" in capsys.readouterr().out


def test_loading_one_profile_warns_of_mistyped_tables_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    import logging

    from integrations_mistral import load_settings
    from integrations_mistral.config.loader import forget_warnings

    forget_warnings()
    config = tmp_path / "mistral.toml"
    config.write_text(TYPOS.replace("[client]\ntimeout_secs = 3\n", ""))
    with caplog.at_level(logging.WARNING, logger="integrations_mistral.config"):
        load_settings("prod", config_file=str(config))
        load_settings("prod", config_file=str(config))
    said = [r.getMessage() for r in caplog.records]
    assert sum("[stagng] is close to profile [staging]" in m for m in said) == 1
    assert sum("[staging.clinet] is no section" in m for m in said) == 1


def test_config_init_is_valid_toml_once_uncommented(tmp_path: Path) -> None:
    import re

    import tomllib

    target = tmp_path / "mistral.toml"
    assert main(["config", "init", "--path", str(target)]) == 0
    text = target.read_text()
    uncommented = re.sub(r"(?m)^# ([a-z_]+ = )", r"\1", text)
    parsed = tomllib.loads(uncommented)
    assert "api_key_file" in parsed["default"] and parsed["default"]["api_key_file"] == ""
    assert "(unset)" not in text
