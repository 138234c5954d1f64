"""`client.rag.ingestion_pipeline_configurations`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

import builtins
from typing import overload

from pydantic import RootModel
from typing_extensions import Unpack

from ...types._generated.rag_ingestion_pipeline_configurations import (
    CreateIngestionPipelineConfigurationRequest,
    IngestionPipelineConfiguration,
    UpdateRunInfo,
)
from .._base import RawResponses, Service, build_request, segment
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._options import CallOptions

__all__ = [
    "RagIngestionPipelineConfigurationsRawResponses",
    "RagIngestionPipelineConfigurationsService",
    "SyncRagIngestionPipelineConfigurationsRawResponses",
    "SyncRagIngestionPipelineConfigurationsService",
]

_ListResult = RootModel[list[IngestionPipelineConfiguration]]


class RagIngestionPipelineConfigurationsService(Service):
    """`client.rag.ingestion_pipeline_configurations`: (beta) RAG API - ingestion pipeline configurations."""

    area = "rag.ingestion_pipeline_configurations"

    @property
    def with_raw_response(self) -> RagIngestionPipelineConfigurationsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return RagIngestionPipelineConfigurationsRawResponses(self)

    async def list(
        self, **options: Unpack[CallOptions]
    ) -> builtins.list[IngestionPipelineConfiguration]:
        """List ingestion pipeline configurations.

        For the current workspace, lists all of the registered ingestion pipeline
        configurations.
        """
        path = "/v1/rag/ingestion_pipeline_configurations"
        return (
            await self._call(
                "rag.ingestion_pipeline_configurations.list",
                "GET",
                path,
                _ListResult,
                options=options,
            )
        ).root

    @overload
    async def register(
        self, request: CreateIngestionPipelineConfigurationRequest, **options: Unpack[CallOptions]
    ) -> IngestionPipelineConfiguration: ...
    @overload
    async def register(
        self,
        *,
        name: str,
        pipeline_composition: dict[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> IngestionPipelineConfiguration: ...
    async def register(
        self,
        request: CreateIngestionPipelineConfigurationRequest | None = None,
        *,
        name: str | None = None,
        pipeline_composition: dict[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> IngestionPipelineConfiguration:
        """Register Config.

        Register an ingestion configuration.
        """
        path = "/v1/rag/ingestion_pipeline_configurations"
        return await self._call(
            "rag.ingestion_pipeline_configurations.register",
            "PUT",
            path,
            IngestionPipelineConfiguration,
            body=build_request(
                CreateIngestionPipelineConfigurationRequest,
                request,
                {"name": name, "pipeline_composition": pipeline_composition},
                options,
            ),
            options=options,
        )

    @overload
    async def update_run_info(
        self, id: str, request: UpdateRunInfo, **options: Unpack[CallOptions]
    ) -> IngestionPipelineConfiguration: ...
    @overload
    async def update_run_info(
        self, id: str, *, execution_time: str, chunks_count: int, **options: Unpack[CallOptions]
    ) -> IngestionPipelineConfiguration: ...
    async def update_run_info(
        self,
        id: str,
        request: UpdateRunInfo | None = None,
        *,
        execution_time: str | None = None,
        chunks_count: int | None = None,
        **options: Unpack[CallOptions],
    ) -> IngestionPipelineConfiguration:
        """Update Run Info."""
        path = f"/v1/rag/ingestion_pipeline_configurations/{segment(id, 'id')}/run_info"
        return await self._call(
            "rag.ingestion_pipeline_configurations.update_run_info",
            "PUT",
            path,
            IngestionPipelineConfiguration,
            body=build_request(
                UpdateRunInfo,
                request,
                {"execution_time": execution_time, "chunks_count": chunks_count},
                options,
            ),
            options=options,
        )


class RagIngestionPipelineConfigurationsRawResponses(RawResponses):
    """`rag.ingestion_pipeline_configurations.with_raw_response`: each call answers `APIResponse[reply]`."""

    list = raw(RagIngestionPipelineConfigurationsService.list)
    register = raw(RagIngestionPipelineConfigurationsService.register)
    update_run_info = raw(RagIngestionPipelineConfigurationsService.update_run_info)


class SyncRagIngestionPipelineConfigurationsRawResponses(BlockingService):
    """`rag.ingestion_pipeline_configurations.with_raw_response` of the blocking client."""

    list = blocking_raw(RagIngestionPipelineConfigurationsService.list)
    register = blocking_raw(RagIngestionPipelineConfigurationsService.register)
    update_run_info = blocking_raw(RagIngestionPipelineConfigurationsService.update_run_info)


class SyncRagIngestionPipelineConfigurationsService(BlockingService):
    """`rag.ingestion_pipeline_configurations` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncRagIngestionPipelineConfigurationsRawResponses)
    list = blocking(RagIngestionPipelineConfigurationsService.list)
    register = blocking(RagIngestionPipelineConfigurationsService.register)
    update_run_info = blocking(RagIngestionPipelineConfigurationsService.update_run_info)
