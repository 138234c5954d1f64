"""Workflows (part 4 of 4) models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from .._base import WireModel
from .workflows_3 import Workflow, WorkflowBasicDefinition, WorkflowCodeDefinition, WorkflowType

__all__ = [
    "StreamError",
    "WorkflowGetResponse",
    "WorkflowListResponse",
    "WorkflowRegistration",
    "WorkflowRegistrationGetResponse",
    "WorkflowRegistrationListResponse",
    "WorkflowRegistrationWithWorkerStatus",
    "WorkflowUnarchiveResponse",
    "WorkflowUpdateRequest",
    "WorkflowUpdateResponse",
    "WorkflowWithWorkerStatus",
]


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


class WorkflowGetResponse(WireModel):
    """WorkflowGetResponse."""

    workflow: WorkflowWithWorkerStatus


class WorkflowListResponse(WireModel):
    """WorkflowListResponse."""

    workflows: list[WorkflowBasicDefinition]
    next_cursor: str | None


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


class WorkflowRegistrationGetResponse(WireModel):
    """WorkflowRegistrationGetResponse."""

    workflow_registration: WorkflowRegistrationWithWorkerStatus
    workflow_version: WorkflowRegistrationWithWorkerStatus


class WorkflowRegistrationListResponse(WireModel):
    """WorkflowRegistrationListResponse."""

    workflow_registrations: list[WorkflowRegistration]
    next_cursor: str | None
    workflow_versions: list[WorkflowRegistration]


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


class StreamError(WireModel):
    """StreamError."""

    error: str
    reason: str
