"""Agents: CRUD on `/v1/agents` and completions with an agent."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Sequence
from typing import Any, Literal

from ..observability.logs import warn_deprecated
from ..types import (
    Agent,
    AgentCreateRequest,
    AgentList,
    AgentsCompletionRequest,
    AgentUpdateRequest,
    ChatCompletionResponse,
    CompletionChunk,
    Message,
    Prediction,
    ResponseFormat,
    Tool,
    ToolChoice,
)
from ._base import RequestValidationError, Service, build_request, fields_of, query, segment
from ._pagination import iterate_pages
from ._stream import CompletionStream
from .chat import estimate_tokens

__all__ = ["AgentsService"]

_COMPLETIONS = "POST /v1/agents/completions"


class _AgentPage:
    def __init__(self, data: builtins.list[Agent]) -> None:
        self.data, self.total = data, None


class AgentsService(Service):
    """`/v1/agents` and `POST /v1/agents/completions`."""

    async def create(
        self,
        *,
        model: str | None = None,
        name: str | None = None,
        instructions: str | None = None,
        tools: builtins.list[Tool | dict[str, Any]] | None = None,
        completion_args: dict[str, Any] | None = None,
        guardrails: builtins.list[dict[str, Any]] | None = None,
        description: str | None = None,
        handoffs: builtins.list[str] | None = None,
        metadata: dict[str, Any] | None = None,
        version_message: str | None = None,
        request: AgentCreateRequest | None = None,
    ) -> Agent:
        return await self._send(
            "agents.create",
            "POST",
            "/v1/agents",
            Agent,
            AgentCreateRequest,
            request,
            fields_of(locals()),
        )

    async def list(
        self,
        *,
        page: int = 0,
        page_size: int = 20,
        deployment_chat: bool | None = None,
        sources: builtins.list[str] | None = None,
        name: str | None = None,
        search: str | None = None,
        id: str | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> builtins.list[Agent]:
        """One page of agents."""
        params = query(**fields_of(locals()))
        warn_deprecated("agents.list", "GET /v1/agents", "GET /v1/agents/pages")
        return (
            await self._caller.call("agents.list", "GET", "/v1/agents", AgentList, params=params)
        ).root

    def iterate(self, *, page_size: int = 20, **filters: Any) -> AsyncIterator[Agent]:
        """Every agent matching `filters` (the keyword arguments of `list`)."""

        async def fetch(page: int) -> _AgentPage:
            return _AgentPage(await self.list(page=page, page_size=page_size, **filters))

        return iterate_pages(fetch, page=0, page_size=page_size)

    async def get(self, agent_id: str, *, agent_version: int | None = None) -> Agent:
        path = f"/v1/agents/{segment(agent_id, 'agent_id')}"
        return await self._caller.call(
            "agents.get", "GET", path, Agent, params=query(agent_version=agent_version)
        )

    async def update(
        self,
        agent_id: str,
        *,
        model: str | None = None,
        name: str | None = None,
        instructions: str | None = None,
        tools: builtins.list[Tool | dict[str, Any]] | None = None,
        completion_args: dict[str, Any] | None = None,
        guardrails: builtins.list[dict[str, Any]] | None = None,
        description: str | None = None,
        handoffs: builtins.list[str] | None = None,
        deployment_chat: bool | None = None,
        metadata: dict[str, Any] | None = None,
        version_message: str | None = None,
        request: AgentUpdateRequest | None = None,
    ) -> Agent:
        """Change an agent (creates a new version)."""
        path = f"/v1/agents/{segment(agent_id, 'agent_id')}"
        fields = fields_of(locals(), "agent_id", "path")
        return await self._send(
            "agents.update", "PATCH", path, Agent, AgentUpdateRequest, request, fields
        )

    async def delete(self, agent_id: str) -> None:
        await self._caller.raw(
            "agents.delete", "DELETE", f"/v1/agents/{segment(agent_id, 'agent_id')}"
        )

    async def complete(
        self,
        *,
        agent_id: str | None = None,
        messages: Sequence[Message | dict[str, Any]] | None = None,
        max_tokens: int | None = None,
        stop: str | builtins.list[str] | None = None,
        random_seed: int | None = None,
        metadata: dict[str, Any] | None = None,
        response_format: ResponseFormat | dict[str, Any] | None = None,
        tools: Sequence[Tool | dict[str, Any]] | None = None,
        tool_choice: ToolChoice
        | dict[str, Any]
        | Literal["auto", "none", "any", "required"]
        | str
        | None = None,
        presence_penalty: float | None = None,
        frequency_penalty: float | None = None,
        n: int | None = None,
        prediction: Prediction | dict[str, Any] | None = None,
        parallel_tool_calls: bool | None = None,
        prompt_mode: Literal["reasoning"] | str | None = None,
        reasoning_effort: Literal["high", "none"] | str | None = None,
        prompt_cache_key: str | None = None,
        request: AgentsCompletionRequest | None = None,
    ) -> ChatCompletionResponse:
        """A chat completion by an agent (`POST /v1/agents/completions`)."""
        body = build_request(AgentsCompletionRequest, request, fields_of(locals()))
        warn_deprecated("agents.complete", _COMPLETIONS, "conversations")
        if body.stream:
            raise RequestValidationError(
                "agents.complete does not stream; use agents.complete_stream"
            )
        return await self._caller.call(
            "agents.complete",
            "POST",
            "/v1/agents/completions",
            ChatCompletionResponse,
            body=body,
            cost=estimate_tokens(body),
        )

    async def complete_stream(
        self, *, request: AgentsCompletionRequest | None = None, **arguments: Any
    ) -> CompletionStream[CompletionChunk]:
        """Stream an agent completion; takes the arguments of `complete`."""
        body = build_request(AgentsCompletionRequest, request, arguments)
        warn_deprecated("agents.complete_stream", _COMPLETIONS, "conversations")
        return await self._stream(
            "agents.complete_stream", "/v1/agents/completions", body, estimate_tokens(body)
        )
