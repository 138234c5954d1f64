"""Conversations: `client.conversations.start(...)`, `append`, `restart` (and their streams),
`list`/`iterate`, `get`, `delete`, `history`, `messages`."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator
from typing import Any, overload

from typing_extensions import Required, Unpack

from ..types import (
    Conversation,
    ConversationAppendRequest,
    ConversationHistory,
    ConversationList,
    ConversationMessages,
    ConversationRequest,
    ConversationResponse,
    ConversationRestartRequest,
)
from ._base import RawResponses, Service, build_request, fields_of, json_param, query, segment
from ._conversation_stream import ConversationStream
from ._faces import BlockingService, Face, blocking, blocking_raw, raw, streaming
from ._options import CallOptions, take_options, takes_arguments_of
from ._pagination import walk_pages
from .tool_conversation import ConversationToolRuns

__all__ = ["ConversationsService"]

_PATH = "/v1/conversations"


def _path(conversation_id: str, tail: str = "") -> str:
    return f"{_PATH}/{segment(conversation_id, 'conversation_id')}{tail}"


def _cost(request: Any) -> int:
    """Up-front token charge for the limiter: input characters / 4 (settled from usage)."""
    inputs = request.inputs
    text = inputs if isinstance(inputs, str) else str(inputs or "")
    return len(text) // 4 + 1


class ConversationsStartArguments(CallOptions, total=False):
    """The keyword arguments of `conversations.start` but `request` (required fields required)."""

    inputs: Required[str | builtins.list[Any]]
    model: str | None
    agent_id: str | None
    agent_version: str | int | None
    instructions: str | None
    tools: builtins.list[dict[str, Any]] | None
    completion_args: dict[str, Any] | None
    guardrails: builtins.list[dict[str, Any]] | None
    name: str | None
    description: str | None
    metadata: dict[str, Any] | None
    store: bool | None
    handoff_execution: str | None


class ConversationsRestartArguments(CallOptions, total=False):
    """The keyword arguments of `conversations.restart` but `request` (required fields required)."""

    from_entry_id: Required[str]
    inputs: str | builtins.list[Any] | None
    store: bool | None
    handoff_execution: str | None
    completion_args: dict[str, Any] | None
    guardrails: builtins.list[dict[str, Any]] | None
    metadata: dict[str, Any] | None
    agent_version: str | int | None


class ConversationsService(ConversationToolRuns, Service):
    """`/v1/conversations`: stateful turns with a model or an agent, stored by the API."""

    @property
    def with_raw_response(self) -> ConversationsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return ConversationsRawResponses(self)

    @overload
    async def start(
        self, request: ConversationRequest, **options: Unpack[CallOptions]
    ) -> ConversationResponse: ...
    @overload
    async def start(
        self, **arguments: Unpack[ConversationsStartArguments]
    ) -> ConversationResponse: ...
    async def start(
        self,
        request: ConversationRequest | None = None,
        *,
        inputs: str | builtins.list[Any] | None = None,
        model: str | None = None,
        agent_id: str | None = None,
        agent_version: str | int | None = None,
        instructions: str | None = None,
        tools: builtins.list[dict[str, Any]] | None = None,
        completion_args: dict[str, Any] | None = None,
        guardrails: builtins.list[dict[str, Any]] | None = None,
        name: str | None = None,
        description: str | None = None,
        metadata: dict[str, Any] | None = None,
        store: bool | None = None,
        handoff_execution: str | None = None,
        **options: Unpack[CallOptions],
    ) -> ConversationResponse:
        """Start a conversation (with `model` or `agent_id`) and get the first turn's outputs."""
        body = build_request(ConversationRequest, request, fields_of(locals()), options)
        return await self._call(
            "conversations.start",
            "POST",
            _PATH,
            ConversationResponse,
            body=body,
            cost=_cost(body),
            options=options,
        )

    @overload
    async def start_stream(
        self, request: ConversationRequest, **options: Unpack[CallOptions]
    ) -> ConversationStream: ...
    @overload
    async def start_stream(
        self, **arguments: Unpack[ConversationsStartArguments]
    ) -> ConversationStream: ...
    async def start_stream(
        self, request: ConversationRequest | None = None, **arguments: Any
    ) -> ConversationStream:
        """`start`, streamed: typed events, then `final_response()`."""
        options = take_options(arguments)
        body = build_request(ConversationRequest, request, arguments, options)
        stream = await self._stream(
            "conversations.start_stream",
            _PATH,
            body,
            _cost(body),
            ConversationStream,
            options=options,
        )
        return stream  # type: ignore[return-value]

    async def append(
        self,
        conversation_id: str,
        request: ConversationAppendRequest | None = None,
        *,
        inputs: str | builtins.list[Any] | None = None,
        store: bool | None = None,
        handoff_execution: str | None = None,
        completion_args: dict[str, Any] | None = None,
        tool_confirmations: builtins.list[dict[str, Any]] | None = None,
        **options: Unpack[CallOptions],
    ) -> ConversationResponse:
        """Add entries (a message, function results) and get the next turn's outputs."""
        path = _path(conversation_id)
        body = build_request(
            ConversationAppendRequest,
            request,
            fields_of(locals(), "path", "conversation_id"),
            options,
        )
        return await self._call(
            "conversations.append",
            "POST",
            path,
            ConversationResponse,
            body=body,
            cost=_cost(body),
            options=options,
        )

    @takes_arguments_of(append)
    async def append_stream(
        self,
        conversation_id: str,
        request: ConversationAppendRequest | None = None,
        **arguments: Any,
    ) -> ConversationStream:
        """`append`, streamed."""
        options = take_options(arguments)
        body = build_request(ConversationAppendRequest, request, arguments, options)
        stream = await self._stream(
            "conversations.append_stream",
            _path(conversation_id),
            body,
            _cost(body),
            ConversationStream,
            options=options,
        )
        return stream  # type: ignore[return-value]

    @overload
    async def restart(
        self,
        conversation_id: str,
        request: ConversationRestartRequest,
        **options: Unpack[CallOptions],
    ) -> ConversationResponse: ...
    @overload
    async def restart(
        self, conversation_id: str, **arguments: Unpack[ConversationsRestartArguments]
    ) -> ConversationResponse: ...
    async def restart(
        self,
        conversation_id: str,
        request: ConversationRestartRequest | None = None,
        *,
        from_entry_id: str | None = None,
        inputs: str | builtins.list[Any] | None = None,
        store: bool | None = None,
        handoff_execution: str | None = None,
        completion_args: dict[str, Any] | None = None,
        guardrails: builtins.list[dict[str, Any]] | None = None,
        metadata: dict[str, Any] | None = None,
        agent_version: str | int | None = None,
        **options: Unpack[CallOptions],
    ) -> ConversationResponse:
        """Continue the conversation from an earlier entry, as a new branch."""
        path = _path(conversation_id, "/restart")
        body = build_request(
            ConversationRestartRequest,
            request,
            fields_of(locals(), "path", "conversation_id"),
            options,
        )
        return await self._call(
            "conversations.restart",
            "POST",
            path,
            ConversationResponse,
            body=body,
            cost=_cost(body),
            options=options,
        )

    @overload
    async def restart_stream(
        self,
        conversation_id: str,
        request: ConversationRestartRequest,
        **options: Unpack[CallOptions],
    ) -> ConversationStream: ...
    @overload
    async def restart_stream(
        self, conversation_id: str, **arguments: Unpack[ConversationsRestartArguments]
    ) -> ConversationStream: ...
    async def restart_stream(
        self,
        conversation_id: str,
        request: ConversationRestartRequest | None = None,
        **arguments: Any,
    ) -> ConversationStream:
        """`restart`, streamed."""
        options = take_options(arguments)
        body = build_request(ConversationRestartRequest, request, arguments, options)
        path = _path(conversation_id, "/restart")
        stream = await self._stream(
            "conversations.restart_stream",
            path,
            body,
            _cost(body),
            ConversationStream,
            options=options,
        )
        return stream  # type: ignore[return-value]

    async def list(
        self,
        *,
        page: int = 0,
        page_size: int = 100,
        metadata: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> builtins.list[Conversation]:
        """One page of conversations."""
        params = query(page=page, page_size=page_size, metadata=json_param(metadata))
        listed = await self._call(
            "conversations.list", "GET", _PATH, ConversationList, params=params, options=options
        )
        return listed.root

    def iterate(
        self,
        *,
        page_size: int = 100,
        metadata: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Conversation]:
        """Every conversation, fetching pages as the iteration needs them (each with `options`)."""

        return walk_pages(
            self.list,
            {"page_size": page_size, "metadata": metadata, **options},
            page="page",
            first=0,
            size="page_size",
            items="",
        )

    async def get(self, conversation_id: str, **options: Unpack[CallOptions]) -> Conversation:
        return await self._call(
            "conversations.get", "GET", _path(conversation_id), Conversation, options=options
        )

    async def delete(self, conversation_id: str, **options: Unpack[CallOptions]) -> None:
        await self._raw("conversations.delete", "DELETE", _path(conversation_id), options=options)

    async def history(
        self, conversation_id: str, **options: Unpack[CallOptions]
    ) -> ConversationHistory:
        """Every entry of the conversation (inputs, outputs, tool calls, handoffs)."""
        path = _path(conversation_id, "/history")
        return await self._call(
            "conversations.history", "GET", path, ConversationHistory, options=options
        )

    async def messages(
        self, conversation_id: str, **options: Unpack[CallOptions]
    ) -> ConversationMessages:
        """The conversation's messages only."""
        path = _path(conversation_id, "/messages")
        return await self._call(
            "conversations.messages", "GET", path, ConversationMessages, options=options
        )


class ConversationsRawResponses(RawResponses):
    """`conversations.with_raw_response`: each call answers `APIResponse[reply]`."""

    start = raw(ConversationsService.start)
    run_tools = raw(ConversationsService.run_tools)
    resume_tools = raw(ConversationsService.resume_tools)
    append = raw(ConversationsService.append)
    restart = raw(ConversationsService.restart)
    list = raw(ConversationsService.list)
    get = raw(ConversationsService.get)
    delete = raw(ConversationsService.delete)
    history = raw(ConversationsService.history)
    messages = raw(ConversationsService.messages)


class SyncConversationsRawResponses(BlockingService):
    """`conversations.with_raw_response` of the blocking client."""

    start = blocking_raw(ConversationsService.start)
    run_tools = blocking_raw(ConversationsService.run_tools)
    resume_tools = blocking_raw(ConversationsService.resume_tools)
    append = blocking_raw(ConversationsService.append)
    restart = blocking_raw(ConversationsService.restart)
    list = blocking_raw(ConversationsService.list)
    get = blocking_raw(ConversationsService.get)
    delete = blocking_raw(ConversationsService.delete)
    history = blocking_raw(ConversationsService.history)
    messages = blocking_raw(ConversationsService.messages)


class SyncConversationsService(BlockingService):
    """`conversations` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncConversationsRawResponses)
    start = blocking(ConversationsService.start)
    start_stream = streaming(ConversationsService.start_stream)
    run_tools = blocking(ConversationsService.run_tools)
    resume_tools = blocking(ConversationsService.resume_tools)
    append = blocking(ConversationsService.append)
    append_stream = streaming(ConversationsService.append_stream)
    restart = blocking(ConversationsService.restart)
    restart_stream = streaming(ConversationsService.restart_stream)
    list = blocking(ConversationsService.list)
    get = blocking(ConversationsService.get)
    delete = blocking(ConversationsService.delete)
    history = blocking(ConversationsService.history)
    messages = blocking(ConversationsService.messages)
    iterate = blocking(ConversationsService.iterate)
