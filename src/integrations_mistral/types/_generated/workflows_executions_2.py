"""Workflows executions (part 2 of 2) models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Any

from .._base import Tolerant, WireModel
from .workflows_3 import WorkflowExecutionStatus
from .workflows_executions_1 import (
    EventProgressStatus,
    EventType,
    TempoGetTraceResponse,
    WorkflowExecutionTraceSummaryAttributesValues,
)

__all__ = [
    "WorkflowExecutionProgressTraceEvent",
    "WorkflowExecutionTraceEvent",
    "WorkflowExecutionTraceEventsResponse",
    "WorkflowExecutionTraceOTelResponse",
    "WorkflowExecutionTraceSummaryResponse",
    "WorkflowExecutionTraceSummarySpan",
]


class WorkflowExecutionProgressTraceEvent(WireModel):
    type: EventType | None = None
    name: str
    id: str
    timestamp_unix_nano: int
    attributes: dict[str, WorkflowExecutionTraceSummaryAttributesValues]
    internal: bool | None = None
    status: EventProgressStatus | None = None
    start_time_unix_ms: int
    end_time_unix_ms: int | None = None
    error: str | None = None


class WorkflowExecutionTraceEvent(WireModel):
    type: EventType | None = None
    name: str
    id: str
    timestamp_unix_nano: int
    attributes: dict[str, WorkflowExecutionTraceSummaryAttributesValues]
    internal: bool | None = None


class WorkflowExecutionTraceEventsResponse(WireModel):
    """Reply of `GET /v1/workflows/executions/{execution_id}/trace/events`."""

    workflow_name: str
    workflow_id: str | None = None
    deployment_name: str | None = None
    execution_id: str
    parent_execution_id: str | None = None
    root_execution_id: str
    run_id: str | None = None
    user_id: str | None = None
    status: WorkflowExecutionStatus | None
    start_time: str
    end_time: str | None
    total_duration_ms: int | None = None
    result: Any
    events: (
        list[Annotated[WorkflowExecutionTraceEvent | WorkflowExecutionProgressTraceEvent, Tolerant]]
        | None
    ) = None


class WorkflowExecutionTraceOTelResponse(WireModel):
    """Reply of `GET /v1/workflows/executions/{execution_id}/trace/otel`."""

    workflow_name: str
    workflow_id: str | None = None
    deployment_name: str | None = None
    execution_id: str
    parent_execution_id: str | None = None
    root_execution_id: str
    run_id: str | None = None
    user_id: str | None = None
    status: WorkflowExecutionStatus | None
    start_time: str
    end_time: str | None
    total_duration_ms: int | None = None
    result: Any
    data_source: str
    otel_trace_id: str | None = None
    otel_trace_data: TempoGetTraceResponse | None = None


class WorkflowExecutionTraceSummarySpan(WireModel):
    span_id: str
    name: str
    start_time_unix_nano: int
    end_time_unix_nano: int | None
    attributes: dict[str, WorkflowExecutionTraceSummaryAttributesValues]
    events: list[WorkflowExecutionTraceEvent]
    children: list[WorkflowExecutionTraceSummarySpan] | None = None


class WorkflowExecutionTraceSummaryResponse(WireModel):
    """Reply of `GET /v1/workflows/executions/{execution_id}/trace/summary`."""

    workflow_name: str
    workflow_id: str | None = None
    deployment_name: str | None = None
    execution_id: str
    parent_execution_id: str | None = None
    root_execution_id: str
    run_id: str | None = None
    user_id: str | None = None
    status: WorkflowExecutionStatus | None
    start_time: str
    end_time: str | None
    total_duration_ms: int | None = None
    result: Any
    span_tree: WorkflowExecutionTraceSummarySpan | None = None
