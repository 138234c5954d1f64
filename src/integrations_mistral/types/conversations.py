"""Conversations (`/v1/conversations`): entries, requests, responses and the stream's events."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Discriminator, RootModel, Tag

from ._base import WireModel

__all__ = [
    "AgentHandoffEntry",
    "Conversation",
    "ConversationAppendRequest",
    "ConversationEntry",
    "ConversationEvent",
    "ConversationHistory",
    "ConversationList",
    "ConversationMessages",
    "ConversationRequest",
    "ConversationResponse",
    "ConversationRestartRequest",
    "ConversationUsage",
    "FunctionCallEntry",
    "FunctionCallEvent",
    "FunctionResultEntry",
    "MessageInputEntry",
    "MessageOutputEntry",
    "MessageOutputEvent",
    "ResponseDoneEvent",
    "ResponseErrorEvent",
    "ResponseStartedEvent",
    "ToolExecutionEntry",
    "event_model",
]

Content = str | list[dict[str, Any]]
DeltaContent = str | list[dict[str, Any]] | dict[str, Any]
"""A stream's `message.output.delta` content: text, chunks, or one chunk object."""


def _text(content: DeltaContent | None) -> str:
    if content is None or isinstance(content, str):
        return content or ""
    chunks = [content] if isinstance(content, dict) else content
    return "".join(str(chunk.get("text", "")) for chunk in chunks if isinstance(chunk, dict))


class _Entry(WireModel):
    object: str = "entry"
    id: str | None = None
    created_at: str | None = None
    completed_at: str | None = None


class MessageInputEntry(_Entry):
    type: Literal["message.input"] = "message.input"
    role: Literal["user", "assistant"] | str = "user"
    content: Content
    prefix: bool | None = None
    sent_always = ("type",)


class MessageOutputEntry(_Entry):
    type: Literal["message.output"] = "message.output"
    role: str = "assistant"
    content: Content
    agent_id: str | None = None
    model: str | None = None
    sent_always = ("type",)

    @property
    def text(self) -> str:
        return _text(self.content)


class FunctionCallEntry(_Entry):
    type: Literal["function.call"] = "function.call"
    tool_call_id: str
    name: str
    arguments: str | dict[str, Any]
    agent_id: str | None = None
    model: str | None = None
    confirmation_status: str | None = None
    sent_always = ("type",)


class FunctionResultEntry(_Entry):
    type: Literal["function.result"] = "function.result"
    tool_call_id: str
    result: str
    sent_always = ("type",)


class ToolExecutionEntry(_Entry):
    type: Literal["tool.execution"] = "tool.execution"
    name: str
    arguments: str | dict[str, Any]
    info: dict[str, Any] | None = None
    agent_id: str | None = None
    model: str | None = None
    sent_always = ("type",)


class AgentHandoffEntry(_Entry):
    type: Literal["agent.handoff"] = "agent.handoff"
    previous_agent_id: str
    previous_agent_name: str
    next_agent_id: str
    next_agent_name: str
    sent_always = ("type",)


def _entry_kind(value: Any) -> str | None:
    """An entry's `type`; where a reply leaves it out (the document gives each a default), the
    kind its fields show."""
    if not isinstance(value, dict):
        return getattr(value, "type", None)
    kind = value.get("type")
    if isinstance(kind, str):
        return kind
    if "next_agent_id" in value:
        return "agent.handoff"
    if "tool_call_id" in value:
        return "function.result" if "result" in value else "function.call"
    if "arguments" in value or "info" in value:
        return "tool.execution"
    return "message.input" if value.get("role") == "user" else "message.output"


ConversationEntry = Annotated[
    Annotated[MessageInputEntry, Tag("message.input")]
    | Annotated[MessageOutputEntry, Tag("message.output")]
    | Annotated[FunctionCallEntry, Tag("function.call")]
    | Annotated[FunctionResultEntry, Tag("function.result")]
    | Annotated[ToolExecutionEntry, Tag("tool.execution")]
    | Annotated[AgentHandoffEntry, Tag("agent.handoff")],
    Discriminator(_entry_kind),
]
Inputs = str | list[ConversationEntry | dict[str, Any]]


class _RequestBase(WireModel):
    inputs: Inputs | None = None
    stream: bool | None = None
    store: bool | None = None
    handoff_execution: Literal["client", "server"] | str | None = None
    completion_args: dict[str, Any] | None = None


class ConversationRequest(_RequestBase):
    """`POST /v1/conversations`: a new conversation with a model or an agent."""

    inputs: Inputs
    instructions: str | None = None
    tools: list[dict[str, Any]] | None = None
    guardrails: list[dict[str, Any]] | None = None
    name: str | None = None
    description: str | None = None
    metadata: dict[str, Any] | None = None
    agent_id: str | None = None
    agent_version: str | int | None = None
    model: str | None = None


class ConversationAppendRequest(_RequestBase):
    """`POST /v1/conversations/{id}`: new entries for an existing conversation."""

    tool_confirmations: list[dict[str, Any]] | None = None


class ConversationRestartRequest(_RequestBase):
    """`POST /v1/conversations/{id}/restart`: continue from an earlier entry."""

    from_entry_id: str
    guardrails: list[dict[str, Any]] | None = None
    metadata: dict[str, Any] | None = None
    agent_version: str | int | None = None


class ConversationUsage(WireModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    connector_tokens: int | None = None
    connectors: dict[str, Any] | None = None


class ConversationResponse(WireModel):
    """The outputs of one turn; `text` joins the messages the model wrote."""

    object: str = "conversation.response"
    conversation_id: str
    outputs: list[ConversationEntry]
    usage: ConversationUsage
    guardrails: list[dict[str, Any]] | None = None

    @property
    def text(self) -> str:
        return "".join(o.text for o in self.outputs if isinstance(o, MessageOutputEntry))

    @property
    def function_calls(self) -> list[FunctionCallEntry]:
        return [o for o in self.outputs if isinstance(o, FunctionCallEntry)]


class Conversation(WireModel):
    """A stored conversation, with a model (`model`) or an agent (`agent_id`)."""

    object: str = "conversation"
    id: str
    created_at: str
    updated_at: str
    model: str | None = None
    agent_id: str | None = None
    agent_version: str | int | None = None
    instructions: str | None = None
    tools: list[dict[str, Any]] | None = None
    completion_args: dict[str, Any] | None = None
    guardrails: list[dict[str, Any]] | None = None
    name: str | None = None
    description: str | None = None
    metadata: dict[str, Any] | None = None


class ConversationList(RootModel[list[Conversation]]):
    """`GET /v1/conversations` answers with a bare JSON array."""


class ConversationHistory(WireModel):
    object: str = "conversation.history"
    conversation_id: str
    entries: list[ConversationEntry]


class ConversationMessages(WireModel):
    object: str = "conversation.messages"
    conversation_id: str
    messages: list[ConversationEntry]


# stream events


class ConversationEvent(WireModel):
    """Any event of a conversation stream (unknown types keep their fields)."""

    type: str
    created_at: str | None = None


class ResponseStartedEvent(ConversationEvent):
    conversation_id: str


class MessageOutputEvent(ConversationEvent):
    id: str
    content: DeltaContent
    output_index: int = 0
    content_index: int = 0
    model: str | None = None
    agent_id: str | None = None
    role: str = "assistant"

    @property
    def text(self) -> str:
        return _text(self.content)


class FunctionCallEvent(ConversationEvent):
    id: str
    name: str
    tool_call_id: str
    arguments: str
    output_index: int = 0
    model: str | None = None
    agent_id: str | None = None


class ResponseDoneEvent(ConversationEvent):
    usage: ConversationUsage


class ResponseErrorEvent(ConversationEvent):
    message: str
    code: int | str | None = None


_EVENTS: dict[str, type[ConversationEvent]] = {
    "conversation.response.started": ResponseStartedEvent,
    "message.output.delta": MessageOutputEvent,
    "function.call.delta": FunctionCallEvent,
    "conversation.response.done": ResponseDoneEvent,
    "conversation.response.error": ResponseErrorEvent,
}


def event_model(event_type: str) -> type[ConversationEvent]:
    """The model of an event type; tool execution and handoff events keep their fields as is."""
    return _EVENTS.get(event_type, ConversationEvent)
