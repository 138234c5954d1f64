"""Workflows (part 2 of 4) models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from .._base import Tolerant, WireModel
from .workflows_1 import (
    EncodedPayloadOptions,
    Failure,
    JSONPatchAdd,
    JSONPatchAppend,
    JSONPatchRemove,
    JSONPayloadResponse,
)

__all__ = [
    "CustomTaskInProgressAttributesResponse",
    "CustomTaskInProgressResponse",
    "CustomTaskStartedAttributesResponse",
    "CustomTaskStartedResponse",
    "CustomTaskTimedOutAttributes",
    "CustomTaskTimedOutResponse",
    "JSONPatch",
    "JSONPatchPayloadResponse",
    "JSONPatchPayloadValueResponse",
    "JSONPatchReplace",
    "QueryDefinition",
    "SignalDefinition",
    "StreamEventSseErrorData",
    "StreamEventWorkflowContext",
    "WorkflowExecutionCanceledAttributes",
    "WorkflowExecutionCanceledResponse",
    "WorkflowExecutionCompletedAttributesResponse",
    "WorkflowExecutionCompletedResponse",
    "WorkflowExecutionContinuedAsNewAttributesResponse",
    "WorkflowExecutionContinuedAsNewResponse",
    "WorkflowExecutionFailedAttributes",
    "WorkflowExecutionFailedResponse",
]


class JSONPatchReplace(WireModel):
    sent_always = ("op",)

    path: str
    value: Any
    op: Literal["replace"] = "replace"


class JSONPatchPayloadResponse(WireModel):
    """A payload containing a list of JSON Patch operations."""

    sent_always = ("type",)

    type: Literal["json_patch"] = "json_patch"
    value: JSONPatchPayloadValueResponse
    encoding_options: list[EncodedPayloadOptions] | None = None


class CustomTaskInProgressAttributesResponse(WireModel):
    """Attributes for custom task in-progress events with streaming updates."""

    custom_task_id: str
    custom_task_type: str
    payload: Annotated[
        JSONPayloadResponse | JSONPatchPayloadResponse, Field(discriminator="type"), Tolerant
    ]


class CustomTaskInProgressResponse(WireModel):
    """Emitted during custom task execution to report progress."""

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
    event_type: Literal["CUSTOM_TASK_IN_PROGRESS"] = "CUSTOM_TASK_IN_PROGRESS"
    attributes: CustomTaskInProgressAttributesResponse


class CustomTaskStartedAttributesResponse(WireModel):
    """Attributes for custom task started events."""

    custom_task_id: str
    custom_task_type: str
    payload: JSONPayloadResponse | None = None


class CustomTaskStartedResponse(WireModel):
    """Emitted when a custom task begins execution."""

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
    event_type: Literal["CUSTOM_TASK_STARTED"] = "CUSTOM_TASK_STARTED"
    attributes: CustomTaskStartedAttributesResponse


class CustomTaskTimedOutAttributes(WireModel):
    """Attributes for custom task timed out events."""

    custom_task_id: str
    custom_task_type: str
    timeout_type: str | None = None


class CustomTaskTimedOutResponse(WireModel):
    """Emitted when a custom task exceeds its timeout."""

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
    event_type: Literal["CUSTOM_TASK_TIMED_OUT"] = "CUSTOM_TASK_TIMED_OUT"
    attributes: CustomTaskTimedOutAttributes


class QueryDefinition(WireModel):
    name: str
    description: str | None = None
    input_schema: dict[str, Any]
    output_schema: dict[str, Any] | None = None


class SignalDefinition(WireModel):
    name: str
    description: str | None = None
    input_schema: dict[str, Any]


class StreamEventSseErrorData(WireModel):
    error: str
    reason: str


class StreamEventWorkflowContext(WireModel):
    namespace: str
    workflow_name: str
    workflow_exec_id: str
    parent_workflow_exec_id: str | None = None
    root_workflow_exec_id: str | None = None


class WorkflowExecutionCanceledAttributes(WireModel):
    """Attributes for workflow execution canceled events."""

    task_id: str
    reason: str | None = None
    attempt: int | None = None


class WorkflowExecutionCanceledResponse(WireModel):
    """Emitted when a workflow execution is canceled."""

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
    event_type: Literal["WORKFLOW_EXECUTION_CANCELED"] = "WORKFLOW_EXECUTION_CANCELED"
    attributes: WorkflowExecutionCanceledAttributes


class WorkflowExecutionCompletedAttributesResponse(WireModel):
    """Attributes for workflow execution completed events."""

    task_id: str
    result: JSONPayloadResponse
    attempt: int | None = None


class WorkflowExecutionCompletedResponse(WireModel):
    """Emitted when a workflow execution completes successfully."""

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
    event_type: Literal["WORKFLOW_EXECUTION_COMPLETED"] = "WORKFLOW_EXECUTION_COMPLETED"
    attributes: WorkflowExecutionCompletedAttributesResponse


class WorkflowExecutionContinuedAsNewAttributesResponse(WireModel):
    """Attributes for workflow execution continued-as-new events."""

    task_id: str
    new_execution_run_id: str
    workflow_name: str
    input: JSONPayloadResponse


class WorkflowExecutionContinuedAsNewResponse(WireModel):
    """Emitted when a workflow continues as a new execution."""

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
    event_type: Literal["WORKFLOW_EXECUTION_CONTINUED_AS_NEW"] = (
        "WORKFLOW_EXECUTION_CONTINUED_AS_NEW"
    )
    attributes: WorkflowExecutionContinuedAsNewAttributesResponse


class WorkflowExecutionFailedAttributes(WireModel):
    """Attributes for workflow execution failed events."""

    task_id: str
    failure: Failure
    attempt: int | None = None


class WorkflowExecutionFailedResponse(WireModel):
    """Emitted when a workflow execution fails due to an unhandled exception."""

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
    event_type: Literal["WORKFLOW_EXECUTION_FAILED"] = "WORKFLOW_EXECUTION_FAILED"
    attributes: WorkflowExecutionFailedAttributes


JSONPatch = Annotated[
    JSONPatchAppend | JSONPatchAdd | JSONPatchReplace | JSONPatchRemove,
    Field(discriminator="op"),
    Tolerant,
]

JSONPatchPayloadValueResponse = list[JSONPatch] | str
