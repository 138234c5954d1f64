"""Fine-tuning: jobs (`/v1/fine_tuning/jobs`) and fine-tuned model archive state."""

from __future__ import annotations

import builtins
import json
from collections.abc import AsyncIterator
from typing import Any, Literal, overload

from typing_extensions import Required, Unpack

from ..observability.logs import note_job
from ..types import (
    ArchiveModelResponse,
    FineTunedModel,
    FineTuningJob,
    FineTuningJobEstimate,
    FineTuningJobList,
    FineTuningJobRequest,
    TrainingFile,
    UnarchiveModelResponse,
    UpdateModelRequest,
    WandbIntegration,
)
from ._base import RawResponses, Service, fields_of, query, segment
from ._faces import BlockingService, Face, blocking, blocking_raw, raw
from ._options import CallOptions, takes_arguments_of
from ._pagination import walk_pages
from .models import ModelsService

__all__ = ["FineTuningService"]

_JOBS = "/v1/fine_tuning/jobs"


def _job_or_estimate(body: bytes) -> type[FineTuningJob] | type[FineTuningJobEstimate]:
    """The model of a `POST /v1/fine_tuning/jobs` reply: the spec declares both shapes."""
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):
        return FineTuningJob  # its parse names what is wrong
    if isinstance(payload, dict) and (
        payload.get("object") == "job.metadata" or "id" not in payload
    ):
        return FineTuningJobEstimate  # every job has an id; an estimate has none
    return FineTuningJob


class FineTuningCreateArguments(CallOptions, total=False):
    """The keyword arguments of `fine_tuning.create` but `request` (required fields required)."""

    model: Required[str]
    hyperparameters: Required[dict[str, Any]]
    training_files: builtins.list[TrainingFile | dict[str, Any]] | None
    validation_files: builtins.list[str] | None
    suffix: str | None
    integrations: builtins.list[WandbIntegration | dict[str, Any]] | None
    auto_start: bool | None
    invalid_sample_skip_percentage: float | None
    job_type: Literal["completion", "classifier"] | None
    repositories: builtins.list[dict[str, Any]] | None
    classifier_targets: builtins.list[dict[str, Any]] | None
    dry_run: bool | None


class FineTuningService(Service):
    """`/v1/fine_tuning/*`."""

    @property
    def with_raw_response(self) -> FineTuningRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return FineTuningRawResponses(self)

    @overload
    async def create(
        self, request: FineTuningJobRequest, **options: Unpack[CallOptions]
    ) -> FineTuningJob | FineTuningJobEstimate: ...
    @overload
    async def create(
        self, **arguments: Unpack[FineTuningCreateArguments]
    ) -> FineTuningJob | FineTuningJobEstimate: ...
    async def create(
        self,
        request: FineTuningJobRequest | None = None,
        *,
        model: str | None = None,
        hyperparameters: dict[str, Any] | None = None,
        training_files: builtins.list[TrainingFile | dict[str, Any]] | None = None,
        validation_files: builtins.list[str] | None = None,
        suffix: str | None = None,
        integrations: builtins.list[WandbIntegration | dict[str, Any]] | None = None,
        auto_start: bool | None = None,
        invalid_sample_skip_percentage: float | None = None,
        job_type: Literal["completion", "classifier"] | None = None,
        repositories: builtins.list[dict[str, Any]] | None = None,
        classifier_targets: builtins.list[dict[str, Any]] | None = None,
        dry_run: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> FineTuningJob | FineTuningJobEstimate:
        """Create a job; `dry_run=True` creates nothing and returns its `FineTuningJobEstimate`
        (cost, duration, tokens)."""
        fields = fields_of(locals(), "dry_run")
        params = query(dry_run=dry_run)
        return note_job(
            "fine_tuning.create",
            await self._send(
                "fine_tuning.create",
                "POST",
                _JOBS,
                _job_or_estimate,
                FineTuningJobRequest,
                request,
                fields,
                params=params,
                options=options,
            ),
        )

    async def list(
        self,
        *,
        page: int = 0,
        page_size: int = 100,
        model: str | None = None,
        created_after: str | None = None,
        created_before: str | None = None,
        created_by_me: bool | None = None,
        status: str | None = None,
        wandb_project: str | None = None,
        wandb_name: str | None = None,
        suffix: str | None = None,
        **options: Unpack[CallOptions],
    ) -> FineTuningJobList:
        """One page of jobs."""
        params = query(**fields_of(locals()))
        return await self._call(
            "fine_tuning.list", "GET", _JOBS, FineTuningJobList, params=params, options=options
        )

    @takes_arguments_of(list)
    def iterate(self, **filters: Any) -> AsyncIterator[FineTuningJob]:
        """Every job matching `filters` (the keyword arguments of `list`)."""

        return walk_pages(
            self.list,
            {"page_size": 100, **filters},
            page="page",
            first=0,
            size="page_size",
            items="data",
            total="total",
        )

    async def get(self, job_id: str, **options: Unpack[CallOptions]) -> FineTuningJob:
        return note_job(
            "fine_tuning.get",
            await self._call(
                "fine_tuning.get",
                "GET",
                f"{_JOBS}/{segment(job_id, 'job_id')}",
                FineTuningJob,
                options=options,
            ),
        )

    async def cancel(self, job_id: str, **options: Unpack[CallOptions]) -> FineTuningJob:
        path = f"{_JOBS}/{segment(job_id, 'job_id')}/cancel"
        return note_job(
            "fine_tuning.cancel",
            await self._call("fine_tuning.cancel", "POST", path, FineTuningJob, options=options),
        )

    async def start(self, job_id: str, **options: Unpack[CallOptions]) -> FineTuningJob:
        """Start a job created with `auto_start=False`."""
        path = f"{_JOBS}/{segment(job_id, 'job_id')}/start"
        return note_job(
            "fine_tuning.start",
            await self._call("fine_tuning.start", "POST", path, FineTuningJob, options=options),
        )

    async def archive_model(
        self, model_id: str, **options: Unpack[CallOptions]
    ) -> ArchiveModelResponse:
        path = f"/v1/fine_tuning/models/{segment(model_id, 'model_id')}/archive"
        return await self._call(
            "fine_tuning.archive_model", "POST", path, ArchiveModelResponse, options=options
        )

    async def unarchive_model(
        self, model_id: str, **options: Unpack[CallOptions]
    ) -> UnarchiveModelResponse:
        path = f"/v1/fine_tuning/models/{segment(model_id, 'model_id')}/archive"
        return await self._call(
            "fine_tuning.unarchive_model", "DELETE", path, UnarchiveModelResponse, options=options
        )

    async def update_model(
        self,
        model_id: str,
        request: UpdateModelRequest | None = None,
        *,
        name: str | None = None,
        description: str | None = None,
        **options: Unpack[CallOptions],
    ) -> FineTunedModel:
        """The same call as `client.models.update`."""
        models = ModelsService(self._caller)
        return await models.update(model_id, name=name, description=description, request=request)


class FineTuningRawResponses(RawResponses):
    """`fine_tuning.with_raw_response`: each call answers `APIResponse[reply]`."""

    create = raw(FineTuningService.create)
    list = raw(FineTuningService.list)
    get = raw(FineTuningService.get)
    cancel = raw(FineTuningService.cancel)
    start = raw(FineTuningService.start)
    archive_model = raw(FineTuningService.archive_model)
    unarchive_model = raw(FineTuningService.unarchive_model)
    update_model = raw(FineTuningService.update_model)


class SyncFineTuningRawResponses(BlockingService):
    """`fine_tuning.with_raw_response` of the blocking client."""

    create = blocking_raw(FineTuningService.create)
    list = blocking_raw(FineTuningService.list)
    get = blocking_raw(FineTuningService.get)
    cancel = blocking_raw(FineTuningService.cancel)
    start = blocking_raw(FineTuningService.start)
    archive_model = blocking_raw(FineTuningService.archive_model)
    unarchive_model = blocking_raw(FineTuningService.unarchive_model)
    update_model = blocking_raw(FineTuningService.update_model)


class SyncFineTuningService(BlockingService):
    """`fine_tuning` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncFineTuningRawResponses)
    create = blocking(FineTuningService.create)
    list = blocking(FineTuningService.list)
    get = blocking(FineTuningService.get)
    cancel = blocking(FineTuningService.cancel)
    start = blocking(FineTuningService.start)
    archive_model = blocking(FineTuningService.archive_model)
    unarchive_model = blocking(FineTuningService.unarchive_model)
    update_model = blocking(FineTuningService.update_model)
    iterate = blocking(FineTuningService.iterate)
