"""Observability spans models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from .._base import WireModel
from .observability_2 import OtelFieldDefinition

__all__ = [
    "FeedResultGetSpanEvaluation",
    "GetSpanEvaluation",
    "GetSpanEvaluationFieldOptions",
    "GetSpanEvaluationFields",
    "GetSpanEvaluations",
    "GetSpanFieldOptions",
    "GetSpanFields",
    "SpanEvaluationsRequest",
    "SpansRequest",
]


class GetSpanEvaluationFieldOptions(WireModel):
    """Reply of `GET /v1/observability/spans/evaluations/fields/{field_name}/options`."""

    options: list[str] | None


class GetSpanEvaluationFields(WireModel):
    """Reply of `GET /v1/observability/spans/evaluations/fields`."""

    field_definitions: list[OtelFieldDefinition]


class GetSpanEvaluation(WireModel):
    customer_id: str
    organization_id: str
    workspace_id: str
    user_id: str
    trace_id: str
    span_id: str
    response_id: str
    conversation_id: str
    timestamp: str
    evaluation_name: str
    score_value: float
    score_label: str
    explanation: str
    metadata: dict[str, str]


class GetSpanEvaluations(WireModel):
    """Reply of `POST /v1/observability/spans/evaluations/search`."""

    span_evaluations: FeedResultGetSpanEvaluation


class GetSpanFieldOptions(WireModel):
    """Reply of `GET /v1/observability/spans/fields/{field_name}/options`."""

    options: list[str] | None


class GetSpanFields(WireModel):
    """Reply of `GET /v1/observability/spans/fields`."""

    field_definitions: list[OtelFieldDefinition]


class FeedResultGetSpanEvaluation(WireModel):
    results: list[GetSpanEvaluation] | None = None
    next: str | None = None
    cursor: str | None = None


class SpanEvaluationsRequest(WireModel):
    """Body of `POST /v1/observability/spans/evaluations/search`."""

    search_expression: str | None = None


class SpansRequest(WireModel):
    """Body of `POST /v1/observability/spans/search`."""

    search_expression: str | None = None
