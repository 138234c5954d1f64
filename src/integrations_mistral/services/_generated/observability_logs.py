"""`client.observability.logs`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, Literal

from typing_extensions import Unpack

from ...types._generated.observability_logs import (
    GetLog,
    GetLogFieldOptions,
    GetLogFields,
    GetLogs,
    LogsRequest,
)
from .._base import RawResponses, Service, build_request, query, segment
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_cursor

__all__ = [
    "ObservabilityLogsRawResponses",
    "ObservabilityLogsService",
    "SyncObservabilityLogsRawResponses",
    "SyncObservabilityLogsService",
]


class ObservabilityLogsService(Service):
    """`client.observability.logs`: (beta) Observability API - logs."""

    area = "observability.logs"

    @property
    def with_raw_response(self) -> ObservabilityLogsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return ObservabilityLogsRawResponses(self)

    async def search(
        self,
        request: LogsRequest | None = None,
        *,
        from_: str | None = None,
        to: str | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        search_expression: str | None = None,
        order: Literal["asc", "desc"] | None = None,
        **options: Unpack[CallOptions],
    ) -> GetLogs:
        """Search logs."""
        path = "/v1/observability/logs/search"
        return await self._call(
            "observability.logs.search",
            "POST",
            path,
            GetLogs,
            params=query(to=to, page_size=page_size, cursor=cursor, **{"from": from_}),
            body=build_request(
                LogsRequest,
                request,
                {"search_expression": search_expression, "order": order},
                options,
            ),
            options=options,
        )

    @takes_arguments_of(search)
    def iterate_search(self, **filters: Any) -> AsyncIterator[GetLog]:
        """Every item `search` returns, page after page (its keyword arguments filter)."""
        return walk_cursor(
            self.search, filters, cursor="cursor", items="logs.results", next="logs.cursor"
        )

    async def get_fields(self, **options: Unpack[CallOptions]) -> GetLogFields:
        """Get log field definitions."""
        path = "/v1/observability/logs/fields"
        return await self._call(
            "observability.logs.get_fields", "GET", path, GetLogFields, options=options
        )

    async def get_field_options(
        self,
        field_name: str,
        *,
        from_: str | None = None,
        to: str | None = None,
        **options: Unpack[CallOptions],
    ) -> GetLogFieldOptions:
        """Get options for a log field."""
        path = f"/v1/observability/logs/fields/{segment(field_name, 'field_name')}/options"
        return await self._call(
            "observability.logs.get_field_options",
            "GET",
            path,
            GetLogFieldOptions,
            params=query(to=to, **{"from": from_}),
            options=options,
        )


class ObservabilityLogsRawResponses(RawResponses):
    """`observability.logs.with_raw_response`: each call answers `APIResponse[reply]`."""

    search = raw(ObservabilityLogsService.search)
    get_fields = raw(ObservabilityLogsService.get_fields)
    get_field_options = raw(ObservabilityLogsService.get_field_options)


class SyncObservabilityLogsRawResponses(BlockingService):
    """`observability.logs.with_raw_response` of the blocking client."""

    search = blocking_raw(ObservabilityLogsService.search)
    get_fields = blocking_raw(ObservabilityLogsService.get_fields)
    get_field_options = blocking_raw(ObservabilityLogsService.get_field_options)


class SyncObservabilityLogsService(BlockingService):
    """`observability.logs` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncObservabilityLogsRawResponses)
    search = blocking(ObservabilityLogsService.search)
    get_fields = blocking(ObservabilityLogsService.get_fields)
    get_field_options = blocking(ObservabilityLogsService.get_field_options)
    iterate_search = blocking(ObservabilityLogsService.iterate_search)
