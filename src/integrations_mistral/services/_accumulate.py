"""Folding streamed chunks into the response they add up to."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..types import (
    ChatCompletionResponse,
    CompletionChunk,
    TextChunk,
    ToolCall,
    UsageInfo,
    parse_value,
)

__all__ = ["StreamAccumulator"]


@dataclass
class _Call:
    id: str | None = None
    type: str = "function"
    name: str = ""
    arguments: list[str] = field(default_factory=list)
    whole_arguments: dict[str, Any] | None = None

    def build(self, index: int) -> dict[str, Any]:
        arguments: dict[str, Any] | str = (
            self.whole_arguments if self.whole_arguments is not None else "".join(self.arguments)
        )
        return {
            "id": self.id,
            "type": "function",
            "function": {"name": self.name, "arguments": arguments},
            "index": index,
        }


class _Choice:
    __slots__ = ("calls", "finish_reason", "parts")

    def __init__(self) -> None:
        self.parts: list[Any] = []
        self.calls: dict[int, _Call] | None = None  # made by the first tool call
        self.finish_reason: str | None = None

    def content(self) -> str | list[Any] | None:
        if not self.parts:
            return None
        if all(isinstance(p, str) for p in self.parts):
            return "".join(self.parts)
        merged: list[Any] = []
        for part in self.parts:
            if isinstance(part, str):
                part = {"type": "text", "text": part}
            elif hasattr(part, "model_dump"):
                part = part.model_dump(by_alias=True)
            if merged and part.get("type") == "text" and merged[-1].get("type") == "text":
                merged[-1] = {"type": "text", "text": merged[-1]["text"] + part["text"]}
            else:
                merged.append(part)
        return merged


class StreamAccumulator:
    """Content concatenated, tool-call fragments merged by index, last finish_reason and usage."""

    __slots__ = ("_created", "_first", "_id", "_model", "_more", "chunks", "usage")  # per stream

    def __init__(self) -> None:
        self._first: _Choice | None = None  # choice 0, nearly always the only one
        self._more: dict[int, _Choice] | None = None  # the others (n > 1), by index
        self._id = ""
        self._model = ""
        self._created: int | None = None
        self.usage: UsageInfo | None = None
        self.chunks = 0

    @property
    def complete(self) -> bool:
        """Every choice seen has finished."""
        states = self._states()
        return bool(states) and all(state.finish_reason for _, state in states)

    def _states(self) -> list[tuple[int, _Choice]]:
        """The choices seen, by index."""
        states = [(0, self._first)] if self._first is not None else []
        if self._more:
            states += sorted(self._more.items())
        return states

    def _state(self, index: int) -> _Choice:
        if index == 0:
            if self._first is None:
                self._first = _Choice()
            return self._first
        more = self._more
        if more is None:
            more = self._more = {}
        state = more.get(index)
        if state is None:
            state = more[index] = _Choice()
        return state

    def add(self, chunk: CompletionChunk) -> None:
        self.chunks += 1
        first = self._first
        if first is not None:
            # a piece of text of the only choice (nearly every chunk), read from the models'
            # __dict__: a pydantic attribute costs 3x a dict lookup (its __getattr__ hook)
            fields = chunk.__dict__
            choices = fields["choices"]
            if fields["usage"] is None and len(choices) == 1:
                streamed = choices[0].__dict__
                delta = streamed["delta"].__dict__
                content = delta["content"]
                if (
                    type(content) is str
                    and streamed["index"] == 0
                    and delta["tool_calls"] is None
                    and streamed["finish_reason"] is None
                ):
                    if content:
                        first.parts.append(content)
                    return
        self._add(chunk)

    def _add(self, chunk: CompletionChunk) -> None:
        """Any chunk: the first, the last, tool calls, several choices, content parts."""
        if not self._id:
            self._id = chunk.id
        if not self._model:
            self._model = chunk.model
        if not self._created:
            self._created = chunk.created
        usage = chunk.usage
        if usage is not None:
            self.usage = usage
        first = self._first
        for streamed in chunk.choices:
            index = streamed.index
            state = first if index == 0 and first is not None else self._state(index)
            delta = (
                streamed.delta
            )  # its role is not kept: a completion's message is the assistant's
            content = delta.content
            if isinstance(content, str):
                if content:
                    state.parts.append(content)
            elif content:
                for piece in content:
                    state.parts.append(piece.text if isinstance(piece, TextChunk) else piece)
            if delta.tool_calls:
                for position, call in enumerate(delta.tool_calls):
                    self._merge_call(state, call, position)
            if streamed.finish_reason:
                state.finish_reason = streamed.finish_reason

    @staticmethod
    def _merge_call(state: _Choice, call: ToolCall, position: int) -> None:
        key = call.index if call.index is not None else position
        calls = state.calls
        if calls is None:
            calls = state.calls = {}
        current = calls.get(key)
        if current is not None and call.id and current.id and call.id != current.id:
            key = max(calls) + 1  # a different call reusing the index: keep both
            current = None
        if current is None:
            current = calls[key] = _Call()
        current.id = current.id or call.id
        if call.function.name and not current.name:
            current.name = call.function.name
        if isinstance(call.function.arguments, dict):
            current.whole_arguments = call.function.arguments
        else:
            current.arguments.append(call.function.arguments)

    def response(self) -> ChatCompletionResponse:
        """The completion the chunks so far add up to (unknown content kept, as when parsing)."""
        choices = []
        for index, state in self._states():
            made = state.calls
            calls = [made[k].build(k) for k in sorted(made)] if made else None
            message = {"role": "assistant", "content": state.content(), "tool_calls": calls}
            choices.append(
                {"index": index, "message": message, "finish_reason": state.finish_reason}
            )
        usage = self.usage.model_dump() if self.usage is not None else {}
        return parse_value(
            ChatCompletionResponse,
            {
                "id": self._id,
                "object": "chat.completion",
                "model": self._model,
                "created": self._created,
                "usage": usage,
                "choices": choices,
            },
        )
