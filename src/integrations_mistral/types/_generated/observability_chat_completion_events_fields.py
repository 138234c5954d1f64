"""Observability chat completion events fields models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Literal

from .._base import Tolerant, WireModel
from .observability_1 import FilterPayload

__all__ = [
    "BaseFieldDefinition",
    "FetchChatCompletionFieldOptionsResponse",
    "FetchFieldOptionCountsRequest",
    "FetchFieldOptionCountsResponse",
    "FieldGroup",
    "FieldOptionCountItem",
    "ListChatCompletionFieldsResponse",
]


class BaseFieldDefinition(WireModel):
    name: str
    label: str
    type: Annotated[
        Literal["ENUM", "TEXT", "INT", "FLOAT", "BOOL", "TIMESTAMP", "ARRAY", "MAP"], Tolerant
    ]
    group: str | None = None
    supported_operators: list[
        Annotated[
            Literal[
                "lt",
                "lte",
                "gt",
                "gte",
                "startswith",
                "istartswith",
                "endswith",
                "iendswith",
                "contains",
                "icontains",
                "matches",
                "notcontains",
                "inotcontains",
                "eq",
                "neq",
                "isnull",
                "includes",
                "excludes",
                "len_eq",
            ],
            Tolerant,
        ]
    ]


class FieldGroup(WireModel):
    name: str
    label: str


class FieldOptionCountItem(WireModel):
    value: str
    count: int


class FetchChatCompletionFieldOptionsResponse(WireModel):
    """Reply of `GET /v1/observability/chat-completion-fields/{field_name}/options`."""

    options: list[str | bool | None] | None = None


class ListChatCompletionFieldsResponse(WireModel):
    """Reply of `GET /v1/observability/chat-completion-fields`."""

    field_definitions: list[BaseFieldDefinition]
    field_groups: list[FieldGroup]


class FetchFieldOptionCountsRequest(WireModel):
    """Body of `POST /v1/observability/chat-completion-fields/{field_name}/options-counts`."""

    filter_params: FilterPayload | None = None


class FetchFieldOptionCountsResponse(WireModel):
    """Reply of `POST /v1/observability/chat-completion-fields/{field_name}/options-counts`."""

    counts: list[FieldOptionCountItem]
