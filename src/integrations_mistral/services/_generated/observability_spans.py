"""`client.observability.spans`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

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
from ...types._generated.observability_spans import (
    GetSpanEvaluation,
    GetSpanEvaluationFieldOptions,
    GetSpanEvaluationFields,
    GetSpanEvaluations,
    GetSpanFieldOptions,
    GetSpanFields,
    SpanEvaluationsRequest,
    SpansRequest,
)
from .._base import RawResponses, Service, build_request, query, segment
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_cursor

__all__ = [
    "ObservabilitySpansRawResponses",
    "ObservabilitySpansService",
    "SyncObservabilitySpansRawResponses",
    "SyncObservabilitySpansService",
]


class ObservabilitySpansService(Service):
    """`client.observability.spans`: (beta) Observability API - spans."""

    area = "observability.spans"

    @property
    def with_raw_response(self) -> ObservabilitySpansRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return ObservabilitySpansRawResponses(self)

    async def search(
        self,
        request: SpansRequest | None = None,
        *,
        from_: str | None = None,
        to: str | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        search_expression: str | None = None,
        **options: Unpack[CallOptions],
    ) -> GetSpans:
        """Search spans."""
        path = "/v1/observability/spans/search"
        return await self._call(
            "observability.spans.search",
            "POST",
            path,
            GetSpans,
            params=query(to=to, page_size=page_size, cursor=cursor, **{"from": from_}),
            body=build_request(
                SpansRequest, request, {"search_expression": search_expression}, options
            ),
            options=options,
        )

    @takes_arguments_of(search)
    def iterate_search(self, **filters: Any) -> AsyncIterator[GetSpan]:
        """Every item `search` returns, page after page (its keyword arguments filter)."""
        return walk_cursor(
            self.search, filters, cursor="cursor", items="spans.results", next="spans.cursor"
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
        """Aggregate spans."""
        path = "/v1/observability/spans/aggregate"
        return await self._call(
            "observability.spans.aggregate",
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

    async def search_evaluations(
        self,
        request: SpanEvaluationsRequest | None = None,
        *,
        from_: str | None = None,
        to: str | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        search_expression: str | None = None,
        **options: Unpack[CallOptions],
    ) -> GetSpanEvaluations:
        """Search span evaluations."""
        path = "/v1/observability/spans/evaluations/search"
        return await self._call(
            "observability.spans.search_evaluations",
            "POST",
            path,
            GetSpanEvaluations,
            params=query(to=to, page_size=page_size, cursor=cursor, **{"from": from_}),
            body=build_request(
                SpanEvaluationsRequest, request, {"search_expression": search_expression}, options
            ),
            options=options,
        )

    @takes_arguments_of(search_evaluations)
    def iterate_search_evaluations(self, **filters: Any) -> AsyncIterator[GetSpanEvaluation]:
        """Every item `search_evaluations` returns, page after page (its keyword arguments filter)."""
        return walk_cursor(
            self.search_evaluations,
            filters,
            cursor="cursor",
            items="span_evaluations.results",
            next="span_evaluations.cursor",
        )

    async def search_latest_evaluations(
        self,
        request: SpanEvaluationsRequest | None = None,
        *,
        from_: str | None = None,
        to: str | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        search_expression: str | None = None,
        **options: Unpack[CallOptions],
    ) -> GetSpanEvaluations:
        """Search latest span evaluations."""
        path = "/v1/observability/spans/evaluations/search/latest"
        return await self._call(
            "observability.spans.search_latest_evaluations",
            "POST",
            path,
            GetSpanEvaluations,
            params=query(to=to, page_size=page_size, cursor=cursor, **{"from": from_}),
            body=build_request(
                SpanEvaluationsRequest, request, {"search_expression": search_expression}, options
            ),
            options=options,
        )

    @takes_arguments_of(search_latest_evaluations)
    def iterate_search_latest_evaluations(self, **filters: Any) -> AsyncIterator[GetSpanEvaluation]:
        """Every item `search_latest_evaluations` returns, page after page (its keyword arguments filter)."""
        return walk_cursor(
            self.search_latest_evaluations,
            filters,
            cursor="cursor",
            items="span_evaluations.results",
            next="span_evaluations.cursor",
        )

    async def get_fields(self, **options: Unpack[CallOptions]) -> GetSpanFields:
        """Get span field definitions."""
        path = "/v1/observability/spans/fields"
        return await self._call(
            "observability.spans.get_fields", "GET", path, GetSpanFields, options=options
        )

    async def get_evaluation_fields(
        self, **options: Unpack[CallOptions]
    ) -> GetSpanEvaluationFields:
        """Get span evaluation field definitions."""
        path = "/v1/observability/spans/evaluations/fields"
        return await self._call(
            "observability.spans.get_evaluation_fields",
            "GET",
            path,
            GetSpanEvaluationFields,
            options=options,
        )

    async def get_field_options(
        self,
        field_name: str,
        *,
        from_: str | None = None,
        to: str | None = None,
        **options: Unpack[CallOptions],
    ) -> GetSpanFieldOptions:
        """Get options for a span field."""
        path = f"/v1/observability/spans/fields/{segment(field_name, 'field_name')}/options"
        return await self._call(
            "observability.spans.get_field_options",
            "GET",
            path,
            GetSpanFieldOptions,
            params=query(to=to, **{"from": from_}),
            options=options,
        )

    async def get_evaluation_field_options(
        self,
        field_name: str,
        *,
        from_: str | None = None,
        to: str | None = None,
        **options: Unpack[CallOptions],
    ) -> GetSpanEvaluationFieldOptions:
        """Get options for a span evaluation field."""
        path = f"/v1/observability/spans/evaluations/fields/{segment(field_name, 'field_name')}/options"
        return await self._call(
            "observability.spans.get_evaluation_field_options",
            "GET",
            path,
            GetSpanEvaluationFieldOptions,
            params=query(to=to, **{"from": from_}),
            options=options,
        )


class ObservabilitySpansRawResponses(RawResponses):
    """`observability.spans.with_raw_response`: each call answers `APIResponse[reply]`."""

    search = raw(ObservabilitySpansService.search)
    aggregate = raw(ObservabilitySpansService.aggregate)
    search_evaluations = raw(ObservabilitySpansService.search_evaluations)
    search_latest_evaluations = raw(ObservabilitySpansService.search_latest_evaluations)
    get_fields = raw(ObservabilitySpansService.get_fields)
    get_evaluation_fields = raw(ObservabilitySpansService.get_evaluation_fields)
    get_field_options = raw(ObservabilitySpansService.get_field_options)
    get_evaluation_field_options = raw(ObservabilitySpansService.get_evaluation_field_options)


class SyncObservabilitySpansRawResponses(BlockingService):
    """`observability.spans.with_raw_response` of the blocking client."""

    search = blocking_raw(ObservabilitySpansService.search)
    aggregate = blocking_raw(ObservabilitySpansService.aggregate)
    search_evaluations = blocking_raw(ObservabilitySpansService.search_evaluations)
    search_latest_evaluations = blocking_raw(ObservabilitySpansService.search_latest_evaluations)
    get_fields = blocking_raw(ObservabilitySpansService.get_fields)
    get_evaluation_fields = blocking_raw(ObservabilitySpansService.get_evaluation_fields)
    get_field_options = blocking_raw(ObservabilitySpansService.get_field_options)
    get_evaluation_field_options = blocking_raw(
        ObservabilitySpansService.get_evaluation_field_options
    )


class SyncObservabilitySpansService(BlockingService):
    """`observability.spans` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncObservabilitySpansRawResponses)
    search = blocking(ObservabilitySpansService.search)
    aggregate = blocking(ObservabilitySpansService.aggregate)
    search_evaluations = blocking(ObservabilitySpansService.search_evaluations)
    search_latest_evaluations = blocking(ObservabilitySpansService.search_latest_evaluations)
    get_fields = blocking(ObservabilitySpansService.get_fields)
    get_evaluation_fields = blocking(ObservabilitySpansService.get_evaluation_fields)
    get_field_options = blocking(ObservabilitySpansService.get_field_options)
    get_evaluation_field_options = blocking(ObservabilitySpansService.get_evaluation_field_options)
    iterate_search = blocking(ObservabilitySpansService.iterate_search)
    iterate_search_evaluations = blocking(ObservabilitySpansService.iterate_search_evaluations)
    iterate_search_latest_evaluations = blocking(
        ObservabilitySpansService.iterate_search_latest_evaluations
    )
