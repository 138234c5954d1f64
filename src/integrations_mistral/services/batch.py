"""Batch jobs: `client.batch.create/list/iterate/get/cancel`."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator
from typing import Any

from ..observability.logs import note_job
from ..types import BatchJob, BatchJobList, BatchJobRequest, BatchRequest
from ._base import Service, fields_of, query, segment
from ._pagination import iterate_pages

__all__ = ["BatchService"]

_JOBS = "/v1/batch/jobs"


class BatchService(Service):
    """`/v1/batch/jobs`."""

    async def create(
        self,
        *,
        endpoint: str | None = None,
        input_files: builtins.list[str] | None = None,
        requests: builtins.list[BatchRequest | dict[str, Any]] | None = None,
        model: str | None = None,
        agent_id: str | None = None,
        metadata: dict[str, Any] | None = None,
        timeout_hours: int | None = None,
        request: BatchJobRequest | None = None,
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
    ) -> BatchJobList:
        """One page of batch jobs."""
        params = query(**fields_of(locals()))
        return await self._caller.call("batch.list", "GET", _JOBS, BatchJobList, params=params)

    def iterate(self, *, page_size: int = 100, **filters: Any) -> AsyncIterator[BatchJob]:
        """Every batch job matching `filters` (the keyword arguments of `list`)."""

        async def fetch(page: int) -> BatchJobList:
            return await self.list(page=page, page_size=page_size, **filters)

        return iterate_pages(fetch, page=0, page_size=page_size)

    async def get(self, job_id: str, *, inline: bool | None = None) -> BatchJob:
        path = f"{_JOBS}/{segment(job_id, 'job_id')}"
        return note_job(
            "batch.get",
            await self._caller.call(
                "batch.get", "GET", path, BatchJob, params=query(inline=inline)
            ),
        )

    async def cancel(self, job_id: str) -> BatchJob:
        return note_job(
            "batch.cancel",
            await self._caller.call(
                "batch.cancel", "POST", f"{_JOBS}/{segment(job_id, 'job_id')}/cancel", BatchJob
            ),
        )
