"""Wire models: strict when built by users, lenient when parsed from the server."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from integrations_mistral import (
    AssistantMessage,
    ChatCompletionRequest,
    ChatCompletionResponse,
    SystemMessage,
    TextChunk,
    ThinkChunk,
    Tool,
    UnknownChunk,
    UserMessage,
)
from integrations_mistral.types import parse_response

RESPONSE = {
    "id": "cmpl-1",
    "object": "chat.completion",
    "model": "mistral-small-latest",
    "created": 1702256327,
    "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    "choices": [
        {"index": 0, "message": {"role": "assistant", "content": "Hi"}, "finish_reason": "stop"}
    ],
}


def test_unset_fields_are_not_sent_and_roles_always_are() -> None:
    request = ChatCompletionRequest(
        model="m", messages=[SystemMessage(content="be brief"), UserMessage(content="hi")]
    )
    assert json.loads(request.to_json()) == {
        "model": "m",
        "messages": [{"role": "system", "content": "be brief"}, {"role": "user", "content": "hi"}],
    }


def test_dicts_and_typed_messages_mix() -> None:
    request = ChatCompletionRequest.model_validate(
        {
            "model": "m",
            "messages": [
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": "a"},
                        {"type": "image_url", "image_url": "data:x"},
                    ],
                },
                AssistantMessage(
                    content=None,
                    tool_calls=[{"id": "c1", "function": {"name": "f", "arguments": "{}"}}],
                ),  # type: ignore[list-item]
                {"role": "tool", "content": "42", "tool_call_id": "c1"},
            ],
            "tools": [Tool(function={"name": "f", "parameters": {"type": "object"}})],  # type: ignore[arg-type]
            "tool_choice": "any",
        }
    )
    body = json.loads(request.to_json())
    assert body["messages"][0]["content"][1] == {"type": "image_url", "image_url": "data:x"}
    assert body["messages"][1]["tool_calls"][0]["function"]["name"] == "f"
    assert body["tools"] == [
        {"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}
    ]
    assert body["tool_choice"] == "any"


def test_json_schema_alias_is_sent_as_schema() -> None:
    request = ChatCompletionRequest.model_validate(
        {
            "model": "m",
            "messages": [{"role": "user", "content": "x"}],
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "b", "schema": {"type": "object"}},
            },
        }
    )
    assert json.loads(request.to_json())["response_format"]["json_schema"]["schema"] == {
        "type": "object"
    }


@pytest.mark.parametrize(
    ("payload", "culprit"),
    [
        ({"model": "m", "messages": [{"role": "user", "contnt": "x"}]}, "contnt"),
        (
            {"model": "m", "messages": [{"role": "user", "content": "x"}], "temprature": 1},
            "temprature",
        ),
        ({"model": "m", "messages": [{"role": "robot", "content": "x"}]}, "role"),
        ({"model": "m", "messages": [{"role": "user", "content": [{"type": "txt"}]}]}, "txt"),
        (
            {"model": "m", "messages": [{"role": "user", "content": "x"}], "temperature": 9},
            "temperature",
        ),
        ({"model": "m", "messages": []}, "messages"),
    ],
)
def test_bad_requests_name_the_culprit(payload: dict[str, object], culprit: str) -> None:
    with pytest.raises(ValidationError) as info:
        ChatCompletionRequest.model_validate(payload)
    assert culprit in str(info.value)


def test_response_keeps_unknown_fields_and_chunks() -> None:
    payload = json.loads(json.dumps(RESPONSE))
    payload["brand_new"] = {"x": 1}
    payload["usage"]["cached"] = 3
    payload["choices"][0]["message"]["content"] = [
        {"type": "thinking", "thinking": [{"type": "text", "text": "hmm"}]},
        {"type": "hologram", "data": 1},
        {"type": "text", "text": "Hi"},
    ]
    response = parse_response(ChatCompletionResponse, json.dumps(payload).encode())
    assert response.model_extra == {"brand_new": {"x": 1}}
    assert response.usage.model_extra == {"cached": 3}
    content = response.choices[0].message.content
    assert isinstance(content, list)
    assert [type(c) for c in content] == [ThinkChunk, UnknownChunk, TextChunk]
    assert response.text == "Hi"


def test_response_missing_required_field_fails() -> None:
    payload = dict(RESPONSE)
    del payload["choices"]
    with pytest.raises(ValidationError, match="choices"):
        parse_response(ChatCompletionResponse, json.dumps(payload).encode())


def test_reply_message_can_be_sent_back() -> None:
    response = parse_response(ChatCompletionResponse, json.dumps(RESPONSE).encode())
    follow_up = ChatCompletionRequest(
        model="m",
        messages=[
            UserMessage(content="hello"),
            response.choices[0].message,
            UserMessage(content="more"),
        ],
    )
    assert json.loads(follow_up.to_json())["messages"][1] == {"role": "assistant", "content": "Hi"}


def test_unknown_fields_survive_a_round_trip() -> None:
    payload = json.loads(json.dumps(RESPONSE))
    payload["brand_new"] = {"x": [1, 2]}
    payload["choices"][0]["message"]["annotation"] = "kept"
    response = parse_response(ChatCompletionResponse, json.dumps(payload).encode())
    again = json.loads(response.model_dump_json())
    assert again["brand_new"] == {"x": [1, 2]}
    assert again["choices"][0]["message"]["annotation"] == "kept"
    assert response.model_dump()["brand_new"] == {"x": [1, 2]}


def test_direct_construction_is_strict() -> None:
    with pytest.raises(ValidationError, match="temprature"):
        ChatCompletionRequest(model="m", messages=[UserMessage(content="x")], temprature=1)  # type: ignore[call-arg]
    with pytest.raises(ValidationError, match="contnt"):
        UserMessage(contnt="x")  # type: ignore[call-arg]
