"""The accumulator behind `final_response()` and `partial`, on chunks of several choices."""

from __future__ import annotations

from typing import Any

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
