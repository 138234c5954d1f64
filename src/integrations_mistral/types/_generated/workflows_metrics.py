"""Workflows metrics models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from .._base import WireModel

__all__ = [
    "ScalarMetric",
    "TimeSeriesMetric",
    "WorkflowMetrics",
]


class ScalarMetric(WireModel):
    """Scalar metric with a single value."""

    value: int | float


class TimeSeriesMetric(WireModel):
    """Time-series metric with timestamp-value pairs."""

    value: list[tuple[int, int | float]]


class WorkflowMetrics(WireModel):
    """Complete metrics for a specific workflow."""

    execution_count: ScalarMetric
    success_count: ScalarMetric
    error_count: ScalarMetric
    average_latency_ms: ScalarMetric
    latency_over_time: TimeSeriesMetric
    retry_rate: ScalarMetric
