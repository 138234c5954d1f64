"""The test kit users import: MockMistralClient and the pytest plugin's fixtures."""

from __future__ import annotations

import asyncio
import json

import pytest

import integrations_mistral as im
from integrations_mistral.testing import ANY, FakeMistralServer, MockMistralClient


async def summarize(client: im.MistralClient) -> str:
    """Code under test: it only needs something shaped like the client."""
    reply = await client.chat.create(
        model="mistral-small-latest", messages=[{"role": "user", "content": "hi"}]
    )
    return reply.text.upper()


async def test_mock_replies_queues_records_and_asserts() -> None:
    mock = MockMistralClient()
    mock.chat.create.returns(text="bonjour")
    assert await summarize(mock) == "BONJOUR"  # type: ignore[arg-type]
    mock.chat.create.assert_called_once_with(model="mistral-small-latest", messages=ANY)
    mock.chat.create.queue(im.RateLimitError("slow down", retry_after=1), "second")
    with pytest.raises(im.RateLimitError):
        await summarize(mock)  # type: ignore[arg-type]
    assert await summarize(mock) == "SECOND"  # type: ignore[arg-type]
    assert await summarize(mock) == "BONJOUR"  # back to the default
    assert mock.chat.create.call_count == 4
    with pytest.raises(AssertionError, match="called 4 times, not once"):
        mock.chat.create.assert_called_once_with()
    mock.embeddings.create.assert_not_called()


async def test_mock_checks_arguments_and_unscripted_calls() -> None:
    mock = MockMistralClient()
    with pytest.raises(im.RequestValidationError, match="modle"):
        await mock.chat.create(modle="m")
    with pytest.raises(im.MistralError, match="no reply scripted for files.upload"):
        await mock.files.upload(file=b"x", purpose="batch")
    with pytest.raises(AttributeError, match="no method 'creat'"):
        mock.chat.creat  # noqa: B018
    assert (
        await mock.chat.create(model="m", messages=[{"role": "user", "content": "x"}])
    ).text == "echo: x"


async def test_mock_streams_delays_and_functions() -> None:
    mock = MockMistralClient()
    mock.chat.create_stream.streams("Hello streaming world")
    async with await mock.chat.create_stream(model="m", messages=[]) as stream:
        pieces = [chunk.text async for chunk in stream]
    assert "".join(pieces) == "Hello streaming world" and len(pieces) > 3
    assert (await stream.final_response()).choices[0].finish_reason == "stop"
    mock.models.get.delay(0.2).returns(lambda model_id: f"model {model_id}")
    with pytest.raises(asyncio.TimeoutError):
        await asyncio.wait_for(mock.models.get("m1"), 0.05)
    assert await mock.models.get("m2") == "model m2"


async def test_plugin_fixtures(
    mistral_client: im.MistralClient,
    mistral_fake_server: FakeMistralServer,
    mistral_mock: MockMistralClient,
) -> None:
    assert (
        await mistral_client.chat.create(model="m", messages=[{"role": "user", "content": "yo"}])
    ).text == "echo: yo"
    assert mistral_fake_server.requests_to("/v1/chat/completions")
    assert isinstance(mistral_mock, MockMistralClient)


class Book(im.WireModel):
    title: str


async def test_scripting_a_json_reply_for_chat_parse(
    mistral_client: im.MistralClient, mistral_fake_server: FakeMistralServer
) -> None:
    # the fake server echoes; queue the JSON a model would return for a structured-output call
    mistral_fake_server.api.chat_replies.append(json.dumps({"title": "Dune"}))
    ask = [{"role": "user", "content": "a book?"}]
    result = await mistral_client.chat.parse(model="m", messages=ask, response_format=Book)
    assert result.parsed.title == "Dune"


async def test_mock_covers_nested_and_new_services() -> None:
    mock = MockMistralClient()
    mock.libraries.documents.upload.returns("doc")
    assert await mock.libraries.documents.upload("lib", file=b"x") == "doc"
    mock.audio.speech.create.returns(b"audio")
    assert await mock.audio.speech.create(input="hi") == b"audio"
    mock.conversations.start.queue("first turn")
    turn = await mock.conversations.start(model="m", inputs="hi")
    assert turn.text == "first turn"
    with pytest.raises(
        im.RequestValidationError, match=r"unknown argument 'fil' \(did you mean 'file'\?\)"
    ):
        await mock.libraries.documents.upload("lib", fil=b"x")
    mock.libraries.documents.upload.assert_called_once_with("lib", file=b"x")


async def test_the_mock_has_the_generated_areas_with_their_signatures() -> None:
    mock = MockMistralClient()
    mock.workflows.executions.get.returns({"execution_id": "e1"})
    assert await mock.workflows.executions.get("e1") == {"execution_id": "e1"}
    mock.workflows.executions.get.assert_called_once_with("e1")
    with pytest.raises(im.RequestValidationError):
        await mock.admin.users.create(userz=[])
    with pytest.raises(AttributeError, match="no service 'workflow'"):
        _ = mock.workflow
