"""`client.observability.datasets.records`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Any, overload

from typing_extensions import Unpack

from ...types._generated.observability_1 import DatasetRecord, DatasetRecordPayload, JudgeOutput
from ...types._generated.observability_2 import CreateJudgeRequest
from ...types._generated.observability_datasets_records import (
    DeleteDatasetRecordsRequest,
    JudgeDatasetRecordRequest,
    UpdateDatasetRecordPayloadRequest,
    UpdateDatasetRecordPropertiesRequest,
)
from .._base import RawResponses, Service, build_request, segment
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._options import CallOptions

__all__ = [
    "ObservabilityDatasetsRecordsRawResponses",
    "ObservabilityDatasetsRecordsService",
    "SyncObservabilityDatasetsRecordsRawResponses",
    "SyncObservabilityDatasetsRecordsService",
]


class ObservabilityDatasetsRecordsService(Service):
    """`client.observability.datasets.records`: (beta) Observability API - dataset records."""

    area = "observability.datasets.records"

    @property
    def with_raw_response(self) -> ObservabilityDatasetsRecordsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return ObservabilityDatasetsRecordsRawResponses(self)

    async def get(self, dataset_record_id: str, **options: Unpack[CallOptions]) -> DatasetRecord:
        """Get the content of a given dataset record."""
        path = (
            f"/v1/observability/dataset-records/{segment(dataset_record_id, 'dataset_record_id')}"
        )
        return await self._call(
            "observability.datasets.records.get", "GET", path, DatasetRecord, options=options
        )

    async def delete(self, dataset_record_id: str, **options: Unpack[CallOptions]) -> None:
        """Delete a record from a dataset."""
        path = (
            f"/v1/observability/dataset-records/{segment(dataset_record_id, 'dataset_record_id')}"
        )
        await self._raw("observability.datasets.records.delete", "DELETE", path, options=options)

    @overload
    async def bulk_delete(
        self, request: DeleteDatasetRecordsRequest, **options: Unpack[CallOptions]
    ) -> None: ...
    @overload
    async def bulk_delete(
        self, *, dataset_record_ids: list[str], **options: Unpack[CallOptions]
    ) -> None: ...
    async def bulk_delete(
        self,
        request: DeleteDatasetRecordsRequest | None = None,
        *,
        dataset_record_ids: list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete multiple records from datasets."""
        path = "/v1/observability/dataset-records/bulk-delete"
        await self._raw(
            "observability.datasets.records.bulk_delete",
            "POST",
            path,
            body=build_request(
                DeleteDatasetRecordsRequest,
                request,
                {"dataset_record_ids": dataset_record_ids},
                options,
            ),
            options=options,
        )

    @overload
    async def judge(
        self,
        dataset_record_id: str,
        request: JudgeDatasetRecordRequest,
        **options: Unpack[CallOptions],
    ) -> JudgeOutput: ...
    @overload
    async def judge(
        self,
        dataset_record_id: str,
        *,
        judge_definition: CreateJudgeRequest | dict[str, Any],
        **options: Unpack[CallOptions],
    ) -> JudgeOutput: ...
    async def judge(
        self,
        dataset_record_id: str,
        request: JudgeDatasetRecordRequest | None = None,
        *,
        judge_definition: CreateJudgeRequest | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> JudgeOutput:
        """Run Judge on a dataset record based on the given options."""
        path = f"/v1/observability/dataset-records/{segment(dataset_record_id, 'dataset_record_id')}/live-judging"
        return await self._call(
            "observability.datasets.records.judge",
            "POST",
            path,
            JudgeOutput,
            body=build_request(
                JudgeDatasetRecordRequest, request, {"judge_definition": judge_definition}, options
            ),
            options=options,
        )

    @overload
    async def update_payload(
        self,
        dataset_record_id: str,
        request: UpdateDatasetRecordPayloadRequest,
        **options: Unpack[CallOptions],
    ) -> None: ...
    @overload
    async def update_payload(
        self,
        dataset_record_id: str,
        *,
        payload: DatasetRecordPayload,
        **options: Unpack[CallOptions],
    ) -> None: ...
    async def update_payload(
        self,
        dataset_record_id: str,
        request: UpdateDatasetRecordPayloadRequest | None = None,
        *,
        payload: DatasetRecordPayload | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Update a dataset record payload."""
        path = f"/v1/observability/dataset-records/{segment(dataset_record_id, 'dataset_record_id')}/payload"
        await self._raw(
            "observability.datasets.records.update_payload",
            "PUT",
            path,
            body=build_request(
                UpdateDatasetRecordPayloadRequest, request, {"payload": payload}, options
            ),
            options=options,
        )

    @overload
    async def update_properties(
        self,
        dataset_record_id: str,
        request: UpdateDatasetRecordPropertiesRequest,
        **options: Unpack[CallOptions],
    ) -> None: ...
    @overload
    async def update_properties(
        self, dataset_record_id: str, *, properties: dict[str, Any], **options: Unpack[CallOptions]
    ) -> None: ...
    async def update_properties(
        self,
        dataset_record_id: str,
        request: UpdateDatasetRecordPropertiesRequest | None = None,
        *,
        properties: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Update dataset record properties."""
        path = f"/v1/observability/dataset-records/{segment(dataset_record_id, 'dataset_record_id')}/properties"
        await self._raw(
            "observability.datasets.records.update_properties",
            "PUT",
            path,
            body=build_request(
                UpdateDatasetRecordPropertiesRequest, request, {"properties": properties}, options
            ),
            options=options,
        )


class ObservabilityDatasetsRecordsRawResponses(RawResponses):
    """`observability.datasets.records.with_raw_response`: each call answers `APIResponse[reply]`."""

    get = raw(ObservabilityDatasetsRecordsService.get)
    delete = raw(ObservabilityDatasetsRecordsService.delete)
    bulk_delete = raw(ObservabilityDatasetsRecordsService.bulk_delete)
    judge = raw(ObservabilityDatasetsRecordsService.judge)
    update_payload = raw(ObservabilityDatasetsRecordsService.update_payload)
    update_properties = raw(ObservabilityDatasetsRecordsService.update_properties)


class SyncObservabilityDatasetsRecordsRawResponses(BlockingService):
    """`observability.datasets.records.with_raw_response` of the blocking client."""

    get = blocking_raw(ObservabilityDatasetsRecordsService.get)
    delete = blocking_raw(ObservabilityDatasetsRecordsService.delete)
    bulk_delete = blocking_raw(ObservabilityDatasetsRecordsService.bulk_delete)
    judge = blocking_raw(ObservabilityDatasetsRecordsService.judge)
    update_payload = blocking_raw(ObservabilityDatasetsRecordsService.update_payload)
    update_properties = blocking_raw(ObservabilityDatasetsRecordsService.update_properties)


class SyncObservabilityDatasetsRecordsService(BlockingService):
    """`observability.datasets.records` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncObservabilityDatasetsRecordsRawResponses)
    get = blocking(ObservabilityDatasetsRecordsService.get)
    delete = blocking(ObservabilityDatasetsRecordsService.delete)
    bulk_delete = blocking(ObservabilityDatasetsRecordsService.bulk_delete)
    judge = blocking(ObservabilityDatasetsRecordsService.judge)
    update_payload = blocking(ObservabilityDatasetsRecordsService.update_payload)
    update_properties = blocking(ObservabilityDatasetsRecordsService.update_properties)
