"""`client.observability.datasets`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator
from typing import Any, overload

from typing_extensions import Unpack

from ...types._generated.observability_1 import DatasetRecord, DatasetRecordPayload
from ...types._generated.observability_datasets import (
    CreateDatasetRecordRequest,
    CreateDatasetRequest,
    Dataset,
    DatasetImportTask,
    DatasetPreview,
    ExportDatasetResponse,
    ImportDatasetFromCampaignRequest,
    ImportDatasetFromDatasetRequest,
    ImportDatasetFromExplorerRequest,
    ImportDatasetFromFileRequest,
    ImportDatasetFromPlaygroundRequest,
    ListDatasetImportTasksResponse,
    ListDatasetRecordsResponse,
    ListDatasetsResponse,
    UpdateDatasetRequest,
)
from .._base import Service, build_request, fields_of, query, segment
from .._caller import APICaller
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_pages
from .observability_datasets_records import ObservabilityDatasetsRecordsService

__all__ = ["ObservabilityDatasetsService"]


class ObservabilityDatasetsService(Service):
    """`client.observability.datasets`: (beta) Observability API - datasets (and `records`)."""

    area = "observability.datasets"

    def __init__(self, caller: APICaller) -> None:
        super().__init__(caller)
        self.records = ObservabilityDatasetsRecordsService(caller)

    async def list(
        self,
        *,
        page_size: int | None = None,
        page: int | None = None,
        q: str | None = None,
        **options: Unpack[CallOptions],
    ) -> ListDatasetsResponse:
        """List existing datasets."""
        path = "/v1/observability/datasets"
        return await self._caller.call(
            "observability.datasets.list",
            "GET",
            path,
            ListDatasetsResponse,
            params=query(page_size=page_size, page=page, q=q),
        )

    @takes_arguments_of(list)
    def iterate(self, **filters: Any) -> AsyncIterator[DatasetPreview]:
        """Every item `list` returns, page after page (its keyword arguments filter)."""
        return walk_pages(
            self.list,
            filters,
            page="page",
            first=1,
            size="page_size",
            items="datasets.results",
            total="datasets.count",
        )

    @overload
    async def create(
        self, *, request: CreateDatasetRequest, **options: Unpack[CallOptions]
    ) -> Dataset: ...
    @overload
    async def create(
        self, *, name: str, description: str, **options: Unpack[CallOptions]
    ) -> Dataset: ...
    async def create(
        self,
        *,
        name: str | None = None,
        description: str | None = None,
        request: CreateDatasetRequest | None = None,
        **options: Unpack[CallOptions],
    ) -> Dataset:
        """Create a new empty dataset."""
        path = "/v1/observability/datasets"
        return await self._caller.call(
            "observability.datasets.create",
            "POST",
            path,
            Dataset,
            body=build_request(CreateDatasetRequest, request, fields_of(locals(), "path")),
        )

    async def get(self, dataset_id: str, **options: Unpack[CallOptions]) -> DatasetPreview:
        """Get dataset by id."""
        path = f"/v1/observability/datasets/{segment(dataset_id, 'dataset_id')}"
        return await self._caller.call("observability.datasets.get", "GET", path, DatasetPreview)

    async def update(
        self,
        dataset_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        request: UpdateDatasetRequest | None = None,
        **options: Unpack[CallOptions],
    ) -> DatasetPreview:
        """Patch dataset."""
        path = f"/v1/observability/datasets/{segment(dataset_id, 'dataset_id')}"
        return await self._caller.call(
            "observability.datasets.update",
            "PATCH",
            path,
            DatasetPreview,
            body=build_request(
                UpdateDatasetRequest, request, fields_of(locals(), "path", "dataset_id")
            ),
        )

    async def delete(self, dataset_id: str, **options: Unpack[CallOptions]) -> None:
        """Delete a dataset."""
        path = f"/v1/observability/datasets/{segment(dataset_id, 'dataset_id')}"
        await self._caller.raw("observability.datasets.delete", "DELETE", path)

    async def list_records(
        self,
        dataset_id: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        **options: Unpack[CallOptions],
    ) -> ListDatasetRecordsResponse:
        """List existing records in the dataset."""
        path = f"/v1/observability/datasets/{segment(dataset_id, 'dataset_id')}/records"
        return await self._caller.call(
            "observability.datasets.list_records",
            "GET",
            path,
            ListDatasetRecordsResponse,
            params=query(page_size=page_size, page=page),
        )

    @takes_arguments_of(list_records)
    def iterate_records(self, **filters: Any) -> AsyncIterator[DatasetRecord]:
        """Every item `list_records` returns, page after page (its keyword arguments filter)."""
        return walk_pages(
            self.list_records,
            filters,
            page="page",
            first=1,
            size="page_size",
            items="records.results",
            total="records.count",
        )

    @overload
    async def create_record(
        self,
        dataset_id: str,
        *,
        request: CreateDatasetRecordRequest,
        **options: Unpack[CallOptions],
    ) -> DatasetRecord: ...
    @overload
    async def create_record(
        self,
        dataset_id: str,
        *,
        payload: DatasetRecordPayload,
        properties: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> DatasetRecord: ...
    async def create_record(
        self,
        dataset_id: str,
        *,
        payload: DatasetRecordPayload | None = None,
        properties: dict[str, Any] | None = None,
        request: CreateDatasetRecordRequest | None = None,
        **options: Unpack[CallOptions],
    ) -> DatasetRecord:
        """Add a record to the dataset."""
        path = f"/v1/observability/datasets/{segment(dataset_id, 'dataset_id')}/records"
        return await self._caller.call(
            "observability.datasets.create_record",
            "POST",
            path,
            DatasetRecord,
            body=build_request(
                CreateDatasetRecordRequest, request, fields_of(locals(), "path", "dataset_id")
            ),
        )

    @overload
    async def import_from_campaign(
        self,
        dataset_id: str,
        *,
        request: ImportDatasetFromCampaignRequest,
        **options: Unpack[CallOptions],
    ) -> DatasetImportTask: ...
    @overload
    async def import_from_campaign(
        self, dataset_id: str, *, campaign_id: str, **options: Unpack[CallOptions]
    ) -> DatasetImportTask: ...
    async def import_from_campaign(
        self,
        dataset_id: str,
        *,
        campaign_id: str | None = None,
        request: ImportDatasetFromCampaignRequest | None = None,
        **options: Unpack[CallOptions],
    ) -> DatasetImportTask:
        """Populate the dataset with records from a campaign."""
        path = (
            f"/v1/observability/datasets/{segment(dataset_id, 'dataset_id')}/imports/from-campaign"
        )
        return await self._caller.call(
            "observability.datasets.import_from_campaign",
            "POST",
            path,
            DatasetImportTask,
            body=build_request(
                ImportDatasetFromCampaignRequest, request, fields_of(locals(), "path", "dataset_id")
            ),
        )

    @overload
    async def import_from_explorer(
        self,
        dataset_id: str,
        *,
        request: ImportDatasetFromExplorerRequest,
        **options: Unpack[CallOptions],
    ) -> DatasetImportTask: ...
    @overload
    async def import_from_explorer(
        self,
        dataset_id: str,
        *,
        completion_event_ids: builtins.list[str],
        **options: Unpack[CallOptions],
    ) -> DatasetImportTask: ...
    async def import_from_explorer(
        self,
        dataset_id: str,
        *,
        completion_event_ids: builtins.list[str] | None = None,
        request: ImportDatasetFromExplorerRequest | None = None,
        **options: Unpack[CallOptions],
    ) -> DatasetImportTask:
        """Populate the dataset with records from the explorer."""
        path = (
            f"/v1/observability/datasets/{segment(dataset_id, 'dataset_id')}/imports/from-explorer"
        )
        return await self._caller.call(
            "observability.datasets.import_from_explorer",
            "POST",
            path,
            DatasetImportTask,
            body=build_request(
                ImportDatasetFromExplorerRequest, request, fields_of(locals(), "path", "dataset_id")
            ),
        )

    @overload
    async def import_from_file(
        self,
        dataset_id: str,
        *,
        request: ImportDatasetFromFileRequest,
        **options: Unpack[CallOptions],
    ) -> DatasetImportTask: ...
    @overload
    async def import_from_file(
        self, dataset_id: str, *, file_id: str, **options: Unpack[CallOptions]
    ) -> DatasetImportTask: ...
    async def import_from_file(
        self,
        dataset_id: str,
        *,
        file_id: str | None = None,
        request: ImportDatasetFromFileRequest | None = None,
        **options: Unpack[CallOptions],
    ) -> DatasetImportTask:
        """Populate the dataset with records from an uploaded file."""
        path = f"/v1/observability/datasets/{segment(dataset_id, 'dataset_id')}/imports/from-file"
        return await self._caller.call(
            "observability.datasets.import_from_file",
            "POST",
            path,
            DatasetImportTask,
            body=build_request(
                ImportDatasetFromFileRequest, request, fields_of(locals(), "path", "dataset_id")
            ),
        )

    @overload
    async def import_from_playground(
        self,
        dataset_id: str,
        *,
        request: ImportDatasetFromPlaygroundRequest,
        **options: Unpack[CallOptions],
    ) -> DatasetImportTask: ...
    @overload
    async def import_from_playground(
        self,
        dataset_id: str,
        *,
        conversation_ids: builtins.list[str],
        **options: Unpack[CallOptions],
    ) -> DatasetImportTask: ...
    async def import_from_playground(
        self,
        dataset_id: str,
        *,
        conversation_ids: builtins.list[str] | None = None,
        request: ImportDatasetFromPlaygroundRequest | None = None,
        **options: Unpack[CallOptions],
    ) -> DatasetImportTask:
        """Populate the dataset with records from playground conversations."""
        path = f"/v1/observability/datasets/{segment(dataset_id, 'dataset_id')}/imports/from-playground"
        return await self._caller.call(
            "observability.datasets.import_from_playground",
            "POST",
            path,
            DatasetImportTask,
            body=build_request(
                ImportDatasetFromPlaygroundRequest,
                request,
                fields_of(locals(), "path", "dataset_id"),
            ),
        )

    @overload
    async def import_from_dataset(
        self,
        dataset_id: str,
        *,
        request: ImportDatasetFromDatasetRequest,
        **options: Unpack[CallOptions],
    ) -> DatasetImportTask: ...
    @overload
    async def import_from_dataset(
        self,
        dataset_id: str,
        *,
        dataset_record_ids: builtins.list[str],
        **options: Unpack[CallOptions],
    ) -> DatasetImportTask: ...
    async def import_from_dataset(
        self,
        dataset_id: str,
        *,
        dataset_record_ids: builtins.list[str] | None = None,
        request: ImportDatasetFromDatasetRequest | None = None,
        **options: Unpack[CallOptions],
    ) -> DatasetImportTask:
        """Populate the dataset with records from another dataset."""
        path = (
            f"/v1/observability/datasets/{segment(dataset_id, 'dataset_id')}/imports/from-dataset"
        )
        return await self._caller.call(
            "observability.datasets.import_from_dataset",
            "POST",
            path,
            DatasetImportTask,
            body=build_request(
                ImportDatasetFromDatasetRequest, request, fields_of(locals(), "path", "dataset_id")
            ),
        )

    async def export_to_jsonl(
        self, dataset_id: str, **options: Unpack[CallOptions]
    ) -> ExportDatasetResponse:
        """Export to the Files API and retrieve presigned URL to download the resulting JSONL file."""
        path = f"/v1/observability/datasets/{segment(dataset_id, 'dataset_id')}/exports/to-jsonl"
        return await self._caller.call(
            "observability.datasets.export_to_jsonl", "GET", path, ExportDatasetResponse
        )

    async def get_import_task(
        self, dataset_id: str, task_id: str, **options: Unpack[CallOptions]
    ) -> DatasetImportTask:
        """Get status of a dataset import task."""
        path = f"/v1/observability/datasets/{segment(dataset_id, 'dataset_id')}/tasks/{segment(task_id, 'task_id')}"
        return await self._caller.call(
            "observability.datasets.get_import_task", "GET", path, DatasetImportTask
        )

    async def list_import_tasks(
        self,
        dataset_id: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        **options: Unpack[CallOptions],
    ) -> ListDatasetImportTasksResponse:
        """List import tasks for the given dataset."""
        path = f"/v1/observability/datasets/{segment(dataset_id, 'dataset_id')}/tasks"
        return await self._caller.call(
            "observability.datasets.list_import_tasks",
            "GET",
            path,
            ListDatasetImportTasksResponse,
            params=query(page_size=page_size, page=page),
        )

    @takes_arguments_of(list_import_tasks)
    def iterate_import_tasks(self, **filters: Any) -> AsyncIterator[DatasetImportTask]:
        """Every item `list_import_tasks` returns, page after page (its keyword arguments filter)."""
        return walk_pages(
            self.list_import_tasks,
            filters,
            page="page",
            first=1,
            size="page_size",
            items="tasks.results",
            total="tasks.count",
        )
