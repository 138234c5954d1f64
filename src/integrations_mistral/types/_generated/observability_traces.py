"""Observability traces models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Literal

from .._base import Tolerant, WireModel
from .observability_2 import OtelFieldDefinition

__all__ = [
    "FeedResultGetTrace",
    "GetTrace",
    "GetTraceFieldOptions",
    "GetTraceFields",
    "GetTraces",
    "TracesRequest",
]


class GetTraceFieldOptions(WireModel):
    """Reply of `GET /v1/observability/traces/fields/{field_name}/options`."""

    options: list[str] | None


class GetTraceFields(WireModel):
    """Reply of `GET /v1/observability/traces/fields`."""

    field_definitions: list[OtelFieldDefinition]


class GetTrace(WireModel):
    """Reply of `GET /v1/observability/traces/{trace_id}`."""

    customer_id: str
    organization_id: str
    workspace_id: str
    user_id: str
    trace_id: str
    root_span_id: str
    root_span_name: str
    start_time: str
    end_time: str
    duration_ns: int
    service_name: str
    environment: str
    conversation_id: str
    workflow_name: str
    agent_id: str
    agent_name: str
    status_code: Annotated[Literal["Error", "Unset"], Tolerant]
    error_count: int
    span_count: int
    gen_ai_span_count: int
    llm_call_count: int
    tool_call_count: int
    retrieval_count: int
    evaluation_count: int
    input_tokens: int
    output_tokens: int
    cache_read_input_tokens: int
    cache_creation_input_tokens: int
    models_used: list[str]
    tools_used: list[str]
    first_turn_last_input_message: str
    first_turn_last_output_message: str
    last_turn_last_input_message: str
    last_turn_last_output_message: str


class GetTraces(WireModel):
    """Reply of `POST /v1/observability/traces/search`."""

    traces: FeedResultGetTrace


class FeedResultGetTrace(WireModel):
    results: list[GetTrace] | None = None
    next: str | None = None
    cursor: str | None = None


class TracesRequest(WireModel):
    """Body of `POST /v1/observability/traces/search`."""

    search_expression: str | None = None
