"""Streamed completion chunks (`data:` events of `text/event-stream` completions)."""

from __future__ import annotations

from ._base import WireModel
from .chat import UsageInfo
from .content import ContentChunk
from .messages import ToolCall

__all__ = ["CompletionChunk", "DeltaMessage", "StreamChoice"]


class DeltaMessage(WireModel):
    role: str | None = None
    content: str | list[ContentChunk] | None = None
    tool_calls: list[ToolCall] | None = None


class StreamChoice(WireModel):
    index: int
    delta: DeltaMessage
    finish_reason: str | None = None


class CompletionChunk(WireModel):
    """One streamed piece: `choices[i].delta` holds the new content or tool-call fragments."""

    id: str
    object: str = "chat.completion.chunk"
    created: int | None = None
    model: str
    usage: UsageInfo | None = None
    choices: list[StreamChoice]

    @property
    def text(self) -> str:
        """The first choice's new text in this chunk."""
        if not self.choices:
            return ""
        content = self.choices[0].delta.content
        if isinstance(content, str) or content is None:
            return content or ""
        return "".join(getattr(chunk, "text", "") for chunk in content)
