"""Metrics: the 15 instruments of the design and the 4 GenAI client metrics, with their labels."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.observability.metrics import (
    DURATION_BUCKETS,
    GENAI_DURATION_BUCKETS,
    GENAI_TOKEN_BUCKETS,
    TTFT_BUCKETS,
)
from integrations_mistral.resilience import LimiterWaited
from integrations_mistral.testing import FakeMistralServer, ScriptedReply, chat_reply, stream_chunks
from tests.support.telemetry import Telemetry

PATH = "/v1/chat/completions"
HELLO = [{"role": "user", "content": "hello metrics"}]
Build = Callable[..., MistralClient]
CHUNKS = len(stream_chunks(chat_reply({"model": "m", "messages": HELLO})))

DESIGN = {
    "mistral_requests_total": {"method", "endpoint", "status", "model", "profile"},
    "mistral_request_duration_seconds": {"method", "endpoint", "model", "profile"},
    "mistral_request_size_bytes": {"endpoint", "profile"},
    "mistral_response_size_bytes": {"endpoint", "profile"},
    "mistral_tokens_total": {"type", "model", "profile"},
    "mistral_tokens_per_request": {"type", "model", "profile"},
    "mistral_stream_chunks_total": {"model", "profile"},
    "mistral_time_to_first_token_seconds": {"model", "profile"},
    "mistral_stream_duration_seconds": {"model", "profile"},
    "mistral_retries_total": {"endpoint", "reason", "profile"},
    "mistral_circuit_breaker_state": {"profile"},
    "mistral_circuit_breaker_transitions_total": {"from", "to", "profile"},
    "mistral_rate_limit_wait_seconds": {"profile"},
    "mistral_rate_limit_rejections_total": {"profile"},
    "mistral_errors_total": {"type", "endpoint", "status_code", "profile"},
}
GENAI_LABELS = {
    "gen_ai.operation.name",
    "gen_ai.provider.name",
    "gen_ai.request.model",
    "server.address",
    "server.port",
    "profile",
}


def labels(points: list[Any]) -> list[dict[str, Any]]:
    return [dict(p.attributes) for p in points]


async def exercise(client: MistralClient, server: FakeMistralServer) -> None:
    """A retried call, a stream, a failure that opens the circuit, a refusal, a limiter wait."""
    server.enqueue(PATH, ScriptedReply(status=503, json={"message": "busy"}))
    await client.chat.create(model="m", messages=HELLO)
    stream = await client.chat.create_stream(model="m", messages=HELLO)
    await stream.final_response()
    server.enqueue(PATH, *[ScriptedReply(status=500, json={"message": "down"})] * 2)
    with pytest.raises(im.InternalServerError):
        await client.chat.create(model="m", messages=HELLO)
    with pytest.raises(im.CircuitOpenError):
        await client.chat.create(model="m", messages=HELLO)
    client.resilience_hooks.emit(LimiterWaited(0.25))


async def test_every_design_metric_with_its_labels(
    server: FakeMistralServer, otel: Telemetry, observed_client: Build
) -> None:
    breaker = {"failure_threshold": 2, "timeout_secs": 60}
    async with observed_client(circuit_breaker=breaker, retry={"max_attempts": 2}) as client:
        await exercise(client, server)
    limited = {"enabled": True, "requests_per_minute": 1, "on_limit": "reject"}
    async with observed_client(rate_limit=limited) as client:
        await client.models.list()
        with pytest.raises(im.ClientRateLimitError):
            await client.models.list()
    collected = otel.metrics()
    for name, expected in DESIGN.items():
        assert name in collected, f"{name} was not recorded"
        for point in labels(otel.points(name)):
            assert set(point) == expected, (name, point)
    requests = labels(otel.points("mistral_requests_total"))
    statuses = {(p["endpoint"], p["status"]) for p in requests}
    assert {("chat.create", "503"), ("chat.create", "200"), ("chat.create", "500")} <= statuses
    assert {"chat.create_stream", "models.list"} <= {p["endpoint"] for p in requests}
    assert all(p["profile"] == "default" for p in requests)
    retries = {
        (p["endpoint"], p["reason"]): pt.value
        for pt in otel.points("mistral_retries_total")
        for p in [dict(pt.attributes)]
    }
    assert retries == {
        ("chat.create", "service_unavailable"): 1,
        ("chat.create", "server_error"): 1,
    }
    transitions = labels(otel.points("mistral_circuit_breaker_transitions_total"))
    assert {"from": "closed", "to": "open", "profile": "default"} in transitions
    [state] = otel.points("mistral_circuit_breaker_state")
    assert state.value == 1  # open
    errors = {
        (p["type"], p["endpoint"], p["status_code"])
        for p in labels(otel.points("mistral_errors_total"))
    }
    assert errors == {
        ("server_error", "chat.create", "500"),
        ("circuit_open", "chat.create", ""),
        ("client_rate_limit", "models.list", ""),
    }
    [rejections] = otel.points("mistral_rate_limit_rejections_total")
    assert rejections.value == 1
    [wait] = otel.points("mistral_rate_limit_wait_seconds")
    assert wait.sum == 0.25 and wait.count == 1
    tokens = {p["type"] for p in labels(otel.points("mistral_tokens_total"))}
    assert tokens == {"prompt", "completion"}
    [chunks] = otel.points("mistral_stream_chunks_total")
    assert chunks.value == CHUNKS


async def test_bucket_boundaries_follow_the_design_and_semconv(
    server: FakeMistralServer, otel: Telemetry, observed_client: Build
) -> None:
    async with observed_client() as client:
        await client.chat.create(model="m", messages=HELLO)
        await (await client.chat.create_stream(model="m", messages=HELLO)).final_response()
    bounds = {
        name: tuple(otel.points(name)[0].explicit_bounds)
        for name in (
            "mistral_request_duration_seconds",
            "mistral_time_to_first_token_seconds",
            "gen_ai.client.operation.duration",
            "gen_ai.client.token.usage",
            "gen_ai.client.operation.time_to_first_chunk",
        )
    }
    assert bounds["mistral_request_duration_seconds"] == DURATION_BUCKETS
    assert DURATION_BUCKETS == (0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)
    assert bounds["mistral_time_to_first_token_seconds"] == TTFT_BUCKETS
    assert TTFT_BUCKETS == (0.05, 0.1, 0.25, 0.5, 1, 2, 5)
    assert bounds["gen_ai.client.operation.duration"] == GENAI_DURATION_BUCKETS
    assert bounds["gen_ai.client.token.usage"] == GENAI_TOKEN_BUCKETS
    assert bounds["gen_ai.client.operation.time_to_first_chunk"] == GENAI_DURATION_BUCKETS


async def test_genai_client_metrics(
    server: FakeMistralServer, otel: Telemetry, observed_client: Build
) -> None:
    async with observed_client() as client:
        reply = await client.chat.create(model="mistral-small-latest", messages=HELLO)
        stream = await client.chat.create_stream(model="mistral-small-latest", messages=HELLO)
        await stream.final_response()
        server.enqueue(PATH, ScriptedReply(status=400, json={"message": "nope"}))
        with pytest.raises(im.BadRequestError):
            await client.chat.create(model="mistral-small-latest", messages=HELLO)
    durations = labels(otel.points("gen_ai.client.operation.duration"))
    assert all(set(p) >= GENAI_LABELS for p in durations)
    assert {p["gen_ai.operation.name"] for p in durations} == {"chat"}
    assert {p["gen_ai.provider.name"] for p in durations} == {"mistral_ai"}
    assert {p.get("error.type") for p in durations} == {None, "bad_request"}
    usage = {
        (dict(p.attributes)["gen_ai.token.type"], p.sum)
        for p in otel.points("gen_ai.client.token.usage")
    }
    assert ("input", reply.usage.prompt_tokens * 2) in usage
    [first_chunk] = otel.points("gen_ai.client.operation.time_to_first_chunk")
    assert first_chunk.count == 1
    [per_chunk] = otel.points("gen_ai.client.operation.time_per_output_chunk")
    assert per_chunk.count == 1  # one value per stream: the mean gap after the first chunk
    assert per_chunk.sum > 0


async def test_metrics_disabled_records_nothing(
    server: FakeMistralServer, otel: Telemetry, observed_client: Build
) -> None:
    async with observed_client(metrics={"enabled": False}) as client:
        await client.chat.create(model="m", messages=HELLO)
    assert otel.metrics() == {}
    assert otel.spans("mistral.chat.create")  # tracing still on


async def test_two_profiles_share_instruments_and_keep_their_labels(
    server: FakeMistralServer, otel: Telemetry, tmp_path: Any
) -> None:
    config = tmp_path / "mistral.toml"
    config.write_text("[alpha.client]\ntimeout_secs = 5\n[beta.client]\ntimeout_secs = 6\n")
    common = {
        "api_key": "test-key",
        "base_url": server.url,
        "client": {"allow_insecure_http": True},
        "metrics": {"enabled": True, "conventions": ["mistral"]},
    }
    for profile in ("alpha", "beta"):
        async with MistralClient.from_profile(
            profile, config_file=config, meter_provider=otel.meter_provider, **common
        ) as client:
            await client.models.list()
    profiles = sorted(p["profile"] for p in labels(otel.points("mistral_requests_total")))
    assert profiles == ["alpha", "beta"]
    assert sorted(p["profile"] for p in labels(otel.points("mistral_circuit_breaker_state"))) == [
        "alpha",
        "beta",
    ]
