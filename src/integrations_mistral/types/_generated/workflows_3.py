"""Workflows (part 3 of 4) models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from .._base import Tolerant, WireModel
from .workflows_1 import (
    ActivityTaskCompletedResponse,
    ActivityTaskFailedResponse,
    ActivityTaskRetryingResponse,
    ActivityTaskStartedResponse,
    CustomTaskCanceledResponse,
    CustomTaskCompletedResponse,
    CustomTaskFailedResponse,
    Failure,
    JSONPayloadResponse,
)
from .workflows_2 import (
    CustomTaskInProgressResponse,
    CustomTaskStartedResponse,
    CustomTaskTimedOutResponse,
    QueryDefinition,
    SignalDefinition,
    StreamEventWorkflowContext,
    WorkflowExecutionCanceledResponse,
    WorkflowExecutionCompletedResponse,
    WorkflowExecutionContinuedAsNewResponse,
    WorkflowExecutionFailedResponse,
)

__all__ = [
    "StreamEventSsePayload",
    "UpdateDefinition",
    "Workflow",
    "WorkflowArchiveResponse",
    "WorkflowBasicDefinition",
    "WorkflowBulkArchiveRequest",
    "WorkflowBulkArchiveResponse",
    "WorkflowBulkError",
    "WorkflowBulkUnarchiveRequest",
    "WorkflowBulkUnarchiveResponse",
    "WorkflowCodeDefinition",
    "WorkflowExecutionRequest",
    "WorkflowExecutionResponse",
    "WorkflowExecutionStartedAttributesResponse",
    "WorkflowExecutionStartedResponse",
    "WorkflowExecutionStatus",
    "WorkflowExecutionSyncResponse",
    "WorkflowMetadata",
    "WorkflowTaskFailedAttributes",
    "WorkflowTaskFailedResponse",
    "WorkflowTaskTimedOutAttributes",
    "WorkflowTaskTimedOutResponse",
    "WorkflowType",
]


class WorkflowExecutionStartedAttributesResponse(WireModel):
    """Attributes for workflow execution started events."""

    task_id: str
    workflow_name: str
    display_name: str | None = None
    input: JSONPayloadResponse
    attempt: int | None = None


class WorkflowExecutionStartedResponse(WireModel):
    """Emitted when a workflow execution begins."""

    sent_always = ("event_type",)

    event_id: str
    event_timestamp: int
    root_workflow_exec_id: str
    parent_workflow_exec_id: str | None
    continued_run_id: str | None
    first_execution_run_id: str | None
    schedule_id: str | None
    workflow_exec_id: str
    workflow_run_id: str
    workflow_name: str
    event_type: Literal["WORKFLOW_EXECUTION_STARTED"] = "WORKFLOW_EXECUTION_STARTED"
    attributes: WorkflowExecutionStartedAttributesResponse


class WorkflowTaskFailedAttributes(WireModel):
    """Attributes for workflow task failed events."""

    task_id: str
    failure: Failure


class WorkflowTaskFailedResponse(WireModel):
    """Emitted when a workflow task fails."""

    sent_always = ("event_type",)

    event_id: str
    event_timestamp: int
    root_workflow_exec_id: str
    parent_workflow_exec_id: str | None
    continued_run_id: str | None
    first_execution_run_id: str | None
    schedule_id: str | None
    workflow_exec_id: str
    workflow_run_id: str
    workflow_name: str
    event_type: Literal["WORKFLOW_TASK_FAILED"] = "WORKFLOW_TASK_FAILED"
    attributes: WorkflowTaskFailedAttributes


class WorkflowTaskTimedOutAttributes(WireModel):
    """Attributes for workflow task timed out events."""

    task_id: str
    timeout_type: str | None = None


class WorkflowTaskTimedOutResponse(WireModel):
    """Emitted when a workflow task times out."""

    sent_always = ("event_type",)

    event_id: str
    event_timestamp: int
    root_workflow_exec_id: str
    parent_workflow_exec_id: str | None
    continued_run_id: str | None
    first_execution_run_id: str | None
    schedule_id: str | None
    workflow_exec_id: str
    workflow_run_id: str
    workflow_name: str
    event_type: Literal["WORKFLOW_TASK_TIMED_OUT"] = "WORKFLOW_TASK_TIMED_OUT"
    attributes: WorkflowTaskTimedOutAttributes


class StreamEventSsePayload(WireModel):
    stream: str
    timestamp: str | None = None
    data: Annotated[
        WorkflowExecutionStartedResponse
        | WorkflowExecutionCompletedResponse
        | WorkflowExecutionFailedResponse
        | WorkflowExecutionCanceledResponse
        | WorkflowExecutionContinuedAsNewResponse
        | WorkflowTaskTimedOutResponse
        | WorkflowTaskFailedResponse
        | CustomTaskStartedResponse
        | CustomTaskInProgressResponse
        | CustomTaskCompletedResponse
        | CustomTaskFailedResponse
        | CustomTaskTimedOutResponse
        | CustomTaskCanceledResponse
        | ActivityTaskStartedResponse
        | ActivityTaskCompletedResponse
        | ActivityTaskRetryingResponse
        | ActivityTaskFailedResponse,
        Tolerant,
    ]
    workflow_context: StreamEventWorkflowContext
    metadata: dict[str, Any] | None = None
    broker_sequence: int


class UpdateDefinition(WireModel):
    name: str
    description: str | None = None
    input_schema: dict[str, Any]
    output_schema: dict[str, Any] | None = None


class Workflow(WireModel):
    id: str
    name: str
    display_name: str
    type: WorkflowType
    description: str | None = None
    customer_id: str
    workspace_id: str
    shared_namespace: str | None = None
    available_in_chat_assistant: bool | None = None
    is_technical: bool | None = None
    archived: bool | None = None
    tags: list[str] | None = None


class WorkflowArchiveResponse(WireModel):
    """Reply of `PUT /v1/workflows/{workflow_identifier}/archive`."""

    workflow: Workflow


class WorkflowMetadata(WireModel):
    shared_namespace: str | None = None


class WorkflowBasicDefinition(WireModel):
    id: str
    name: str
    display_name: str
    description: str | None = None
    metadata: WorkflowMetadata | None = None
    archived: bool
    tags: list[str] | None = None


class WorkflowBulkArchiveRequest(WireModel):
    """Body of `PUT /v1/workflows/archive`."""

    workflow_ids: list[str]


class WorkflowBulkError(WireModel):
    workflow_id: str
    workflow: Workflow | None = None
    message: str


class WorkflowBulkArchiveResponse(WireModel):
    """Reply of `PUT /v1/workflows/archive`."""

    archived: list[Workflow]
    errored: list[WorkflowBulkError] | None = None


class WorkflowBulkUnarchiveRequest(WireModel):
    """Body of `PUT /v1/workflows/unarchive`."""

    workflow_ids: list[str]


class WorkflowBulkUnarchiveResponse(WireModel):
    """Reply of `PUT /v1/workflows/unarchive`."""

    unarchived: list[Workflow]
    errored: list[WorkflowBulkError] | None = None


class WorkflowCodeDefinition(WireModel):
    input_schema: dict[str, Any]
    output_schema: dict[str, Any] | None = None
    signals: list[SignalDefinition] | None = None
    queries: list[QueryDefinition] | None = None
    updates: list[UpdateDefinition] | None = None
    enforce_determinism: bool | None = None
    on_behalf_of: bool | None = None
    execution_timeout: float | None = None
    plugin_metadata: dict[str, Any] | None = None


class WorkflowExecutionRequest(WireModel):
    """Body of `POST /v1/workflows/{workflow_identifier}/execute`."""

    execution_id: str | None = None
    input: dict[str, Any] | None = None
    wait_for_result: bool | None = None
    timeout_seconds: float | None = None
    custom_tracing_attributes: dict[str, str] | None = None
    force_new_trace: bool | None = None
    extensions: dict[str, Any] | None = None
    task_queue: str | None = None
    deployment_name: str | None = None


class WorkflowExecutionResponse(WireModel):
    """Reply of `GET /v1/workflows/executions/{execution_id}`."""

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


class WorkflowExecutionSyncResponse(WireModel):
    """Response model for synchronous workflow execution."""

    workflow_name: str
    execution_id: str
    result: Any


WorkflowType = Annotated[Literal["code"], Tolerant]

WorkflowExecutionStatus = Annotated[
    Literal[
        "RUNNING",
        "COMPLETED",
        "FAILED",
        "CANCELED",
        "TERMINATED",
        "CONTINUED_AS_NEW",
        "TIMED_OUT",
        "RETRYING_AFTER_ERROR",
    ],
    Tolerant,
]
