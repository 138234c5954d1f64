"""Workflows events models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Literal

from .._base import Tolerant, WireModel
from .workflows_1 import (
    ActivityTaskCompletedResponse,
    ActivityTaskFailedResponse,
    ActivityTaskRetryingResponse,
    ActivityTaskStartedResponse,
    CustomTaskCanceledResponse,
    CustomTaskCompletedResponse,
    CustomTaskFailedResponse,
)
from .workflows_2 import (
    CustomTaskInProgressResponse,
    CustomTaskStartedResponse,
    CustomTaskTimedOutResponse,
    WorkflowExecutionCanceledResponse,
    WorkflowExecutionCompletedResponse,
    WorkflowExecutionContinuedAsNewResponse,
    WorkflowExecutionFailedResponse,
)
from .workflows_3 import (
    WorkflowExecutionStartedResponse,
    WorkflowTaskFailedResponse,
    WorkflowTaskTimedOutResponse,
)

__all__ = [
    "ListWorkflowEventResponse",
    "WorkflowEventType",
]


class ListWorkflowEventResponse(WireModel):
    """Reply of `GET /v1/workflows/events/list`."""

    events: list[
        Annotated[
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
    ]
    next_cursor: str | None = None


WorkflowEventType = Annotated[
    Literal[
        "WORKFLOW_EXECUTION_STARTED",
        "WORKFLOW_EXECUTION_COMPLETED",
        "WORKFLOW_EXECUTION_FAILED",
        "WORKFLOW_EXECUTION_CANCELED",
        "WORKFLOW_EXECUTION_CONTINUED_AS_NEW",
        "WORKFLOW_TASK_TIMED_OUT",
        "WORKFLOW_TASK_FAILED",
        "CUSTOM_TASK_STARTED",
        "CUSTOM_TASK_IN_PROGRESS",
        "CUSTOM_TASK_COMPLETED",
        "CUSTOM_TASK_FAILED",
        "CUSTOM_TASK_TIMED_OUT",
        "CUSTOM_TASK_CANCELED",
        "ACTIVITY_TASK_STARTED",
        "ACTIVITY_TASK_COMPLETED",
        "ACTIVITY_TASK_RETRYING",
        "ACTIVITY_TASK_FAILED",
    ],
    Tolerant,
]
