"""Every request model refuses unknown fields; response models still insist on their core fields."""

from __future__ import annotations

import inspect

import pytest
from pydantic import BaseModel, ValidationError

import integrations_mistral as im
from integrations_mistral import types

REQUESTS = [
    cls
    for name, cls in inspect.getmembers(types, inspect.isclass)
    if issubclass(cls, types.WireModel) and name.endswith("Request")
]
RESPONSES = [
    im.ChatCompletionResponse,
    im.EmbeddingResponse,
    im.FileObject,
    im.Agent,
    im.BatchJob,
    im.FineTuningJob,
    im.OCRResponse,
    im.ModelCard,
]


def test_request_models_found() -> None:
    assert len(REQUESTS) >= 14


@pytest.mark.parametrize("model", REQUESTS, ids=lambda m: m.__name__)
def test_request_models_forbid_unknown_fields(model: type[BaseModel]) -> None:
    with pytest.raises(ValidationError) as info:
        model.model_validate({"definitely_not_a_field": 1})
    assert any(
        e["type"] == "extra_forbidden" and e["loc"] == ("definitely_not_a_field",)
        for e in info.value.errors()
    )


@pytest.mark.parametrize("model", RESPONSES, ids=lambda m: m.__name__)
def test_response_models_still_require_their_core_fields(model: type[BaseModel]) -> None:
    fields = {name: info for name, info in model.model_fields.items() if info.is_required()}
    assert fields, "every response model has required fields"
    with pytest.raises(ValidationError):
        types.parse_response(model, b'{"only_unknown": 1}')


def test_root_exports_models_and_services() -> None:
    for name in (
        "ChatCompletionRequest",
        "FIMCompletionRequest",
        "EmbeddingRequest",
        "OCRRequest",
        "BatchJobRequest",
        "AgentCreateRequest",
        "FileObject",
        "ParsedChatCompletion",
    ):
        assert hasattr(im, name), name


@pytest.mark.parametrize("model", REQUESTS, ids=lambda m: m.__name__)
def test_request_models_forbid_unknown_fields_when_built_by_keyword(model: type[BaseModel]) -> None:
    with pytest.raises(ValidationError) as info:
        model(definitely_not_a_field=1)
    assert any(e["type"] == "extra_forbidden" for e in info.value.errors())


def test_nested_models_are_strict_in_every_way_of_building() -> None:
    message = {"role": "user", "content": "hi", "nmae": "x"}
    for build in (
        lambda: im.ChatCompletionRequest(model="m", messages=[message]),
        lambda: im.ChatCompletionRequest.model_validate({"model": "m", "messages": [message]}),
        lambda: im.ChatCompletionRequest.model_validate_json(
            '{"model": "m", "messages": [{"role": "user", "content": "hi", "nmae": "x"}]}'
        ),
    ):
        with pytest.raises(ValidationError, match="nmae"):
            build()


def test_assigning_an_unknown_attribute_is_refused() -> None:
    request = im.ChatCompletionRequest(model="m", messages=[{"role": "user", "content": "hi"}])
    with pytest.raises(AttributeError, match="temprature"):
        request.temprature = 0.5  # type: ignore[attr-defined]
    request.temperature = 0.5
    assert b'"temperature":0.5' in request.to_json()


def test_unknown_response_fields_are_kept_and_sent_back() -> None:
    reply = types.parse_response(
        im.ChatCompletionResponse,
        b'{"id": "c", "model": "m", "new_top": 1, "usage": {}, "choices": [{"index": 0, '
        b'"finish_reason": "stop", "message": {"role": "assistant", "content": "hey", '
        b'"new_field": [1]}}]}',
    )
    assistant = reply.choices[0].message
    assert assistant.new_field == [1]  # type: ignore[attr-defined]
    request = im.ChatCompletionRequest(
        model="m", messages=[assistant, {"role": "user", "content": "more"}]
    )
    assert request.to_json() == (
        b'{"messages":[{"role":"assistant","content":"hey","new_field":[1]},'
        b'{"role":"user","content":"more"}],"model":"m"}'
    )


def test_discriminators_are_sent_though_left_to_their_default() -> None:
    request = im.ChatCompletionRequest(model="m", messages=[im.UserMessage(content="hi")])
    assert request.to_json() == b'{"messages":[{"role":"user","content":"hi"}],"model":"m"}'
