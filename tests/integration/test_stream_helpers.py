"""`stream.text_stream` and `chat.parse_stream`, async and blocking, over HTTP."""

from __future__ import annotations

import json

import pytest
from pydantic import BaseModel

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.testing import FakeMistralServer
from tests.conftest import local_overrides

HELLO = [{"role": "user", "content": "one two three"}]


class Book(BaseModel):
    title: str
    authors: list[str]


async def test_text_stream_yields_the_text_deltas_alone(server: FakeMistralServer) -> None:
    async with MistralClient(**local_overrides(server)) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        async with stream:
            texts = [text async for text in stream.text_stream]
            final = await stream.final_response()
    assert "".join(texts) == "echo: one two three"
    assert all(texts)  # no empty deltas (the role chunk, the end)
    assert final.text == "echo: one two three"


async def test_parse_stream_gives_the_parsed_model(server: FakeMistralServer) -> None:
    server.api.chat_replies.append(json.dumps({"title": "Dune", "authors": ["Frank Herbert"]}))
    async with MistralClient(**local_overrides(server)) as client:
        stream = await client.chat.parse_stream(model="m", messages=HELLO, response_format=Book)
        async with stream:
            pieces = [text async for text in stream.text_stream]
            result = await stream.final_response()
    assert isinstance(result, im.ParsedChatCompletion)
    assert result.parsed == Book(title="Dune", authors=["Frank Herbert"])
    assert json.loads("".join(pieces)) == {"title": "Dune", "authors": ["Frank Herbert"]}
    sent = server.requests_to("/v1/chat/completions")[0].json
    assert sent["stream"] is True
    assert sent["response_format"]["json_schema"]["name"] == "Book"


async def test_parse_stream_names_the_model_when_the_reply_does_not_fit(
    server: FakeMistralServer,
) -> None:
    server.api.chat_replies.append(json.dumps({"title": "Dune"}))
    async with MistralClient(**local_overrides(server)) as client:
        stream = await client.chat.parse_stream(model="m", messages=HELLO, response_format=Book)
        with pytest.raises(im.ResponseValidationError, match="does not fit Book"):
            await stream.final_response()


def test_the_blocking_client_has_both(threaded_server_url: str) -> None:
    with im.SyncMistralClient(
        api_key="test-key", base_url=threaded_server_url, client={"allow_insecure_http": True}
    ) as client:
        with client.chat.create_stream(model="m", messages=HELLO) as stream:
            assert "".join(stream.text_stream) == "echo: one two three"
        parsed = client.chat.parse_stream(model="m", messages=HELLO, response_format=Book)
        with parsed, pytest.raises(im.ResponseValidationError, match="does not fit Book"):
            parsed.final_response()  # the echo is no Book
