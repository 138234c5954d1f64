"""Log records: `logging.*` settings act, records carry the design's fields, content is redacted."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.testing import FakeMistralServer, ScriptedReply
from tests.conftest import local_overrides
from tests.support.telemetry import FAST_RETRY, Telemetry

PATH = "/v1/chat/completions"
CONTENT = (
    "The quick brown fox jumps over the lazy dog, then naps under the old oak tree all afternoon"
)
HELLO = [{"role": "user", "content": CONTENT}]
LOGGER = logging.getLogger("integrations_mistral")


def client_for(server: FakeMistralServer, **extra: Any) -> MistralClient:
    extra.setdefault("retry", FAST_RETRY)
    return MistralClient.from_env(**local_overrides(server, **extra))


def json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


async def test_level_is_set_only_when_configured(server: FakeMistralServer) -> None:
    LOGGER.setLevel(logging.ERROR)  # the application's choice
    async with client_for(server):
        assert LOGGER.level == logging.ERROR  # logging.level unset: left alone
    async with client_for(server, logging={"level": "debug"}):
        assert LOGGER.level == logging.DEBUG
    assert LOGGER.propagate


async def test_json_handler_on_stderr_with_design_fields_and_trace_ids(
    server: FakeMistralServer, capsys: pytest.CaptureFixture[str], otel: Telemetry
) -> None:
    root = logging.getLogger()
    root_handlers, root_level = list(root.handlers), root.level
    settings = {"level": "INFO", "handler": "stderr", "format": "json"}
    client = MistralClient.from_env(
        tracer_provider=otel.tracer_provider,
        **local_overrides(server, logging=settings, tracing={"enabled": True}),
    )
    async with client:
        reply = await client.chat.create(model="mistral-small-latest", messages=HELLO)
    assert root.handlers == root_handlers and root.level == root_level  # root never touched
    assert not LOGGER.propagate  # our handler prints; the app's handlers do not print twice
    records = json_lines(capsys.readouterr().err)
    summary = next(r for r in records if r["message"] == "chat.create succeeded")
    assert summary["level"] == "INFO"
    assert summary["logger"] == "integrations_mistral.calls"
    assert summary["operation"] == "chat.create"
    assert summary["model"] == "mistral-small-latest"
    assert summary["duration_ms"] > 0
    assert summary["prompt_tokens"] == reply.usage.prompt_tokens
    assert summary["completion_tokens"] == reply.usage.completion_tokens
    assert summary["finish_reason"] == "stop"
    assert summary["timestamp"].endswith("+00:00")
    root_span = otel.span("mistral.chat.create")
    assert summary["trace_id"] == format(root_span.context.trace_id, "032x")
    assert summary["span_id"] == format(root_span.context.span_id, "016x")
    assert any(r["message"].startswith("client built") for r in records)
    assert not any(r["level"] == "DEBUG" for r in records)


async def test_text_handler_on_stdout(
    server: FakeMistralServer, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = {"level": "INFO", "handler": "stdout", "format": "text"}
    async with client_for(server, logging=settings) as client:
        await client.chat.create(model="m", messages=HELLO)
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if "chat.create succeeded" in line)
    assert " INFO integrations_mistral.calls chat.create succeeded" in line
    assert "operation='chat.create'" in line and "finish_reason='stop'" in line
    assert not line.startswith("{")


async def test_handler_none_hands_records_to_the_application(
    server: FakeMistralServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="integrations_mistral")
    server.enqueue(PATH, ScriptedReply(status=503, json={"message": "busy"}))
    async with client_for(server) as client:
        await client.chat.create(model="m", messages=HELLO)
        server.enqueue(PATH, ScriptedReply(status=401, json={"message": "bad key"}))
        with pytest.raises(im.AuthenticationError):
            await client.chat.create(model="m", messages=HELLO)
    levels = [(r.levelname, r.name, r.getMessage().split(":")[0]) for r in caplog.records]
    assert ("DEBUG", "integrations_mistral.calls", "chat.create request") in levels
    assert ("DEBUG", "integrations_mistral.calls", "chat.create response") in levels
    assert ("WARNING", "integrations_mistral.resilience", "retry triggered") in levels
    assert ("INFO", "integrations_mistral.calls", "chat.create succeeded") in levels
    assert ("ERROR", "integrations_mistral.calls", "chat.create failed") in levels  # auth
    retry = next(r for r in caplog.records if r.getMessage().startswith("retry"))
    assert retry.operation == "chat.create"  # type: ignore[attr-defined]
    assert retry.error_type == "service_unavailable"  # type: ignore[attr-defined]


async def test_breaker_and_failures_after_retries_are_errors(
    server: FakeMistralServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="integrations_mistral")
    server.enqueue(PATH, *[ScriptedReply(status=500, json={"message": "down"})] * 2)
    breaker = {"failure_threshold": 2}
    async with client_for(
        server, circuit_breaker=breaker, retry={**FAST_RETRY, "max_attempts": 2}
    ) as client:
        with pytest.raises(im.InternalServerError):
            await client.chat.create(model="m", messages=HELLO)
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert "circuit breaker closed -> open" in errors
    failed = next(r for r in caplog.records if r.getMessage().startswith("chat.create failed"))
    assert failed.levelno == logging.ERROR and failed.attempts == 2  # type: ignore[attr-defined]
    assert not [r for r in caplog.records if r.levelno < logging.WARNING]


@pytest.mark.parametrize("level", ["full", "partial", "none"])
async def test_redaction_levels_on_real_output(
    server: FakeMistralServer, capsys: pytest.CaptureFixture[str], level: str
) -> None:
    settings = {"level": "DEBUG", "handler": "stderr", "redaction_level": level}
    async with client_for(server, logging=settings) as client:
        await client.chat.create(model="m", messages=HELLO)
        embedded = await client.embeddings.create(model="mistral-embed", input=[CONTENT])
    err = capsys.readouterr().err
    records = json_lines(err)
    request = next(r for r in records if r["message"].startswith("chat.create request"))
    summary = next(r for r in records if r["message"] == "chat.create succeeded")
    embeddings = next(r for r in records if r["message"] == "embeddings.create succeeded")
    vector = repr(embedded.data[0].embedding)
    if level == "full":
        assert CONTENT[:20] not in err
        assert "messages" not in request and "completion" not in summary
        assert "embeddings" not in embeddings and vector[:20] not in err
    elif level == "partial":
        assert request["messages"] == [
            {"role": "user", "content": f"{CONTENT[:64]}... ({len(CONTENT)} chars)"}
        ]
        assert summary["completion"] == [
            f"echo: {CONTENT}"[:64] + f"... ({len(CONTENT) + 6} chars)"
        ]
        assert embeddings["embeddings"] == [f"{vector[:64]}... ({len(vector)} chars)"]
        assert CONTENT not in err
    else:
        assert request["messages"] == [{"role": "user", "content": CONTENT}]
        assert summary["completion"] == [f"echo: {CONTENT}"]
        assert embeddings["embeddings"] == [vector]


async def test_partial_length_is_a_setting(
    server: FakeMistralServer, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = {
        "level": "DEBUG",
        "handler": "stderr",
        "redaction_level": "partial",
        "content_max_chars": 9,
    }
    async with client_for(server, logging=settings) as client:
        await client.chat.create(model="m", messages=HELLO)
    request = next(
        r
        for r in json_lines(capsys.readouterr().err)
        if r["message"].startswith("chat.create request")
    )
    assert request["messages"][0]["content"] == f"The quick... ({len(CONTENT)} chars)"


def test_handler_is_installed_once_and_removed_by_handler_none(server: FakeMistralServer) -> None:
    from integrations_mistral.config.models import LoggingSettings
    from integrations_mistral.observability import configure_logging

    configure_logging(LoggingSettings(handler="stderr"))
    configure_logging(LoggingSettings(handler="stdout", format="text"))
    assert len(LOGGER.handlers) == 1 and not LOGGER.propagate
    configure_logging(LoggingSettings(handler="none"))
    assert LOGGER.handlers == [] and LOGGER.propagate


async def test_deprecated_endpoints_warn_once(
    server: FakeMistralServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="integrations_mistral")
    async with client_for(server) as client:
        agent = await client.agents.create(model="mistral-small-latest", name="a")
        for options in ({}, {"timeout": 30}):  # with per-call options, one more frame of ours
            with pytest.warns(DeprecationWarning, match="use conversations") as caught:
                await client.agents.complete(agent_id=agent.id, messages=HELLO, **options)
            assert caught[0].filename == __file__  # points at the caller's line
        await client.agents.list_legacy()
    warnings = [r.getMessage() for r in caplog.records if r.name.endswith("deprecation")]
    assert warnings == [
        "agents.complete uses the deprecated endpoint POST /v1/agents/completions; "
        "use conversations (client.conversations.start)",
        "agents.list_legacy uses the deprecated endpoint GET /v1/agents; "
        "use agents.list (GET /v1/agents/pages)",
    ]


async def test_job_state_changes_are_info_records(
    server: FakeMistralServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="integrations_mistral.jobs")
    async with client_for(server) as client:
        job = await client.batch.create(
            endpoint="/v1/chat/completions",
            model="mistral-small-latest",
            requests=[{"custom_id": "1", "body": {"messages": HELLO}}],
        )
        await client.batch.get(job.id)
        await client.batch.cancel(job.id)
    states = [r.getMessage() for r in caplog.records if r.name.endswith("jobs")]
    assert states[0] == f"batch job {job.id}: {job.status}"
    assert len(states) == 2 and states[1].startswith(f"batch job {job.id}: {job.status} -> ")


def _record_with_fields() -> logging.LogRecord:
    import pathlib

    record = logging.LogRecord("integrations_mistral.calls", logging.INFO, "", 0, "é", (), None)
    record.operation, record.status_code, record.where = "chat.create", 200, pathlib.Path("/a")
    try:
        raise ValueError("boom")
    except ValueError:
        import sys

        record.exc_info = sys.exc_info()
    return record


def test_json_records_are_written_by_python_json_logger() -> None:
    from pythonjsonlogger.core import BaseJsonFormatter
    from pythonjsonlogger.json import JsonFormatter as Stdlib

    from integrations_mistral.observability import JsonFormatter
    from integrations_mistral.observability.json_format import formatter_on

    assert issubclass(JsonFormatter, BaseJsonFormatter)
    record = _record_with_fields()
    shown = json.loads(JsonFormatter().format(record))
    assert shown["message"] == "é" and shown["level"] == "INFO"
    assert shown["logger"] == "integrations_mistral.calls" and shown["operation"] == "chat.create"
    assert shown["status_code"] == 200 and shown["where"] == "/a"  # what JSON cannot hold: text
    assert "ValueError: boom" in shown["exc_info"] and shown["timestamp"].endswith("+00:00")
    plain = json.loads(formatter_on(Stdlib)().format(record))  # without orjson: the same record
    assert {k: v for k, v in plain.items() if k != "timestamp"} == {
        k: v for k, v in shown.items() if k != "timestamp"
    }
