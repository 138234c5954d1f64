"""What a new user hit in the command line and around it."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
import time
import warnings
from pathlib import Path
from types import SimpleNamespace

import pytest
from aiohttp import web

from integrations_mistral import MistralClient
from integrations_mistral.cli import main
from integrations_mistral.cli.jobs_cmd import _fine_tune_progress
from integrations_mistral.testing import FakeMistralServer
from tests.conftest import local_overrides
from tests.support.apps import App, client_for

HELLO = [{"role": "user", "content": "hi"}]


def cli_env(server: FakeMistralServer, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MISTRAL_")}
    env.update(
        MISTRAL_API_KEY="test-key",
        MISTRAL_BASE_URL=server.url,
        MISTRAL_CLIENT__ALLOW_INSECURE_HTTP="true",
        **extra,
    )
    return env


def run_cli(*argv: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "integrations_mistral", *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


async def test_download_into_a_missing_directory_names_the_users_path(
    server: FakeMistralServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name, value in cli_env(server).items():
        if name.startswith("MISTRAL_"):
            monkeypatch.setenv(name, value)
    source = tmp_path / "x.jsonl"
    source.write_text("{}\n")
    assert await asyncio.to_thread(main, ["files", "upload", str(source)]) == 0
    file_id = capsys.readouterr().out.split("\t")[0]
    target = tmp_path / "missing_dir" / "x.jsonl"
    code = await asyncio.to_thread(main, ["files", "download", file_id, "--to", str(target)])
    err = capsys.readouterr().err
    assert code == 2
    assert f"destination {target}: directory {target.parent} does not exist" in err
    assert ".part" not in err
    assert len(server.requests_to(f"/v1/files/{file_id}/content")) == 0  # nothing fetched


def test_fine_tune_progress_shows_steps_or_a_spinner(capsys: pytest.CaptureFixture[str]) -> None:
    running = SimpleNamespace(
        id="job-1",
        status="RUNNING",
        hyperparameters={"training_steps": 10},
        checkpoints=[{"step_number": 2}, {"step_number": 4}],
    )
    _fine_tune_progress(running, 12.0)
    assert "4/10 RUNNING (12 s)" in capsys.readouterr().err
    queued = SimpleNamespace(id="job-2", status="QUEUED", hyperparameters={}, checkpoints=None)
    _fine_tune_progress(queued, 3.0)
    err = capsys.readouterr().err
    assert "QUEUED (3 s)" in err and "0/0" not in err


def test_ctrl_c_while_the_command_line_loads_exits_130_quietly(tmp_path: Path) -> None:
    """An interrupt while the CLI's modules are imported (made to happen there, every time)."""
    code = (
        "import sys, runpy\n"
        "class Interrupt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'integrations_mistral.cli.chat_cmd':\n"
        "            raise KeyboardInterrupt\n"
        "sys.meta_path.insert(0, Interrupt())\n"
        "sys.argv = ['integrations_mistral', 'config', 'show']\n"
        "runpy.run_module('integrations_mistral', run_name='__main__', alter_sys=True)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 130
    assert done.stderr == ""


async def test_an_unreachable_collector_does_not_hold_the_exit(server: FakeMistralServer) -> None:
    env = cli_env(
        server,
        MISTRAL_TRACING__ENABLED="true",
        MISTRAL_TRACING__EXPORTER="otlp",
        MISTRAL_TRACING__OTLP_ENDPOINT="http://127.0.0.1:9",
        MISTRAL_TRACING__EXPORT_TIMEOUT_SECS="0.5",
        MISTRAL_METRICS__ENABLED="true",
        MISTRAL_METRICS__EXPORTER="otlp",
        MISTRAL_METRICS__OTLP_ENDPOINT="http://127.0.0.1:9",
        MISTRAL_METRICS__EXPORT_TIMEOUT_SECS="0.5",
    )
    started = time.monotonic()
    done = await asyncio.to_thread(run_cli, "chat", "hi", env=env)
    elapsed = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert done.stdout == "echo: hi\n"
    assert elapsed < 8, f"exit took {elapsed:.1f} s with export_timeout_secs = 0.5"


async def test_the_console_exporter_writes_to_stderr(server: FakeMistralServer) -> None:
    env = cli_env(server, MISTRAL_TRACING__ENABLED="true", MISTRAL_TRACING__EXPORTER="console")
    done = await asyncio.to_thread(run_cli, "chat", "hi", env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "echo: hi\n"
    assert "mistral.chat.create" in done.stderr


@pytest.mark.parametrize("where", ["reading", "in-the-loop-body"])
async def test_a_stream_stopped_by_a_cancel_is_logged_as_cancelled(
    apps: App, caplog: pytest.LogCaptureFixture, where: str
) -> None:
    async def slow_stream(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        await response.write(
            b'data: {"id":"c","model":"m","choices":[{"index":0,"delta":{"content":"a"}}]}\n\n'
        )
        await asyncio.sleep(30)
        return response

    caplog.set_level(logging.INFO, logger="integrations_mistral")
    async with client_for(await apps.start(slow_stream)) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)

        async def consume() -> None:
            async with stream:
                async for _ in stream:
                    if where == "in-the-loop-body":
                        await asyncio.sleep(30)

        reader = asyncio.create_task(consume())
        await asyncio.sleep(0.1)
        reader.cancel()
        with pytest.raises(asyncio.CancelledError):
            await reader
    messages = [r.getMessage() for r in caplog.records if r.name.endswith("calls")]
    assert "chat.create_stream cancelled" in messages
    assert not any("succeeded" in m or "closed before" in m for m in messages)


async def test_a_body_over_one_mebibyte_is_sent_without_a_resource_warning(
    server: FakeMistralServer,
) -> None:
    big = "x" * (2 * 1024 * 1024)
    async with MistralClient(**local_overrides(server)) as client:
        with warnings.catch_warnings():
            warnings.simplefilter("error", ResourceWarning)
            await client.chat.create(model="m", messages=[{"role": "user", "content": big}])
    assert len(server.requests[-1].body) > 2 * 1024 * 1024
