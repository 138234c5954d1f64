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
    """DeleteDatasetRecordsRequest."""

    dataset_record_ids: list[str]


class JudgeDatasetRecordRequest(WireModel):
    """JudgeDatasetRecordRequest."""

    judge_definition: CreateJudgeRequest


class UpdateDatasetRecordPayloadRequest(WireModel):
    """UpdateDatasetRecordPayloadRequest."""

    payload: DatasetRecordPayload


class UpdateDatasetRecordPropertiesRequest(WireModel):
    """UpdateDatasetRecordPropertiesRequest."""

    properties: dict[str, Any]
