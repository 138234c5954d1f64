"""`client.observability.chat_completion_events.fields`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Any, Literal

from typing_extensions import Unpack

from ...types._generated.observability_1 import FilterPayload
from ...types._generated.observability_chat_completion_events_fields import (
    FetchChatCompletionFieldOptionsResponse,
    FetchFieldOptionCountsRequest,
    FetchFieldOptionCountsResponse,
    ListChatCompletionFieldsResponse,
)
from .._base import RawResponses, Service, build_request, query, segment
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._options import CallOptions

__all__ = [
    "ObservabilityChatCompletionEventsFieldsRawResponses",
    "ObservabilityChatCompletionEventsFieldsService",
    "SyncObservabilityChatCompletionEventsFieldsRawResponses",
    "SyncObservabilityChatCompletionEventsFieldsService",
]


class ObservabilityChatCompletionEventsFieldsService(Service):
    """`client.observability.chat_completion_events.fields`: (beta) Observability API - chat completion event fields."""

    area = "observability.chat_completion_events.fields"

    @property
    def with_raw_response(self) -> ObservabilityChatCompletionEventsFieldsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return ObservabilityChatCompletionEventsFieldsRawResponses(self)

    async def list(self, **options: Unpack[CallOptions]) -> ListChatCompletionFieldsResponse:
        """Get Chat Completion Fields."""
        path = "/v1/observability/chat-completion-fields"
        return await self._call(
            "observability.chat_completion_events.fields.list",
            "GET",
            path,
            ListChatCompletionFieldsResponse,
            options=options,
        )

    async def get_options(
        self,
        field_name: str,
        *,
        operator: Literal[
            "lt",
            "lte",
            "gt",
            "gte",
            "startswith",
            "istartswith",
            "endswith",
            "iendswith",
            "contains",
            "icontains",
            "matches",
            "notcontains",
            "inotcontains",
            "eq",
            "neq",
            "isnull",
            "includes",
            "excludes",
            "len_eq",
        ],
        **options: Unpack[CallOptions],
    ) -> FetchChatCompletionFieldOptionsResponse:
        """Get Chat Completion Field Options."""
        path = (
            f"/v1/observability/chat-completion-fields/{segment(field_name, 'field_name')}/options"
        )
        return await self._call(
            "observability.chat_completion_events.fields.get_options",
            "GET",
            path,
            FetchChatCompletionFieldOptionsResponse,
            params=query(operator=operator),
            options=options,
        )

    async def get_options_counts(
        self,
        field_name: str,
        request: FetchFieldOptionCountsRequest | None = None,
        *,
        filter_params: FilterPayload | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> FetchFieldOptionCountsResponse:
        """Get Chat Completion Field Options Counts."""
        path = f"/v1/observability/chat-completion-fields/{segment(field_name, 'field_name')}/options-counts"
        return await self._call(
            "observability.chat_completion_events.fields.get_options_counts",
            "POST",
            path,
            FetchFieldOptionCountsResponse,
            body=build_request(
                FetchFieldOptionCountsRequest, request, {"filter_params": filter_params}, options
            ),
            options=options,
        )


class ObservabilityChatCompletionEventsFieldsRawResponses(RawResponses):
    """`observability.chat_completion_events.fields.with_raw_response`: each call answers `APIResponse[reply]`."""

    list = raw(ObservabilityChatCompletionEventsFieldsService.list)
    get_options = raw(ObservabilityChatCompletionEventsFieldsService.get_options)
    get_options_counts = raw(ObservabilityChatCompletionEventsFieldsService.get_options_counts)


class SyncObservabilityChatCompletionEventsFieldsRawResponses(BlockingService):
    """`observability.chat_completion_events.fields.with_raw_response` of the blocking client."""

    list = blocking_raw(ObservabilityChatCompletionEventsFieldsService.list)
    get_options = blocking_raw(ObservabilityChatCompletionEventsFieldsService.get_options)
    get_options_counts = blocking_raw(
        ObservabilityChatCompletionEventsFieldsService.get_options_counts
    )


class SyncObservabilityChatCompletionEventsFieldsService(BlockingService):
    """`observability.chat_completion_events.fields` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncObservabilityChatCompletionEventsFieldsRawResponses)
    list = blocking(ObservabilityChatCompletionEventsFieldsService.list)
    get_options = blocking(ObservabilityChatCompletionEventsFieldsService.get_options)
    get_options_counts = blocking(ObservabilityChatCompletionEventsFieldsService.get_options_counts)
