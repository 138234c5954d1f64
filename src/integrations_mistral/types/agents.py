"""Agents (`/v1/agents`) and agent completions (`POST /v1/agents/completions`)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, RootModel

from ._base import WireModel
from .chat import Prediction, ResponseFormat
from .messages import Message, Tool, ToolChoice

__all__ = [
    "Agent",
    "AgentCreateRequest",
    "AgentList",
    "AgentUpdateRequest",
    "AgentsCompletionRequest",
]

AgentTool = Tool | dict[str, Any]
"""A function tool, or a built-in one such as `{"type": "web_search"}`."""


class _AgentFields(WireModel):
    instructions: str | None = None
    tools: list[AgentTool] | None = None
    completion_args: dict[str, Any] | None = None
    guardrails: list[dict[str, Any]] | None = None
    description: str | None = None
    handoffs: list[str] | None = Field(None, min_length=1)
    metadata: dict[str, Any] | None = None
    version_message: str | None = None


class AgentCreateRequest(_AgentFields):
    """Body of `POST /v1/agents`."""

    model: str
    name: str


class AgentUpdateRequest(_AgentFields):
    """Body of `PATCH /v1/agents/{agent_id}`."""

    model: str | None = None
    name: str | None = None
    deployment_chat: bool | None = None


class Agent(WireModel):
    id: str
    object: str = "agent"
    model: str
    name: str
    version: int | None = None
    versions: list[int] | None = None
    instructions: str | None = None
    tools: list[dict[str, Any]] | None = None
    completion_args: dict[str, Any] | None = None
    guardrails: list[dict[str, Any]] | None = None
    description: str | None = None
    handoffs: list[str] | None = None
    metadata: dict[str, Any] | None = None
    created_at: str | None = None
    updated_at: str | None = None
    deployment_chat: bool | None = None
    source: str | None = None
    version_message: str | None = None


class AgentsCompletionRequest(WireModel):
    """Body of `POST /v1/agents/completions`."""

    agent_id: str
    messages: list[Message] = Field(min_length=1)
    max_tokens: int | None = Field(None, ge=0)
    stream: bool | None = None
    stop: str | list[str] | None = None
    random_seed: int | None = Field(None, ge=0)
    metadata: dict[str, Any] | None = None
    response_format: ResponseFormat | None = None
    tools: list[Tool] | None = None
    tool_choice: ToolChoice | Literal["auto", "none", "any", "required"] | None = None
    presence_penalty: float | None = Field(None, ge=-2, le=2)
    frequency_penalty: float | None = Field(None, ge=-2, le=2)
    n: int | None = Field(None, ge=1)
    prediction: Prediction | None = None
    parallel_tool_calls: bool | None = None
    prompt_mode: Literal["reasoning"] | None = None
    reasoning_effort: Literal["high", "none"] | None = None
    prompt_cache_key: str | None = None


class AgentList(RootModel[list[Agent]]):
    """`GET /v1/agents` answers with a bare JSON array."""
