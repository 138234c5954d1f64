"""Workflows models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from .._base import Tolerant, WireModel

__all__ = [
    "ActivityTaskCompletedAttributesResponse",
    "ActivityTaskCompletedResponse",
    "ActivityTaskFailedAttributes",
    "ActivityTaskFailedResponse",
    "ActivityTaskRetryingAttributes",
    "ActivityTaskRetryingResponse",
    "ActivityTaskStartedAttributesResponse",
    "ActivityTaskStartedResponse",
    "CustomTaskCanceledAttributes",
    "CustomTaskCanceledResponse",
    "CustomTaskCompletedAttributesResponse",
    "CustomTaskCompletedResponse",
    "CustomTaskFailedAttributes",
    "CustomTaskFailedResponse",
    "CustomTaskInProgressAttributesResponse",
    "CustomTaskInProgressResponse",
    "CustomTaskStartedAttributesResponse",
    "CustomTaskStartedResponse",
    "CustomTaskTimedOutAttributes",
    "CustomTaskTimedOutResponse",
    "EncodedPayloadOptions",
    "EncryptedPatchValue",
    "Failure",
    "JSONPatch",
    "JSONPatchAdd",
    "JSONPatchAppend",
    "JSONPatchPayloadResponse",
    "JSONPatchPayloadValueResponse",
    "JSONPatchRemove",
    "JSONPatchReplace",
    "JSONPayloadResponse",
    "QueryDefinition",
    "SignalDefinition",
    "StreamError",
    "StreamEventSseErrorData",
    "StreamEventSsePayload",
    "StreamEventWorkflowContext",
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
    "WorkflowExecutionCanceledAttributes",
    "WorkflowExecutionCanceledResponse",
    "WorkflowExecutionCompletedAttributesResponse",
    "WorkflowExecutionCompletedResponse",
    "WorkflowExecutionContinuedAsNewAttributesResponse",
    "WorkflowExecutionContinuedAsNewResponse",
    "WorkflowExecutionFailedAttributes",
    "WorkflowExecutionFailedResponse",
    "WorkflowExecutionRequest",
    "WorkflowExecutionResponse",
    "WorkflowExecutionStartedAttributesResponse",
    "WorkflowExecutionStartedResponse",
    "WorkflowExecutionStatus",
    "WorkflowExecutionSyncResponse",
    "WorkflowGetResponse",
    "WorkflowListResponse",
    "WorkflowMetadata",
    "WorkflowRegistration",
    "WorkflowRegistrationGetResponse",
    "WorkflowRegistrationListResponse",
    "WorkflowRegistrationWithWorkerStatus",
    "WorkflowTaskFailedAttributes",
    "WorkflowTaskFailedResponse",
    "WorkflowTaskTimedOutAttributes",
    "WorkflowTaskTimedOutResponse",
    "WorkflowType",
    "WorkflowUnarchiveResponse",
    "WorkflowUpdateRequest",
    "WorkflowUpdateResponse",
    "WorkflowWithWorkerStatus",
]


class ActivityTaskCompletedResponse(WireModel):
    """Emitted when an activity task completes successfully."""

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
    event_type: Literal["ACTIVITY_TASK_COMPLETED"] = "ACTIVITY_TASK_COMPLETED"
    attributes: ActivityTaskCompletedAttributesResponse


class ActivityTaskCompletedAttributesResponse(WireModel):
    """Attributes for activity task completed events."""

    task_id: str
    activity_name: str
    result: JSONPayloadResponse


class ActivityTaskFailedResponse(WireModel):
    """Emitted when an activity task fails after exhausting all retry attempts."""

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
    event_type: Literal["ACTIVITY_TASK_FAILED"] = "ACTIVITY_TASK_FAILED"
    attributes: ActivityTaskFailedAttributes


class ActivityTaskFailedAttributes(WireModel):
    """Attributes for activity task failed events (final failure after all retries)."""

    task_id: str
    activity_name: str
    attempt: int
    failure: Failure


class ActivityTaskRetryingResponse(WireModel):
    """Emitted when an activity task fails and will be retried."""

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
    event_type: Literal["ACTIVITY_TASK_RETRYING"] = "ACTIVITY_TASK_RETRYING"
    attributes: ActivityTaskRetryingAttributes


class ActivityTaskRetryingAttributes(WireModel):
    """Attributes for activity task retrying events."""

    task_id: str
    activity_name: str
    attempt: int
    failure: Failure


class ActivityTaskStartedResponse(WireModel):
    """Emitted when an activity task begins execution."""

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
    event_type: Literal["ACTIVITY_TASK_STARTED"] = "ACTIVITY_TASK_STARTED"
    attributes: ActivityTaskStartedAttributesResponse


class ActivityTaskStartedAttributesResponse(WireModel):
    """Attributes for activity task started events."""

    task_id: str
    activity_name: str
    input: JSONPayloadResponse


class CustomTaskCanceledResponse(WireModel):
    """Emitted when a custom task is canceled."""

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
    event_type: Literal["CUSTOM_TASK_CANCELED"] = "CUSTOM_TASK_CANCELED"
    attributes: CustomTaskCanceledAttributes


class CustomTaskCanceledAttributes(WireModel):
    """Attributes for custom task canceled events."""

    custom_task_id: str
    custom_task_type: str
    reason: str | None = None


class CustomTaskCompletedResponse(WireModel):
    """Emitted when a custom task completes successfully."""

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
    event_type: Literal["CUSTOM_TASK_COMPLETED"] = "CUSTOM_TASK_COMPLETED"
    attributes: CustomTaskCompletedAttributesResponse


class CustomTaskCompletedAttributesResponse(WireModel):
    """Attributes for custom task completed events."""

    custom_task_id: str
    custom_task_type: str
    payload: JSONPayloadResponse


class CustomTaskFailedResponse(WireModel):
    """Emitted when a custom task fails."""

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
    event_type: Literal["CUSTOM_TASK_FAILED"] = "CUSTOM_TASK_FAILED"
    attributes: CustomTaskFailedAttributes


class CustomTaskFailedAttributes(WireModel):
    """Attributes for custom task failed events."""

    custom_task_id: str
    custom_task_type: str
    failure: Failure


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


class CustomTaskInProgressAttributesResponse(WireModel):
    """Attributes for custom task in-progress events with streaming updates."""

    custom_task_id: str
    custom_task_type: str
    payload: Annotated[JSONPayloadResponse | JSONPatchPayloadResponse, Tolerant]


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


class CustomTaskStartedAttributesResponse(WireModel):
    """Attributes for custom task started events."""

    custom_task_id: str
    custom_task_type: str
    payload: JSONPayloadResponse | None = None


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


class CustomTaskTimedOutAttributes(WireModel):
    """Attributes for custom task timed out events."""

    custom_task_id: str
    custom_task_type: str
    timeout_type: str | None = None


class EncryptedPatchValue(WireModel):
    """Wrapper for encrypted patch values in selective json_patch encryption."""

    sent_always = ("type",)

    type: Literal["__encrypted__"] = "__encrypted__"
    value: str


class Failure(WireModel):
    """Represents an error or exception that occurred during execution."""

    message: str


class JSONPatchAdd(WireModel):
    """JSONPatchAdd."""

    sent_always = ("op",)

    path: str
    value: Any
    op: Literal["add"] = "add"


class JSONPatchAppend(WireModel):
    """JSONPatchAppend."""

    sent_always = ("op",)

    path: str
    value: Annotated[str | EncryptedPatchValue, Tolerant]
    op: Literal["append"] = "append"


class JSONPatchPayloadResponse(WireModel):
    """A payload containing a list of JSON Patch operations."""

    sent_always = ("type",)

    type: Literal["json_patch"] = "json_patch"
    value: JSONPatchPayloadValueResponse
    encoding_options: list[EncodedPayloadOptions] | None = None


class JSONPatchRemove(WireModel):
    """JSONPatchRemove."""

    sent_always = ("op",)

    path: str
    value: Any
    op: Literal["remove"] = "remove"


class JSONPatchReplace(WireModel):
    """JSONPatchReplace."""

    sent_always = ("op",)

    path: str
    value: Any
    op: Literal["replace"] = "replace"


class JSONPayloadResponse(WireModel):
    """A payload containing arbitrary JSON data."""

    sent_always = ("type",)

    type: Literal["json"] = "json"
    value: Any
    encoding_options: list[EncodedPayloadOptions] | None = None


class QueryDefinition(WireModel):
    """QueryDefinition."""

    name: str
    description: str | None = None
    input_schema: dict[str, Any]
    output_schema: dict[str, Any] | None = None


class SignalDefinition(WireModel):
    """SignalDefinition."""

    name: str
    description: str | None = None
    input_schema: dict[str, Any]


class StreamEventSseErrorData(WireModel):
    """StreamEventSseErrorData."""

    error: str
    reason: str


class StreamEventSsePayload(WireModel):
    """StreamEventSsePayload."""

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


class StreamEventWorkflowContext(WireModel):
    """StreamEventWorkflowContext."""

    namespace: str
    workflow_name: str
    workflow_exec_id: str
    parent_workflow_exec_id: str | None = None
    root_workflow_exec_id: str | None = None


class UpdateDefinition(WireModel):
    """UpdateDefinition."""

    name: str
    description: str | None = None
    input_schema: dict[str, Any]
    output_schema: dict[str, Any] | None = None


class Workflow(WireModel):
    """Workflow."""

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
    """WorkflowArchiveResponse."""

    workflow: Workflow


class WorkflowBasicDefinition(WireModel):
    """WorkflowBasicDefinition."""

    id: str
    name: str
    display_name: str
    description: str | None = None
    metadata: WorkflowMetadata | None = None
    archived: bool
    tags: list[str] | None = None


class WorkflowBulkArchiveRequest(WireModel):
    """WorkflowBulkArchiveRequest."""

    workflow_ids: list[str]


class WorkflowBulkArchiveResponse(WireModel):
    """WorkflowBulkArchiveResponse."""

    archived: list[Workflow]
    errored: list[WorkflowBulkError] | None = None


class WorkflowBulkError(WireModel):
    """WorkflowBulkError."""

    workflow_id: str
    workflow: Workflow | None = None
    message: str


class WorkflowBulkUnarchiveRequest(WireModel):
    """WorkflowBulkUnarchiveRequest."""

    workflow_ids: list[str]


class WorkflowBulkUnarchiveResponse(WireModel):
    """WorkflowBulkUnarchiveResponse."""

    unarchived: list[Workflow]
    errored: list[WorkflowBulkError] | None = None


class WorkflowCodeDefinition(WireModel):
    """WorkflowCodeDefinition."""

    input_schema: dict[str, Any]
    output_schema: dict[str, Any] | None = None
    signals: list[SignalDefinition] | None = None
    queries: list[QueryDefinition] | None = None
    updates: list[UpdateDefinition] | None = None
    enforce_determinism: bool | None = None
    on_behalf_of: bool | None = None
    execution_timeout: float | None = None
    plugin_metadata: dict[str, Any] | None = None


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


class WorkflowExecutionCanceledAttributes(WireModel):
    """Attributes for workflow execution canceled events."""

    task_id: str
    reason: str | None = None
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


class WorkflowExecutionCompletedAttributesResponse(WireModel):
    """Attributes for workflow execution completed events."""

    task_id: str
    result: JSONPayloadResponse
    attempt: int | None = None


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


class WorkflowExecutionContinuedAsNewAttributesResponse(WireModel):
    """Attributes for workflow execution continued-as-new events."""

    task_id: str
    new_execution_run_id: str
    workflow_name: str
    input: JSONPayloadResponse


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


class WorkflowExecutionFailedAttributes(WireModel):
    """Attributes for workflow execution failed events."""

    task_id: str
    failure: Failure
    attempt: int | None = None


class WorkflowExecutionRequest(WireModel):
    """WorkflowExecutionRequest."""

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
    """WorkflowExecutionResponse."""

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


class WorkflowExecutionStartedAttributesResponse(WireModel):
    """Attributes for workflow execution started events."""

    task_id: str
    workflow_name: str
    display_name: str | None = None
    input: JSONPayloadResponse
    attempt: int | None = None


class WorkflowExecutionSyncResponse(WireModel):
    """Response model for synchronous workflow execution."""

    workflow_name: str
    execution_id: str
    result: Any


class WorkflowGetResponse(WireModel):
    """WorkflowGetResponse."""

    workflow: WorkflowWithWorkerStatus


class WorkflowListResponse(WireModel):
    """WorkflowListResponse."""

    workflows: list[WorkflowBasicDefinition]
    next_cursor: str | None


class WorkflowMetadata(WireModel):
    """WorkflowMetadata."""

    shared_namespace: str | None = None


class WorkflowRegistration(WireModel):
    """WorkflowRegistration."""

    id: str
    deployment_id: str | None = None
    task_queue: str | None = None
    definition: WorkflowCodeDefinition
    workflow_id: str
    workflow: Workflow | None = None
    deployment_name: str | None = None
    compatible_with_chat_assistant: bool | None = None


class WorkflowRegistrationGetResponse(WireModel):
    """WorkflowRegistrationGetResponse."""

    workflow_registration: WorkflowRegistrationWithWorkerStatus
    workflow_version: WorkflowRegistrationWithWorkerStatus


class WorkflowRegistrationListResponse(WireModel):
    """WorkflowRegistrationListResponse."""

    workflow_registrations: list[WorkflowRegistration]
    next_cursor: str | None
    workflow_versions: list[WorkflowRegistration]


class WorkflowRegistrationWithWorkerStatus(WireModel):
    """WorkflowRegistrationWithWorkerStatus."""

    id: str
    deployment_id: str | None = None
    task_queue: str | None = None
    definition: WorkflowCodeDefinition
    workflow_id: str
    workflow: Workflow | None = None
    deployment_name: str | None = None
    compatible_with_chat_assistant: bool | None = None
    active: bool


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


class WorkflowTaskFailedAttributes(WireModel):
    """Attributes for workflow task failed events."""

    task_id: str
    failure: Failure


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


class WorkflowTaskTimedOutAttributes(WireModel):
    """Attributes for workflow task timed out events."""

    task_id: str
    timeout_type: str | None = None


class WorkflowUnarchiveResponse(WireModel):
    """WorkflowUnarchiveResponse."""

    workflow: Workflow


class WorkflowUpdateRequest(WireModel):
    """WorkflowUpdateRequest."""

    display_name: str | None = None
    description: str | None = None
    available_in_chat_assistant: bool | None = None
    tags: list[str] | None = None


class WorkflowUpdateResponse(WireModel):
    """WorkflowUpdateResponse."""

    workflow: Workflow


class WorkflowWithWorkerStatus(WireModel):
    """WorkflowWithWorkerStatus."""

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
    active: bool


class StreamError(WireModel):
    """StreamError."""

    error: str
    reason: str


EncodedPayloadOptions = Annotated[
    Literal["offloaded", "encrypted", "encrypted-partial", "compressed"], Tolerant
]

JSONPatch = Annotated[JSONPatchAppend | JSONPatchAdd | JSONPatchReplace | JSONPatchRemove, Tolerant]

JSONPatchPayloadValueResponse = list[JSONPatch] | str

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

WorkflowType = Annotated[Literal["code"], Tolerant]
