"""`client.rag`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from .._base import ServiceGroup
from .._faces import BlockingService, Face
from .._fallback import Caller
from .rag_ingestion_pipeline_configurations import (
    RagIngestionPipelineConfigurationsService,
    SyncRagIngestionPipelineConfigurationsService,
)
from .rag_search_indexes import RagSearchIndexesService, SyncRagSearchIndexesService

__all__ = ["RagService", "SyncRagService"]


class RagService(ServiceGroup):
    """`client.rag` (and `ingestion_pipeline_configurations`, `search_indexes`)."""

    def __init__(self, caller: Caller) -> None:
        self.ingestion_pipeline_configurations = RagIngestionPipelineConfigurationsService(caller)
        self.search_indexes = RagSearchIndexesService(caller)


class SyncRagService(BlockingService):
    """`rag` of the blocking client (`SyncMistralClient`)."""

    ingestion_pipeline_configurations = Face(SyncRagIngestionPipelineConfigurationsService)
    search_indexes = Face(SyncRagSearchIndexesService)
