"""`client.workflows.deployments`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated, Any, Literal, overload

from pydantic import RootModel
from typing_extensions import Unpack

from ...types._base import Tolerant
from ...types._generated.workflows_4 import StreamError
from ...types._generated.workflows_deployments import (
    CreateDeploymentRequest,
    DeploymentDetailResponse,
    DeploymentListResponse,
    DeploymentLogRecord,
    DeploymentLogSearchResponse,
    DeploymentResourceConfig,
    DeploymentResourceConfigUpdate,
    DeploymentResponse,
    DeploymentWorkerListResponse,
    DeploymentWorkerResponse,
    DeploymentWorkerSpecInput,
    ManagedDeploymentResponse,
    UpdateDeploymentRequest,
    WorkflowsWorkerSpecUpdate,
)
from .._base import RawResponses, Service, build_request, query, segment
from .._events import EventStream
from .._faces import BlockingService, Face, blocking, blocking_raw, raw, streaming
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_cursor

__all__ = [
    "SyncWorkflowsDeploymentsRawResponses",
    "SyncWorkflowsDeploymentsService",
    "WorkflowsDeploymentsRawResponses",
    "WorkflowsDeploymentsService",
]

_StreamLogsEvent = RootModel[Annotated[DeploymentLogRecord | StreamError, Tolerant]]


class WorkflowsDeploymentsService(Service):
    """`client.workflows.deployments`: workflows API - deployments."""

    area = "workflows.deployments"

    @property
    def with_raw_response(self) -> WorkflowsDeploymentsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return WorkflowsDeploymentsRawResponses(self)

    async def list(
        self,
        *,
        active_only: bool | None = None,
        is_hardened: bool | None = None,
        workflow_name: str | None = None,
        search: str | None = None,
        order_by: Literal["updated_at", "created_at"] | None = None,
        order: Literal["asc", "desc"] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        workspace_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> DeploymentListResponse:
        """List Deployments."""
        path = "/v1/workflows/deployments"
        return await self._call(
            "workflows.deployments.list",
            "GET",
            path,
            DeploymentListResponse,
            params=query(
                active_only=active_only,
                is_hardened=is_hardened,
                workflow_name=workflow_name,
                search=search,
                order_by=order_by,
                order=order,
                limit=limit,
                cursor=cursor,
                workspace_id=workspace_id,
            ),
            options=options,
        )

    @takes_arguments_of(list)
    def iterate(self, **filters: Any) -> AsyncIterator[DeploymentResponse]:
        """Every item `list` returns, page after page (its keyword arguments filter)."""
        return walk_cursor(
            self.list, filters, cursor="cursor", items="deployments", next="next_cursor"
        )

    @overload
    async def create(
        self, request: CreateDeploymentRequest, **options: Unpack[CallOptions]
    ) -> ManagedDeploymentResponse: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        spec: DeploymentWorkerSpecInput | dict[str, Any],
        resources: DeploymentResourceConfig | dict[str, Any] | None = None,
        hardened: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> ManagedDeploymentResponse: ...
    async def create(
        self,
        request: CreateDeploymentRequest | None = None,
        *,
        name: str | None = None,
        spec: DeploymentWorkerSpecInput | dict[str, Any] | None = None,
        resources: DeploymentResourceConfig | dict[str, Any] | None = None,
        hardened: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> ManagedDeploymentResponse:
        """Create Deployment."""
        path = "/v1/workflows/deployments"
        return await self._call(
            "workflows.deployments.create",
            "POST",
            path,
            ManagedDeploymentResponse,
            body=build_request(
                CreateDeploymentRequest,
                request,
                {"name": name, "spec": spec, "resources": resources, "hardened": hardened},
                options,
            ),
            options=options,
        )

    async def get(
        self, name: str, *, workflow_name: str | None = None, **options: Unpack[CallOptions]
    ) -> DeploymentDetailResponse:
        """Get Deployment."""
        path = f"/v1/workflows/deployments/{segment(name, 'name')}"
        return await self._call(
            "workflows.deployments.get",
            "GET",
            path,
            DeploymentDetailResponse,
            params=query(workflow_name=workflow_name),
            options=options,
        )

    async def update(
        self,
        name: str,
        request: UpdateDeploymentRequest | None = None,
        *,
        spec: WorkflowsWorkerSpecUpdate | dict[str, Any] | None = None,
        resources: DeploymentResourceConfigUpdate | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> ManagedDeploymentResponse:
        """Update Deployment."""
        path = f"/v1/workflows/deployments/{segment(name, 'name')}"
        return await self._call(
            "workflows.deployments.update",
            "PATCH",
            path,
            ManagedDeploymentResponse,
            body=build_request(
                UpdateDeploymentRequest, request, {"spec": spec, "resources": resources}, options
            ),
            options=options,
        )

    async def delete(self, name: str, **options: Unpack[CallOptions]) -> ManagedDeploymentResponse:
        """Delete Deployment."""
        path = f"/v1/workflows/deployments/{segment(name, 'name')}"
        return await self._call(
            "workflows.deployments.delete",
            "DELETE",
            path,
            ManagedDeploymentResponse,
            options=options,
        )

    async def stop(self, name: str, **options: Unpack[CallOptions]) -> ManagedDeploymentResponse:
        """Stop Deployment."""
        path = f"/v1/workflows/deployments/{segment(name, 'name')}/stop"
        return await self._call(
            "workflows.deployments.stop", "POST", path, ManagedDeploymentResponse, options=options
        )

    async def start(self, name: str, **options: Unpack[CallOptions]) -> ManagedDeploymentResponse:
        """Start Deployment."""
        path = f"/v1/workflows/deployments/{segment(name, 'name')}/start"
        return await self._call(
            "workflows.deployments.start", "POST", path, ManagedDeploymentResponse, options=options
        )

    async def restart(self, name: str, **options: Unpack[CallOptions]) -> ManagedDeploymentResponse:
        """Restart Deployment."""
        path = f"/v1/workflows/deployments/{segment(name, 'name')}/restart"
        return await self._call(
            "workflows.deployments.restart",
            "POST",
            path,
            ManagedDeploymentResponse,
            options=options,
        )

    async def list_workers(
        self,
        name: str,
        *,
        worker_status: Literal["active", "inactive"] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        **options: Unpack[CallOptions],
    ) -> DeploymentWorkerListResponse:
        """List Deployment Workers."""
        path = f"/v1/workflows/deployments/{segment(name, 'name')}/workers"
        return await self._call(
            "workflows.deployments.list_workers",
            "GET",
            path,
            DeploymentWorkerListResponse,
            params=query(worker_status=worker_status, limit=limit, cursor=cursor),
            options=options,
        )

    @takes_arguments_of(list_workers)
    def iterate_workers(self, **filters: Any) -> AsyncIterator[DeploymentWorkerResponse]:
        """Every item `list_workers` returns, page after page (its keyword arguments filter)."""
        return walk_cursor(
            self.list_workers, filters, cursor="cursor", items="workers", next="next_cursor"
        )

    async def get_logs(
        self,
        name: str,
        *,
        worker_name: str | None = None,
        workflow_name: str | None = None,
        after: str | None = None,
        before: str | None = None,
        order: Literal["asc", "desc"] | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> DeploymentLogSearchResponse:
        """Get Deployment Logs.

        Retrieve logs for a deployment (across all of its workers). Use `after`/`before`/`order`
        on the first request to set the time range and sort order; for the next pages pass the
        `cursor` from the previous response (it remembers the range and order).
        """
        path = f"/v1/workflows/deployments/{segment(name, 'name')}/logs"
        return await self._call(
            "workflows.deployments.get_logs",
            "GET",
            path,
            DeploymentLogSearchResponse,
            params=query(
                worker_name=worker_name,
                workflow_name=workflow_name,
                after=after,
                before=before,
                order=order,
                cursor=cursor,
                limit=limit,
            ),
            options=options,
        )

    @takes_arguments_of(get_logs)
    def iterate_logs(self, **filters: Any) -> AsyncIterator[DeploymentLogRecord]:
        """Every item `get_logs` returns, page after page (its keyword arguments filter)."""
        return walk_cursor(
            self.get_logs, filters, cursor="cursor", items="results", next="next_cursor"
        )

    async def stream_logs(
        self,
        name: str,
        *,
        worker_name: str | None = None,
        workflow_name: str | None = None,
        after: str | None = None,
        last_event_id: str | None = None,
        last_event_id_header: str | None = None,
        **options: Unpack[CallOptions],
    ) -> EventStream:
        """Stream Deployment Logs.

        Stream logs for a deployment (all of its workers) via SSE. Resume cursor comes from the
        `Last-Event-ID` header or `last_event_id` query param (header wins) and takes precedence
        over `after`; omit all to tail from the deployment start.
        """
        path = f"/v1/workflows/deployments/{segment(name, 'name')}/logs/stream"
        return await self._events(
            "workflows.deployments.stream_logs",
            path,
            _StreamLogsEvent,
            params=query(
                worker_name=worker_name,
                workflow_name=workflow_name,
                after=after,
                last_event_id=last_event_id,
            ),
            headers={"Last-Event-ID": last_event_id_header},
            options=options,
        )


class WorkflowsDeploymentsRawResponses(RawResponses):
    """`workflows.deployments.with_raw_response`: each call answers `APIResponse[reply]`."""

    list = raw(WorkflowsDeploymentsService.list)
    create = raw(WorkflowsDeploymentsService.create)
    get = raw(WorkflowsDeploymentsService.get)
    update = raw(WorkflowsDeploymentsService.update)
    delete = raw(WorkflowsDeploymentsService.delete)
    stop = raw(WorkflowsDeploymentsService.stop)
    start = raw(WorkflowsDeploymentsService.start)
    restart = raw(WorkflowsDeploymentsService.restart)
    list_workers = raw(WorkflowsDeploymentsService.list_workers)
    get_logs = raw(WorkflowsDeploymentsService.get_logs)


class SyncWorkflowsDeploymentsRawResponses(BlockingService):
    """`workflows.deployments.with_raw_response` of the blocking client."""

    list = blocking_raw(WorkflowsDeploymentsService.list)
    create = blocking_raw(WorkflowsDeploymentsService.create)
    get = blocking_raw(WorkflowsDeploymentsService.get)
    update = blocking_raw(WorkflowsDeploymentsService.update)
    delete = blocking_raw(WorkflowsDeploymentsService.delete)
    stop = blocking_raw(WorkflowsDeploymentsService.stop)
    start = blocking_raw(WorkflowsDeploymentsService.start)
    restart = blocking_raw(WorkflowsDeploymentsService.restart)
    list_workers = blocking_raw(WorkflowsDeploymentsService.list_workers)
    get_logs = blocking_raw(WorkflowsDeploymentsService.get_logs)


class SyncWorkflowsDeploymentsService(BlockingService):
    """`workflows.deployments` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncWorkflowsDeploymentsRawResponses)
    list = blocking(WorkflowsDeploymentsService.list)
    create = blocking(WorkflowsDeploymentsService.create)
    get = blocking(WorkflowsDeploymentsService.get)
    update = blocking(WorkflowsDeploymentsService.update)
    delete = blocking(WorkflowsDeploymentsService.delete)
    stop = blocking(WorkflowsDeploymentsService.stop)
    start = blocking(WorkflowsDeploymentsService.start)
    restart = blocking(WorkflowsDeploymentsService.restart)
    list_workers = blocking(WorkflowsDeploymentsService.list_workers)
    get_logs = blocking(WorkflowsDeploymentsService.get_logs)
    stream_logs = streaming(WorkflowsDeploymentsService.stream_logs)
    iterate = blocking(WorkflowsDeploymentsService.iterate)
    iterate_workers = blocking(WorkflowsDeploymentsService.iterate_workers)
    iterate_logs = blocking(WorkflowsDeploymentsService.iterate_logs)
