"""`client.batch.run` / `wait` end to end against the fake server over HTTP: inline and uploaded
requests, progress, typed results read lazily, failures, resuming, and inputs streamed."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.services.batch_run import INLINE_MAX, normalised_lines
from integrations_mistral.testing import FakeMistralServer
from tests.conftest import local_overrides


def body(text: str) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": text}]}


@pytest.fixture
def moving(server: FakeMistralServer) -> FakeMistralServer:
    server.api.advance_jobs = True  # type: ignore[attr-defined]
    return server


async def test_inline_requests_run_to_typed_results(
    moving: FakeMistralServer, tmp_path: Path
) -> None:
    seen: list[str] = []
    async with MistralClient(**local_overrides(moving)) as client:
        run = await client.batch.run(
            requests=[body("one"), {"custom_id": "two", "body": body("two")}],
            model="mistral-small-latest",
            poll_secs=0.01,
            on_progress=lambda job: seen.append(job.status),
            output_dir=tmp_path,
        )
    assert run.job.status == "SUCCESS"
    assert seen[-2:] == ["RUNNING", "SUCCESS"]  # on_progress saw every poll
    results = run.by_custom_id()
    assert set(results) == {"1", "two"}
    assert isinstance(results["two"].response, im.ChatCompletionResponse)
    assert results["two"].response.text == "echo: two" and results["two"].ok
    assert run.output_path is not None and run.output_path.parent == tmp_path
    created = moving.requests_to("/v1/batch/jobs")[0].json
    assert len(created["requests"]) == 2 and "input_files" not in created  # inline, no upload
    assert moving.requests_to("/v1/files") == []


async def test_a_large_jsonl_file_is_uploaded_and_failures_reported(
    moving: FakeMistralServer, tmp_path: Path
) -> None:
    source = tmp_path / "requests.jsonl"
    count = INLINE_MAX + 200
    with source.open("w") as out:
        for i in range(count):
            out.write(json.dumps(body("fail" if i == 7 else f"n{i}")) + "\n")
    async with MistralClient(**local_overrides(moving)) as client:
        run = await client.batch.run(requests=source, model="m", poll_secs=0.01)
    assert len(moving.requests_to("/v1/files")) == 1  # uploaded from disk
    results = list(run.results())
    assert len(results) == count
    failed = [r for r in results if not r.ok]
    assert [r.custom_id for r in failed] == ["8"]  # line numbers name bare bodies
    assert run.error_path is not None and run.job.failed_requests == 1


async def test_without_wait_then_resumed(moving: FakeMistralServer) -> None:
    async with MistralClient(**local_overrides(moving)) as client:
        started = await client.batch.run(requests=[body("later")], model="m", wait=False)
        assert started.job.status == "QUEUED" and started.output_path is None
        resumed = await client.batch.wait(started.job.id, poll_secs=0.01)
    assert resumed.job.status == "SUCCESS"
    assert [r.response.text for r in resumed.results()] == ["echo: later"]


async def test_a_failed_job_and_a_timeout(
    moving: FakeMistralServer, server: FakeMistralServer
) -> None:
    async with MistralClient(**local_overrides(moving)) as client:
        run = await client.batch.run(
            requests=[body("x")], model="m", metadata={"fail": "job"}, poll_secs=0.01
        )
        assert run.job.status == "FAILED" and list(run.results()) == []
        moving.api.advance_jobs = False  # type: ignore[attr-defined]  # it never moves now
        with pytest.raises(im.RequestTimeoutError, match=r"still QUEUED .* client.batch.wait"):
            await client.batch.run(
                requests=[body("x")], model="m", poll_secs=0.05, timeout_secs=0.2
            )


async def test_a_bad_line_is_named_and_nothing_is_created(
    server: FakeMistralServer, tmp_path: Path
) -> None:
    source = tmp_path / "requests.jsonl"
    source.write_text(json.dumps(body("ok")) + "\n[1, 2]\n")
    async with MistralClient(**local_overrides(server)) as client:
        with pytest.raises(im.RequestValidationError, match=f"{source}:2: not a JSON object"):
            await client.batch.run(requests=source, model="m")
    assert server.requests == []


def test_inputs_are_normalised_line_by_line(tmp_path: Path) -> None:
    """100,000 requests (about 8 MB) pass through in the memory of one line."""
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    line = json.dumps(body("x" * 60)) + "\n"
    with source.open("w") as out:
        for _ in range(100_000):
            out.write(line)
    tracemalloc.start()
    try:
        assert normalised_lines(source, target) == 100_000
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000, f"peak {peak} bytes"
    first = json.loads(target.open().readline())
    assert first == {"custom_id": "1", "body": body("x" * 60)}


async def test_results_say_what_they_cost_at_batch_prices(
    moving: FakeMistralServer, tmp_path: Path
) -> None:
    overrides = {**local_overrides(moving), "pricing": {"m": {"input": 4.0, "output": 8.0}}}
    async with MistralClient(**overrides) as client:
        run = await client.batch.run(
            requests=[body("one")], model="m", poll_secs=0.01, output_dir=tmp_path
        )
        unpriced = await client.batch.run(
            requests=[body("one")], model="my-finetune", poll_secs=0.01, output_dir=tmp_path
        )
    [result] = run.results()
    usage = result.response.usage
    listed = (usage.prompt_tokens * 4.0 + usage.completion_tokens * 8.0) / 1e6
    assert result.cost == pytest.approx(listed * 0.5) and result.cost > 0
    assert [r.cost for r in unpriced.results()] == [None]
