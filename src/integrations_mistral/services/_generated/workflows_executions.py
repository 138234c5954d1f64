"""`client.workflows.executions`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated, Any, Literal, overload

from pydantic import RootModel
from typing_extensions import Unpack

from ...types._base import Tolerant
from ...types._generated.workflows_2 import StreamEventSseErrorData
from ...types._generated.workflows_3 import StreamEventSsePayload
from ...types._generated.workflows_4 import StreamError
from ...types._generated.workflows_executions_1 import (
    EventSource,
    ExecutionLogRecord,
    ExecutionLogSearchResponse,
    ExecutionTraceInfoResponse,
    NetworkEncodedInput,
    ResetInvocationBody,
    UpdateInvocationBody,
    UpdateWorkflowResponse,
)
from ...types._generated.workflows_executions_2 import (
    WorkflowExecutionTraceEventsResponse,
    WorkflowExecutionTraceOTelResponse,
    WorkflowExecutionTraceSummaryResponse,
)
from .._base import RawResponses, build_request, query, segment
from .._events import EventStream
from .._faces import BlockingService, Face, blocking, blocking_raw, raw, streaming
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_cursor
from .workflows_executions_part import WorkflowsExecutionsServicePart

__all__ = [
    "SyncWorkflowsExecutionsRawResponses",
    "SyncWorkflowsExecutionsService",
    "WorkflowsExecutionsRawResponses",
    "WorkflowsExecutionsService",
]

_StreamEvent = RootModel[Annotated[StreamEventSsePayload | StreamEventSseErrorData, Tolerant]]
_StreamLogsEvent = RootModel[Annotated[ExecutionLogRecord | StreamError, Tolerant]]


class WorkflowsExecutionsService(WorkflowsExecutionsServicePart):
    """`client.workflows.executions`: workflows API - executions."""

    area = "workflows.executions"

    @property
    def with_raw_response(self) -> WorkflowsExecutionsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return WorkflowsExecutionsRawResponses(self)

    @overload
    async def reset(
        self, execution_id: str, request: ResetInvocationBody, **options: Unpack[CallOptions]
    ) -> None: ...
    @overload
    async def reset(
        self,
        execution_id: str,
        *,
        event_id: int,
        reason: str | None = None,
        exclude_signals: bool | None = None,
        exclude_updates: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> None: ...
    async def reset(
        self,
        execution_id: str,
        request: ResetInvocationBody | None = None,
        *,
        event_id: int | None = None,
        reason: str | None = None,
        exclude_signals: bool | None = None,
        exclude_updates: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Reset Workflow."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/reset"
        await self._raw(
            "workflows.executions.reset",
            "POST",
            path,
            body=build_request(
                ResetInvocationBody,
                request,
                {
                    "event_id": event_id,
                    "reason": reason,
                    "exclude_signals": exclude_signals,
                    "exclude_updates": exclude_updates,
                },
                options,
            ),
            options=options,
        )

    @overload
    async def update(
        self, execution_id: str, request: UpdateInvocationBody, **options: Unpack[CallOptions]
    ) -> UpdateWorkflowResponse: ...
    @overload
    async def update(
        self,
        execution_id: str,
        *,
        name: str,
        input: NetworkEncodedInput | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> UpdateWorkflowResponse: ...
    async def update(
        self,
        execution_id: str,
        request: UpdateInvocationBody | None = None,
        *,
        name: str | None = None,
        input: NetworkEncodedInput | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> UpdateWorkflowResponse:
        """Update Workflow Execution."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/updates"
        return await self._call(
            "workflows.executions.update",
            "POST",
            path,
            UpdateWorkflowResponse,
            body=build_request(
                UpdateInvocationBody, request, {"name": name, "input": input}, options
            ),
            options=options,
        )

    async def get_trace_info(
        self, execution_id: str, **options: Unpack[CallOptions]
    ) -> ExecutionTraceInfoResponse:
        """Get Workflow Execution Trace Info."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/trace/info"
        return await self._call(
            "workflows.executions.get_trace_info",
            "GET",
            path,
            ExecutionTraceInfoResponse,
            options=options,
        )

    async def get_trace_otel(
        self, execution_id: str, **options: Unpack[CallOptions]
    ) -> WorkflowExecutionTraceOTelResponse:
        """Get Workflow Execution Trace Otel."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/trace/otel"
        return await self._call(
            "workflows.executions.get_trace_otel",
            "GET",
            path,
            WorkflowExecutionTraceOTelResponse,
            options=options,
        )

    async def get_trace_summary(
        self, execution_id: str, **options: Unpack[CallOptions]
    ) -> WorkflowExecutionTraceSummaryResponse:
        """Get Workflow Execution Trace Summary."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/trace/summary"
        return await self._call(
            "workflows.executions.get_trace_summary",
            "GET",
            path,
            WorkflowExecutionTraceSummaryResponse,
            options=options,
        )

    async def get_trace_events(
        self,
        execution_id: str,
        *,
        merge_same_id_events: bool | None = None,
        include_internal_events: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkflowExecutionTraceEventsResponse:
        """Get Workflow Execution Trace Events."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/trace/events"
        return await self._call(
            "workflows.executions.get_trace_events",
            "GET",
            path,
            WorkflowExecutionTraceEventsResponse,
            params=query(
                merge_same_id_events=merge_same_id_events,
                include_internal_events=include_internal_events,
            ),
            options=options,
        )

    async def stream(
        self,
        execution_id: str,
        *,
        event_source: EventSource | None = None,
        last_event_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> EventStream:
        """Stream."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/stream"
        return await self._events(
            "workflows.executions.stream",
            path,
            _StreamEvent,
            params=query(event_source=event_source, last_event_id=last_event_id),
            options=options,
        )

    async def get_logs(
        self,
        execution_id: str,
        *,
        run_id: str | None = None,
        activity_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        order: Literal["asc", "desc"] | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> ExecutionLogSearchResponse:
        """Get Workflow Execution Logs.

        Retrieve logs for a workflow execution. Use `after`/`before`/`order` on the first
        request to set the time range and sort order; for the next pages pass the `cursor` from
        the previous response (it remembers the range and order).
        """
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/logs"
        return await self._call(
            "workflows.executions.get_logs",
            "GET",
            path,
            ExecutionLogSearchResponse,
            params=query(
                run_id=run_id,
                activity_id=activity_id,
                after=after,
                before=before,
                order=order,
                cursor=cursor,
                limit=limit,
            ),
            options=options,
        )

    @takes_arguments_of(get_logs)
    def iterate_logs(self, **filters: Any) -> AsyncIterator[ExecutionLogRecord]:
        """Every item `get_logs` returns, page after page (its keyword arguments filter)."""
        return walk_cursor(
            self.get_logs, filters, cursor="cursor", items="results", next="next_cursor"
        )

    async def stream_logs(
        self,
        execution_id: str,
        *,
        run_id: str | None = None,
        activity_id: str | None = None,
        after: str | None = None,
        last_event_id: str | None = None,
        last_event_id_header: str | None = None,
        **options: Unpack[CallOptions],
    ) -> EventStream:
        """Stream Workflow Execution Logs.

        Stream logs for a workflow execution via SSE. Resume cursor comes from the `Last-Event-
        ID` header or `last_event_id` query param (header wins) and takes precedence over
        `after`; omit all to tail from the execution start.
        """
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/logs/stream"
        return await self._events(
            "workflows.executions.stream_logs",
            path,
            _StreamLogsEvent,
            params=query(
                run_id=run_id, activity_id=activity_id, after=after, last_event_id=last_event_id
            ),
            headers={"Last-Event-ID": last_event_id_header},
            options=options,
        )


class WorkflowsExecutionsRawResponses(RawResponses):
    """`workflows.executions.with_raw_response`: each call answers `APIResponse[reply]`."""

    get = raw(WorkflowsExecutionsService.get)
    get_history = raw(WorkflowsExecutionsService.get_history)
    signal = raw(WorkflowsExecutionsService.signal)
    query = raw(WorkflowsExecutionsService.query)
    terminate = raw(WorkflowsExecutionsService.terminate)
    batch_terminate = raw(WorkflowsExecutionsService.batch_terminate)
    cancel = raw(WorkflowsExecutionsService.cancel)
    batch_cancel = raw(WorkflowsExecutionsService.batch_cancel)
    reset = raw(WorkflowsExecutionsService.reset)
    update = raw(WorkflowsExecutionsService.update)
    get_trace_info = raw(WorkflowsExecutionsService.get_trace_info)
    get_trace_otel = raw(WorkflowsExecutionsService.get_trace_otel)
    get_trace_summary = raw(WorkflowsExecutionsService.get_trace_summary)
    get_trace_events = raw(WorkflowsExecutionsService.get_trace_events)
    get_logs = raw(WorkflowsExecutionsService.get_logs)


class SyncWorkflowsExecutionsRawResponses(BlockingService):
    """`workflows.executions.with_raw_response` of the blocking client."""

    get = blocking_raw(WorkflowsExecutionsService.get)
    get_history = blocking_raw(WorkflowsExecutionsService.get_history)
    signal = blocking_raw(WorkflowsExecutionsService.signal)
    query = blocking_raw(WorkflowsExecutionsService.query)
    terminate = blocking_raw(WorkflowsExecutionsService.terminate)
    batch_terminate = blocking_raw(WorkflowsExecutionsService.batch_terminate)
    cancel = blocking_raw(WorkflowsExecutionsService.cancel)
    batch_cancel = blocking_raw(WorkflowsExecutionsService.batch_cancel)
    reset = blocking_raw(WorkflowsExecutionsService.reset)
    update = blocking_raw(WorkflowsExecutionsService.update)
    get_trace_info = blocking_raw(WorkflowsExecutionsService.get_trace_info)
    get_trace_otel = blocking_raw(WorkflowsExecutionsService.get_trace_otel)
    get_trace_summary = blocking_raw(WorkflowsExecutionsService.get_trace_summary)
    get_trace_events = blocking_raw(WorkflowsExecutionsService.get_trace_events)
    get_logs = blocking_raw(WorkflowsExecutionsService.get_logs)


class SyncWorkflowsExecutionsService(BlockingService):
    """`workflows.executions` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncWorkflowsExecutionsRawResponses)
    get = blocking(WorkflowsExecutionsService.get)
    get_history = blocking(WorkflowsExecutionsService.get_history)
    signal = blocking(WorkflowsExecutionsService.signal)
    query = blocking(WorkflowsExecutionsService.query)
    terminate = blocking(WorkflowsExecutionsService.terminate)
    batch_terminate = blocking(WorkflowsExecutionsService.batch_terminate)
    cancel = blocking(WorkflowsExecutionsService.cancel)
    batch_cancel = blocking(WorkflowsExecutionsService.batch_cancel)
    reset = blocking(WorkflowsExecutionsService.reset)
    update = blocking(WorkflowsExecutionsService.update)
    get_trace_info = blocking(WorkflowsExecutionsService.get_trace_info)
    get_trace_otel = blocking(WorkflowsExecutionsService.get_trace_otel)
    get_trace_summary = blocking(WorkflowsExecutionsService.get_trace_summary)
    get_trace_events = blocking(WorkflowsExecutionsService.get_trace_events)
    stream = streaming(WorkflowsExecutionsService.stream)
    get_logs = blocking(WorkflowsExecutionsService.get_logs)
    stream_logs = streaming(WorkflowsExecutionsService.stream_logs)
    iterate_logs = blocking(WorkflowsExecutionsService.iterate_logs)
