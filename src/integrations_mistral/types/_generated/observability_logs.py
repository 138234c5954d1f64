"""Observability logs models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Literal

from .._base import Tolerant, WireModel
from .observability_2 import OtelFieldDefinition

__all__ = [
    "FeedResultGetLog",
    "GetLog",
    "GetLogFieldOptions",
    "GetLogFields",
    "GetLogs",
    "LogsRequest",
]


class GetLogFieldOptions(WireModel):
    """Reply of `GET /v1/observability/logs/fields/{field_name}/options`."""

    options: list[str] | None


class GetLogFields(WireModel):
    """Reply of `GET /v1/observability/logs/fields`."""

    field_definitions: list[OtelFieldDefinition]


class GetLog(WireModel):
    customer_id: str
    organization_id: str
    workspace_id: str
    user_id: str
    timestamp: str
    trace_id: str
    span_id: str
    trace_flags: int
    severity_text: str
    severity_number: int
    service_name: str
    body: str
    event_name: str
    resource_schema_url: str
    resource_attributes: dict[str, str]
    scope_schema_url: str
    scope_name: str
    scope_version: str
    scope_attributes: dict[str, str]
    log_attributes: dict[str, str]


class GetLogs(WireModel):
    """Reply of `POST /v1/observability/logs/search`."""

    logs: FeedResultGetLog


class FeedResultGetLog(WireModel):
    results: list[GetLog] | None = None
    next: str | None = None
    cursor: str | None = None


class LogsRequest(WireModel):
    """Body of `POST /v1/observability/logs/search`."""

    search_expression: str | None = None
    order: Annotated[Literal["asc", "desc"], Tolerant] | None = None
