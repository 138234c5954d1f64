"""The accumulator behind `final_response()` and `partial`, on chunks of several choices."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from integrations_mistral.services._accumulate import StreamAccumulator
from integrations_mistral.types import CompletionChunk


def chunk(*choices: dict[str, Any], usage: dict[str, int] | None = None) -> CompletionChunk:
    body: dict[str, Any] = {
        "id": "c1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": list(choices),
    }
    if usage is not None:
        body["usage"] = usage
    return CompletionChunk.model_validate(body)


def choice(index: int, content: str, finish: str | None = None) -> dict[str, Any]:
    return {"index": index, "delta": {"content": content}, "finish_reason": finish}


def test_several_choices_merge_by_index_whatever_their_order() -> None:
    accumulator = StreamAccumulator()
    accumulator.add(chunk(choice(1, "B1")))  # choice 1 before choice 0
    accumulator.add(chunk(choice(0, "A1"), choice(2, "C1")))
    assert not accumulator.complete
    accumulator.add(chunk(choice(0, "A2", "stop"), choice(1, "B2", "length")))
    assert not accumulator.complete  # choice 2 has not finished
    accumulator.add(
        chunk(
            choice(2, "C2", "stop"),
            usage={"prompt_tokens": 1, "completion_tokens": 6, "total_tokens": 7},
        )
    )
    assert accumulator.complete
    response = accumulator.response()
    assert [c.index for c in response.choices] == [0, 1, 2]
    assert [c.message.content for c in response.choices] == ["A1A2", "B1B2", "C1C2"]
    assert [c.finish_reason for c in response.choices] == ["stop", "length", "stop"]
    assert response.usage.total_tokens == 7 and accumulator.chunks == 4


def test_nothing_received_is_not_complete() -> None:
    accumulator = StreamAccumulator()
    assert not accumulator.complete
    assert accumulator.response().choices == []


def parsed(body: dict[str, Any]) -> CompletionChunk:
    return CompletionChunk.__pydantic_validator__.validate_json(json.dumps(body))


chunk_bodies = st.lists(
    st.fixed_dictionaries(
        {
            "index": st.sampled_from([0, 0, 0, 1]),
            "content": st.one_of(
                st.sampled_from(["", "a", "bc"]),
                st.none(),
                st.just([{"type": "text", "text": "t"}]),
            ),
            "tool": st.booleans(),
            "finish": st.sampled_from([None, None, "stop"]),
            "usage": st.booleans(),
            "second": st.booleans(),  # a second choice in the same chunk
        }
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(bodies=chunk_bodies)
def test_the_text_fast_path_adds_up_as_the_general_one(bodies: list[dict[str, Any]]) -> None:
    """`add` takes a shortcut for a chunk of text of the only choice; every sequence of chunks
    (text, parts, tool calls, finishes, usage, several choices) adds up as the general path."""
    fast, general = StreamAccumulator(), StreamAccumulator()
    for number, spec in enumerate(bodies):
        delta: dict[str, Any] = {"content": spec["content"]}
        if spec["tool"]:
            delta["tool_calls"] = [
                {"id": f"t{number}", "index": 0, "function": {"name": "f", "arguments": "{}"}}
            ]
        choices = [{"index": spec["index"], "delta": delta, "finish_reason": spec["finish"]}]
        if spec["second"]:
            choices.append({"index": 3, "delta": {"content": "z"}, "finish_reason": None})
        body: dict[str, Any] = {"id": "c1", "model": "m", "created": 1, "choices": choices}
        if spec["usage"]:
            body["usage"] = {"prompt_tokens": 1, "completion_tokens": number, "total_tokens": 9}
        fast.add(parsed(body))
        general._add(parsed(body))
    assert fast.chunks == len(bodies) and fast.complete == general.complete
    assert fast.usage == general.usage
    assert fast.response() == general.response()
