"""Agents: CRUD on `/v1/agents` and completions with an agent."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Sequence
from typing import Any, Literal, overload

from typing_extensions import Required, Unpack

from ..types import (
    Agent,
    AgentAlias,
    AgentAliasList,
    AgentCreateRequest,
    AgentList,
    AgentListPage,
    AgentsCompletionRequest,
    AgentUpdateRequest,
    AgentVersionList,
    ChatCompletionResponse,
    CompletionChunk,
    Message,
    Prediction,
    ResponseFormat,
    Tool,
    ToolChoice,
)
from ._base import (
    RawResponses,
    RequestValidationError,
    Service,
    build_request,
    build_stream_request,
    fields_of,
    json_param,
    query,
    segment,
)
from ._deprecation import deprecated
from ._faces import BlockingService, Face, blocking, blocking_raw, raw, streaming
from ._options import CallOptions, take_options, takes_arguments_of
from ._stream import CompletionStream

__all__ = ["AgentsService"]

_COMPLETIONS = "POST /v1/agents/completions"


class AgentsCreateArguments(CallOptions, total=False):
    """The keyword arguments of `agents.create` but `request` (required fields required)."""

    model: Required[str]
    name: Required[str]
    instructions: str | None
    tools: builtins.list[Tool | dict[str, Any]] | None
    completion_args: dict[str, Any] | None
    guardrails: builtins.list[dict[str, Any]] | None
    description: str | None
    handoffs: builtins.list[str] | None
    metadata: dict[str, Any] | None
    version_message: str | None


class AgentsCompleteArguments(CallOptions, total=False):
    """The keyword arguments of `agents.complete` but `request` (required fields required)."""

    agent_id: Required[str]
    messages: Required[Sequence[Message | dict[str, Any]]]
    max_tokens: int | None
    stop: str | builtins.list[str] | None
    random_seed: int | None
    metadata: dict[str, Any] | None
    response_format: ResponseFormat | dict[str, Any] | None
    tools: Sequence[Tool | dict[str, Any]] | None
    tool_choice: (
        ToolChoice | dict[str, Any] | Literal["auto", "none", "any", "required"] | str | None
    )
    presence_penalty: float | None
    frequency_penalty: float | None
    n: int | None
    prediction: Prediction | dict[str, Any] | None
    parallel_tool_calls: bool | None
    prompt_mode: Literal["reasoning"] | str | None
    reasoning_effort: Literal["high", "none"] | str | None
    prompt_cache_key: str | None
    guardrails: builtins.list[dict[str, Any]] | None
    service_tier: Literal["auto", "standard_only"] | str | None


class AgentsService(Service):
    """`/v1/agents`: agents, their versions and aliases; `complete` is deprecated (conversations)."""

    @property
    def with_raw_response(self) -> AgentsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return AgentsRawResponses(self)

    @overload
    async def create(
        self, request: AgentCreateRequest, **options: Unpack[CallOptions]
    ) -> Agent: ...
    @overload
    async def create(self, **arguments: Unpack[AgentsCreateArguments]) -> Agent: ...
    async def create(
        self,
        request: AgentCreateRequest | None = None,
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
        **options: Unpack[CallOptions],
    ) -> Agent:
        return await self._send(
            "agents.create",
            "POST",
            "/v1/agents",
            Agent,
            AgentCreateRequest,
            request,
            fields_of(locals()),
            options=options,
        )

    async def list(
        self,
        *,
        page_size: int = 20,
        page_token: str | None = None,
        deployment_chat: bool | None = None,
        sources: builtins.list[str] | None = None,
        name: str | None = None,
        search: str | None = None,
        id: str | None = None,
        metadata: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> AgentListPage:
        """One page of agents (`GET /v1/agents/pages`); pass `next_page_token` for the next."""
        params = query(**fields_of(locals(), "metadata"), metadata=json_param(metadata))
        return await self._call(
            "agents.list", "GET", "/v1/agents/pages", AgentListPage, params=params, options=options
        )

    @takes_arguments_of(list)
    def iterate(self, **filters: Any) -> AsyncIterator[Agent]:
        """Every agent matching `filters` (the keyword arguments of `list`), page after page."""

        arguments = {"page_size": 20, **filters}

        async def walk() -> AsyncIterator[Agent]:
            token: str | None = None
            while True:
                page = await self.list(page_token=token, **arguments)
                for agent in page.data:
                    yield agent
                token = page.next_page_token
                if not token or not page.data:
                    return

        return walk()

    async def list_legacy(
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
        **options: Unpack[CallOptions],
    ) -> builtins.list[Agent]:
        """Deprecated: numbered pages on `GET /v1/agents`; use `list` (cursor pages)."""
        params = query(**fields_of(locals(), "metadata"), metadata=json_param(metadata))
        deprecated("agents.list_legacy", "GET /v1/agents", "agents.list (GET /v1/agents/pages)")
        listed = await self._call(
            "agents.list_legacy", "GET", "/v1/agents", AgentList, params=params, options=options
        )
        return listed.root

    async def update_version(
        self, agent_id: str, *, version: int, **options: Unpack[CallOptions]
    ) -> Agent:
        """Make `version` the agent's current version."""
        path = f"/v1/agents/{segment(agent_id, 'agent_id')}/version"
        return await self._call(
            "agents.update_version",
            "PATCH",
            path,
            Agent,
            params=query(version=version),
            options=options,
        )

    async def list_versions(
        self, agent_id: str, *, page: int = 0, page_size: int = 20, **options: Unpack[CallOptions]
    ) -> builtins.list[Agent]:
        """The agent as it was at each version."""
        path = f"/v1/agents/{segment(agent_id, 'agent_id')}/versions"
        params = query(page=page, page_size=page_size)
        listed = await self._call(
            "agents.list_versions", "GET", path, AgentVersionList, params=params, options=options
        )
        return listed.root

    async def get_version(
        self, agent_id: str, version: int | str, **options: Unpack[CallOptions]
    ) -> Agent:
        path = f"/v1/agents/{segment(agent_id, 'agent_id')}/versions/{segment(str(version), 'version')}"
        return await self._call("agents.get_version", "GET", path, Agent, options=options)

    async def set_alias(
        self, agent_id: str, *, alias: str, version: int, **options: Unpack[CallOptions]
    ) -> AgentAlias:
        """Point `alias` at `version` (created or moved)."""
        path = f"/v1/agents/{segment(agent_id, 'agent_id')}/aliases"
        params = query(alias=alias, version=version)
        return await self._call(
            "agents.set_alias", "PUT", path, AgentAlias, params=params, options=options
        )

    async def list_aliases(
        self, agent_id: str, **options: Unpack[CallOptions]
    ) -> builtins.list[AgentAlias]:
        path = f"/v1/agents/{segment(agent_id, 'agent_id')}/aliases"
        listed = await self._call(
            "agents.list_aliases", "GET", path, AgentAliasList, options=options
        )
        return listed.root

    async def delete_alias(
        self, agent_id: str, *, alias: str, **options: Unpack[CallOptions]
    ) -> None:
        path = f"/v1/agents/{segment(agent_id, 'agent_id')}/aliases"
        await self._raw(
            "agents.delete_alias", "DELETE", path, params=query(alias=alias), options=options
        )

    async def get(
        self, agent_id: str, *, agent_version: int | None = None, **options: Unpack[CallOptions]
    ) -> Agent:
        path = f"/v1/agents/{segment(agent_id, 'agent_id')}"
        return await self._call(
            "agents.get",
            "GET",
            path,
            Agent,
            params=query(agent_version=agent_version),
            options=options,
        )

    async def update(
        self,
        agent_id: str,
        request: AgentUpdateRequest | None = None,
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
        **options: Unpack[CallOptions],
    ) -> Agent:
        """Change an agent (creates a new version)."""
        path = f"/v1/agents/{segment(agent_id, 'agent_id')}"
        fields = fields_of(locals(), "agent_id", "path")
        return await self._send(
            "agents.update",
            "PATCH",
            path,
            Agent,
            AgentUpdateRequest,
            request,
            fields,
            options=options,
        )

    async def delete(self, agent_id: str, **options: Unpack[CallOptions]) -> None:
        await self._raw(
            "agents.delete",
            "DELETE",
            f"/v1/agents/{segment(agent_id, 'agent_id')}",
            options=options,
        )

    @overload
    async def complete(
        self, request: AgentsCompletionRequest, **options: Unpack[CallOptions]
    ) -> ChatCompletionResponse: ...
    @overload
    async def complete(
        self, **arguments: Unpack[AgentsCompleteArguments]
    ) -> ChatCompletionResponse: ...
    async def complete(
        self,
        request: AgentsCompletionRequest | None = None,
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
        guardrails: builtins.list[dict[str, Any]] | None = None,
        service_tier: Literal["auto", "standard_only"] | str | None = None,
        **options: Unpack[CallOptions],
    ) -> ChatCompletionResponse:
        """A chat completion by an agent (`POST /v1/agents/completions`)."""
        body = build_request(AgentsCompletionRequest, request, fields_of(locals()), options)
        deprecated("agents.complete", _COMPLETIONS, "conversations (client.conversations.start)")
        if body.stream:
            raise RequestValidationError(
                "agents.complete does not stream; use agents.complete_stream"
            )
        return await self._call(
            "agents.complete",
            "POST",
            "/v1/agents/completions",
            ChatCompletionResponse,
            body=body,
            cost=self._caller.estimate(body),
            options=options,
        )

    @overload
    async def complete_stream(
        self, request: AgentsCompletionRequest, **options: Unpack[CallOptions]
    ) -> CompletionStream[CompletionChunk]: ...
    @overload
    async def complete_stream(
        self, **arguments: Unpack[AgentsCompleteArguments]
    ) -> CompletionStream[CompletionChunk]: ...
    async def complete_stream(
        self, request: AgentsCompletionRequest | None = None, **arguments: Any
    ) -> CompletionStream[CompletionChunk]:
        """Stream an agent completion; takes the arguments of `complete`."""
        options = take_options(arguments)
        body = build_stream_request(AgentsCompletionRequest, request, arguments, options)
        deprecated(
            "agents.complete_stream",
            _COMPLETIONS,
            "conversations (client.conversations.start_stream)",
        )
        return await self._stream(
            "agents.complete_stream",
            "/v1/agents/completions",
            body,
            self._caller.estimate(body),
            options=options,
        )


class AgentsRawResponses(RawResponses):
    """`agents.with_raw_response`: each call answers `APIResponse[reply]`."""

    create = raw(AgentsService.create)
    list = raw(AgentsService.list)
    list_legacy = raw(AgentsService.list_legacy)
    update_version = raw(AgentsService.update_version)
    list_versions = raw(AgentsService.list_versions)
    get_version = raw(AgentsService.get_version)
    set_alias = raw(AgentsService.set_alias)
    list_aliases = raw(AgentsService.list_aliases)
    delete_alias = raw(AgentsService.delete_alias)
    get = raw(AgentsService.get)
    update = raw(AgentsService.update)
    delete = raw(AgentsService.delete)
    complete = raw(AgentsService.complete)


class SyncAgentsRawResponses(BlockingService):
    """`agents.with_raw_response` of the blocking client."""

    create = blocking_raw(AgentsService.create)
    list = blocking_raw(AgentsService.list)
    list_legacy = blocking_raw(AgentsService.list_legacy)
    update_version = blocking_raw(AgentsService.update_version)
    list_versions = blocking_raw(AgentsService.list_versions)
    get_version = blocking_raw(AgentsService.get_version)
    set_alias = blocking_raw(AgentsService.set_alias)
    list_aliases = blocking_raw(AgentsService.list_aliases)
    delete_alias = blocking_raw(AgentsService.delete_alias)
    get = blocking_raw(AgentsService.get)
    update = blocking_raw(AgentsService.update)
    delete = blocking_raw(AgentsService.delete)
    complete = blocking_raw(AgentsService.complete)


class SyncAgentsService(BlockingService):
    """`agents` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncAgentsRawResponses)
    create = blocking(AgentsService.create)
    list = blocking(AgentsService.list)
    list_legacy = blocking(AgentsService.list_legacy)
    update_version = blocking(AgentsService.update_version)
    list_versions = blocking(AgentsService.list_versions)
    get_version = blocking(AgentsService.get_version)
    set_alias = blocking(AgentsService.set_alias)
    list_aliases = blocking(AgentsService.list_aliases)
    delete_alias = blocking(AgentsService.delete_alias)
    get = blocking(AgentsService.get)
    update = blocking(AgentsService.update)
    delete = blocking(AgentsService.delete)
    complete = blocking(AgentsService.complete)
    complete_stream = streaming(AgentsService.complete_stream)
    iterate = blocking(AgentsService.iterate)
