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
    """Reply of `POST /v1/observability/datasets/{dataset_id}/imports/from-campaign`."""

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
    """Reply of `POST /v1/observability/datasets`."""

    id: str
    created_at: str
    updated_at: str
    deleted_at: str | None
    name: str
    description: str
    owner_id: str
    workspace_id: str


class DatasetPreview(WireModel):
    """Reply of `GET /v1/observability/datasets/{dataset_id}`."""

    id: str
    created_at: str
    updated_at: str
    deleted_at: str | None
    name: str
    description: str
    owner_id: str
    workspace_id: str


class ExportDatasetResponse(WireModel):
    """Reply of `GET /v1/observability/datasets/{dataset_id}/exports/to-jsonl`."""

    file_url: str


class ListDatasetImportTasksResponse(WireModel):
    """Reply of `GET /v1/observability/datasets/{dataset_id}/tasks`."""

    tasks: PaginatedResultDatasetImportTask


class ListDatasetsResponse(WireModel):
    """Reply of `GET /v1/observability/datasets`."""

    datasets: PaginatedResultDatasetPreview


class ListDatasetRecordsResponse(WireModel):
    """Reply of `GET /v1/observability/datasets/{dataset_id}/records`."""

    records: PaginatedResultDatasetRecord


class PaginatedResultDatasetImportTask(WireModel):
    results: list[DatasetImportTask] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class PaginatedResultDatasetPreview(WireModel):
    results: list[DatasetPreview] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class PaginatedResultDatasetRecord(WireModel):
    results: list[DatasetRecord] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class UpdateDatasetRequest(WireModel):
    """Body of `PATCH /v1/observability/datasets/{dataset_id}`."""

    name: str | None = None
    description: str | None = None


class ImportDatasetFromCampaignRequest(WireModel):
    """Body of `POST /v1/observability/datasets/{dataset_id}/imports/from-campaign`."""

    campaign_id: str


class ImportDatasetFromDatasetRequest(WireModel):
    """Body of `POST /v1/observability/datasets/{dataset_id}/imports/from-dataset`."""

    dataset_record_ids: list[str]


class ImportDatasetFromExplorerRequest(WireModel):
    """Body of `POST /v1/observability/datasets/{dataset_id}/imports/from-explorer`."""

    completion_event_ids: list[str]


class ImportDatasetFromFileRequest(WireModel):
    """Body of `POST /v1/observability/datasets/{dataset_id}/imports/from-file`."""

    file_id: str


class ImportDatasetFromPlaygroundRequest(WireModel):
    """Body of `POST /v1/observability/datasets/{dataset_id}/imports/from-playground`."""

    conversation_ids: list[str]


class CreateDatasetRequest(WireModel):
    """Body of `POST /v1/observability/datasets`."""

    name: str
    description: str


class CreateDatasetRecordRequest(WireModel):
    """Body of `POST /v1/observability/datasets/{dataset_id}/records`."""

    payload: DatasetRecordPayload
    properties: dict[str, Any] | None = None
