"""`client.workflows.runs`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator
from typing import Any, Literal

from pydantic import RootModel
from typing_extensions import Unpack

from ...types._generated.workflows_3 import WorkflowExecutionResponse, WorkflowExecutionStatus
from ...types._generated.workflows_runs import (
    WorkflowExecutionListResponse,
    WorkflowExecutionWithoutResultResponse,
)
from .._base import RawResponses, Service, query, segment
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_cursor

__all__ = [
    "SyncWorkflowsRunsRawResponses",
    "SyncWorkflowsRunsService",
    "WorkflowsRunsRawResponses",
    "WorkflowsRunsService",
]

_GetHistoryResult = RootModel[Any]


class WorkflowsRunsService(Service):
    """`client.workflows.runs`: workflows API - runs."""

    area = "workflows.runs"

    @property
    def with_raw_response(self) -> WorkflowsRunsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return WorkflowsRunsRawResponses(self)

    async def list(
        self,
        *,
        workflow_identifier: str | None = None,
        root_execution_id: str | None = None,
        search: str | None = None,
        status: WorkflowExecutionStatus | builtins.list[WorkflowExecutionStatus] | None = None,
        deployment_name: str | None = None,
        sort_by: Literal["start_time", "end_time"] | None = None,
        order: Literal["asc", "desc"] | None = None,
        start_time_after: str | None = None,
        start_time_before: str | None = None,
        end_time_after: str | None = None,
        end_time_before: str | None = None,
        user_id: str | None = None,
        workflow_tags: builtins.list[str] | None = None,
        include_internal: bool | None = None,
        page_size: int | None = None,
        next_page_token: str | None = None,
        search_key: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkflowExecutionListResponse:
        """List Runs."""
        path = "/v1/workflows/runs"
        return await self._call(
            "workflows.runs.list",
            "GET",
            path,
            WorkflowExecutionListResponse,
            params=query(
                workflow_identifier=workflow_identifier,
                root_execution_id=root_execution_id,
                search=search,
                status=status,
                deployment_name=deployment_name,
                sort_by=sort_by,
                order=order,
                start_time_after=start_time_after,
                start_time_before=start_time_before,
                end_time_after=end_time_after,
                end_time_before=end_time_before,
                user_id=user_id,
                workflow_tags=workflow_tags,
                include_internal=include_internal,
                page_size=page_size,
                next_page_token=next_page_token,
                search_key=search_key,
            ),
            options=options,
        )

    @takes_arguments_of(list)
    def iterate(self, **filters: Any) -> AsyncIterator[WorkflowExecutionWithoutResultResponse]:
        """Every item `list` returns, page after page (its keyword arguments filter)."""
        return walk_cursor(
            self.list, filters, cursor="next_page_token", items="executions", next="next_page_token"
        )

    async def get(self, run_id: str, **options: Unpack[CallOptions]) -> WorkflowExecutionResponse:
        """Get Run."""
        path = f"/v1/workflows/runs/{segment(run_id, 'run_id')}"
        return await self._call(
            "workflows.runs.get", "GET", path, WorkflowExecutionResponse, options=options
        )

    async def get_history(
        self, run_id: str, *, decode_payloads: bool | None = None, **options: Unpack[CallOptions]
    ) -> Any:
        """Get Run History."""
        path = f"/v1/workflows/runs/{segment(run_id, 'run_id')}/history"
        return (
            await self._call(
                "workflows.runs.get_history",
                "GET",
                path,
                _GetHistoryResult,
                params=query(decode_payloads=decode_payloads),
                options=options,
            )
        ).root


class WorkflowsRunsRawResponses(RawResponses):
    """`workflows.runs.with_raw_response`: each call answers `APIResponse[reply]`."""

    list = raw(WorkflowsRunsService.list)
    get = raw(WorkflowsRunsService.get)
    get_history = raw(WorkflowsRunsService.get_history)


class SyncWorkflowsRunsRawResponses(BlockingService):
    """`workflows.runs.with_raw_response` of the blocking client."""

    list = blocking_raw(WorkflowsRunsService.list)
    get = blocking_raw(WorkflowsRunsService.get)
    get_history = blocking_raw(WorkflowsRunsService.get_history)


class SyncWorkflowsRunsService(BlockingService):
    """`workflows.runs` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncWorkflowsRunsRawResponses)
    list = blocking(WorkflowsRunsService.list)
    get = blocking(WorkflowsRunsService.get)
    get_history = blocking(WorkflowsRunsService.get_history)
    iterate = blocking(WorkflowsRunsService.iterate)
