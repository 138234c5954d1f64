"""`client.rag.search_indexes`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Any, Literal, overload

from pydantic import RootModel
from typing_extensions import Unpack

from ...types._base import Tolerant
from ...types._generated.rag_search_indexes import (
    GetDeploymentSummariesResponse,
    RegisterDeploymentRequestDeployment,
    RegisterDeploymentRequestVespaDeployment,
    RegisterSearchIndexResponseIndex,
    UpdateMetricsRequestDeploymentMetricsOffline,
    UpdateMetricsRequestDeploymentMetricsOnline,
)
from .._base import RawResponses, Service, build_request, json_body, segment
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._options import CallOptions

__all__ = [
    "RagSearchIndexesRawResponses",
    "RagSearchIndexesService",
    "SyncRagSearchIndexesRawResponses",
    "SyncRagSearchIndexesService",
]

_UnregisterResult = RootModel[Any]
_UpdateMetricsBody = RootModel[
    Annotated[
        UpdateMetricsRequestDeploymentMetricsOnline | UpdateMetricsRequestDeploymentMetricsOffline,
        Tolerant,
    ]
]


class RagSearchIndexesService(Service):
    """`client.rag.search_indexes`: (beta) RAG API - search indexes."""

    area = "rag.search_indexes"

    @property
    def with_raw_response(self) -> RagSearchIndexesRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return RagSearchIndexesRawResponses(self)

    async def list(self, **options: Unpack[CallOptions]) -> GetDeploymentSummariesResponse:
        """Get Deployment Summaries.

        Fetch all indexes available to a user
        """
        path = "/v1/rag/deployments"
        return await self._call(
            "rag.search_indexes.list", "GET", path, GetDeploymentSummariesResponse, options=options
        )

    @overload
    async def register(
        self, request: RegisterDeploymentRequestDeployment, **options: Unpack[CallOptions]
    ) -> RegisterSearchIndexResponseIndex: ...
    @overload
    async def register(
        self,
        *,
        name: str,
        deployment: RegisterDeploymentRequestVespaDeployment | dict[str, Any],
        status: Literal["online", "offline"] | None = None,
        **options: Unpack[CallOptions],
    ) -> RegisterSearchIndexResponseIndex: ...
    async def register(
        self,
        request: RegisterDeploymentRequestDeployment | None = None,
        *,
        name: str | None = None,
        status: Literal["online", "offline"] | None = None,
        deployment: RegisterDeploymentRequestVespaDeployment | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> RegisterSearchIndexResponseIndex:
        """Register (or re-register) a search index."""
        path = "/v1/rag/deployments"
        return await self._call(
            "rag.search_indexes.register",
            "PUT",
            path,
            RegisterSearchIndexResponseIndex,
            body=build_request(
                RegisterDeploymentRequestDeployment,
                request,
                {"name": name, "status": status, "deployment": deployment},
                options,
            ),
            options=options,
        )

    async def unregister(self, deployment_id: str, **options: Unpack[CallOptions]) -> Any:
        """Unregister Deployment.

        Delete all information about a deployment
        """
        path = f"/v1/rag/deployments/{segment(deployment_id, 'deployment_id')}"
        return (
            await self._call(
                "rag.search_indexes.unregister", "DELETE", path, _UnregisterResult, options=options
            )
        ).root

    async def update_metrics(
        self,
        deployment_id: str,
        *,
        metrics: UpdateMetricsRequestDeploymentMetricsOnline
        | UpdateMetricsRequestDeploymentMetricsOffline
        | dict[str, Any],
        **options: Unpack[CallOptions],
    ) -> Any:
        """Update Index Metrics.

        Update the metrics for a given index
        """
        path = f"/v1/rag/deployments/{segment(deployment_id, 'deployment_id')}/metrics"
        return (
            await self._call(
                "rag.search_indexes.update_metrics",
                "PUT",
                path,
                _UnregisterResult,
                body=json_body(_UpdateMetricsBody, metrics, "metrics"),
                options=options,
            )
        ).root


class RagSearchIndexesRawResponses(RawResponses):
    """`rag.search_indexes.with_raw_response`: each call answers `APIResponse[reply]`."""

    list = raw(RagSearchIndexesService.list)
    register = raw(RagSearchIndexesService.register)
    unregister = raw(RagSearchIndexesService.unregister)
    update_metrics = raw(RagSearchIndexesService.update_metrics)


class SyncRagSearchIndexesRawResponses(BlockingService):
    """`rag.search_indexes.with_raw_response` of the blocking client."""

    list = blocking_raw(RagSearchIndexesService.list)
    register = blocking_raw(RagSearchIndexesService.register)
    unregister = blocking_raw(RagSearchIndexesService.unregister)
    update_metrics = blocking_raw(RagSearchIndexesService.update_metrics)


class SyncRagSearchIndexesService(BlockingService):
    """`rag.search_indexes` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncRagSearchIndexesRawResponses)
    list = blocking(RagSearchIndexesService.list)
    register = blocking(RagSearchIndexesService.register)
    unregister = blocking(RagSearchIndexesService.unregister)
    update_metrics = blocking(RagSearchIndexesService.update_metrics)
