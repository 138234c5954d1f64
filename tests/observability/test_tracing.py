"""Spans: names, parentage, attributes and events, checked with the OTel SDK's in-memory exporter."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pytest
from opentelemetry.trace import StatusCode

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.operations import operation
from integrations_mistral.request import Request
from integrations_mistral.testing import (
    FakeMistralServer,
    ScriptedReply,
    chat_reply,
    sse_body,
    stream_chunks,
)
from tests.conftest import local_overrides
from tests.support.telemetry import Telemetry

PATH = "/v1/chat/completions"
HELLO = [{"role": "user", "content": "hello tracing"}]
Build = Callable[..., MistralClient]


def sse_reply(text: str, *, done: bool = True, cut: int = 0, **reply: Any) -> ScriptedReply:
    """`text` streamed; `cut` drops that many chunks from the end (the finishing ones)."""
    completion = chat_reply({"model": "m", "messages": HELLO}, reply=text)
    pieces = stream_chunks(completion)
    chunks = [sse_body([c], done=False) for c in pieces[: len(pieces) - cut]]
    if done:
        chunks.append(b"data: [DONE]\n\n")
    return ScriptedReply(chunks=chunks, headers={"Content-Type": "text/event-stream"}, **reply)


async def test_chat_create_root_resilience_and_http_spans(
    server: FakeMistralServer, otel: Telemetry, observed_client: Build
) -> None:
    async with observed_client() as client:
        reply = await client.chat.create(
            model="mistral-small-latest", messages=HELLO, temperature=0.3, max_tokens=20
        )
    root = otel.span("mistral.chat.create")
    execute = otel.span("mistral.resilience.execute")
    http = otel.span("mistral.http.request")
    assert root.parent is None
    assert execute.parent is not None and execute.parent.span_id == root.context.span_id
    assert http.parent is not None and http.parent.span_id == execute.context.span_id
    assert {root.context.trace_id, execute.context.trace_id, http.context.trace_id} == {
        root.context.trace_id
    }
    attributes = dict(root.attributes or {})
    assert attributes["mistral.messages.count"] == 1
    assert attributes["mistral.usage.total_tokens"] == reply.usage.total_tokens
    assert attributes["gen_ai.request.temperature"] == 0.3
    assert attributes["gen_ai.request.max_tokens"] == 20
    twins = {"mistral.model", "mistral.temperature", "mistral.max_tokens", "mistral.finish_reason",
             "mistral.usage.prompt_tokens", "mistral.usage.completion_tokens"}  # fmt: skip
    assert not twins & set(attributes)  # each written once, under its gen_ai name
    # OpenTelemetry GenAI semantic conventions
    assert attributes["gen_ai.operation.name"] == "chat"
    assert attributes["gen_ai.provider.name"] == "mistral_ai"
    assert attributes["gen_ai.request.model"] == "mistral-small-latest"
    assert attributes["gen_ai.response.model"] == reply.model
    assert attributes["gen_ai.response.id"] == reply.id
    assert attributes["gen_ai.response.finish_reasons"] == ("stop",)
    assert attributes["gen_ai.usage.input_tokens"] == reply.usage.prompt_tokens
    assert attributes["gen_ai.usage.output_tokens"] == reply.usage.completion_tokens
    assert attributes["server.address"] == "127.0.0.1"
    assert attributes["server.port"] == server.port
    assert root.status.status_code is StatusCode.UNSET
    assert execute.attributes == {"resilience.circuit_state": "closed", "resilience.attempt": 1}
    sent = server.requests_to(PATH)[0]
    http_attributes = dict(http.attributes or {})
    assert http_attributes["http.method"] == "POST"
    assert http_attributes["http.url"] == f"{server.url}{PATH}"
    assert http_attributes["http.status_code"] == 200
    assert http_attributes["http.response_size"] > 0
    assert http_attributes["mistral.request_id"] == sent.headers["X-Request-ID"]
    assert http.events == ()  # no event that carries nothing
    # W3C trace context: the request carries the HTTP span's ids
    trace_id, span_id = format(http.context.trace_id, "032x"), format(http.context.span_id, "016x")
    version, sent_trace, sent_span, flags = sent.headers["traceparent"].split("-")
    assert (version, sent_trace, sent_span) == ("00", trace_id, span_id)
    assert int(flags, 16) & 1  # sampled


async def test_one_http_span_per_attempt_and_error_recorded(
    server: FakeMistralServer, otel: Telemetry, observed_client: Build
) -> None:
    server.enqueue(PATH, ScriptedReply(status=503, json={"message": "busy"}))
    async with observed_client() as client:
        await client.chat.create(model="m", messages=HELLO)
    first, second = otel.spans("mistral.http.request")
    assert first.attributes is not None and first.attributes["http.status_code"] == 503
    assert first.attributes["error.type"] == "service_unavailable"
    assert first.status.status_code is StatusCode.ERROR
    assert second.status.status_code is StatusCode.UNSET
    execute = otel.span("mistral.resilience.execute")
    assert execute.attributes is not None and execute.attributes["resilience.attempt"] == 2
    traceparents = [r.headers["traceparent"] for r in server.requests_to(PATH)]
    assert len(set(traceparents)) == 2  # each attempt is its own span


async def test_failed_call_sets_error_status_and_type(
    server: FakeMistralServer, otel: Telemetry, observed_client: Build
) -> None:
    server.enqueue(PATH, ScriptedReply(status=401, json={"message": "bad key"}))
    async with observed_client() as client:
        with pytest.raises(im.AuthenticationError):
            await client.chat.create(model="m", messages=HELLO)
    root = otel.span("mistral.chat.create")
    assert root.status.status_code is StatusCode.ERROR
    assert "bad key" in (root.status.description or "")
    assert root.attributes is not None and root.attributes["error.type"] == "authentication"
    exception = next(e for e in root.events if e.name == "exception")
    assert exception.attributes is not None
    assert exception.attributes["error_type"] == "authentication"
    assert exception.attributes["exception.type"].endswith("AuthenticationError")


async def test_stream_span_lives_until_the_stream_ends(
    server: FakeMistralServer, otel: Telemetry, observed_client: Build
) -> None:
    async with observed_client() as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        assert otel.spans("mistral.chat.create_stream") == []  # still open
        final = await stream.final_response()
    root = otel.span("mistral.chat.create_stream")
    attributes = dict(root.attributes or {})
    assert attributes["mistral.streaming"] is True
    chunks = attributes["mistral.stream.chunks_count"]
    assert chunks == len(stream_chunks(chat_reply({"model": "m", "messages": HELLO})))
    assert attributes["mistral.stream.duration_ms"] > 0
    assert attributes["mistral.usage.total_tokens"] == final.usage.total_tokens
    events = {e.name: e for e in root.events}
    assert list(events) == ["first_chunk_received", "stream_completed"]
    assert events["first_chunk_received"].attributes["ttft_ms"] > 0  # type: ignore[index]
    assert events["stream_completed"].attributes["total_chunks"] == chunks  # type: ignore[index]
    http = otel.span("mistral.http.request")
    execute = otel.span("mistral.resilience.execute")
    assert http.parent is not None and http.parent.span_id == execute.context.span_id
    assert execute.parent is not None and execute.parent.span_id == root.context.span_id


async def test_stream_closed_early_ends_its_span_with_partial_counts(
    server: FakeMistralServer, otel: Telemetry, observed_client: Build
) -> None:
    server.enqueue(PATH, sse_reply(" ".join(["word"] * 50), chunk_delay=0.005))
    async with (
        observed_client() as client,
        await client.chat.create_stream(model="m", messages=HELLO) as stream,
    ):
        async for _ in stream:
            if stream.partial.text.count("word") == 3:
                break
    root = otel.span("mistral.chat.create_stream")
    attributes = dict(root.attributes or {})
    assert attributes["mistral.stream.closed_early"] is True
    assert 3 <= attributes["mistral.stream.chunks_count"] < 50
    assert root.status.status_code is StatusCode.UNSET
    assert "stream_completed" not in [e.name for e in root.events]


async def test_broken_stream_records_the_error_and_partial_counts(
    server: FakeMistralServer, otel: Telemetry, observed_client: Build
) -> None:
    server.enqueue(PATH, sse_reply("a b c d", done=False, cut=1, drop_after_chunks=True))
    async with observed_client() as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        with pytest.raises(im.StreamInterruptedError) as caught:
            await stream.final_response()
    root = otel.span("mistral.chat.create_stream")
    attributes = dict(root.attributes or {})
    assert root.status.status_code is StatusCode.ERROR
    assert attributes["error.type"] == "stream_interrupted"
    assert attributes["mistral.stream.chunks_count"] == 5
    assert caught.value.partial.text == "a b c d"


async def test_other_operations_are_named_after_service_and_method(
    server: FakeMistralServer, otel: Telemetry, observed_client: Build
) -> None:
    async with observed_client() as client:
        uploaded = await client.files.upload(file=("data.jsonl", b"{}\n"), purpose="batch")
        await client.files.retrieve(uploaded.id)
        await client.embeddings.create(model="mistral-embed", input=["a", "b"])
        fim = await client.fim.create_stream(model="codestral-latest", prompt="def f(")
        await fim.final_response()
    names = [s.name for s in otel.spans() if s.parent is None]
    assert names == [
        "mistral.files.upload",
        "mistral.files.retrieve",
        "mistral.embeddings.create",
        "mistral.fim.create_stream",
    ]
    embeddings = otel.span("mistral.embeddings.create")
    assert embeddings.attributes is not None
    assert embeddings.attributes["gen_ai.operation.name"] == "embeddings"
    fim_span = otel.span("mistral.fim.create_stream")
    assert fim_span.attributes is not None
    assert fim_span.attributes["gen_ai.operation.name"] == "text_completion"
    upload = otel.span("mistral.files.upload")
    assert upload.attributes is not None and "gen_ai.operation.name" not in upload.attributes


async def test_tracing_disabled_builds_no_span_even_with_a_provider(
    server: FakeMistralServer, otel: Telemetry, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="integrations_mistral")
    client = MistralClient.from_env(
        tracer_provider=otel.tracer_provider,
        meter_provider=otel.meter_provider,
        **local_overrides(server),
    )
    async with client:
        await client.chat.create(model="m", messages=HELLO)
        # nothing listens: no Operation (so no span or label) is built for a call
        assert client.chat._caller.telemetry.watch(_request("chat.create", "POST", PATH)) is None
    assert otel.spans() == []
    assert otel.metrics() == {}
    assert "traceparent" not in server.requests_to(PATH)[0].headers
    warnings = [r.getMessage() for r in caplog.records if r.name == "integrations_mistral.client"]
    assert warnings == [
        "a tracer provider was passed but tracing.enabled is false: nothing is emitted",
        "a meter provider was passed but metrics.enabled is false: nothing is emitted",
    ]


async def test_builder_and_global_provider(
    server: FakeMistralServer, otel: Telemetry, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = (
        MistralClient.builder()
        .api_key("test-key")
        .base_url(server.url)
        .client(allow_insecure_http=True)
        .tracing(enabled=True)
        .tracer_provider(otel.tracer_provider)
        .build()
    )
    async with built:
        await built.models.list()
    assert [s.name for s in otel.spans() if s.parent is None] == ["mistral.models.list"]
    # no provider given: the global one is used
    from opentelemetry import trace

    monkeypatch.setattr(trace, "get_tracer_provider", lambda: otel.tracer_provider)
    async with MistralClient.from_env(
        tracing={"enabled": True}, **local_overrides(server)
    ) as client:
        await client.models.list()
    assert len(otel.spans("mistral.models.list")) == 2


def _request(name: str, method: str, path: str) -> Request:
    return Request(operation(name), name, method, path)
