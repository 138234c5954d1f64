"""Telemetry detail is configuration: span levels, metric families, sampling, the per-call log."""

from __future__ import annotations

import io
import json
import logging
from typing import Any

import pytest

from integrations_mistral import MistralClient
from integrations_mistral.observability import JsonFormatter
from integrations_mistral.observability.logs import will_emit
from integrations_mistral.operations import operation
from integrations_mistral.request import Request
from integrations_mistral.testing import FakeMistralServer, ScriptedReply
from tests.conftest import local_overrides
from tests.support.telemetry import FAST_RETRY, Telemetry

PATH = "/v1/chat/completions"
HELLO = [{"role": "user", "content": "hi"}]


def client(server: FakeMistralServer, otel: Telemetry, **extra: Any) -> MistralClient:
    tracing = {"enabled": True, **extra.pop("tracing", {})}
    metrics = {"enabled": True, **extra.pop("metrics", {})}
    return MistralClient.from_env(
        tracer_provider=otel.tracer_provider,
        meter_provider=otel.meter_provider,
        **local_overrides(server, tracing=tracing, metrics=metrics, retry=FAST_RETRY, **extra),
    )


async def test_one_span_per_call_by_default(server: FakeMistralServer, otel: Telemetry) -> None:
    server.enqueue(PATH, ScriptedReply(status=503, json={"message": "busy"}))
    async with client(server, otel) as mistral:
        await mistral.chat.create(model="m", messages=HELLO)
    [root] = otel.spans()
    assert root.name == "mistral.chat.create"
    attributes = dict(root.attributes or {})
    first, second = server.requests_to(PATH)
    assert attributes["http.status_code"] == 200
    assert attributes["mistral.request_id"] == second.headers["X-Request-ID"]
    assert attributes["resilience.attempt"] == 2
    [failed] = root.events
    assert failed.name == "attempt_failed"
    assert dict(failed.attributes or {})["http.status_code"] == 503
    assert dict(failed.attributes or {})["attempt"] == 1
    for sent in (first, second):  # the requests carry the call span's own ids
        _, trace_id, span_id, _ = sent.headers["traceparent"].split("-")
        assert (trace_id, span_id) == (
            format(root.context.trace_id, "032x"),
            format(root.context.span_id, "016x"),
        )


async def test_a_span_per_attempt_under_the_call(
    server: FakeMistralServer, otel: Telemetry
) -> None:
    server.enqueue(PATH, ScriptedReply(status=503, json={"message": "busy"}))
    async with client(server, otel, tracing={"spans": "attempt"}) as mistral:
        await mistral.chat.create(model="m", messages=HELLO)
    root = otel.span("mistral.chat.create")
    attempts = otel.spans("mistral.http.request")
    assert len(attempts) == 2 and otel.spans("mistral.resilience.execute") == []
    assert all(a.parent is not None and a.parent.span_id == root.context.span_id for a in attempts)
    assert [dict(a.attributes or {})["http.status_code"] for a in attempts] == [503, 200]
    assert dict(root.attributes or {})["resilience.attempt"] == 2


@pytest.mark.parametrize(
    ("conventions", "present", "absent"),
    [
        (None, "gen_ai.client.operation.duration", "mistral_requests_total"),
        (["mistral"], "mistral_requests_total", "gen_ai.client.operation.duration"),
    ],
)
async def test_metric_families_are_chosen(
    server: FakeMistralServer,
    otel: Telemetry,
    conventions: list[str] | None,
    present: str,
    absent: str,
) -> None:
    server.enqueue(PATH, ScriptedReply(status=503, json={"message": "busy"}))
    metrics = {} if conventions is None else {"conventions": conventions}
    async with client(server, otel, metrics=metrics) as mistral:
        await mistral.chat.create(model="m", messages=HELLO)
    collected = otel.metrics()
    assert present in collected and absent not in collected
    assert "mistral_retries_total" in collected  # resilience counters whatever the family


async def test_the_clients_own_provider_samples(server: FakeMistralServer) -> None:
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    for ratio, expected in ((0.0, 0), (1.0, 3)):
        tracing = {"enabled": True, "exporter": "console", "sample_ratio": ratio}
        async with MistralClient.from_env(**local_overrides(server, tracing=tracing)) as mistral:
            kept = InMemorySpanExporter()
            mistral._telemetry.tracer_provider.add_span_processor(SimpleSpanProcessor(kept))
            for _ in range(3):
                await mistral.chat.create(model="m", messages=HELLO)
        assert len(kept.get_finished_spans()) == expected
        flags = server.requests_to(PATH)[-1].headers["traceparent"].rsplit("-", 1)[1]
        assert int(flags, 16) & 1 == int(ratio)  # an unsampled call passes its context on too


async def test_no_call_record_is_built_when_no_handler_writes_it(
    server: FakeMistralServer,
) -> None:
    calls = logging.getLogger("integrations_mistral.calls")
    async with MistralClient.from_env(**local_overrides(server, logging={"level": "INFO"})) as c:
        root = logging.getLogger()
        saved = root.handlers[:]
        root.handlers = []  # nobody listens: the last-resort handler only writes warnings
        try:
            assert not will_emit(calls, logging.INFO)
            assert c._telemetry.watch(_request("chat.create", "POST", PATH)) is None
        finally:
            root.handlers = saved
        stream = io.StringIO()
        handler = logging.StreamHandler(stream)
        handler.setFormatter(JsonFormatter())
        calls.addHandler(handler)
        try:
            await c.chat.create(model="m", messages=HELLO)
        finally:
            calls.removeHandler(handler)
    record = json.loads(stream.getvalue().splitlines()[-1])
    assert record["message"] == "chat.create succeeded" and record["level"] == "INFO"
    assert record["logger"] == "integrations_mistral.calls" and record["attempts"] == 1
    assert record["timestamp"].endswith("+00:00")


def test_the_json_formatter_writes_tracebacks_and_any_value() -> None:
    try:
        raise ValueError("boom")
    except ValueError:
        record = logging.getLogger("x").makeRecord(
            "x", logging.ERROR, "", 0, "failed", (), __import__("sys").exc_info(), None,
            {"when": object(), "count": 2},
        )  # fmt: skip
    shown = json.loads(JsonFormatter().format(record))
    assert "ValueError: boom" in shown["exc_info"] and shown["count"] == 2
    assert shown["when"].startswith("<object object")


def _request(name: str, method: str, path: str) -> Request:
    return Request(operation(name), name, method, path)
