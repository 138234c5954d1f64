"""`client.observability.traces`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, overload

from typing_extensions import Unpack

from ...types._generated.observability_1 import (
    Aggregation,
    GetSpan,
    GetSpans,
    MetricDefinition,
    OrderByClause,
)
from ...types._generated.observability_2 import AggregationRequest, TimeDimension
from ...types._generated.observability_traces import (
    GetTrace,
    GetTraceFieldOptions,
    GetTraceFields,
    GetTraces,
    TracesRequest,
)
from .._base import RawResponses, Service, build_request, query, segment
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_cursor

__all__ = [
    "ObservabilityTracesRawResponses",
    "ObservabilityTracesService",
    "SyncObservabilityTracesRawResponses",
    "SyncObservabilityTracesService",
]


class ObservabilityTracesService(Service):
    """`client.observability.traces`: (beta) Observability API - traces."""

    area = "observability.traces"

    @property
    def with_raw_response(self) -> ObservabilityTracesRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return ObservabilityTracesRawResponses(self)

    async def search(
        self,
        request: TracesRequest | None = None,
        *,
        from_: str | None = None,
        to: str | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        search_expression: str | None = None,
        **options: Unpack[CallOptions],
    ) -> GetTraces:
        """Search traces."""
        path = "/v1/observability/traces/search"
        return await self._call(
            "observability.traces.search",
            "POST",
            path,
            GetTraces,
            params=query(to=to, page_size=page_size, cursor=cursor, **{"from": from_}),
            body=build_request(
                TracesRequest, request, {"search_expression": search_expression}, options
            ),
            options=options,
        )

    @takes_arguments_of(search)
    def iterate_search(self, **filters: Any) -> AsyncIterator[GetTrace]:
        """Every item `search` returns, page after page (its keyword arguments filter)."""
        return walk_cursor(
            self.search, filters, cursor="cursor", items="traces.results", next="traces.cursor"
        )

    @overload
    async def aggregate(
        self,
        request: AggregationRequest,
        *,
        from_: str | None = None,
        to: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Aggregation: ...
    @overload
    async def aggregate(
        self,
        *,
        from_: str | None = None,
        to: str | None = None,
        metric: MetricDefinition | dict[str, Any],
        dimensions: list[str] | None = None,
        time_dimension: TimeDimension | dict[str, Any] | None = None,
        search_expression: str | None = None,
        order_by: list[OrderByClause | dict[str, Any]] | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Aggregation: ...
    async def aggregate(
        self,
        request: AggregationRequest | None = None,
        *,
        from_: str | None = None,
        to: str | None = None,
        metric: MetricDefinition | dict[str, Any] | None = None,
        dimensions: list[str] | None = None,
        time_dimension: TimeDimension | dict[str, Any] | None = None,
        search_expression: str | None = None,
        order_by: list[OrderByClause | dict[str, Any]] | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Aggregation:
        """Aggregate traces."""
        path = "/v1/observability/traces/aggregate"
        return await self._call(
            "observability.traces.aggregate",
            "POST",
            path,
            Aggregation,
            params=query(to=to, **{"from": from_}),
            body=build_request(
                AggregationRequest,
                request,
                {
                    "metric": metric,
                    "dimensions": dimensions,
                    "time_dimension": time_dimension,
                    "search_expression": search_expression,
                    "order_by": order_by,
                    "limit": limit,
                },
                options,
            ),
            options=options,
        )

    async def get_fields(self, **options: Unpack[CallOptions]) -> GetTraceFields:
        """Get trace field definitions."""
        path = "/v1/observability/traces/fields"
        return await self._call(
            "observability.traces.get_fields", "GET", path, GetTraceFields, options=options
        )

    async def get(self, trace_id: str, **options: Unpack[CallOptions]) -> GetTrace:
        """Get trace by id."""
        path = f"/v1/observability/traces/{segment(trace_id, 'trace_id')}"
        return await self._call("observability.traces.get", "GET", path, GetTrace, options=options)

    async def get_spans(
        self,
        trace_id: str,
        *,
        from_: str | None = None,
        to: str | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        **options: Unpack[CallOptions],
    ) -> GetSpans:
        """Get trace spans."""
        path = f"/v1/observability/traces/{segment(trace_id, 'trace_id')}/spans"
        return await self._call(
            "observability.traces.get_spans",
            "GET",
            path,
            GetSpans,
            params=query(to=to, page_size=page_size, cursor=cursor, **{"from": from_}),
            options=options,
        )

    @takes_arguments_of(get_spans)
    def iterate_spans(self, **filters: Any) -> AsyncIterator[GetSpan]:
        """Every item `get_spans` returns, page after page (its keyword arguments filter)."""
        return walk_cursor(
            self.get_spans, filters, cursor="cursor", items="spans.results", next="spans.cursor"
        )

    async def get_field_options(
        self,
        field_name: str,
        *,
        from_: str | None = None,
        to: str | None = None,
        **options: Unpack[CallOptions],
    ) -> GetTraceFieldOptions:
        """Get options for a trace field."""
        path = f"/v1/observability/traces/fields/{segment(field_name, 'field_name')}/options"
        return await self._call(
            "observability.traces.get_field_options",
            "GET",
            path,
            GetTraceFieldOptions,
            params=query(to=to, **{"from": from_}),
            options=options,
        )

    async def get_span(
        self,
        trace_id: str,
        span_id: str,
        *,
        from_: str | None = None,
        to: str | None = None,
        **options: Unpack[CallOptions],
    ) -> GetSpan:
        """Get span by id."""
        path = f"/v1/observability/traces/{segment(trace_id, 'trace_id')}/spans/{segment(span_id, 'span_id')}"
        return await self._call(
            "observability.traces.get_span",
            "GET",
            path,
            GetSpan,
            params=query(to=to, **{"from": from_}),
            options=options,
        )


class ObservabilityTracesRawResponses(RawResponses):
    """`observability.traces.with_raw_response`: each call answers `APIResponse[reply]`."""

    search = raw(ObservabilityTracesService.search)
    aggregate = raw(ObservabilityTracesService.aggregate)
    get_fields = raw(ObservabilityTracesService.get_fields)
    get = raw(ObservabilityTracesService.get)
    get_spans = raw(ObservabilityTracesService.get_spans)
    get_field_options = raw(ObservabilityTracesService.get_field_options)
    get_span = raw(ObservabilityTracesService.get_span)


class SyncObservabilityTracesRawResponses(BlockingService):
    """`observability.traces.with_raw_response` of the blocking client."""

    search = blocking_raw(ObservabilityTracesService.search)
    aggregate = blocking_raw(ObservabilityTracesService.aggregate)
    get_fields = blocking_raw(ObservabilityTracesService.get_fields)
    get = blocking_raw(ObservabilityTracesService.get)
    get_spans = blocking_raw(ObservabilityTracesService.get_spans)
    get_field_options = blocking_raw(ObservabilityTracesService.get_field_options)
    get_span = blocking_raw(ObservabilityTracesService.get_span)


class SyncObservabilityTracesService(BlockingService):
    """`observability.traces` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncObservabilityTracesRawResponses)
    search = blocking(ObservabilityTracesService.search)
    aggregate = blocking(ObservabilityTracesService.aggregate)
    get_fields = blocking(ObservabilityTracesService.get_fields)
    get = blocking(ObservabilityTracesService.get)
    get_spans = blocking(ObservabilityTracesService.get_spans)
    get_field_options = blocking(ObservabilityTracesService.get_field_options)
    get_span = blocking(ObservabilityTracesService.get_span)
    iterate_search = blocking(ObservabilityTracesService.iterate_search)
    iterate_spans = blocking(ObservabilityTracesService.iterate_spans)
