"""A routed call is observed by its deployment's own telemetry: spans carry
`mistral.deployment`, metrics carry the `<profile>@<deployment>` profile label."""

from __future__ import annotations

from typing import Any

from integrations_mistral import MistralClient
from integrations_mistral.testing import FakeMistralServer
from tests.support.telemetry import Telemetry


async def test_spans_and_metrics_name_the_deployment(
    server: FakeMistralServer, otel: Telemetry
) -> None:
    client = MistralClient.from_env(
        api_key="test-key",
        base_url=server.url,
        client={"allow_insecure_http": True},
        tracing={"enabled": True},
        metrics={"enabled": True, "conventions": ["mistral", "gen_ai"]},
        deployments={"eu_main": {"base_url": server.url, "api_key": "test-key"}},
        tracer_provider=otel.tracer_provider,
        meter_provider=otel.meter_provider,
    )
    async with client:
        await client.chat.create(model="m", messages=[{"role": "user", "content": "x"}])
    span = otel.span("mistral.chat.create")
    attributes: dict[str, Any] = dict(span.attributes or {})
    assert attributes["mistral.deployment"] == "eu_main"
    requests = otel.points("mistral_requests_total")
    assert {p.attributes["profile"] for p in requests} == {"default@eu_main"}
    [in_flight] = otel.points("mistral_deployment_in_flight")
    assert in_flight.attributes == {"profile": "default", "deployment": "eu_main"}
    assert in_flight.value == 0
    states = {p.attributes["profile"] for p in otel.points("mistral_circuit_breaker_state")}
    assert "default@eu_main" in states  # each deployment's cooldown, by its own breaker
