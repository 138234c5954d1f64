"""Observability datasets records models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Any

from .._base import WireModel
from .observability_1 import DatasetRecordPayload
from .observability_2 import CreateJudgeRequest

__all__ = [
    "DeleteDatasetRecordsRequest",
    "JudgeDatasetRecordRequest",
    "UpdateDatasetRecordPayloadRequest",
    "UpdateDatasetRecordPropertiesRequest",
]


class DeleteDatasetRecordsRequest(WireModel):
    """Body of `POST /v1/observability/dataset-records/bulk-delete`."""

    dataset_record_ids: list[str]


class JudgeDatasetRecordRequest(WireModel):
    """Body of `POST /v1/observability/dataset-records/{dataset_record_id}/live-judging`."""

    judge_definition: CreateJudgeRequest


class UpdateDatasetRecordPayloadRequest(WireModel):
    """Body of `PUT /v1/observability/dataset-records/{dataset_record_id}/payload`."""

    payload: DatasetRecordPayload


class UpdateDatasetRecordPropertiesRequest(WireModel):
    """Body of `PUT /v1/observability/dataset-records/{dataset_record_id}/properties`."""

    properties: dict[str, Any]
