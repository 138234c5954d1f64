"""Batch jobs (`/v1/batch/jobs`)."""

from __future__ import annotations

from typing import Any

from ._base import WireModel

__all__ = ["BatchJob", "BatchJobList", "BatchJobRequest", "BatchRequest", "DeleteBatchJobResponse"]


class BatchRequest(WireModel):
    """One inline request of a batch: the body of the endpoint's request."""

    body: dict[str, Any]
    custom_id: str | None = None


class BatchJobRequest(WireModel):
    """Body of `POST /v1/batch/jobs`: input files or inline requests, for one endpoint."""

    endpoint: str
    input_files: list[str] | None = None
    requests: list[BatchRequest] | None = None
    model: str | None = None
    agent_id: str | None = None
    metadata: dict[str, Any] | None = None
    timeout_hours: int | None = None


class BatchJob(WireModel):
    id: str
    object: str = "batch"
    endpoint: str
    status: str
    input_files: list[str] = []
    metadata: dict[str, Any] | None = None
    model: str | None = None
    agent_id: str | None = None
    output_file: str | None = None
    error_file: str | None = None
    errors: list[dict[str, Any]] = []
    outputs: list[dict[str, Any]] | None = None
    created_at: int | None = None
    total_requests: int | None = None
    completed_requests: int | None = None
    succeeded_requests: int | None = None
    failed_requests: int | None = None
    started_at: int | None = None
    completed_at: int | None = None


class BatchJobList(WireModel):
    data: list[BatchJob] = []
    object: str = "list"
    total: int | None = None


class DeleteBatchJobResponse(WireModel):
    id: str
    object: str = "batch"
    deleted: bool = True
