"""`client.observability.chat_completion_events`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, overload

from typing_extensions import Unpack

from ...types._generated.observability_1 import (
    ChatCompletionEventPreview,
    FilterPayload,
    JudgeOutput,
)
from ...types._generated.observability_2 import CreateJudgeRequest
from ...types._generated.observability_chat_completion_events import (
    ChatCompletionEvent,
    JudgeChatCompletionEventRequest,
    SearchChatCompletionEventIdsRequest,
    SearchChatCompletionEventIdsResponse,
    SearchChatCompletionEventsRequest,
    SearchChatCompletionEventsResponse,
)
from .._base import RawResponses, Service, build_request, query, segment
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._fallback import Caller
from .._options import CallOptions
from .._pagination import walk_cursor
from .observability_chat_completion_events_fields import (
    ObservabilityChatCompletionEventsFieldsService,
    SyncObservabilityChatCompletionEventsFieldsService,
)

__all__ = [
    "ObservabilityChatCompletionEventsRawResponses",
    "ObservabilityChatCompletionEventsService",
    "SyncObservabilityChatCompletionEventsRawResponses",
    "SyncObservabilityChatCompletionEventsService",
]


class ObservabilityChatCompletionEventsService(Service):
    """`client.observability.chat_completion_events`: (beta) Observability API - chat completion events (and `fields`)."""

    area = "observability.chat_completion_events"

    @property
    def with_raw_response(self) -> ObservabilityChatCompletionEventsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return ObservabilityChatCompletionEventsRawResponses(self)

    def __init__(self, caller: Caller) -> None:
        super().__init__(caller)
        self.fields = ObservabilityChatCompletionEventsFieldsService(caller)

    @overload
    async def search(
        self,
        request: SearchChatCompletionEventsRequest,
        *,
        page_size: int | None = None,
        cursor: str | None = None,
        **options: Unpack[CallOptions],
    ) -> SearchChatCompletionEventsResponse: ...
    @overload
    async def search(
        self,
        *,
        page_size: int | None = None,
        cursor: str | None = None,
        search_params: FilterPayload | dict[str, Any],
        extra_fields: list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> SearchChatCompletionEventsResponse: ...
    async def search(
        self,
        request: SearchChatCompletionEventsRequest | None = None,
        *,
        page_size: int | None = None,
        cursor: str | None = None,
        search_params: FilterPayload | dict[str, Any] | None = None,
        extra_fields: list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> SearchChatCompletionEventsResponse:
        """Get Chat Completion Events."""
        path = "/v1/observability/chat-completion-events/search"
        return await self._call(
            "observability.chat_completion_events.search",
            "POST",
            path,
            SearchChatCompletionEventsResponse,
            params=query(page_size=page_size, cursor=cursor),
            body=build_request(
                SearchChatCompletionEventsRequest,
                request,
                {"search_params": search_params, "extra_fields": extra_fields},
                options,
            ),
            options=options,
        )

    @overload
    def iterate_search(
        self,
        *,
        page_size: int | None = None,
        cursor: str | None = None,
        request: SearchChatCompletionEventsRequest,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[ChatCompletionEventPreview]: ...
    @overload
    def iterate_search(
        self,
        *,
        page_size: int | None = None,
        cursor: str | None = None,
        search_params: FilterPayload | dict[str, Any],
        extra_fields: list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[ChatCompletionEventPreview]: ...
    def iterate_search(self, **filters: Any) -> AsyncIterator[ChatCompletionEventPreview]:
        """Every item `search` returns, page after page (its keyword arguments filter)."""
        return walk_cursor(
            self.search,
            filters,
            cursor="cursor",
            items="completion_events.results",
            next="completion_events.cursor",
        )

    @overload
    async def search_ids(
        self, request: SearchChatCompletionEventIdsRequest, **options: Unpack[CallOptions]
    ) -> SearchChatCompletionEventIdsResponse: ...
    @overload
    async def search_ids(
        self,
        *,
        search_params: FilterPayload | dict[str, Any],
        extra_fields: list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> SearchChatCompletionEventIdsResponse: ...
    async def search_ids(
        self,
        request: SearchChatCompletionEventIdsRequest | None = None,
        *,
        search_params: FilterPayload | dict[str, Any] | None = None,
        extra_fields: list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> SearchChatCompletionEventIdsResponse:
        """Alternative to /search that returns only the IDs and that can return many IDs at once."""
        path = "/v1/observability/chat-completion-events/search-ids"
        return await self._call(
            "observability.chat_completion_events.search_ids",
            "POST",
            path,
            SearchChatCompletionEventIdsResponse,
            body=build_request(
                SearchChatCompletionEventIdsRequest,
                request,
                {"search_params": search_params, "extra_fields": extra_fields},
                options,
            ),
            options=options,
        )

    async def get(self, event_id: str, **options: Unpack[CallOptions]) -> ChatCompletionEvent:
        """Get Chat Completion Event."""
        path = f"/v1/observability/chat-completion-events/{segment(event_id, 'event_id')}"
        return await self._call(
            "observability.chat_completion_events.get",
            "GET",
            path,
            ChatCompletionEvent,
            options=options,
        )

    async def list_similar(
        self, event_id: str, **options: Unpack[CallOptions]
    ) -> SearchChatCompletionEventsResponse:
        """Get Similar Chat Completion Events."""
        path = f"/v1/observability/chat-completion-events/{segment(event_id, 'event_id')}/similar-events"
        return await self._call(
            "observability.chat_completion_events.list_similar",
            "GET",
            path,
            SearchChatCompletionEventsResponse,
            options=options,
        )

    @overload
    async def judge(
        self,
        event_id: str,
        request: JudgeChatCompletionEventRequest,
        **options: Unpack[CallOptions],
    ) -> JudgeOutput: ...
    @overload
    async def judge(
        self,
        event_id: str,
        *,
        judge_definition: CreateJudgeRequest | dict[str, Any],
        **options: Unpack[CallOptions],
    ) -> JudgeOutput: ...
    async def judge(
        self,
        event_id: str,
        request: JudgeChatCompletionEventRequest | None = None,
        *,
        judge_definition: CreateJudgeRequest | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> JudgeOutput:
        """Run Judge on an event based on the given options."""
        path = (
            f"/v1/observability/chat-completion-events/{segment(event_id, 'event_id')}/live-judging"
        )
        return await self._call(
            "observability.chat_completion_events.judge",
            "POST",
            path,
            JudgeOutput,
            body=build_request(
                JudgeChatCompletionEventRequest,
                request,
                {"judge_definition": judge_definition},
                options,
            ),
            options=options,
        )


class ObservabilityChatCompletionEventsRawResponses(RawResponses):
    """`observability.chat_completion_events.with_raw_response`: each call answers `APIResponse[reply]`."""

    search = raw(ObservabilityChatCompletionEventsService.search)
    search_ids = raw(ObservabilityChatCompletionEventsService.search_ids)
    get = raw(ObservabilityChatCompletionEventsService.get)
    list_similar = raw(ObservabilityChatCompletionEventsService.list_similar)
    judge = raw(ObservabilityChatCompletionEventsService.judge)


class SyncObservabilityChatCompletionEventsRawResponses(BlockingService):
    """`observability.chat_completion_events.with_raw_response` of the blocking client."""

    search = blocking_raw(ObservabilityChatCompletionEventsService.search)
    search_ids = blocking_raw(ObservabilityChatCompletionEventsService.search_ids)
    get = blocking_raw(ObservabilityChatCompletionEventsService.get)
    list_similar = blocking_raw(ObservabilityChatCompletionEventsService.list_similar)
    judge = blocking_raw(ObservabilityChatCompletionEventsService.judge)


class SyncObservabilityChatCompletionEventsService(BlockingService):
    """`observability.chat_completion_events` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncObservabilityChatCompletionEventsRawResponses)
    fields = Face(SyncObservabilityChatCompletionEventsFieldsService)
    search = blocking(ObservabilityChatCompletionEventsService.search)
    search_ids = blocking(ObservabilityChatCompletionEventsService.search_ids)
    get = blocking(ObservabilityChatCompletionEventsService.get)
    list_similar = blocking(ObservabilityChatCompletionEventsService.list_similar)
    judge = blocking(ObservabilityChatCompletionEventsService.judge)
    iterate_search = blocking(ObservabilityChatCompletionEventsService.iterate_search)
