"""Shared models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from .._base import Tolerant, WireModel

__all__ = [
    "AliasList",
    "HTTPValidationError",
    "ListSortDirection",
    "ListSortField",
    "RegistrySharingScope",
    "Timestamp",
    "ValidationError",
]


class AliasList(WireModel):
    """Presence wrapper for a set of alias labels on update RPCs."""

    values: list[str] | None = None


class HTTPValidationError(WireModel):
    detail: list[ValidationError] | None = None


class ValidationError(WireModel):
    loc: list[str | int]
    msg: str
    type: str
    input: Any = None
    ctx: dict[str, Any] | None = None


ListSortDirection = Annotated[
    Literal[
        "list_sort_direction_unspecified", "list_sort_direction_asc", "list_sort_direction_desc"
    ],
    Tolerant,
]

ListSortField = Annotated[
    Literal[
        "list_sort_field_unspecified",
        "list_sort_field_created_at",
        "list_sort_field_last_modified_at",
        "list_sort_field_name",
        "list_sort_field_title",
    ],
    Tolerant,
]

RegistrySharingScope = Annotated[
    Literal["sharing_scope_unspecified", "private", "workspace"], Tolerant
]

Timestamp = str
"""RFC 3339 timestamp."""
