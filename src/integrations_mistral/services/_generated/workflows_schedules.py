"""`client.workflows.schedules`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, Literal, overload

from typing_extensions import Unpack

from ...types._generated.workflows_schedules import (
    PartialScheduleDefinition,
    ScheduleDefinition,
    ScheduleDefinitionOutput,
    ScheduleOverlapPolicy,
    WorkflowScheduleListResponse,
    WorkflowSchedulePauseRequest,
    WorkflowScheduleRequest,
    WorkflowScheduleResponse,
    WorkflowScheduleTriggerRequest,
    WorkflowScheduleUpdateRequest,
)
from .._base import RawResponses, Service, build_request, optional_request, query, segment
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_cursor

__all__ = [
    "SyncWorkflowsSchedulesRawResponses",
    "SyncWorkflowsSchedulesService",
    "WorkflowsSchedulesRawResponses",
    "WorkflowsSchedulesService",
]


class WorkflowsSchedulesService(Service):
    """`client.workflows.schedules`: workflows API - schedules."""

    area = "workflows.schedules"

    @property
    def with_raw_response(self) -> WorkflowsSchedulesRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return WorkflowsSchedulesRawResponses(self)

    async def list(
        self,
        *,
        workflow_name: str | None = None,
        user_id: str | None = None,
        status: Literal["active", "paused"] | None = None,
        search: str | None = None,
        page_size: int | None = None,
        next_page_token: str | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkflowScheduleListResponse:
        """Get Schedules."""
        path = "/v1/workflows/schedules"
        return await self._call(
            "workflows.schedules.list",
            "GET",
            path,
            WorkflowScheduleListResponse,
            params=query(
                workflow_name=workflow_name,
                user_id=user_id,
                status=status,
                search=search,
                page_size=page_size,
                next_page_token=next_page_token,
            ),
            options=options,
        )

    @takes_arguments_of(list)
    def iterate(self, **filters: Any) -> AsyncIterator[ScheduleDefinitionOutput]:
        """Every item `list` returns, page after page (its keyword arguments filter)."""
        return walk_cursor(
            self.list, filters, cursor="next_page_token", items="schedules", next="next_page_token"
        )

    @overload
    async def schedule(
        self, request: WorkflowScheduleRequest, **options: Unpack[CallOptions]
    ) -> WorkflowScheduleResponse: ...
    @overload
    async def schedule(
        self,
        *,
        schedule: ScheduleDefinition | dict[str, Any],
        workflow_registration_id: str | None = None,
        workflow_version_id: str | None = None,
        workflow_identifier: str | None = None,
        workflow_task_queue: str | None = None,
        schedule_id: str | None = None,
        deployment_name: str | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkflowScheduleResponse: ...
    async def schedule(
        self,
        request: WorkflowScheduleRequest | None = None,
        *,
        schedule: ScheduleDefinition | dict[str, Any] | None = None,
        workflow_registration_id: str | None = None,
        workflow_version_id: str | None = None,
        workflow_identifier: str | None = None,
        workflow_task_queue: str | None = None,
        schedule_id: str | None = None,
        deployment_name: str | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkflowScheduleResponse:
        """Schedule Workflow."""
        path = "/v1/workflows/schedules"
        return await self._call(
            "workflows.schedules.schedule",
            "POST",
            path,
            WorkflowScheduleResponse,
            body=build_request(
                WorkflowScheduleRequest,
                request,
                {
                    "schedule": schedule,
                    "workflow_registration_id": workflow_registration_id,
                    "workflow_version_id": workflow_version_id,
                    "workflow_identifier": workflow_identifier,
                    "workflow_task_queue": workflow_task_queue,
                    "schedule_id": schedule_id,
                    "deployment_name": deployment_name,
                },
                options,
            ),
            options=options,
        )

    async def get(
        self, schedule_id: str, **options: Unpack[CallOptions]
    ) -> ScheduleDefinitionOutput:
        """Get Schedule."""
        path = f"/v1/workflows/schedules/{segment(schedule_id, 'schedule_id')}"
        return await self._call(
            "workflows.schedules.get", "GET", path, ScheduleDefinitionOutput, options=options
        )

    @overload
    async def update(
        self,
        schedule_id: str,
        request: WorkflowScheduleUpdateRequest,
        **options: Unpack[CallOptions],
    ) -> WorkflowScheduleResponse: ...
    @overload
    async def update(
        self,
        schedule_id: str,
        *,
        schedule: PartialScheduleDefinition | dict[str, Any],
        **options: Unpack[CallOptions],
    ) -> WorkflowScheduleResponse: ...
    async def update(
        self,
        schedule_id: str,
        request: WorkflowScheduleUpdateRequest | None = None,
        *,
        schedule: PartialScheduleDefinition | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkflowScheduleResponse:
        """Update Schedule."""
        path = f"/v1/workflows/schedules/{segment(schedule_id, 'schedule_id')}"
        return await self._call(
            "workflows.schedules.update",
            "PATCH",
            path,
            WorkflowScheduleResponse,
            body=build_request(
                WorkflowScheduleUpdateRequest, request, {"schedule": schedule}, options
            ),
            options=options,
        )

    async def unschedule(self, schedule_id: str, **options: Unpack[CallOptions]) -> None:
        """Unschedule Workflow."""
        path = f"/v1/workflows/schedules/{segment(schedule_id, 'schedule_id')}"
        await self._raw("workflows.schedules.unschedule", "DELETE", path, options=options)

    async def pause(
        self,
        schedule_id: str,
        request: WorkflowSchedulePauseRequest | None = None,
        *,
        note: str | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Pause Schedule."""
        path = f"/v1/workflows/schedules/{segment(schedule_id, 'schedule_id')}/pause"
        await self._raw(
            "workflows.schedules.pause",
            "POST",
            path,
            body=optional_request(WorkflowSchedulePauseRequest, request, {"note": note}, options),
            options=options,
        )

    async def resume(
        self,
        schedule_id: str,
        request: WorkflowSchedulePauseRequest | None = None,
        *,
        note: str | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Resume Schedule."""
        path = f"/v1/workflows/schedules/{segment(schedule_id, 'schedule_id')}/resume"
        await self._raw(
            "workflows.schedules.resume",
            "POST",
            path,
            body=optional_request(WorkflowSchedulePauseRequest, request, {"note": note}, options),
            options=options,
        )

    async def trigger(
        self,
        schedule_id: str,
        request: WorkflowScheduleTriggerRequest | None = None,
        *,
        overlap: ScheduleOverlapPolicy | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Trigger Schedule."""
        path = f"/v1/workflows/schedules/{segment(schedule_id, 'schedule_id')}/trigger"
        await self._raw(
            "workflows.schedules.trigger",
            "POST",
            path,
            body=optional_request(
                WorkflowScheduleTriggerRequest, request, {"overlap": overlap}, options
            ),
            options=options,
        )


class WorkflowsSchedulesRawResponses(RawResponses):
    """`workflows.schedules.with_raw_response`: each call answers `APIResponse[reply]`."""

    list = raw(WorkflowsSchedulesService.list)
    schedule = raw(WorkflowsSchedulesService.schedule)
    get = raw(WorkflowsSchedulesService.get)
    update = raw(WorkflowsSchedulesService.update)
    unschedule = raw(WorkflowsSchedulesService.unschedule)
    pause = raw(WorkflowsSchedulesService.pause)
    resume = raw(WorkflowsSchedulesService.resume)
    trigger = raw(WorkflowsSchedulesService.trigger)


class SyncWorkflowsSchedulesRawResponses(BlockingService):
    """`workflows.schedules.with_raw_response` of the blocking client."""

    list = blocking_raw(WorkflowsSchedulesService.list)
    schedule = blocking_raw(WorkflowsSchedulesService.schedule)
    get = blocking_raw(WorkflowsSchedulesService.get)
    update = blocking_raw(WorkflowsSchedulesService.update)
    unschedule = blocking_raw(WorkflowsSchedulesService.unschedule)
    pause = blocking_raw(WorkflowsSchedulesService.pause)
    resume = blocking_raw(WorkflowsSchedulesService.resume)
    trigger = blocking_raw(WorkflowsSchedulesService.trigger)


class SyncWorkflowsSchedulesService(BlockingService):
    """`workflows.schedules` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncWorkflowsSchedulesRawResponses)
    list = blocking(WorkflowsSchedulesService.list)
    schedule = blocking(WorkflowsSchedulesService.schedule)
    get = blocking(WorkflowsSchedulesService.get)
    update = blocking(WorkflowsSchedulesService.update)
    unschedule = blocking(WorkflowsSchedulesService.unschedule)
    pause = blocking(WorkflowsSchedulesService.pause)
    resume = blocking(WorkflowsSchedulesService.resume)
    trigger = blocking(WorkflowsSchedulesService.trigger)
    iterate = blocking(WorkflowsSchedulesService.iterate)
