"""A conversation's event stream: typed events as they arrive, the turn's outputs at the end."""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from ..transport.sse import ServerSentEvent
from ..types import (
    ConversationEvent,
    ConversationResponse,
    ConversationUsage,
    FunctionCallEvent,
    MessageOutputEvent,
    ResponseDoneEvent,
    ResponseStartedEvent,
    parse_value,
)
from ..types.conversations import event_model
from ._stream import CompletionStream
from ._stream_errors import error_event

__all__ = ["ConversationAccumulator", "ConversationStream"]

_ERROR = "conversation.response.error"


class ConversationAccumulator:
    """Merges message and function-call deltas by output index; `complete` once the response
    is done. The same interface as the chat accumulator, so the stream machinery is shared."""

    def __init__(self) -> None:
        self.chunks = 0
        self.usage: ConversationUsage | None = None
        self.complete = False
        self._conversation_id = ""
        self._outputs: dict[int, dict[str, Any]] = {}

    def add(self, event: ConversationEvent) -> None:
        self.chunks += 1
        if isinstance(event, ResponseStartedEvent):
            self._conversation_id = event.conversation_id
        elif isinstance(event, MessageOutputEvent):
            entry = self._outputs.setdefault(
                event.output_index,
                {"type": "message.output", "id": event.id, "role": event.role, "content": ""},
            )
            _extend(entry, event.content)
            entry.update({k: v for k in ("model", "agent_id") if (v := getattr(event, k))})
        elif isinstance(event, FunctionCallEvent):
            entry = self._outputs.setdefault(
                event.output_index,
                {
                    "type": "function.call",
                    "id": event.id,
                    "tool_call_id": event.tool_call_id,
                    "name": event.name,
                    "arguments": "",
                },
            )
            entry["arguments"] += event.arguments
        elif isinstance(event, ResponseDoneEvent):
            self.usage, self.complete = event.usage, True
        elif event.type == "tool.execution.done":
            extra = event.__pydantic_extra__ or {}
            index = extra.get("output_index")
            index = index if isinstance(index, int) else len(self._outputs)
            self._outputs[index] = {
                "type": "tool.execution",
                "id": extra.get("id"),
                "name": extra.get("name", ""),
                "arguments": extra.get("arguments", ""),
                "info": extra.get("info"),
            }

    def response(self) -> ConversationResponse:
        outputs = [self._outputs[i] for i in sorted(self._outputs)]
        usage = self.usage.model_dump() if self.usage is not None else {}
        return parse_value(
            ConversationResponse,
            {"conversation_id": self._conversation_id, "outputs": outputs, "usage": usage},
        )


class ConversationStream(CompletionStream[Any, ConversationResponse]):
    """`async for event in stream` (typed `ConversationEvent`s); `await stream.final_response()`
    gives the `ConversationResponse` of the turn. A break raises `StreamInterruptedError` with
    everything received in `partial`; an error event raises its typed error."""

    _plain_as_bytes = False  # `_parse` reads every event's name

    def _new_accumulator(self) -> Any:
        return ConversationAccumulator()

    @property
    def partial(self) -> ConversationResponse:  # type: ignore[override]
        return self._accumulator.response()  # type: ignore[return-value]

    async def final_response(self) -> ConversationResponse:
        async for _ in self:
            pass
        return self._accumulator.response()  # type: ignore[return-value]

    def _parse(self, event: ServerSentEvent) -> Any:
        try:
            data = json.loads(event.data)
        except (ValueError, RecursionError):
            raise error_event(event.data, self.request_id, "a conversation event") from None
        kind = data.get("type") if isinstance(data, dict) else None
        kind = kind or event.event
        if kind == _ERROR or event.event == "error":
            raise error_event(event.data, self.request_id, "a conversation event")
        try:
            item = parse_value(event_model(str(kind)), {"type": kind, **data})
        except ValidationError:
            raise error_event(event.data, self.request_id, "a conversation event") from None
        self._accumulator.add(item)  # type: ignore[arg-type]
        if self._op is not None:
            self._op.chunk()
        return item


def _extend(entry: dict[str, Any], content: Any) -> None:
    """Add a `message.output.delta`'s content to its entry: text joins the text; a chunk of
    another kind (a web search's reference) turns the content into a list of chunks."""
    chunks = content if isinstance(content, list) else [content]
    for chunk in chunks:
        text = chunk if isinstance(chunk, str) else None
        if isinstance(chunk, dict) and chunk.get("type", "text") == "text":
            text = str(chunk.get("text", ""))
        current = entry["content"]
        if text is not None and isinstance(current, str):
            entry["content"] = current + text
        elif text is not None and current and current[-1].get("type") == "text":
            current[-1] = {**current[-1], "text": current[-1].get("text", "") + text}
        elif text is not None:
            current.append({"type": "text", "text": text})
        else:
            if isinstance(current, str):
                current = entry["content"] = [{"type": "text", "text": current}] if current else []
            current.append(chunk)
