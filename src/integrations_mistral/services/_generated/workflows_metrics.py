"""`client.workflows.metrics`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing_extensions import Unpack

from ...types._generated.workflows_metrics import WorkflowMetrics
from .._base import RawResponses, Service, query, segment
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._options import CallOptions

__all__ = [
    "SyncWorkflowsMetricsRawResponses",
    "SyncWorkflowsMetricsService",
    "WorkflowsMetricsRawResponses",
    "WorkflowsMetricsService",
]


class WorkflowsMetricsService(Service):
    """`client.workflows.metrics`: workflows API - metrics."""

    area = "workflows.metrics"

    @property
    def with_raw_response(self) -> WorkflowsMetricsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return WorkflowsMetricsRawResponses(self)

    async def get(
        self,
        workflow_name: str,
        *,
        start_time: str | None = None,
        end_time: str | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkflowMetrics:
        """Get Workflow Metrics.

        Get comprehensive metrics for a specific workflow. Args: workflow_name: The name of the
        workflow type to get metrics for start_time: Optional start time filter (ISO 8601
        format) end_time: Optional end time filter (ISO 8601 format) Returns: ...
        """
        path = f"/v1/workflows/{segment(workflow_name, 'workflow_name')}/metrics"
        return await self._call(
            "workflows.metrics.get",
            "GET",
            path,
            WorkflowMetrics,
            params=query(start_time=start_time, end_time=end_time),
            options=options,
        )


class WorkflowsMetricsRawResponses(RawResponses):
    """`workflows.metrics.with_raw_response`: each call answers `APIResponse[reply]`."""

    get = raw(WorkflowsMetricsService.get)


class SyncWorkflowsMetricsRawResponses(BlockingService):
    """`workflows.metrics.with_raw_response` of the blocking client."""

    get = blocking_raw(WorkflowsMetricsService.get)


class SyncWorkflowsMetricsService(BlockingService):
    """`workflows.metrics` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncWorkflowsMetricsRawResponses)
    get = blocking(WorkflowsMetricsService.get)
