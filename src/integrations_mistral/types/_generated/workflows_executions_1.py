"""Workflows executions (part 1 of 2) models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from .._base import Tolerant, WireModel
from .workflows_1 import EncodedPayloadOptions

__all__ = [
    "BatchExecutionBody",
    "BatchExecutionResponse",
    "BatchExecutionResult",
    "EventProgressStatus",
    "EventSource",
    "EventType",
    "ExecutionLogRecord",
    "ExecutionLogSearchResponse",
    "ExecutionTraceInfoResponse",
    "NetworkEncodedInput",
    "QueryInvocationBody",
    "QueryWorkflowResponse",
    "ResetInvocationBody",
    "SignalInvocationBody",
    "SignalWorkflowResponse",
    "TempoGetTraceResponse",
    "TempoTraceAttribute",
    "TempoTraceAttributeArrayContainer",
    "TempoTraceAttributeArrayElement",
    "TempoTraceAttributeArrayValue",
    "TempoTraceAttributeBoolValue",
    "TempoTraceAttributeIntValue",
    "TempoTraceAttributeStringValue",
    "TempoTraceBatch",
    "TempoTraceEvent",
    "TempoTraceResource",
    "TempoTraceScope",
    "TempoTraceScopeKind",
    "TempoTraceScopeSpan",
    "TempoTraceSpan",
    "UpdateInvocationBody",
    "UpdateWorkflowResponse",
    "WorkflowExecutionTraceSummaryAttributesValues",
]


class BatchExecutionBody(WireModel):
    """Body of `POST /v1/workflows/executions/terminate`."""

    execution_ids: list[str]


class BatchExecutionResult(WireModel):
    status: str
    error: str | None = None


class BatchExecutionResponse(WireModel):
    """Reply of `POST /v1/workflows/executions/terminate`."""

    results: dict[str, BatchExecutionResult] | None = None


class ExecutionLogRecord(WireModel):
    timestamp: str
    trace_id: str
    span_id: str
    severity_text: str
    body: str
    log_attributes: dict[str, str]


class ExecutionLogSearchResponse(WireModel):
    """Reply of `GET /v1/workflows/executions/{execution_id}/logs`."""

    results: list[ExecutionLogRecord]
    next_cursor: str | None = None


class ExecutionTraceInfoResponse(WireModel):
    """Reply of `GET /v1/workflows/executions/{execution_id}/trace/info`."""

    otel_trace_id: str | None = None
    has_trace_data: bool | None = None


class NetworkEncodedInput(WireModel):
    b64payload: str
    encoding_options: list[EncodedPayloadOptions] | None = None
    empty: bool | None = None


class QueryInvocationBody(WireModel):
    """Body of `POST /v1/workflows/executions/{execution_id}/queries`."""

    name: str
    input: Annotated[NetworkEncodedInput | dict[str, Any], Tolerant] | None = None


class QueryWorkflowResponse(WireModel):
    """Reply of `POST /v1/workflows/executions/{execution_id}/queries`."""

    query_name: str
    result: Any


class ResetInvocationBody(WireModel):
    """Body of `POST /v1/workflows/executions/{execution_id}/reset`."""

    event_id: int
    reason: str | None = None
    exclude_signals: bool | None = None
    exclude_updates: bool | None = None


class SignalInvocationBody(WireModel):
    """Body of `POST /v1/workflows/executions/{execution_id}/signals`."""

    name: str
    input: Annotated[NetworkEncodedInput | dict[str, Any], Tolerant] | None = None


class SignalWorkflowResponse(WireModel):
    """Reply of `POST /v1/workflows/executions/{execution_id}/signals`."""

    message: str | None = None


class TempoTraceAttributeArrayElement(WireModel):
    string_value: str | None = Field(default=None, alias="stringValue")
    int_value: str | None = Field(default=None, alias="intValue")
    bool_value: bool | None = Field(default=None, alias="boolValue")


class TempoTraceAttributeArrayContainer(WireModel):
    values: list[TempoTraceAttributeArrayElement] | None = None


class TempoTraceAttributeArrayValue(WireModel):
    array_value: TempoTraceAttributeArrayContainer = Field(alias="arrayValue")


class TempoTraceAttributeBoolValue(WireModel):
    bool_value: bool = Field(alias="boolValue")


class TempoTraceAttributeIntValue(WireModel):
    int_value: str = Field(alias="intValue")


class TempoTraceAttributeStringValue(WireModel):
    string_value: str = Field(alias="stringValue")


class TempoTraceAttribute(WireModel):
    key: str
    value: Annotated[
        TempoTraceAttributeStringValue
        | TempoTraceAttributeIntValue
        | TempoTraceAttributeBoolValue
        | TempoTraceAttributeArrayValue,
        Tolerant,
    ]


class TempoTraceResource(WireModel):
    attributes: list[TempoTraceAttribute] | None = None


class TempoTraceScope(WireModel):
    name: str


class TempoTraceEvent(WireModel):
    name: str
    time_unix_nano: str = Field(alias="timeUnixNano")
    attributes: list[TempoTraceAttribute] | None = None


class TempoTraceSpan(WireModel):
    trace_id: str = Field(alias="traceId")
    span_id: str = Field(alias="spanId")
    parent_span_id: str | None = Field(default=None, alias="parentSpanId")
    name: str
    kind: TempoTraceScopeKind
    start_time_unix_nano: str = Field(alias="startTimeUnixNano")
    end_time_unix_nano: str = Field(alias="endTimeUnixNano")
    attributes: list[TempoTraceAttribute] | None = None
    events: list[TempoTraceEvent] | None = None


class TempoTraceScopeSpan(WireModel):
    scope: TempoTraceScope
    spans: list[TempoTraceSpan] | None = None


class TempoTraceBatch(WireModel):
    resource: TempoTraceResource
    scope_spans: list[TempoTraceScopeSpan] | None = Field(default=None, alias="scopeSpans")


class TempoGetTraceResponse(WireModel):
    """Trace response in OpenTelemetry format."""

    batches: list[TempoTraceBatch] | None = None


class UpdateInvocationBody(WireModel):
    """Body of `POST /v1/workflows/executions/{execution_id}/updates`."""

    name: str
    input: Annotated[NetworkEncodedInput | dict[str, Any], Tolerant] | None = None


class UpdateWorkflowResponse(WireModel):
    """Reply of `POST /v1/workflows/executions/{execution_id}/updates`."""

    update_name: str
    result: Any


EventProgressStatus = Annotated[Literal["RUNNING", "COMPLETED", "FAILED"], Tolerant]

EventSource = Annotated[Literal["DATABASE", "LIVE", "HYBRID"], Tolerant]

EventType = Annotated[Literal["EVENT", "EVENT_PROGRESS"], Tolerant]

TempoTraceScopeKind = Annotated[
    Literal["SPAN_KIND_INTERNAL", "SPAN_KIND_SERVER", "SPAN_KIND_CLIENT"], Tolerant
]

WorkflowExecutionTraceSummaryAttributesValues = str | int | float | bool | list[Any] | None
