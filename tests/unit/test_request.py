"""`request.py`: one call as a value, built once by the service method, its options as fields."""

from __future__ import annotations

import json
from typing import Any

import pytest

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.operations import operation
from integrations_mistral.request import Request
from integrations_mistral.services import ChatService
from integrations_mistral.testing import FakeMistralServer
from integrations_mistral.types import ChatCompletionRequest
from tests.conftest import local_overrides

HELLO = [{"role": "user", "content": "hi"}]


def _service() -> ChatService:
    return MistralClient(profile="local").chat


def test_the_options_are_fields_of_the_request() -> None:
    request = _service()._request(
        "chat.create",
        "POST",
        "/v1/chat/completions",
        None,
        {"a": "1"},
        None,
        None,
        5,
        {"Last-Event-ID": "7", "X-None": None},
        {
            "timeout": 2.5,
            "extra_headers": {"X-Extra": "1", "Last-Event-ID": "8"},
            "extra_query": {"b": 2},
            "extra_body": {"c": 3},
        },
    )
    assert request.row is operation("chat.create") and request.cost == 5
    assert request.timeout == 2.5 and request.extra_body == {"c": 3}
    assert dict(request.headers or {}) == {"Last-Event-ID": "8", "X-Extra": "1"}  # the caller's win
    assert sorted((request.params or {}).items()) == [("a", "1"), ("b", "2")]


def test_a_call_without_options_builds_no_header_or_query() -> None:
    request = _service()._request("chat.create", "POST", "/v1/chat/completions")
    assert request.headers is None and request.timeout is None and request.params is None


@pytest.mark.parametrize(
    ("options", "says"),
    [
        ({"modle": "m"}, r"chat\.create: unknown argument 'modle' \(did you mean 'model'\?\)"),
        ({"timeout": 0}, "timeout must be > 0 seconds, got 0"),
        ({"timeout": -1.5}, "timeout must be > 0 seconds"),
    ],
)
def test_options_are_checked_where_the_request_is_built(options: dict[str, Any], says: str) -> None:
    with pytest.raises(im.RequestValidationError, match=says):
        _service()._request("chat.create", "POST", "/v1/chat/completions", options=options)


def test_the_payload_merges_extra_body_and_refuses_what_is_not_json() -> None:
    body = ChatCompletionRequest(model="m", messages=HELLO)  # type: ignore[arg-type]
    request = Request(operation("chat.create"), "chat.create", "POST", "/p", body)
    assert json.loads(request.payload() or b"")["model"] == "m"
    extra = request._replace(extra_body={"new_field": True})
    assert json.loads(extra.payload() or b"")["new_field"] is True
    with pytest.raises(im.RequestValidationError, match="extra_body cannot be sent as JSON"):
        request._replace(extra_body={"x": object()}).payload()


def test_derived_requests_leave_the_original_alone() -> None:
    body = ChatCompletionRequest(model="m", messages=HELLO)  # type: ignore[arg-type]
    request = Request(operation("chat.create"), "chat.create", "POST", "/p", body)
    other = request.asking_for("n")
    assert other.model == "n" and request.model == "m" and body.model == "m"
    assert request.asking_for("m") is request
    assert request.routed("/p", None) is request
    assert request.routed("/q", {"a": 1}).path == "/q" and request.path == "/p"
    streamed = request.streaming()
    assert streamed.body is not body and getattr(streamed.body, "stream", None) is True
    assert body.stream is not True
    with pytest.raises(AttributeError):
        request.path = "/x"  # type: ignore[misc]


async def test_per_call_options_reach_the_wire_and_stay_with_their_call(
    server: FakeMistralServer,
) -> None:
    async with MistralClient(**local_overrides(server)) as client:  # type: ignore[arg-type]
        await client.chat.create(
            model="m", messages=HELLO, extra_headers={"X-One": "1"}, extra_body={"seed": 1}
        )
        await client.chat.create(model="m", messages=HELLO)  # nothing carried over
    first, second = server.requests
    assert first.headers.get("X-One") == "1" and json.loads(first.body)["seed"] == 1
    assert "X-One" not in second.headers and "seed" not in json.loads(second.body)
