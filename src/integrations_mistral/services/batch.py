"""Batch jobs: `client.batch.create/list/iterate/get/cancel`, and `run`/`wait` end to end."""

from __future__ import annotations

import asyncio
import builtins
import os
import tempfile
from collections.abc import AsyncIterator, Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from typing_extensions import Required, Unpack

from ..errors import MistralError
from ..observability.logs import note_job
from ..spend.pricing import Price, batch_price
from ..types import BatchJob, BatchJobList, BatchJobRequest, BatchRequest, DeleteBatchJobResponse
from ._base import RawResponses, RequestValidationError, Service, fields_of, query, segment
from ._faces import BlockingService, Face, blocking, blocking_raw, raw
from ._options import CallOptions, takes_arguments_of
from ._pagination import walk_pages
from .batch_run import BatchRun, follow, inline_or_file, result_file, results_directory

if TYPE_CHECKING:
    from .files import FilesService

__all__ = ["BatchService"]

_JOBS = "/v1/batch/jobs"


class BatchCreateArguments(CallOptions, total=False):
    """The keyword arguments of `batch.create` but `request` (required fields required)."""

    endpoint: Required[str]
    input_files: builtins.list[str] | None
    requests: builtins.list[BatchRequest | dict[str, Any]] | None
    model: str | None
    agent_id: str | None
    metadata: dict[str, Any] | None
    timeout_hours: int | None


class BatchService(Service):
    """`/v1/batch/jobs`."""

    @property
    def with_raw_response(self) -> BatchRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return BatchRawResponses(self)

    @overload
    async def create(
        self, request: BatchJobRequest, **options: Unpack[CallOptions]
    ) -> BatchJob: ...
    @overload
    async def create(self, **arguments: Unpack[BatchCreateArguments]) -> BatchJob: ...
    async def create(
        self,
        request: BatchJobRequest | None = None,
        *,
        endpoint: str | None = None,
        input_files: builtins.list[str] | None = None,
        requests: builtins.list[BatchRequest | dict[str, Any]] | None = None,
        model: str | None = None,
        agent_id: str | None = None,
        metadata: dict[str, Any] | None = None,
        timeout_hours: int | None = None,
        **options: Unpack[CallOptions],
    ) -> BatchJob:
        """Run many requests to one `endpoint` (e.g. `/v1/chat/completions`) asynchronously."""
        return note_job(
            "batch.create",
            await self._send(
                "batch.create",
                "POST",
                _JOBS,
                BatchJob,
                BatchJobRequest,
                request,
                fields_of(locals()),
                options=options,
            ),
        )

    async def list(
        self,
        *,
        page: int = 0,
        page_size: int = 100,
        model: str | None = None,
        agent_id: str | None = None,
        metadata: dict[str, Any] | None = None,
        created_after: str | None = None,
        created_by_me: bool | None = None,
        status: builtins.list[str] | None = None,
        order_by: str | None = None,
        **options: Unpack[CallOptions],
    ) -> BatchJobList:
        """One page of batch jobs."""
        params = query(**fields_of(locals()))
        return await self._call(
            "batch.list", "GET", _JOBS, BatchJobList, params=params, options=options
        )

    @takes_arguments_of(list)
    def iterate(self, **filters: Any) -> AsyncIterator[BatchJob]:
        """Every batch job matching `filters` (the keyword arguments of `list`)."""

        return walk_pages(
            self.list,
            {"page_size": 100, **filters},
            page="page",
            first=0,
            size="page_size",
            items="data",
            total="total",
        )

    async def get(
        self, job_id: str, *, inline: bool | None = None, **options: Unpack[CallOptions]
    ) -> BatchJob:
        path = f"{_JOBS}/{segment(job_id, 'job_id')}"
        return note_job(
            "batch.get",
            await self._call(
                "batch.get", "GET", path, BatchJob, params=query(inline=inline), options=options
            ),
        )

    async def delete(self, job_id: str, **options: Unpack[CallOptions]) -> DeleteBatchJobResponse:
        """Delete a batch job (its record; the files it made are the Files API's)."""
        path = f"{_JOBS}/{segment(job_id, 'job_id')}"
        return await self._call(
            "batch.delete", "DELETE", path, DeleteBatchJobResponse, options=options
        )

    async def cancel(self, job_id: str, **options: Unpack[CallOptions]) -> BatchJob:
        return note_job(
            "batch.cancel",
            await self._call(
                "batch.cancel",
                "POST",
                f"{_JOBS}/{segment(job_id, 'job_id')}/cancel",
                BatchJob,
                options=options,
            ),
        )

    async def run(
        self,
        *,
        requests: builtins.list[dict[str, Any]] | Iterable[dict[str, Any]] | str | os.PathLike[str],
        model: str | None = None,
        endpoint: str = "/v1/chat/completions",
        agent_id: str | None = None,
        metadata: dict[str, Any] | None = None,
        wait: bool = True,
        poll_secs: float = 2.0,
        timeout_secs: float | None = None,
        on_progress: Callable[[BatchJob], Any] | None = None,
        output_dir: str | os.PathLike[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> BatchRun:
        """Run a batch end to end: `requests` are dicts (`{"custom_id", "body"}` or bare bodies)
        or a JSONL file, sent inline when few, else normalised line by line and uploaded from
        disk; the job is created and, with `wait`, followed (`on_progress(job)` at each poll,
        backing off from `poll_secs`) until it ends, its results and errors downloaded into
        `output_dir` (else a temporary directory). `BatchRun.results()` reads them lazily,
        typed for `endpoint`. After a crash, `wait(job_id)` picks the job up again; an error
        once the job exists names it, so it can be resumed rather than paid for twice."""
        if wait and output_dir is not None:  # a folder of the caller's: checked before sending
            results_directory(output_dir)
        with tempfile.TemporaryDirectory(prefix="mistral-batch-in-") as scratch:
            inline, upload = await asyncio.to_thread(inline_or_file, requests, Path(scratch))
            files = None
            if upload is not None:
                uploaded = await self._files().upload(file=upload, purpose="batch")
                files = [uploaded.id]
            job = await self.create(
                endpoint=endpoint,
                model=model,
                agent_id=agent_id,
                metadata=metadata,
                input_files=files,
                requests=inline,
            )
        if not wait:
            return BatchRun(job)
        try:
            return await self.wait(
                job.id,
                poll_secs=poll_secs,
                timeout_secs=timeout_secs,
                on_progress=on_progress,
                output_dir=output_dir,
            )
        except MistralError as exc:
            if job.id not in exc.message:
                exc.message = (
                    f"batch job {job.id} (created): {exc.message}; resume with "
                    f"client.batch.wait({job.id!r}) or `batch wait {job.id}`"
                )
                exc.args = (exc.message,)
            raise

    async def wait(
        self,
        job_id: str,
        *,
        poll_secs: float = 2.0,
        timeout_secs: float | None = None,
        on_progress: Callable[[BatchJob], Any] | None = None,
        output_dir: str | os.PathLike[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> BatchRun:
        """Follow an existing job until it ends (resuming a `run` after a crash) and download
        its results and errors; a job that already ended is only downloaded."""
        if poll_secs <= 0:
            raise RequestValidationError(f"poll_secs: expected > 0, got {poll_secs}")
        directory = results_directory(output_dir)
        job = await follow(lambda: self.get(job_id), poll_secs, timeout_secs, on_progress)
        output = await self._download(job.output_file, result_file(directory, job.id, "output"))
        errors = await self._download(job.error_file, result_file(directory, job.id, "errors"))
        price = batch_price(getattr(self._caller, "price_of", _unpriced)(job.model))
        return BatchRun(job, output, errors, list(job.outputs or []), price)

    async def _download(self, file_id: str | None, target: Path) -> Path | None:
        """A result file streamed to `target` (None: the job has no such file)."""
        return await self._files().download_to(file_id, target) if file_id else None

    def _files(self) -> FilesService:
        from .files import FilesService

        return FilesService(self._caller)


class BatchRawResponses(RawResponses):
    """`batch.with_raw_response`: each call answers `APIResponse[reply]`."""

    create = raw(BatchService.create)
    list = raw(BatchService.list)
    get = raw(BatchService.get)
    delete = raw(BatchService.delete)
    cancel = raw(BatchService.cancel)
    run = raw(BatchService.run)
    wait = raw(BatchService.wait)


class SyncBatchRawResponses(BlockingService):
    """`batch.with_raw_response` of the blocking client."""

    create = blocking_raw(BatchService.create)
    list = blocking_raw(BatchService.list)
    get = blocking_raw(BatchService.get)
    delete = blocking_raw(BatchService.delete)
    cancel = blocking_raw(BatchService.cancel)
    run = blocking_raw(BatchService.run)
    wait = blocking_raw(BatchService.wait)


class SyncBatchService(BlockingService):
    """`batch` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncBatchRawResponses)
    create = blocking(BatchService.create)
    list = blocking(BatchService.list)
    get = blocking(BatchService.get)
    delete = blocking(BatchService.delete)
    cancel = blocking(BatchService.cancel)
    run = blocking(BatchService.run)
    wait = blocking(BatchService.wait)
    iterate = blocking(BatchService.iterate)


def _unpriced(model: str | None) -> Price | None:
    return None
