"""The keyword arguments of methods that take another method's (`chat.parse` takes those of
`chat.create` but `response_format`), as TypedDicts, so type checkers see each one: a test
checks they list exactly the fields of the method they stand for."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Any, Literal

from typing_extensions import Required

from ..types import Message, Prediction, ResponseFormat, Tool, ToolChoice
from ._options import CallOptions

__all__ = [
    "ChatCreateArguments",
    "ChatParseArguments",
    "ChatToolsArguments",
    "ConversationToolsArguments",
]


class _ChatSettings(CallOptions, total=False):
    """What `chat.create` takes besides the conversation, its tools and its format."""

    model: Required[str]
    temperature: float | None
    top_p: float | None
    max_tokens: int | None
    stop: str | list[str] | None
    random_seed: int | None
    metadata: dict[str, Any] | None
    tool_choice: (
        ToolChoice | dict[str, Any] | Literal["auto", "none", "any", "required"] | str | None
    )
    presence_penalty: float | None
    frequency_penalty: float | None
    n: int | None
    prediction: Prediction | dict[str, Any] | None
    prompt_mode: Literal["reasoning"] | str | None
    reasoning_effort: Literal["high", "none"] | str | None
    guardrails: list[dict[str, Any]] | None
    prompt_cache_key: str | None
    service_tier: Literal["auto", "standard_only"] | str | None
    safe_prompt: bool | None


class ChatToolsArguments(_ChatSettings, total=False):
    """`chat.run_tools`'s `**arguments`: those of `create` but the messages and tools."""

    response_format: ResponseFormat | dict[str, Any] | None


class ChatParseArguments(_ChatSettings, total=False):
    """`chat.parse`'s `**arguments`: those of `create` but `response_format` (and `request`)."""

    messages: Required[Sequence[Message | dict[str, Any]]]
    tools: Sequence[Tool | dict[str, Any]] | None
    parallel_tool_calls: bool | None


class ChatCreateArguments(ChatParseArguments, total=False):
    """`chat.create`'s keyword arguments (but `request`)."""

    response_format: ResponseFormat | dict[str, Any] | None


class ConversationToolsArguments(CallOptions, total=False):
    """`conversations.run_tools`'s `**arguments`: those of `start` but the inputs and tools."""

    model: str | None
    agent_id: str | None
    agent_version: str | int | None
    instructions: str | None
    completion_args: dict[str, Any] | None
    guardrails: builtins.list[dict[str, Any]] | None
    name: str | None
    description: str | None
    metadata: dict[str, Any] | None
    store: bool | None
    handoff_execution: str | None
