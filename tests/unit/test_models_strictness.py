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
