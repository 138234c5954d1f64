"""`client.observability.datasets`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, overload

from typing_extensions import Unpack

from ...types._generated.observability_1 import DatasetRecord, DatasetRecordPayload
from ...types._generated.observability_datasets import (
    CreateDatasetRecordRequest,
    CreateDatasetRequest,
    Dataset,
    DatasetPreview,
    ListDatasetRecordsResponse,
    ListDatasetsResponse,
    UpdateDatasetRequest,
)
from .._base import Service, build_request, query, segment
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_pages

__all__ = ["ObservabilityDatasetsServicePart"]


class ObservabilityDatasetsServicePart(Service):
    """The first operations of `client.observability.datasets`; `ObservabilityDatasetsService` adds the others (one class in two modules, to keep files short)."""

    area = "observability.datasets"

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
        return await self._call(
            "observability.datasets.list",
            "GET",
            path,
            ListDatasetsResponse,
            params=query(page_size=page_size, page=page, q=q),
            options=options,
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
        self, request: CreateDatasetRequest, **options: Unpack[CallOptions]
    ) -> Dataset: ...
    @overload
    async def create(
        self, *, name: str, description: str, **options: Unpack[CallOptions]
    ) -> Dataset: ...
    async def create(
        self,
        request: CreateDatasetRequest | None = None,
        *,
        name: str | None = None,
        description: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Dataset:
        """Create a new empty dataset."""
        path = "/v1/observability/datasets"
        return await self._call(
            "observability.datasets.create",
            "POST",
            path,
            Dataset,
            body=build_request(
                CreateDatasetRequest, request, {"name": name, "description": description}, options
            ),
            options=options,
        )

    async def get(self, dataset_id: str, **options: Unpack[CallOptions]) -> DatasetPreview:
        """Get dataset by id."""
        path = f"/v1/observability/datasets/{segment(dataset_id, 'dataset_id')}"
        return await self._call(
            "observability.datasets.get", "GET", path, DatasetPreview, options=options
        )

    async def update(
        self,
        dataset_id: str,
        request: UpdateDatasetRequest | None = None,
        *,
        name: str | None = None,
        description: str | None = None,
        **options: Unpack[CallOptions],
    ) -> DatasetPreview:
        """Patch dataset."""
        path = f"/v1/observability/datasets/{segment(dataset_id, 'dataset_id')}"
        return await self._call(
            "observability.datasets.update",
            "PATCH",
            path,
            DatasetPreview,
            body=build_request(
                UpdateDatasetRequest, request, {"name": name, "description": description}, options
            ),
            options=options,
        )

    async def delete(self, dataset_id: str, **options: Unpack[CallOptions]) -> None:
        """Delete a dataset."""
        path = f"/v1/observability/datasets/{segment(dataset_id, 'dataset_id')}"
        await self._raw("observability.datasets.delete", "DELETE", path, options=options)

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
        return await self._call(
            "observability.datasets.list_records",
            "GET",
            path,
            ListDatasetRecordsResponse,
            params=query(page_size=page_size, page=page),
            options=options,
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
        self, dataset_id: str, request: CreateDatasetRecordRequest, **options: Unpack[CallOptions]
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
        request: CreateDatasetRecordRequest | None = None,
        *,
        payload: DatasetRecordPayload | None = None,
        properties: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> DatasetRecord:
        """Add a record to the dataset."""
        path = f"/v1/observability/datasets/{segment(dataset_id, 'dataset_id')}/records"
        return await self._call(
            "observability.datasets.create_record",
            "POST",
            path,
            DatasetRecord,
            body=build_request(
                CreateDatasetRecordRequest,
                request,
                {"payload": payload, "properties": properties},
                options,
            ),
            options=options,
        )
