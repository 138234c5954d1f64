"""Transport failures mapped to typed errors, injected with aioresponses (no sockets)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator

import aiohttp
import pytest
from aioresponses import aioresponses

import integrations_mistral as im
from integrations_mistral import MistralClient

URL = re.compile(r"^https://api\.test/v1/chat/completions$")
MESSAGES = [{"role": "user", "content": "hi"}]


@pytest.fixture
async def client() -> AsyncIterator[MistralClient]:
    async with MistralClient.from_env(
        api_key="sk-unit-secret", base_url="https://api.test", max_retries=0
    ) as c:
        yield c


@pytest.mark.parametrize(
    ("exception", "expected"),
    [
        (asyncio.TimeoutError(), im.RequestTimeoutError),
        (aiohttp.ServerTimeoutError("read"), im.RequestTimeoutError),
        (aiohttp.ClientConnectionError("refused"), im.APIConnectionError),
        (aiohttp.ServerDisconnectedError(), im.APIConnectionError),
        (aiohttp.ClientPayloadError("cut"), im.APIConnectionError),
    ],
)
async def test_failures_become_typed_errors(
    client: MistralClient, exception: Exception, expected: type[im.MistralError]
) -> None:
    with aioresponses() as mocked:
        mocked.post(URL, exception=exception)
        with pytest.raises(expected) as info:
            await client.chat.create(model="m", messages=MESSAGES)
    assert info.value.is_retryable
    assert info.value.request_id
    assert "sk-unit-secret" not in str(info.value) + repr(info.value)


async def test_bad_arguments_raise_before_sending(client: MistralClient) -> None:
    with aioresponses() as mocked:
        with pytest.raises(im.RequestValidationError, match="temperature"):
            await client.chat.create(model="m", messages=MESSAGES, temperature=7)
        with pytest.raises(im.RequestValidationError, match="model"):
            await client.chat.create(messages=MESSAGES)
        with pytest.raises(im.RequestValidationError, match="create_stream"):
            await client.chat.create(
                request=im.ChatCompletionRequest(model="m", messages=MESSAGES, stream=True)
            )  # type: ignore[arg-type]
        assert not mocked.requests


def test_a_reply_info_made_on_the_hot_path_is_the_frozen_dataclass() -> None:
    """`response_info` sets the slots directly (no frozen `__init__`): the same value, equal,
    hashed and immutable as one made by `ResponseInfo(...)`."""
    from dataclasses import FrozenInstanceError

    from integrations_mistral.transport import ResponseInfo, ServedBy
    from integrations_mistral.transport.replies import response_info

    served = ServedBy("prod", "mistral-small-latest")
    fast = response_info(200, {"x-request-id": "r1"}, "r1", served)  # type: ignore[arg-type]
    slow = ResponseInfo(200, {"x-request-id": "r1"}, "r1", served)  # type: ignore[arg-type]
    assert type(fast) is ResponseInfo and fast == slow and repr(fast) == repr(slow)
    assert (fast.status_code, fast.request_id, fast.served_by) == (200, "r1", served)
    with pytest.raises(FrozenInstanceError):
        fast.status_code = 500  # type: ignore[misc]
