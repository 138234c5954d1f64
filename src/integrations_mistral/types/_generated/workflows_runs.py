"""Workflows runs models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from .._base import WireModel
from .workflows_3 import WorkflowExecutionStatus

__all__ = [
    "WorkflowExecutionListResponse",
    "WorkflowExecutionWithoutResultResponse",
]


class WorkflowExecutionListResponse(WireModel):
    """Deprecated: use WorkflowRunListResponse instead."""

    executions: list[WorkflowExecutionWithoutResultResponse]
    next_page_token: str | None = None


class WorkflowExecutionWithoutResultResponse(WireModel):
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
