"""Workflows (part 1 of 4) models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

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
    "EncodedPayloadOptions",
    "EncryptedPatchValue",
    "Failure",
    "JSONPatchAdd",
    "JSONPatchAppend",
    "JSONPatchRemove",
    "JSONPayloadResponse",
]


class JSONPayloadResponse(WireModel):
    """A payload containing arbitrary JSON data."""

    sent_always = ("type",)

    type: Literal["json"] = "json"
    value: Any
    encoding_options: list[EncodedPayloadOptions] | None = None


class ActivityTaskCompletedAttributesResponse(WireModel):
    """Attributes for activity task completed events."""

    task_id: str
    activity_name: str
    result: JSONPayloadResponse


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


class Failure(WireModel):
    """Represents an error or exception that occurred during execution."""

    message: str


class ActivityTaskFailedAttributes(WireModel):
    """Attributes for activity task failed events (final failure after all retries)."""

    task_id: str
    activity_name: str
    attempt: int
    failure: Failure


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


class ActivityTaskRetryingAttributes(WireModel):
    """Attributes for activity task retrying events."""

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


class ActivityTaskStartedAttributesResponse(WireModel):
    """Attributes for activity task started events."""

    task_id: str
    activity_name: str
    input: JSONPayloadResponse


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


class CustomTaskCanceledAttributes(WireModel):
    """Attributes for custom task canceled events."""

    custom_task_id: str
    custom_task_type: str
    reason: str | None = None


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


class CustomTaskCompletedAttributesResponse(WireModel):
    """Attributes for custom task completed events."""

    custom_task_id: str
    custom_task_type: str
    payload: JSONPayloadResponse


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


class CustomTaskFailedAttributes(WireModel):
    """Attributes for custom task failed events."""

    custom_task_id: str
    custom_task_type: str
    failure: Failure


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


class JSONPatchAdd(WireModel):
    sent_always = ("op",)

    path: str
    value: Any
    op: Literal["add"] = "add"


class EncryptedPatchValue(WireModel):
    """Wrapper for encrypted patch values in selective json_patch encryption."""

    sent_always = ("type",)

    type: Literal["__encrypted__"] = "__encrypted__"
    value: str


class JSONPatchAppend(WireModel):
    sent_always = ("op",)

    path: str
    value: Annotated[str | EncryptedPatchValue, Tolerant]
    op: Literal["append"] = "append"


class JSONPatchRemove(WireModel):
    sent_always = ("op",)

    path: str
    value: Any
    op: Literal["remove"] = "remove"


EncodedPayloadOptions = Annotated[
    Literal["offloaded", "encrypted", "encrypted-partial", "compressed"], Tolerant
]
