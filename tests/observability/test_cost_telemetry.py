"""What calls cost, where users look: `mistral.cost` on the call's span and
`mistral_cost_total{model, profile}`, for calls and for streams."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from integrations_mistral import MistralClient
from integrations_mistral.testing import FakeMistralServer
from tests.support.telemetry import Telemetry

ASK = [{"role": "user", "content": "what does it cost"}]


async def test_spans_and_metrics_carry_the_cost(
    server: FakeMistralServer, otel: Telemetry, observed_client: Callable[..., MistralClient]
) -> None:
    client = observed_client(pricing={"m": {"input": 3.0, "output": 7.0}})
    async with client:
        reply = await client.chat.create(model="m", messages=ASK)
        async with await client.chat.create_stream(model="m", messages=ASK) as stream:
            final = await stream.final_response()
    assert reply.usage is not None and reply.raw is not None and reply.raw.cost is not None
    expected = (reply.usage.prompt_tokens * 3.0 + reply.usage.completion_tokens * 7.0) / 1e6
    assert reply.raw.cost == pytest.approx(expected) and reply.raw.cost > 0
    assert final.raw is not None and final.raw.cost is not None
    costs = [
        dict(s.attributes or {}).get("mistral.cost") for s in otel.spans("mistral.chat.create")
    ]
    stream_costs = [
        dict(s.attributes or {}).get("mistral.cost")
        for s in otel.spans()
        if s.name.startswith("mistral.chat.create") and s.name != "mistral.chat.create"
    ]
    assert reply.raw.cost in costs
    [total] = otel.points("mistral_cost_total")
    assert total.attributes == {"model": "m", "profile": "default"}
    assert total.value == pytest.approx(reply.raw.cost + final.raw.cost)
    assert final.raw.cost in costs + stream_costs
