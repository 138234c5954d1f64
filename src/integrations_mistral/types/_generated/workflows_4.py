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
    """Reply of `GET /v1/workflows/{workflow_identifier}`."""

    workflow: WorkflowWithWorkerStatus


class WorkflowListResponse(WireModel):
    """Reply of `GET /v1/workflows`."""

    workflows: list[WorkflowBasicDefinition]
    next_cursor: str | None


class WorkflowRegistration(WireModel):
    id: str
    deployment_id: str | None = None
    task_queue: str | None = None
    definition: WorkflowCodeDefinition
    workflow_id: str
    workflow: Workflow | None = None
    deployment_name: str | None = None
    compatible_with_chat_assistant: bool | None = None


class WorkflowRegistrationWithWorkerStatus(WireModel):
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
    """Reply of `GET /v1/workflows/registrations/{workflow_registration_id}`."""

    workflow_registration: WorkflowRegistrationWithWorkerStatus
    workflow_version: WorkflowRegistrationWithWorkerStatus


class WorkflowRegistrationListResponse(WireModel):
    """Reply of `GET /v1/workflows/registrations`."""

    workflow_registrations: list[WorkflowRegistration]
    next_cursor: str | None
    workflow_versions: list[WorkflowRegistration]


class WorkflowUnarchiveResponse(WireModel):
    """Reply of `PUT /v1/workflows/{workflow_identifier}/unarchive`."""

    workflow: Workflow


class WorkflowUpdateRequest(WireModel):
    """Body of `PUT /v1/workflows/{workflow_identifier}`."""

    display_name: str | None = None
    description: str | None = None
    available_in_chat_assistant: bool | None = None
    tags: list[str] | None = None


class WorkflowUpdateResponse(WireModel):
    """Reply of `PUT /v1/workflows/{workflow_identifier}`."""

    workflow: Workflow


class StreamError(WireModel):
    error: str
    reason: str
