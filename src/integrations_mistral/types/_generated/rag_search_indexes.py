"""Rag search indexes models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Literal

from .._base import Tolerant, WireModel

__all__ = [
    "GetDeploymentSummariesResponse",
    "GetDeploymentSummariesResponseDeployment",
    "GetDeploymentSummariesResponseVespaDeployment",
    "GetDeploymentSummariesResponseVespaIndex",
    "RegisterDeploymentRequestDeployment",
    "RegisterDeploymentRequestVespaDeployment",
    "RegisterDeploymentRequestVespaField",
    "RegisterDeploymentRequestVespaIndex",
    "RegisterSearchIndexResponseIndex",
    "SchemaFieldDataType",
    "SchemaFieldIndex",
    "SchemaFieldRankingType",
    "SchemaFieldStorage",
    "UpdateMetricsRequestDeploymentMetricsOffline",
    "UpdateMetricsRequestDeploymentMetricsOnline",
    "UpdateMetricsRequestIndexMetrics",
]


class GetDeploymentSummariesResponse(WireModel):
    """Reply of `GET /v1/rag/deployments`."""

    deployments: list[GetDeploymentSummariesResponseDeployment]


class GetDeploymentSummariesResponseDeployment(WireModel):
    id: str
    name: str
    creator_id: str
    document_count: int
    status: Annotated[Literal["online", "offline"], Tolerant]
    created_at: str
    modified_at: str
    deployment: GetDeploymentSummariesResponseVespaDeployment


class GetDeploymentSummariesResponseVespaDeployment(WireModel):
    sent_always = ("type",)

    type: Literal["vespa"] = "vespa"
    indexes: list[GetDeploymentSummariesResponseVespaIndex]


class GetDeploymentSummariesResponseVespaIndex(WireModel):
    id: str
    name: str
    document_count: int | None


class RegisterDeploymentRequestDeployment(WireModel):
    """Body of `PUT /v1/rag/deployments`."""

    name: str
    status: Annotated[Literal["online", "offline"], Tolerant] | None = None
    deployment: RegisterDeploymentRequestVespaDeployment


class RegisterDeploymentRequestVespaDeployment(WireModel):
    sent_always = ("type",)

    type: Literal["vespa"] = "vespa"
    vespa_version: str
    indexes: list[RegisterDeploymentRequestVespaIndex]
    query_url: str


class RegisterDeploymentRequestVespaField(WireModel):
    name: str
    type: SchemaFieldDataType
    storage: SchemaFieldStorage
    ranking: SchemaFieldRankingType
    index_type: SchemaFieldIndex | None
    multidimensional: bool


class RegisterDeploymentRequestVespaIndex(WireModel):
    name: str
    fields: list[RegisterDeploymentRequestVespaField]
    sd: str


class RegisterSearchIndexResponseIndex(WireModel):
    """Reply of `PUT /v1/rag/deployments`."""

    id: str


class UpdateMetricsRequestDeploymentMetricsOffline(WireModel):
    sent_always = ("status",)

    status: Literal["offline"] = "offline"
    clear_metrics: bool | None = None


class UpdateMetricsRequestDeploymentMetricsOnline(WireModel):
    sent_always = ("status",)

    status: Literal["online"] = "online"
    document_count: int
    index_metrics: list[UpdateMetricsRequestIndexMetrics]


class UpdateMetricsRequestIndexMetrics(WireModel):
    name: str
    document_count: int


SchemaFieldDataType = Annotated[
    Literal["int", "bool", "string", "embedding", "long", "float"], Tolerant
]

SchemaFieldIndex = Annotated[Literal["ann", "bm25", "attribute"], Tolerant]

SchemaFieldRankingType = Annotated[
    Literal["count", "embedding", "timestamp", "text", "string", "bool", "int", "language"],
    Tolerant,
]

SchemaFieldStorage = Annotated[Literal["in_memory", "on_disk"], Tolerant]
