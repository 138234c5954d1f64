"""`client.workflows`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator
from typing import Annotated, Any, Literal, overload

from pydantic import RootModel
from typing_extensions import Unpack

from ...types._base import Tolerant
from ...types._generated.workflows_3 import (
    WorkflowArchiveResponse,
    WorkflowBasicDefinition,
    WorkflowBulkArchiveRequest,
    WorkflowBulkArchiveResponse,
    WorkflowBulkUnarchiveRequest,
    WorkflowBulkUnarchiveResponse,
    WorkflowExecutionRequest,
    WorkflowExecutionResponse,
    WorkflowExecutionStatus,
    WorkflowExecutionSyncResponse,
)
from ...types._generated.workflows_4 import (
    WorkflowGetResponse,
    WorkflowListResponse,
    WorkflowRegistration,
    WorkflowRegistrationGetResponse,
    WorkflowRegistrationListResponse,
    WorkflowUnarchiveResponse,
    WorkflowUpdateRequest,
    WorkflowUpdateResponse,
)
from .._base import RawResponses, Service, build_request, query, segment
from .._deprecation import deprecated
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._fallback import Caller
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_cursor
from .workflows_deployments import SyncWorkflowsDeploymentsService, WorkflowsDeploymentsService
from .workflows_events import SyncWorkflowsEventsService, WorkflowsEventsService
from .workflows_executions import SyncWorkflowsExecutionsService, WorkflowsExecutionsService
from .workflows_metrics import SyncWorkflowsMetricsService, WorkflowsMetricsService
from .workflows_runs import SyncWorkflowsRunsService, WorkflowsRunsService
from .workflows_schedules import SyncWorkflowsSchedulesService, WorkflowsSchedulesService

__all__ = [
    "SyncWorkflowsRawResponses",
    "SyncWorkflowsService",
    "WorkflowsRawResponses",
    "WorkflowsService",
]

_ExecuteResult = RootModel[
    Annotated[WorkflowExecutionResponse | WorkflowExecutionSyncResponse, Tolerant]
]


class WorkflowsService(Service):
    """`client.workflows`: workflows API (and `deployments`, `events`, `executions`, `metrics`, `runs`, `schedules`)."""

    area = "workflows"

    @property
    def with_raw_response(self) -> WorkflowsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return WorkflowsRawResponses(self)

    def __init__(self, caller: Caller) -> None:
        super().__init__(caller)
        self.deployments = WorkflowsDeploymentsService(caller)
        self.events = WorkflowsEventsService(caller)
        self.executions = WorkflowsExecutionsService(caller)
        self.metrics = WorkflowsMetricsService(caller)
        self.runs = WorkflowsRunsService(caller)
        self.schedules = WorkflowsSchedulesService(caller)

    async def list(
        self,
        *,
        status: WorkflowExecutionStatus | builtins.list[WorkflowExecutionStatus] | None = None,
        include_shared: bool | None = None,
        available_in_chat_assistant: bool | None = None,
        deployment_name: builtins.list[str] | None = None,
        deployment_status: Literal["active", "inactive"] | None = None,
        archived: bool | None = None,
        tags: builtins.list[str] | None = None,
        sort_by: Literal["display_name"] | None = None,
        order: Literal["asc", "desc"] | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        active_only: bool | None = None,
        search: str | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkflowListResponse:
        """Get Workflows."""
        path = "/v1/workflows"
        return await self._call(
            "workflows.list",
            "GET",
            path,
            WorkflowListResponse,
            params=query(
                status=status,
                include_shared=include_shared,
                available_in_chat_assistant=available_in_chat_assistant,
                deployment_name=deployment_name,
                deployment_status=deployment_status,
                archived=archived,
                tags=tags,
                sort_by=sort_by,
                order=order,
                cursor=cursor,
                limit=limit,
                active_only=active_only,
                search=search,
            ),
            options=options,
        )

    @takes_arguments_of(list)
    def iterate(self, **filters: Any) -> AsyncIterator[WorkflowBasicDefinition]:
        """Every item `list` returns, page after page (its keyword arguments filter)."""
        return walk_cursor(
            self.list, filters, cursor="cursor", items="workflows", next="next_cursor"
        )

    async def list_registrations(
        self,
        *,
        workflow_id: str | None = None,
        task_queue: str | None = None,
        active_only: bool | None = None,
        include_shared: bool | None = None,
        workflow_search: str | None = None,
        archived: bool | None = None,
        with_workflow: bool | None = None,
        available_in_chat_assistant: bool | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkflowRegistrationListResponse:
        """Get Workflow Registrations."""
        path = "/v1/workflows/registrations"
        return await self._call(
            "workflows.list_registrations",
            "GET",
            path,
            WorkflowRegistrationListResponse,
            params=query(
                workflow_id=workflow_id,
                task_queue=task_queue,
                active_only=active_only,
                include_shared=include_shared,
                workflow_search=workflow_search,
                archived=archived,
                with_workflow=with_workflow,
                available_in_chat_assistant=available_in_chat_assistant,
                limit=limit,
                cursor=cursor,
            ),
            options=options,
        )

    @takes_arguments_of(list_registrations)
    def iterate_registrations(self, **filters: Any) -> AsyncIterator[WorkflowRegistration]:
        """Every item `list_registrations` returns, page after page (its keyword arguments filter)."""
        return walk_cursor(
            self.list_registrations,
            filters,
            cursor="cursor",
            items="workflow_registrations",
            next="next_cursor",
        )

    async def execute(
        self,
        workflow_identifier: str,
        request: WorkflowExecutionRequest | None = None,
        *,
        execution_id: str | None = None,
        input: dict[str, Any] | None = None,
        wait_for_result: bool | None = None,
        timeout_seconds: float | None = None,
        custom_tracing_attributes: dict[str, str] | None = None,
        force_new_trace: bool | None = None,
        extensions: dict[str, Any] | None = None,
        task_queue: str | None = None,
        deployment_name: str | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkflowExecutionResponse | WorkflowExecutionSyncResponse:
        """Execute Workflow."""
        path = f"/v1/workflows/{segment(workflow_identifier, 'workflow_identifier')}/execute"
        return (
            await self._call(
                "workflows.execute",
                "POST",
                path,
                _ExecuteResult,
                body=build_request(
                    WorkflowExecutionRequest,
                    request,
                    {
                        "execution_id": execution_id,
                        "input": input,
                        "wait_for_result": wait_for_result,
                        "timeout_seconds": timeout_seconds,
                        "custom_tracing_attributes": custom_tracing_attributes,
                        "force_new_trace": force_new_trace,
                        "extensions": extensions,
                        "task_queue": task_queue,
                        "deployment_name": deployment_name,
                    },
                    options,
                ),
                options=options,
            )
        ).root

    async def execute_registration(
        self,
        workflow_registration_id: str,
        request: WorkflowExecutionRequest | None = None,
        *,
        execution_id: str | None = None,
        input: dict[str, Any] | None = None,
        wait_for_result: bool | None = None,
        timeout_seconds: float | None = None,
        custom_tracing_attributes: dict[str, str] | None = None,
        force_new_trace: bool | None = None,
        extensions: dict[str, Any] | None = None,
        task_queue: str | None = None,
        deployment_name: str | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkflowExecutionResponse | WorkflowExecutionSyncResponse:
        """Deprecated: use client.workflows.execute(workflow_identifier, ...). Execute Workflow Registration.

        Execute Workflow Registration
        """
        deprecated(
            "workflows.execute_registration",
            "POST /v1/workflows/registrations/{workflow_registration_id}/execute",
            "client.workflows.execute(workflow_identifier, ...)",
        )
        path = f"/v1/workflows/registrations/{segment(workflow_registration_id, 'workflow_registration_id')}/execute"
        return (
            await self._call(
                "workflows.execute_registration",
                "POST",
                path,
                _ExecuteResult,
                body=build_request(
                    WorkflowExecutionRequest,
                    request,
                    {
                        "execution_id": execution_id,
                        "input": input,
                        "wait_for_result": wait_for_result,
                        "timeout_seconds": timeout_seconds,
                        "custom_tracing_attributes": custom_tracing_attributes,
                        "force_new_trace": force_new_trace,
                        "extensions": extensions,
                        "task_queue": task_queue,
                        "deployment_name": deployment_name,
                    },
                    options,
                ),
                options=options,
            )
        ).root

    async def get(
        self, workflow_identifier: str, **options: Unpack[CallOptions]
    ) -> WorkflowGetResponse:
        """Get Workflow."""
        path = f"/v1/workflows/{segment(workflow_identifier, 'workflow_identifier')}"
        return await self._call("workflows.get", "GET", path, WorkflowGetResponse, options=options)

    async def update(
        self,
        workflow_identifier: str,
        request: WorkflowUpdateRequest | None = None,
        *,
        display_name: str | None = None,
        description: str | None = None,
        available_in_chat_assistant: bool | None = None,
        tags: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkflowUpdateResponse:
        """Update Workflow."""
        path = f"/v1/workflows/{segment(workflow_identifier, 'workflow_identifier')}"
        return await self._call(
            "workflows.update",
            "PUT",
            path,
            WorkflowUpdateResponse,
            body=build_request(
                WorkflowUpdateRequest,
                request,
                {
                    "display_name": display_name,
                    "description": description,
                    "available_in_chat_assistant": available_in_chat_assistant,
                    "tags": tags,
                },
                options,
            ),
            options=options,
        )

    async def get_registration(
        self,
        workflow_registration_id: str,
        *,
        with_workflow: bool | None = None,
        include_shared: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkflowRegistrationGetResponse:
        """Get Workflow Registration."""
        path = f"/v1/workflows/registrations/{segment(workflow_registration_id, 'workflow_registration_id')}"
        return await self._call(
            "workflows.get_registration",
            "GET",
            path,
            WorkflowRegistrationGetResponse,
            params=query(with_workflow=with_workflow, include_shared=include_shared),
            options=options,
        )

    @overload
    async def bulk_archive(
        self, request: WorkflowBulkArchiveRequest, **options: Unpack[CallOptions]
    ) -> WorkflowBulkArchiveResponse: ...
    @overload
    async def bulk_archive(
        self, *, workflow_ids: builtins.list[str], **options: Unpack[CallOptions]
    ) -> WorkflowBulkArchiveResponse: ...
    async def bulk_archive(
        self,
        request: WorkflowBulkArchiveRequest | None = None,
        *,
        workflow_ids: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkflowBulkArchiveResponse:
        """Bulk Archive Workflows."""
        path = "/v1/workflows/archive"
        return await self._call(
            "workflows.bulk_archive",
            "PUT",
            path,
            WorkflowBulkArchiveResponse,
            body=build_request(
                WorkflowBulkArchiveRequest, request, {"workflow_ids": workflow_ids}, options
            ),
            options=options,
        )

    @overload
    async def bulk_unarchive(
        self, request: WorkflowBulkUnarchiveRequest, **options: Unpack[CallOptions]
    ) -> WorkflowBulkUnarchiveResponse: ...
    @overload
    async def bulk_unarchive(
        self, *, workflow_ids: builtins.list[str], **options: Unpack[CallOptions]
    ) -> WorkflowBulkUnarchiveResponse: ...
    async def bulk_unarchive(
        self,
        request: WorkflowBulkUnarchiveRequest | None = None,
        *,
        workflow_ids: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkflowBulkUnarchiveResponse:
        """Bulk Unarchive Workflows."""
        path = "/v1/workflows/unarchive"
        return await self._call(
            "workflows.bulk_unarchive",
            "PUT",
            path,
            WorkflowBulkUnarchiveResponse,
            body=build_request(
                WorkflowBulkUnarchiveRequest, request, {"workflow_ids": workflow_ids}, options
            ),
            options=options,
        )

    async def archive(
        self, workflow_identifier: str, **options: Unpack[CallOptions]
    ) -> WorkflowArchiveResponse:
        """Archive Workflow."""
        path = f"/v1/workflows/{segment(workflow_identifier, 'workflow_identifier')}/archive"
        return await self._call(
            "workflows.archive", "PUT", path, WorkflowArchiveResponse, options=options
        )

    async def unarchive(
        self, workflow_identifier: str, **options: Unpack[CallOptions]
    ) -> WorkflowUnarchiveResponse:
        """Unarchive Workflow."""
        path = f"/v1/workflows/{segment(workflow_identifier, 'workflow_identifier')}/unarchive"
        return await self._call(
            "workflows.unarchive", "PUT", path, WorkflowUnarchiveResponse, options=options
        )


class WorkflowsRawResponses(RawResponses):
    """`workflows.with_raw_response`: each call answers `APIResponse[reply]`."""

    list = raw(WorkflowsService.list)
    list_registrations = raw(WorkflowsService.list_registrations)
    execute = raw(WorkflowsService.execute)
    execute_registration = raw(WorkflowsService.execute_registration)
    get = raw(WorkflowsService.get)
    update = raw(WorkflowsService.update)
    get_registration = raw(WorkflowsService.get_registration)
    bulk_archive = raw(WorkflowsService.bulk_archive)
    bulk_unarchive = raw(WorkflowsService.bulk_unarchive)
    archive = raw(WorkflowsService.archive)
    unarchive = raw(WorkflowsService.unarchive)


class SyncWorkflowsRawResponses(BlockingService):
    """`workflows.with_raw_response` of the blocking client."""

    list = blocking_raw(WorkflowsService.list)
    list_registrations = blocking_raw(WorkflowsService.list_registrations)
    execute = blocking_raw(WorkflowsService.execute)
    execute_registration = blocking_raw(WorkflowsService.execute_registration)
    get = blocking_raw(WorkflowsService.get)
    update = blocking_raw(WorkflowsService.update)
    get_registration = blocking_raw(WorkflowsService.get_registration)
    bulk_archive = blocking_raw(WorkflowsService.bulk_archive)
    bulk_unarchive = blocking_raw(WorkflowsService.bulk_unarchive)
    archive = blocking_raw(WorkflowsService.archive)
    unarchive = blocking_raw(WorkflowsService.unarchive)


class SyncWorkflowsService(BlockingService):
    """`workflows` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncWorkflowsRawResponses)
    deployments = Face(SyncWorkflowsDeploymentsService)
    events = Face(SyncWorkflowsEventsService)
    executions = Face(SyncWorkflowsExecutionsService)
    metrics = Face(SyncWorkflowsMetricsService)
    runs = Face(SyncWorkflowsRunsService)
    schedules = Face(SyncWorkflowsSchedulesService)
    list = blocking(WorkflowsService.list)
    list_registrations = blocking(WorkflowsService.list_registrations)
    execute = blocking(WorkflowsService.execute)
    execute_registration = blocking(WorkflowsService.execute_registration)
    get = blocking(WorkflowsService.get)
    update = blocking(WorkflowsService.update)
    get_registration = blocking(WorkflowsService.get_registration)
    bulk_archive = blocking(WorkflowsService.bulk_archive)
    bulk_unarchive = blocking(WorkflowsService.bulk_unarchive)
    archive = blocking(WorkflowsService.archive)
    unarchive = blocking(WorkflowsService.unarchive)
    iterate = blocking(WorkflowsService.iterate)
    iterate_registrations = blocking(WorkflowsService.iterate_registrations)
