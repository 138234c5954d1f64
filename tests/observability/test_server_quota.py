"""The quota the server reports (`x-ratelimit-*`): typed on results and errors, and gauges."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.quota import ServerQuota
from integrations_mistral.testing import FakeMistralServer, ScriptedReply, chat_reply
from tests.support.telemetry import Telemetry

HELLO = [{"role": "user", "content": "hi"}]
QUOTA = {
    "x-ratelimit-limit-req-minute": "600",
    "x-ratelimit-remaining-req-minute": "599",
    "x-ratelimit-limit-tokens-minute": "2000000",
    "x-ratelimit-remaining-tokens-minute": "1999900",
    "x-ratelimit-remaining-tokens-month": "41000000",
    "x-ratelimit-tokens-query-cost": "100",
}
PATH = "/v1/chat/completions"


async def test_the_quota_is_typed_on_results_and_errors(
    server: FakeMistralServer, observed_client: Callable[..., MistralClient], otel: Telemetry
) -> None:
    async with observed_client(retry={"max_attempts": 1}) as client:
        reply = await client.chat.create(model="m", messages=HELLO)
        assert reply.raw.rate_limit is None  # the fake server sends none by default
        server.enqueue(PATH, ScriptedReply(json=chat_reply("ok"), headers=QUOTA))
        reply = await client.chat.create(model="m", messages=HELLO)
        assert reply.raw.rate_limit is not None
        assert reply.raw.rate_limit.remaining_requests_minute == 599
        server.enqueue(PATH, ScriptedReply(status=429, json={"message": "slow"}, headers=QUOTA))
        with pytest.raises(im.RateLimitError) as caught:
            await client.chat.create(model="m", messages=HELLO)
    quota = caught.value.rate_limit
    assert quota == ServerQuota(600, 599, 2_000_000, 1_999_900, None, 41_000_000, 100)
    requests = otel.points("mistral_server_remaining_requests")
    assert [(p.value, dict(p.attributes)) for p in requests] == [(599, {"profile": "default"})]
    tokens = {
        p.attributes["window"]: p.value for p in otel.points("mistral_server_remaining_tokens")
    }
    assert tokens == {"minute": 1_999_900, "month": 41_000_000}
