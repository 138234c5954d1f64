"""Batch runs against misbehaving inputs and servers (third round): input that is not UTF-8,
result lines cut or not objects, a job id that tries to choose where results go, an output
folder that does not exist yet, errors that name the job, and `batch wait` in the shell."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from aiohttp import web

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.cli import main
from integrations_mistral.testing import FakeMistralServer
from tests.conftest import local_overrides
from tests.integration.test_batch_run import moving  # noqa: F401
from tests.support.apps import App, apps, client_for  # noqa: F401

LINE = {"custom_id": "a", "body": {"messages": [{"role": "user", "content": "one"}]}}


async def test_input_that_is_not_utf8_is_named_and_nothing_is_sent(
    server: FakeMistralServer, tmp_path: Path
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(json.dumps(LINE).encode() + b"\n" + b'{"messages": "\xff\xfe"}\n')
    async with MistralClient(**local_overrides(server)) as client:
        with pytest.raises(im.RequestValidationError, match=r"in.jsonl:2: not UTF-8 text"):
            await client.batch.run(requests=source, model="m")
    assert server.requests == []


@pytest.mark.parametrize(
    ("line", "what"), [(b'{"custom_id": "b", "resp', "cut"), (b"[1, 2]", "array")]
)
async def test_a_result_line_that_is_no_object_is_a_typed_error(
    moving: FakeMistralServer,  # noqa: F811
    tmp_path: Path,
    line: bytes,
    what: str,
) -> None:
    async with MistralClient(**local_overrides(moving)) as client:
        run = await client.batch.run(
            requests=[LINE["body"]], model="m", poll_secs=0.01, output_dir=tmp_path
        )
    assert run.output_path is not None
    with run.output_path.open("ab") as out:
        out.write(line + b"\n")
    with pytest.raises(im.ResponseValidationError, match=r"output.jsonl:2: a batch result line"):
        list(run.results())


def job_server(job_id: str, seen: list[str], content_status: int = 200):  # type: ignore[no-untyped-def]
    """A batch API whose job is named `job_id` and has finished, with one result line (or,
    with `content_status`, a download that fails)."""
    job = {
        "id": job_id, "object": "batch", "endpoint": "/v1/chat/completions",
        "status": "SUCCESS", "output_file": "out-1", "input_files": [], "errors": [],
    }  # fmt: skip

    async def handler(request: web.Request) -> web.StreamResponse:
        seen.append(f"{request.method} {request.raw_path}")
        await request.read()
        if request.path.endswith("/content"):
            if content_status != 200:
                return web.json_response({"message": "gone"}, status=content_status)
            return web.Response(body=json.dumps({"custom_id": "a"}).encode() + b"\n")
        return web.json_response(job)

    return handler


@pytest.mark.parametrize("job_id", ["../../escaped", "/tmp/absolute-escape", "a/b", ".."])
async def test_the_servers_job_id_cannot_choose_where_results_go(
    apps: App,  # noqa: F811
    tmp_path: Path,
    job_id: str,
) -> None:
    seen: list[str] = []
    out = tmp_path / "deep" / "out"
    async with client_for(await apps.start(job_server(job_id, seen))) as client:
        run = await client.batch.run(requests=[LINE], model="m", poll_secs=0.01, output_dir=out)
    assert run.output_path is not None
    assert run.output_path.parent == out  # created, and the file is inside it
    assert [r.custom_id for r in run.results()] == ["a"]
    written = sorted(p.name for p in tmp_path.rglob("*.jsonl"))  # noqa: ASYNC240
    assert written == [run.output_path.name]


async def test_an_output_dir_that_cannot_be_made_is_refused_before_anything_is_sent(
    server: FakeMistralServer, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    async with MistralClient(**local_overrides(server)) as client:
        with pytest.raises(im.RequestValidationError, match="output_dir .*cannot be created"):
            await client.batch.run(requests=[LINE], model="m", output_dir=blocker / "x")
    assert server.requests == []


async def test_an_error_after_the_job_exists_names_it(
    apps: App,  # noqa: F811
    tmp_path: Path,
) -> None:
    seen: list[str] = []
    url = await apps.start(job_server("job-42", seen, content_status=404))
    async with client_for(url) as client:
        with pytest.raises(im.NotFoundError) as caught:
            await client.batch.run(requests=[LINE], model="m", poll_secs=0.01, output_dir=tmp_path)
    assert "batch job job-42 (created)" in str(caught.value)
    assert "batch wait job-42" in str(caught.value)
    assert sum(1 for s in seen if s == "POST /v1/batch/jobs") == 1


async def test_batch_wait_follows_a_job_from_the_shell(
    moving: FakeMistralServer,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = tmp_path / "mistral.toml"
    config.write_text(f'[default.client]\nbase_url = "{moving.url}"\nallow_insecure_http = true\n')
    monkeypatch.setenv("MISTRAL_API_KEY", "test-key")
    for name in ("MISTRAL_BASE_URL", "MISTRAL_CONFIG_FILE"):
        monkeypatch.delenv(name, raising=False)
    requests = tmp_path / "requests.jsonl"
    requests.write_text(json.dumps(LINE) + "\n")
    common = ["--config-file", str(config)]
    argv = ["batch", "run", str(requests), "--model", "m", *common]
    assert await asyncio.to_thread(main, argv) == 0
    said = capsys.readouterr().out
    job_id = said.split("batch wait ")[1].split(")")[0]
    argv = ["batch", "wait", job_id, "--output-dir", str(tmp_path / "res"), *common]
    code = await asyncio.to_thread(main, [*argv, "--poll-secs", "0.01"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert f"batch job {job_id}: SUCCESS" in out
    listing = await asyncio.to_thread(main, ["files", "list", *common])
    assert listing == 0
    assert len(moving.requests_to("/v1/batch/jobs")) == 1  # one job, followed, not a second


def test_input_not_utf8_from_the_shell_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MISTRAL_API_KEY", "test-key")
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"\xff\n")
    assert main(["batch", "run", str(source), "--model", "m"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "not UTF-8" in err
