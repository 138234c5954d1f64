"""Observability (part 2 of 2) models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._base import Tolerant, WireModel
from .observability_1 import (
    Granularity,
    JudgeClassificationOutput,
    JudgeRegressionOutput,
    MetricAggregation,
    MetricDefinition,
    OrderByClause,
)

__all__ = [
    "AggregationRequest",
    "CreateJudgeRequest",
    "Judge",
    "OtelFieldDefinition",
    "TimeDimension",
]


class OtelFieldDefinition(WireModel):
    name: str
    label: str
    type: Annotated[
        Literal["ENUM", "TEXT", "INT", "FLOAT", "BOOL", "TIMESTAMP", "ARRAY", "MAP"], Tolerant
    ]
    group: str | None = None
    supported_operators: list[
        Annotated[
            Literal[
                "eq",
                "neq",
                "lt",
                "lte",
                "gt",
                "gte",
                "like",
                "ilike",
                "not_like",
                "not_ilike",
                "between",
                "not_between",
                "in",
                "not_in",
                "exists",
                "not_exists",
                "regexp",
                "not_regexp",
                "contains",
                "not_contains",
                "has",
                "hasAny",
                "hasAll",
                "hasToken",
            ],
            Tolerant,
        ]
    ]
    supported_aggregations: list[MetricAggregation]


class TimeDimension(WireModel):
    granularity: Granularity | None = None


class AggregationRequest(WireModel):
    """Body of `POST /v1/observability/traces/aggregate`."""

    metric: MetricDefinition
    dimensions: list[str] | None = None
    time_dimension: TimeDimension | None = None
    search_expression: str | None = None
    order_by: list[OrderByClause] | None = None
    limit: int | None = None


class Judge(WireModel):
    """Reply of `POST /v1/observability/judges`."""

    id: str
    created_at: str
    updated_at: str
    deleted_at: str | None
    owner_id: str
    workspace_id: str
    name: str
    description: str
    model_name: str
    output: Annotated[
        JudgeClassificationOutput | JudgeRegressionOutput, Field(discriminator="type"), Tolerant
    ]
    instructions: str
    tools: list[str]
    up_revision: str | None = None
    down_revision: str | None = None
    base_revision: str | None = None


class CreateJudgeRequest(WireModel):
    """Body of `POST /v1/observability/judges`."""

    name: str
    description: str
    model_name: str
    output: Annotated[
        JudgeClassificationOutput | JudgeRegressionOutput, Field(discriminator="type"), Tolerant
    ]
    instructions: str
    tools: list[str]
