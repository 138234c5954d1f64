"""`client.workflows.executions`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated, Any, Literal, overload

from pydantic import RootModel
from typing_extensions import Unpack

from ...types._base import Tolerant
from ...types._generated.workflows_2 import StreamEventSseErrorData
from ...types._generated.workflows_3 import StreamEventSsePayload, WorkflowExecutionResponse
from ...types._generated.workflows_4 import StreamError
from ...types._generated.workflows_executions_1 import (
    BatchExecutionBody,
    BatchExecutionResponse,
    EventSource,
    ExecutionLogRecord,
    ExecutionLogSearchResponse,
    ExecutionTraceInfoResponse,
    NetworkEncodedInput,
    QueryInvocationBody,
    QueryWorkflowResponse,
    ResetInvocationBody,
    SignalInvocationBody,
    SignalWorkflowResponse,
    UpdateInvocationBody,
    UpdateWorkflowResponse,
)
from ...types._generated.workflows_executions_2 import (
    WorkflowExecutionTraceEventsResponse,
    WorkflowExecutionTraceOTelResponse,
    WorkflowExecutionTraceSummaryResponse,
)
from .._base import Service, build_request, fields_of, query, request_headers, segment
from .._events import EventStream
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_cursor

__all__ = ["WorkflowsExecutionsService"]

_GetHistoryResult = RootModel[Any]
_StreamEvent = RootModel[Annotated[StreamEventSsePayload | StreamEventSseErrorData, Tolerant]]
_StreamLogsEvent = RootModel[Annotated[ExecutionLogRecord | StreamError, Tolerant]]


class WorkflowsExecutionsService(Service):
    """`client.workflows.executions`: workflows API - executions."""

    area = "workflows.executions"

    async def get(
        self, execution_id: str, **options: Unpack[CallOptions]
    ) -> WorkflowExecutionResponse:
        """Get Workflow Execution."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}"
        return await self._caller.call(
            "workflows.executions.get", "GET", path, WorkflowExecutionResponse
        )

    async def get_history(
        self,
        execution_id: str,
        *,
        decode_payloads: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Any:
        """Get Workflow Execution History."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/history"
        return (
            await self._caller.call(
                "workflows.executions.get_history",
                "GET",
                path,
                _GetHistoryResult,
                params=query(decode_payloads=decode_payloads),
            )
        ).root

    @overload
    async def signal(
        self, execution_id: str, *, request: SignalInvocationBody, **options: Unpack[CallOptions]
    ) -> SignalWorkflowResponse: ...
    @overload
    async def signal(
        self,
        execution_id: str,
        *,
        name: str,
        input: NetworkEncodedInput | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> SignalWorkflowResponse: ...
    async def signal(
        self,
        execution_id: str,
        *,
        name: str | None = None,
        input: NetworkEncodedInput | dict[str, Any] | None = None,
        request: SignalInvocationBody | None = None,
        **options: Unpack[CallOptions],
    ) -> SignalWorkflowResponse:
        """Signal Workflow Execution."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/signals"
        return await self._caller.call(
            "workflows.executions.signal",
            "POST",
            path,
            SignalWorkflowResponse,
            body=build_request(
                SignalInvocationBody, request, fields_of(locals(), "path", "execution_id")
            ),
        )

    @overload
    async def query(
        self, execution_id: str, *, request: QueryInvocationBody, **options: Unpack[CallOptions]
    ) -> QueryWorkflowResponse: ...
    @overload
    async def query(
        self,
        execution_id: str,
        *,
        name: str,
        input: NetworkEncodedInput | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> QueryWorkflowResponse: ...
    async def query(
        self,
        execution_id: str,
        *,
        name: str | None = None,
        input: NetworkEncodedInput | dict[str, Any] | None = None,
        request: QueryInvocationBody | None = None,
        **options: Unpack[CallOptions],
    ) -> QueryWorkflowResponse:
        """Query Workflow Execution."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/queries"
        return await self._caller.call(
            "workflows.executions.query",
            "POST",
            path,
            QueryWorkflowResponse,
            body=build_request(
                QueryInvocationBody, request, fields_of(locals(), "path", "execution_id")
            ),
        )

    async def terminate(self, execution_id: str, **options: Unpack[CallOptions]) -> None:
        """Terminate Workflow Execution."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/terminate"
        await self._caller.raw("workflows.executions.terminate", "POST", path)

    @overload
    async def batch_terminate(
        self, *, request: BatchExecutionBody, **options: Unpack[CallOptions]
    ) -> BatchExecutionResponse: ...
    @overload
    async def batch_terminate(
        self, *, execution_ids: list[str], **options: Unpack[CallOptions]
    ) -> BatchExecutionResponse: ...
    async def batch_terminate(
        self,
        *,
        execution_ids: list[str] | None = None,
        request: BatchExecutionBody | None = None,
        **options: Unpack[CallOptions],
    ) -> BatchExecutionResponse:
        """Batch Terminate Workflow Executions."""
        path = "/v1/workflows/executions/terminate"
        return await self._caller.call(
            "workflows.executions.batch_terminate",
            "POST",
            path,
            BatchExecutionResponse,
            body=build_request(BatchExecutionBody, request, fields_of(locals(), "path")),
        )

    async def cancel(self, execution_id: str, **options: Unpack[CallOptions]) -> None:
        """Cancel Workflow Execution."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/cancel"
        await self._caller.raw("workflows.executions.cancel", "POST", path)

    @overload
    async def batch_cancel(
        self, *, request: BatchExecutionBody, **options: Unpack[CallOptions]
    ) -> BatchExecutionResponse: ...
    @overload
    async def batch_cancel(
        self, *, execution_ids: list[str], **options: Unpack[CallOptions]
    ) -> BatchExecutionResponse: ...
    async def batch_cancel(
        self,
        *,
        execution_ids: list[str] | None = None,
        request: BatchExecutionBody | None = None,
        **options: Unpack[CallOptions],
    ) -> BatchExecutionResponse:
        """Batch Cancel Workflow Executions."""
        path = "/v1/workflows/executions/cancel"
        return await self._caller.call(
            "workflows.executions.batch_cancel",
            "POST",
            path,
            BatchExecutionResponse,
            body=build_request(BatchExecutionBody, request, fields_of(locals(), "path")),
        )

    @overload
    async def reset(
        self, execution_id: str, *, request: ResetInvocationBody, **options: Unpack[CallOptions]
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
        *,
        event_id: int | None = None,
        reason: str | None = None,
        exclude_signals: bool | None = None,
        exclude_updates: bool | None = None,
        request: ResetInvocationBody | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Reset Workflow."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/reset"
        await self._caller.raw(
            "workflows.executions.reset",
            "POST",
            path,
            body=build_request(
                ResetInvocationBody, request, fields_of(locals(), "path", "execution_id")
            ),
        )

    @overload
    async def update(
        self, execution_id: str, *, request: UpdateInvocationBody, **options: Unpack[CallOptions]
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
        *,
        name: str | None = None,
        input: NetworkEncodedInput | dict[str, Any] | None = None,
        request: UpdateInvocationBody | None = None,
        **options: Unpack[CallOptions],
    ) -> UpdateWorkflowResponse:
        """Update Workflow Execution."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/updates"
        return await self._caller.call(
            "workflows.executions.update",
            "POST",
            path,
            UpdateWorkflowResponse,
            body=build_request(
                UpdateInvocationBody, request, fields_of(locals(), "path", "execution_id")
            ),
        )

    async def get_trace_info(
        self, execution_id: str, **options: Unpack[CallOptions]
    ) -> ExecutionTraceInfoResponse:
        """Get Workflow Execution Trace Info."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/trace/info"
        return await self._caller.call(
            "workflows.executions.get_trace_info", "GET", path, ExecutionTraceInfoResponse
        )

    async def get_trace_otel(
        self, execution_id: str, **options: Unpack[CallOptions]
    ) -> WorkflowExecutionTraceOTelResponse:
        """Get Workflow Execution Trace Otel."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/trace/otel"
        return await self._caller.call(
            "workflows.executions.get_trace_otel", "GET", path, WorkflowExecutionTraceOTelResponse
        )

    async def get_trace_summary(
        self, execution_id: str, **options: Unpack[CallOptions]
    ) -> WorkflowExecutionTraceSummaryResponse:
        """Get Workflow Execution Trace Summary."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/trace/summary"
        return await self._caller.call(
            "workflows.executions.get_trace_summary",
            "GET",
            path,
            WorkflowExecutionTraceSummaryResponse,
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
        return await self._caller.call(
            "workflows.executions.get_trace_events",
            "GET",
            path,
            WorkflowExecutionTraceEventsResponse,
            params=query(
                merge_same_id_events=merge_same_id_events,
                include_internal_events=include_internal_events,
            ),
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
        """Get Workflow Execution Logs."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/logs"
        return await self._caller.call(
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
        """Stream Workflow Execution Logs."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/logs/stream"
        with request_headers({"Last-Event-ID": last_event_id_header}):
            return await self._events(
                "workflows.executions.stream_logs",
                path,
                _StreamLogsEvent,
                params=query(
                    run_id=run_id, activity_id=activity_id, after=after, last_event_id=last_event_id
                ),
            )
