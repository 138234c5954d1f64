"""Chat completion request and response (`POST /v1/chat/completions`)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from ._base import WireModel
from .messages import AssistantMessage, Message, Tool, ToolChoice

__all__ = [
    "ChatCompletionChoice",
    "ChatCompletionRequest",
    "ChatCompletionResponse",
    "CompletionFields",
    "JsonSchema",
    "Prediction",
    "ResponseFormat",
    "UsageInfo",
]


class JsonSchema(WireModel):
    name: str
    schema_definition: dict[str, Any] = Field(alias="schema")
    description: str | None = None
    strict: bool | None = None


class ResponseFormat(WireModel):
    type: Literal["text", "json_object", "json_schema"] = "text"
    json_schema: JsonSchema | None = None

    sent_always = ("type",)


class Prediction(WireModel):
    type: Literal["content"] = "content"
    content: str = ""

    sent_always = ("type",)


class CompletionFields(WireModel):
    """Fields shared by chat and agent completion requests."""

    messages: list[Message] = Field(min_length=1)
    max_tokens: int | None = Field(default=None, ge=0)
    stream: bool | None = None
    stop: str | list[str] | None = None
    random_seed: int | None = Field(default=None, ge=0)
    metadata: dict[str, Any] | None = None
    response_format: ResponseFormat | None = None
    tools: list[Tool] | None = None
    tool_choice: ToolChoice | Literal["auto", "none", "any", "required"] | str | None = None
    presence_penalty: float | None = Field(default=None, ge=-2, le=2)
    frequency_penalty: float | None = Field(default=None, ge=-2, le=2)
    n: int | None = Field(default=None, ge=1)
    prediction: Prediction | None = None
    parallel_tool_calls: bool | None = None
    prompt_mode: Literal["reasoning"] | str | None = None
    reasoning_effort: Literal["high", "none"] | str | None = None
    prompt_cache_key: str | None = None
    guardrails: list[dict[str, Any]] | None = None
    service_tier: Literal["auto", "standard_only"] | str | None = None


class ChatCompletionRequest(CompletionFields):
    """Body of `POST /v1/chat/completions`; fields left unset are not sent."""

    model: str
    temperature: float | None = Field(default=None, ge=0, le=1.5)
    top_p: float | None = Field(default=None, ge=0, le=1)
    safe_prompt: bool | None = None


class UsageInfo(WireModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0


class ChatCompletionChoice(WireModel):
    index: int
    message: AssistantMessage = Field(default_factory=AssistantMessage)
    """The reply (the API may leave it out: an empty assistant message then)."""
    finish_reason: str | None = None


class ChatCompletionResponse(WireModel):
    """A completed chat: `choices[0].message` holds the reply, `usage` the tokens billed."""

    id: str
    object: str = "chat.completion"
    model: str
    created: int | None = None
    usage: UsageInfo
    choices: list[ChatCompletionChoice]

    @property
    def text(self) -> str:
        """Text of the first choice, or an empty string."""
        return self.choices[0].message.text if self.choices else ""
