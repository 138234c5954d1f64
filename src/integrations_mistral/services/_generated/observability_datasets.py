"""`client.observability.datasets`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, overload

from typing_extensions import Unpack

from ...types._generated.observability_datasets import (
    DatasetImportTask,
    ExportDatasetResponse,
    ImportDatasetFromCampaignRequest,
    ImportDatasetFromDatasetRequest,
    ImportDatasetFromExplorerRequest,
    ImportDatasetFromFileRequest,
    ImportDatasetFromPlaygroundRequest,
    ListDatasetImportTasksResponse,
)
from .._base import RawResponses, build_request, query, segment
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._fallback import Caller
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_pages
from .observability_datasets_part import ObservabilityDatasetsServicePart
from .observability_datasets_records import (
    ObservabilityDatasetsRecordsService,
    SyncObservabilityDatasetsRecordsService,
)

__all__ = [
    "ObservabilityDatasetsRawResponses",
    "ObservabilityDatasetsService",
    "SyncObservabilityDatasetsRawResponses",
    "SyncObservabilityDatasetsService",
]


class ObservabilityDatasetsService(ObservabilityDatasetsServicePart):
    """`client.observability.datasets`: (beta) Observability API - datasets (and `records`)."""

    area = "observability.datasets"

    @property
    def with_raw_response(self) -> ObservabilityDatasetsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return ObservabilityDatasetsRawResponses(self)

    def __init__(self, caller: Caller) -> None:
        super().__init__(caller)
        self.records = ObservabilityDatasetsRecordsService(caller)

    @overload
    async def import_from_campaign(
        self,
        dataset_id: str,
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
        request: ImportDatasetFromCampaignRequest | None = None,
        *,
        campaign_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> DatasetImportTask:
        """Populate the dataset with records from a campaign."""
        path = (
            f"/v1/observability/datasets/{segment(dataset_id, 'dataset_id')}/imports/from-campaign"
        )
        return await self._call(
            "observability.datasets.import_from_campaign",
            "POST",
            path,
            DatasetImportTask,
            body=build_request(
                ImportDatasetFromCampaignRequest, request, {"campaign_id": campaign_id}, options
            ),
            options=options,
        )

    @overload
    async def import_from_explorer(
        self,
        dataset_id: str,
        request: ImportDatasetFromExplorerRequest,
        **options: Unpack[CallOptions],
    ) -> DatasetImportTask: ...
    @overload
    async def import_from_explorer(
        self, dataset_id: str, *, completion_event_ids: list[str], **options: Unpack[CallOptions]
    ) -> DatasetImportTask: ...
    async def import_from_explorer(
        self,
        dataset_id: str,
        request: ImportDatasetFromExplorerRequest | None = None,
        *,
        completion_event_ids: list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> DatasetImportTask:
        """Populate the dataset with records from the explorer."""
        path = (
            f"/v1/observability/datasets/{segment(dataset_id, 'dataset_id')}/imports/from-explorer"
        )
        return await self._call(
            "observability.datasets.import_from_explorer",
            "POST",
            path,
            DatasetImportTask,
            body=build_request(
                ImportDatasetFromExplorerRequest,
                request,
                {"completion_event_ids": completion_event_ids},
                options,
            ),
            options=options,
        )

    @overload
    async def import_from_file(
        self, dataset_id: str, request: ImportDatasetFromFileRequest, **options: Unpack[CallOptions]
    ) -> DatasetImportTask: ...
    @overload
    async def import_from_file(
        self, dataset_id: str, *, file_id: str, **options: Unpack[CallOptions]
    ) -> DatasetImportTask: ...
    async def import_from_file(
        self,
        dataset_id: str,
        request: ImportDatasetFromFileRequest | None = None,
        *,
        file_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> DatasetImportTask:
        """Populate the dataset with records from an uploaded file."""
        path = f"/v1/observability/datasets/{segment(dataset_id, 'dataset_id')}/imports/from-file"
        return await self._call(
            "observability.datasets.import_from_file",
            "POST",
            path,
            DatasetImportTask,
            body=build_request(
                ImportDatasetFromFileRequest, request, {"file_id": file_id}, options
            ),
            options=options,
        )

    @overload
    async def import_from_playground(
        self,
        dataset_id: str,
        request: ImportDatasetFromPlaygroundRequest,
        **options: Unpack[CallOptions],
    ) -> DatasetImportTask: ...
    @overload
    async def import_from_playground(
        self, dataset_id: str, *, conversation_ids: list[str], **options: Unpack[CallOptions]
    ) -> DatasetImportTask: ...
    async def import_from_playground(
        self,
        dataset_id: str,
        request: ImportDatasetFromPlaygroundRequest | None = None,
        *,
        conversation_ids: list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> DatasetImportTask:
        """Populate the dataset with records from playground conversations."""
        path = f"/v1/observability/datasets/{segment(dataset_id, 'dataset_id')}/imports/from-playground"
        return await self._call(
            "observability.datasets.import_from_playground",
            "POST",
            path,
            DatasetImportTask,
            body=build_request(
                ImportDatasetFromPlaygroundRequest,
                request,
                {"conversation_ids": conversation_ids},
                options,
            ),
            options=options,
        )

    @overload
    async def import_from_dataset(
        self,
        dataset_id: str,
        request: ImportDatasetFromDatasetRequest,
        **options: Unpack[CallOptions],
    ) -> DatasetImportTask: ...
    @overload
    async def import_from_dataset(
        self, dataset_id: str, *, dataset_record_ids: list[str], **options: Unpack[CallOptions]
    ) -> DatasetImportTask: ...
    async def import_from_dataset(
        self,
        dataset_id: str,
        request: ImportDatasetFromDatasetRequest | None = None,
        *,
        dataset_record_ids: list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> DatasetImportTask:
        """Populate the dataset with records from another dataset."""
        path = (
            f"/v1/observability/datasets/{segment(dataset_id, 'dataset_id')}/imports/from-dataset"
        )
        return await self._call(
            "observability.datasets.import_from_dataset",
            "POST",
            path,
            DatasetImportTask,
            body=build_request(
                ImportDatasetFromDatasetRequest,
                request,
                {"dataset_record_ids": dataset_record_ids},
                options,
            ),
            options=options,
        )

    async def export_to_jsonl(
        self, dataset_id: str, **options: Unpack[CallOptions]
    ) -> ExportDatasetResponse:
        """Export to the Files API and retrieve presigned URL to download the resulting JSONL file."""
        path = f"/v1/observability/datasets/{segment(dataset_id, 'dataset_id')}/exports/to-jsonl"
        return await self._call(
            "observability.datasets.export_to_jsonl",
            "GET",
            path,
            ExportDatasetResponse,
            options=options,
        )

    async def get_import_task(
        self, dataset_id: str, task_id: str, **options: Unpack[CallOptions]
    ) -> DatasetImportTask:
        """Get status of a dataset import task."""
        path = f"/v1/observability/datasets/{segment(dataset_id, 'dataset_id')}/tasks/{segment(task_id, 'task_id')}"
        return await self._call(
            "observability.datasets.get_import_task",
            "GET",
            path,
            DatasetImportTask,
            options=options,
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
        return await self._call(
            "observability.datasets.list_import_tasks",
            "GET",
            path,
            ListDatasetImportTasksResponse,
            params=query(page_size=page_size, page=page),
            options=options,
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


class ObservabilityDatasetsRawResponses(RawResponses):
    """`observability.datasets.with_raw_response`: each call answers `APIResponse[reply]`."""

    list = raw(ObservabilityDatasetsService.list)
    create = raw(ObservabilityDatasetsService.create)
    get = raw(ObservabilityDatasetsService.get)
    update = raw(ObservabilityDatasetsService.update)
    delete = raw(ObservabilityDatasetsService.delete)
    list_records = raw(ObservabilityDatasetsService.list_records)
    create_record = raw(ObservabilityDatasetsService.create_record)
    import_from_campaign = raw(ObservabilityDatasetsService.import_from_campaign)
    import_from_explorer = raw(ObservabilityDatasetsService.import_from_explorer)
    import_from_file = raw(ObservabilityDatasetsService.import_from_file)
    import_from_playground = raw(ObservabilityDatasetsService.import_from_playground)
    import_from_dataset = raw(ObservabilityDatasetsService.import_from_dataset)
    export_to_jsonl = raw(ObservabilityDatasetsService.export_to_jsonl)
    get_import_task = raw(ObservabilityDatasetsService.get_import_task)
    list_import_tasks = raw(ObservabilityDatasetsService.list_import_tasks)


class SyncObservabilityDatasetsRawResponses(BlockingService):
    """`observability.datasets.with_raw_response` of the blocking client."""

    list = blocking_raw(ObservabilityDatasetsService.list)
    create = blocking_raw(ObservabilityDatasetsService.create)
    get = blocking_raw(ObservabilityDatasetsService.get)
    update = blocking_raw(ObservabilityDatasetsService.update)
    delete = blocking_raw(ObservabilityDatasetsService.delete)
    list_records = blocking_raw(ObservabilityDatasetsService.list_records)
    create_record = blocking_raw(ObservabilityDatasetsService.create_record)
    import_from_campaign = blocking_raw(ObservabilityDatasetsService.import_from_campaign)
    import_from_explorer = blocking_raw(ObservabilityDatasetsService.import_from_explorer)
    import_from_file = blocking_raw(ObservabilityDatasetsService.import_from_file)
    import_from_playground = blocking_raw(ObservabilityDatasetsService.import_from_playground)
    import_from_dataset = blocking_raw(ObservabilityDatasetsService.import_from_dataset)
    export_to_jsonl = blocking_raw(ObservabilityDatasetsService.export_to_jsonl)
    get_import_task = blocking_raw(ObservabilityDatasetsService.get_import_task)
    list_import_tasks = blocking_raw(ObservabilityDatasetsService.list_import_tasks)


class SyncObservabilityDatasetsService(BlockingService):
    """`observability.datasets` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncObservabilityDatasetsRawResponses)
    records = Face(SyncObservabilityDatasetsRecordsService)
    list = blocking(ObservabilityDatasetsService.list)
    create = blocking(ObservabilityDatasetsService.create)
    get = blocking(ObservabilityDatasetsService.get)
    update = blocking(ObservabilityDatasetsService.update)
    delete = blocking(ObservabilityDatasetsService.delete)
    list_records = blocking(ObservabilityDatasetsService.list_records)
    create_record = blocking(ObservabilityDatasetsService.create_record)
    import_from_campaign = blocking(ObservabilityDatasetsService.import_from_campaign)
    import_from_explorer = blocking(ObservabilityDatasetsService.import_from_explorer)
    import_from_file = blocking(ObservabilityDatasetsService.import_from_file)
    import_from_playground = blocking(ObservabilityDatasetsService.import_from_playground)
    import_from_dataset = blocking(ObservabilityDatasetsService.import_from_dataset)
    export_to_jsonl = blocking(ObservabilityDatasetsService.export_to_jsonl)
    get_import_task = blocking(ObservabilityDatasetsService.get_import_task)
    list_import_tasks = blocking(ObservabilityDatasetsService.list_import_tasks)
    iterate = blocking(ObservabilityDatasetsService.iterate)
    iterate_records = blocking(ObservabilityDatasetsService.iterate_records)
    iterate_import_tasks = blocking(ObservabilityDatasetsService.iterate_import_tasks)
