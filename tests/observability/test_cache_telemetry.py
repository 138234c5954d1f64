"""The response cache where users look: spans carry `mistral.cache`, a hit has a span of its own
with no HTTP attempt, and `mistral_cache_requests_total` / `mistral_cache_saved_tokens_total`
count lookups and the tokens hits did not spend."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from integrations_mistral import MistralClient
from integrations_mistral.testing import FakeMistralServer
from tests.support.telemetry import Telemetry

ASK = [{"role": "user", "content": "x"}]


async def test_spans_and_metrics_say_what_the_cache_did(
    server: FakeMistralServer, otel: Telemetry, observed_client: Callable[..., MistralClient]
) -> None:
    client = observed_client(cache={"enabled": True})
    async with client:
        first = await client.chat.create(model="m", messages=ASK, temperature=0)
        await client.chat.create(model="m", messages=ASK, temperature=0)
        await client.chat.create(model="m", messages=ASK, temperature=1)
    states = [
        dict(s.attributes or {}).get("mistral.cache") for s in otel.spans("mistral.chat.create")
    ]
    assert sorted(states) == ["bypass", "hit", "miss"]
    assert len(server.requests) == 2  # the hit sent nothing
    counts: dict[Any, Any] = {
        p.attributes["result"]: p.value for p in otel.points("mistral_cache_requests_total")
    }
    assert counts == {"stored": 1, "hit": 1, "bypass": 1}
    [saved] = otel.points("mistral_cache_saved_tokens_total")
    assert first.usage is not None and saved.value == first.usage.total_tokens
