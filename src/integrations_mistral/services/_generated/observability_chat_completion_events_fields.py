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
from .._base import Service, build_request, fields_of, query, segment
from .._options import CallOptions

__all__ = ["ObservabilityChatCompletionEventsFieldsService"]


class ObservabilityChatCompletionEventsFieldsService(Service):
    """`client.observability.chat_completion_events.fields`: (beta) Observability API - chat completion event fields."""

    area = "observability.chat_completion_events.fields"

    async def list(self, **options: Unpack[CallOptions]) -> ListChatCompletionFieldsResponse:
        """Get Chat Completion Fields."""
        path = "/v1/observability/chat-completion-fields"
        return await self._caller.call(
            "observability.chat_completion_events.fields.list",
            "GET",
            path,
            ListChatCompletionFieldsResponse,
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
        return await self._caller.call(
            "observability.chat_completion_events.fields.get_options",
            "GET",
            path,
            FetchChatCompletionFieldOptionsResponse,
            params=query(operator=operator),
        )

    async def get_options_counts(
        self,
        field_name: str,
        *,
        filter_params: FilterPayload | dict[str, Any] | None = None,
        request: FetchFieldOptionCountsRequest | None = None,
        **options: Unpack[CallOptions],
    ) -> FetchFieldOptionCountsResponse:
        """Get Chat Completion Field Options Counts."""
        path = f"/v1/observability/chat-completion-fields/{segment(field_name, 'field_name')}/options-counts"
        return await self._caller.call(
            "observability.chat_completion_events.fields.get_options_counts",
            "POST",
            path,
            FetchFieldOptionCountsResponse,
            body=build_request(
                FetchFieldOptionCountsRequest, request, fields_of(locals(), "path", "field_name")
            ),
        )
