"""Observability datasets models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Any

from .._base import WireModel
from .observability_1 import BaseTaskStatus, DatasetRecord, DatasetRecordPayload

__all__ = [
    "CreateDatasetRecordRequest",
    "CreateDatasetRequest",
    "Dataset",
    "DatasetImportTask",
    "DatasetPreview",
    "ExportDatasetResponse",
    "ImportDatasetFromCampaignRequest",
    "ImportDatasetFromDatasetRequest",
    "ImportDatasetFromExplorerRequest",
    "ImportDatasetFromFileRequest",
    "ImportDatasetFromPlaygroundRequest",
    "ListDatasetImportTasksResponse",
    "ListDatasetRecordsResponse",
    "ListDatasetsResponse",
    "PaginatedResultDatasetImportTask",
    "PaginatedResultDatasetPreview",
    "PaginatedResultDatasetRecord",
    "UpdateDatasetRequest",
]


class DatasetImportTask(WireModel):
    """DatasetImportTask."""

    id: str
    created_at: str
    updated_at: str
    deleted_at: str | None
    creator_id: str
    dataset_id: str
    workspace_id: str
    status: BaseTaskStatus
    progress: int | None = None
    message: str | None = None


class Dataset(WireModel):
    """Dataset."""

    id: str
    created_at: str
    updated_at: str
    deleted_at: str | None
    name: str
    description: str
    owner_id: str
    workspace_id: str


class DatasetPreview(WireModel):
    """DatasetPreview."""

    id: str
    created_at: str
    updated_at: str
    deleted_at: str | None
    name: str
    description: str
    owner_id: str
    workspace_id: str


class ExportDatasetResponse(WireModel):
    """ExportDatasetResponse."""

    file_url: str


class ListDatasetImportTasksResponse(WireModel):
    """ListDatasetImportTasksResponse."""

    tasks: PaginatedResultDatasetImportTask


class ListDatasetsResponse(WireModel):
    """ListDatasetsResponse."""

    datasets: PaginatedResultDatasetPreview


class ListDatasetRecordsResponse(WireModel):
    """ListDatasetRecordsResponse."""

    records: PaginatedResultDatasetRecord


class PaginatedResultDatasetImportTask(WireModel):
    """PaginatedResultDatasetImportTask."""

    results: list[DatasetImportTask] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class PaginatedResultDatasetPreview(WireModel):
    """PaginatedResultDatasetPreview."""

    results: list[DatasetPreview] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class PaginatedResultDatasetRecord(WireModel):
    """PaginatedResultDatasetRecord."""

    results: list[DatasetRecord] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class UpdateDatasetRequest(WireModel):
    """UpdateDatasetRequest."""

    name: str | None = None
    description: str | None = None


class ImportDatasetFromCampaignRequest(WireModel):
    """ImportDatasetFromCampaignRequest."""

    campaign_id: str


class ImportDatasetFromDatasetRequest(WireModel):
    """ImportDatasetFromDatasetRequest."""

    dataset_record_ids: list[str]


class ImportDatasetFromExplorerRequest(WireModel):
    """ImportDatasetFromExplorerRequest."""

    completion_event_ids: list[str]


class ImportDatasetFromFileRequest(WireModel):
    """ImportDatasetFromFileRequest."""

    file_id: str


class ImportDatasetFromPlaygroundRequest(WireModel):
    """ImportDatasetFromPlaygroundRequest."""

    conversation_ids: list[str]


class CreateDatasetRequest(WireModel):
    """CreateDatasetRequest."""

    name: str
    description: str


class CreateDatasetRecordRequest(WireModel):
    """CreateDatasetRecordRequest."""

    payload: DatasetRecordPayload
    properties: dict[str, Any] | None = None
