"""`client.workflows.metrics`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing_extensions import Unpack

from ...types._generated.workflows_metrics import WorkflowMetrics
from .._base import Service, query, segment
from .._options import CallOptions

__all__ = ["WorkflowsMetricsService"]


class WorkflowsMetricsService(Service):
    """`client.workflows.metrics`: workflows API - metrics."""

    area = "workflows.metrics"

    async def get(
        self,
        workflow_name: str,
        *,
        start_time: str | None = None,
        end_time: str | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkflowMetrics:
        """Get Workflow Metrics."""
        path = f"/v1/workflows/{segment(workflow_name, 'workflow_name')}/metrics"
        return await self._caller.call(
            "workflows.metrics.get",
            "GET",
            path,
            WorkflowMetrics,
            params=query(start_time=start_time, end_time=end_time),
        )
