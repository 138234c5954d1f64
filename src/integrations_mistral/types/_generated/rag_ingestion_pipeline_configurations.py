"""Rag ingestion pipeline configurations models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from .._base import WireModel

__all__ = [
    "CreateIngestionPipelineConfigurationRequest",
    "IngestionPipelineConfiguration",
    "UpdateRunInfo",
]


class CreateIngestionPipelineConfigurationRequest(WireModel):
    """Body of `PUT /v1/rag/ingestion_pipeline_configurations`."""

    name: str
    pipeline_composition: dict[str, str] | None = None


class IngestionPipelineConfiguration(WireModel):
    """Reply of `PUT /v1/rag/ingestion_pipeline_configurations`."""

    id: str
    author_id: str
    name: str
    created_at: str
    modified_at: str
    last_run_time: str | None
    last_run_chunks_count: int
    total_chunks_count: int
    pipeline_composition: dict[str, str] | None


class UpdateRunInfo(WireModel):
    """Body of `PUT /v1/rag/ingestion_pipeline_configurations/{id}/run_info`."""

    execution_time: str
    chunks_count: int
