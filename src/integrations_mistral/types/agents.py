"""Agents (`/v1/agents`) and agent completions (`POST /v1/agents/completions`)."""

from __future__ import annotations

from typing import Any

from pydantic import Field, RootModel

from ._base import WireModel
from .chat import CompletionFields
from .messages import Tool

__all__ = [
    "Agent",
    "AgentAlias",
    "AgentAliasList",
    "AgentCreateRequest",
    "AgentList",
    "AgentListPage",
    "AgentUpdateRequest",
    "AgentVersionList",
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
    handoffs: list[str] | None = Field(default=None, min_length=1)
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


class AgentsCompletionRequest(CompletionFields):
    """Body of `POST /v1/agents/completions`."""

    agent_id: str


class AgentList(RootModel[list[Agent]]):
    """`GET /v1/agents` answers with a bare JSON array."""


class AgentListPage(WireModel):
    """`GET /v1/agents/pages`: one page of agents and the token of the next (None at the end)."""

    object: str = "list"
    data: list[Agent]
    next_page_token: str | None = None


class AgentVersionList(RootModel[list[Agent]]):
    """`GET /v1/agents/{id}/versions` answers with a bare JSON array."""


class AgentAlias(WireModel):
    """A name pointing at one version of an agent."""

    alias: str
    version: int
    created_at: str
    updated_at: str


class AgentAliasList(RootModel[list[AgentAlias]]):
    """`GET /v1/agents/{id}/aliases` answers with a bare JSON array."""
