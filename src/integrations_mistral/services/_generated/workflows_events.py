"""`client.workflows.events`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator
from typing import Annotated, Any, Literal

from pydantic import RootModel
from typing_extensions import Unpack

from ...types._base import Tolerant
from ...types._generated.workflows_1 import (
    ActivityTaskCompletedResponse,
    ActivityTaskFailedResponse,
    ActivityTaskRetryingResponse,
    ActivityTaskStartedResponse,
    CustomTaskCanceledResponse,
    CustomTaskCompletedResponse,
    CustomTaskFailedResponse,
)
from ...types._generated.workflows_2 import (
    CustomTaskInProgressResponse,
    CustomTaskStartedResponse,
    CustomTaskTimedOutResponse,
    StreamEventSseErrorData,
    WorkflowExecutionCanceledResponse,
    WorkflowExecutionCompletedResponse,
    WorkflowExecutionContinuedAsNewResponse,
    WorkflowExecutionFailedResponse,
)
from ...types._generated.workflows_3 import (
    StreamEventSsePayload,
    WorkflowExecutionStartedResponse,
    WorkflowTaskFailedResponse,
    WorkflowTaskTimedOutResponse,
)
from ...types._generated.workflows_events import ListWorkflowEventResponse, WorkflowEventType
from .._base import RawResponses, Service, query
from .._events import EventStream
from .._faces import BlockingService, Face, blocking, blocking_raw, raw, streaming
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_cursor

__all__ = [
    "SyncWorkflowsEventsRawResponses",
    "SyncWorkflowsEventsService",
    "WorkflowsEventsRawResponses",
    "WorkflowsEventsService",
]

_StreamEvent = RootModel[Annotated[StreamEventSsePayload | StreamEventSseErrorData, Tolerant]]


class WorkflowsEventsService(Service):
    """`client.workflows.events`: events API."""

    area = "workflows.events"

    @property
    def with_raw_response(self) -> WorkflowsEventsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return WorkflowsEventsRawResponses(self)

    async def stream(
        self,
        *,
        scope: Literal["activity", "workflow", "*"] | None = None,
        activity_name: str | None = None,
        activity_id: str | None = None,
        workflow_name: str | None = None,
        workflow_exec_id: str | None = None,
        root_workflow_exec_id: str | None = None,
        parent_workflow_exec_id: str | None = None,
        stream: str | None = None,
        start_seq: int | None = None,
        metadata_filters: dict[str, Any] | None = None,
        workflow_event_types: builtins.list[WorkflowEventType] | None = None,
        last_event_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> EventStream:
        """Get Stream Events."""
        path = "/v1/workflows/events/stream"
        return await self._events(
            "workflows.events.stream",
            path,
            _StreamEvent,
            params=query(
                scope=scope,
                activity_name=activity_name,
                activity_id=activity_id,
                workflow_name=workflow_name,
                workflow_exec_id=workflow_exec_id,
                root_workflow_exec_id=root_workflow_exec_id,
                parent_workflow_exec_id=parent_workflow_exec_id,
                stream=stream,
                start_seq=start_seq,
                metadata_filters=metadata_filters,
                workflow_event_types=workflow_event_types,
            ),
            headers={"last-event-id": last_event_id},
            options=options,
        )

    async def list(
        self,
        *,
        root_workflow_exec_id: str | None = None,
        workflow_exec_id: str | None = None,
        workflow_run_id: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        **options: Unpack[CallOptions],
    ) -> ListWorkflowEventResponse:
        """Get Workflow Events."""
        path = "/v1/workflows/events/list"
        return await self._call(
            "workflows.events.list",
            "GET",
            path,
            ListWorkflowEventResponse,
            params=query(
                root_workflow_exec_id=root_workflow_exec_id,
                workflow_exec_id=workflow_exec_id,
                workflow_run_id=workflow_run_id,
                limit=limit,
                cursor=cursor,
            ),
            options=options,
        )

    @takes_arguments_of(list)
    def iterate(
        self, **filters: Any
    ) -> AsyncIterator[
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
        | ActivityTaskFailedResponse
    ]:
        """Every item `list` returns, page after page (its keyword arguments filter)."""
        return walk_cursor(self.list, filters, cursor="cursor", items="events", next="next_cursor")


class WorkflowsEventsRawResponses(RawResponses):
    """`workflows.events.with_raw_response`: each call answers `APIResponse[reply]`."""

    list = raw(WorkflowsEventsService.list)


class SyncWorkflowsEventsRawResponses(BlockingService):
    """`workflows.events.with_raw_response` of the blocking client."""

    list = blocking_raw(WorkflowsEventsService.list)


class SyncWorkflowsEventsService(BlockingService):
    """`workflows.events` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncWorkflowsEventsRawResponses)
    stream = streaming(WorkflowsEventsService.stream)
    list = blocking(WorkflowsEventsService.list)
    iterate = blocking(WorkflowsEventsService.iterate)
