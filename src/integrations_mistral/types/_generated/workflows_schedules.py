"""Workflows schedules models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from .._base import Tolerant, WireModel

__all__ = [
    "PartialScheduleDefinition",
    "ScheduleCalendar",
    "ScheduleDefinition",
    "ScheduleDefinitionOutput",
    "ScheduleFutureExecution",
    "ScheduleInterval",
    "ScheduleOverlapPolicy",
    "SchedulePolicy",
    "ScheduleRange",
    "ScheduleRecentExecution",
    "WorkflowScheduleListResponse",
    "WorkflowSchedulePauseRequest",
    "WorkflowScheduleRequest",
    "WorkflowScheduleResponse",
    "WorkflowScheduleTriggerRequest",
    "WorkflowScheduleUpdateRequest",
]


class PartialScheduleDefinition(WireModel):
    """Schedule definition for partial updates."""

    input: Any = None
    calendars: list[ScheduleCalendar] | None = None
    intervals: list[ScheduleInterval] | None = None
    cron_expressions: list[str] | None = None
    skip: list[ScheduleCalendar] | None = None
    start_at: str | None = None
    end_at: str | None = None
    jitter: str | None = None
    time_zone_name: str | None = None
    policy: SchedulePolicy | None = None
    max_executions: int | None = None


class ScheduleCalendar(WireModel):
    second: list[ScheduleRange] | None = None
    minute: list[ScheduleRange] | None = None
    hour: list[ScheduleRange] | None = None
    day_of_month: list[ScheduleRange] | None = None
    month: list[ScheduleRange] | None = None
    year: list[ScheduleRange] | None = None
    day_of_week: list[ScheduleRange] | None = None
    comment: str | None = None


class ScheduleDefinition(WireModel):
    """Specification of the times scheduled actions may occur."""

    input: Any
    calendars: list[ScheduleCalendar] | None = None
    intervals: list[ScheduleInterval] | None = None
    cron_expressions: list[str] | None = None
    skip: list[ScheduleCalendar] | None = None
    start_at: str | None = None
    end_at: str | None = None
    jitter: str | None = None
    time_zone_name: str | None = None
    policy: SchedulePolicy | None = None
    max_executions: int | None = None
    schedule_id: str | None = None


class ScheduleDefinitionOutput(WireModel):
    """Output representation of a schedule with required schedule_id."""

    input: Any
    calendars: list[ScheduleCalendar] | None = None
    intervals: list[ScheduleInterval] | None = None
    cron_expressions: list[str] | None = None
    skip: list[ScheduleCalendar] | None = None
    start_at: str | None = None
    end_at: str | None = None
    jitter: str | None = None
    time_zone_name: str | None = None
    policy: SchedulePolicy | None = None
    schedule_id: str
    remaining_executions: int | None = None
    workflow_name: str
    deployment_name: str | None = None
    paused: bool
    note: str | None = None
    future_executions: list[ScheduleFutureExecution] | None = None
    recent_executions: list[ScheduleRecentExecution] | None = None


class ScheduleFutureExecution(WireModel):
    scheduled_at: str


class ScheduleInterval(WireModel):
    every: str
    offset: str | None = None


class SchedulePolicy(WireModel):
    catchup_window_seconds: int | None = None
    overlap: ScheduleOverlapPolicy | None = None
    pause_on_failure: bool | None = None


class ScheduleRange(WireModel):
    start: int
    end: int | None = None
    step: int | None = None


class ScheduleRecentExecution(WireModel):
    scheduled_at: str
    started_at: str
    execution_id: str


class WorkflowScheduleListResponse(WireModel):
    """Reply of `GET /v1/workflows/schedules`."""

    schedules: list[ScheduleDefinitionOutput]
    next_page_token: str | None = None


class WorkflowSchedulePauseRequest(WireModel):
    note: str | None = None


class WorkflowScheduleRequest(WireModel):
    """Body of `POST /v1/workflows/schedules`."""

    schedule: ScheduleDefinition
    workflow_registration_id: str | None = None
    workflow_version_id: str | None = None
    workflow_identifier: str | None = None
    workflow_task_queue: str | None = None
    schedule_id: str | None = None
    deployment_name: str | None = None


class WorkflowScheduleResponse(WireModel):
    """Reply of `POST /v1/workflows/schedules`."""

    schedule_id: str


class WorkflowScheduleTriggerRequest(WireModel):
    overlap: ScheduleOverlapPolicy | None = None


class WorkflowScheduleUpdateRequest(WireModel):
    """Body of `PATCH /v1/workflows/schedules/{schedule_id}`."""

    schedule: PartialScheduleDefinition


ScheduleOverlapPolicy = Annotated[Literal[1, 2, 3, 4, 5, 6], Tolerant]
"""Controls what happens when a workflow would be started by a schedule but one is already running."""
