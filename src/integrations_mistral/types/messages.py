"""Chat messages (typed classes or plain dicts, discriminated by `role`) and tool definitions."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from ._base import WireModel
from .content import ContentChunk

__all__ = [
    "AssistantMessage",
    "Function",
    "FunctionCall",
    "FunctionName",
    "Message",
    "SystemMessage",
    "Tool",
    "ToolCall",
    "ToolChoice",
    "ToolMessage",
    "UserMessage",
]


class FunctionCall(WireModel):
    name: str
    arguments: dict[str, Any] | str


class ToolCall(WireModel):
    id: str | None = None
    type: Literal["function"] = "function"
    function: FunctionCall
    index: int | None = None


class Function(WireModel):
    name: str
    description: str | None = None
    parameters: dict[str, Any] = Field(default_factory=dict)
    strict: bool | None = None

    sent_always = ("parameters",)


class Tool(WireModel):
    type: Literal["function"] = "function"
    function: Function

    sent_always = ("type",)


class FunctionName(WireModel):
    name: str


class ToolChoice(WireModel):
    type: Literal["function"] = "function"
    function: FunctionName

    sent_always = ("type",)


class _Message(WireModel):
    sent_always = ("role",)


class SystemMessage(_Message):
    role: Literal["system"] = "system"
    content: str | list[ContentChunk]


class UserMessage(_Message):
    role: Literal["user"] = "user"
    content: str | list[ContentChunk] | None


class AssistantMessage(_Message):
    role: Literal["assistant"] = "assistant"
    content: str | list[ContentChunk] | None = None
    tool_calls: list[ToolCall] | None = None
    prefix: bool = False

    @property
    def text(self) -> str:
        """The message's text: the string content, or its text chunks joined."""
        if isinstance(self.content, str) or self.content is None:
            return self.content or ""
        return "".join(getattr(chunk, "text", "") for chunk in self.content)


class ToolMessage(_Message):
    role: Literal["tool"] = "tool"
    content: str | list[ContentChunk] | None
    tool_call_id: str | None = None
    name: str | None = None


Message = Annotated[
    SystemMessage | UserMessage | AssistantMessage | ToolMessage,
    Field(discriminator="role"),  # a tag pydantic-core reads itself: no Python call per message
]
