"""Admin api keys models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._base import Tolerant, WireModel

__all__ = [
    "APIKeyActions",
    "APIKeyExtendedOUT",
    "APIKeyOUT",
    "APIKeyProduct",
    "APIKeysExtendedOUT",
    "ActionAvailable",
    "ActionUnavailableDeleteUnavailableReason",
    "ActionUnavailableRotateUnavailableReason",
    "AdminCreateAPIKeyIN",
    "DeleteAPIKeyOUT",
    "DeleteUnavailableReason",
    "RotateUnavailableReason",
]


class APIKeyActions(WireModel):
    """Per-action availability for an API key, keyed by action name."""

    rotate: (
        Annotated[
            ActionAvailable | ActionUnavailableRotateUnavailableReason,
            Field(discriminator="status"),
            Tolerant,
        ]
        | None
    ) = None
    delete: (
        Annotated[
            ActionAvailable | ActionUnavailableDeleteUnavailableReason,
            Field(discriminator="status"),
            Tolerant,
        ]
        | None
    ) = None


class APIKeyExtendedOUT(WireModel):
    key_id: str
    key: str | None
    name: str | None
    hidden_key: str
    created_at: str | None
    expiration_date: str | None
    actions: APIKeyActions
    workspace_id: str | None
    workspace_name: str | None
    created_by: str | None
    product: APIKeyProduct | None
    last_used: str | None
    can_delete: bool | None


class APIKeysExtendedOUT(WireModel):
    """Reply of `GET /v1/admin/api-keys`."""

    keys: list[APIKeyExtendedOUT]


class ActionAvailable(WireModel):
    """The viewer may perform the action on the resource."""

    sent_always = ("status",)

    status: Literal["available"] = "available"


class ActionUnavailableDeleteUnavailableReason(WireModel):
    sent_always = ("status",)

    status: Literal["unavailable"] = "unavailable"
    reason: DeleteUnavailableReason | None = None


class ActionUnavailableRotateUnavailableReason(WireModel):
    sent_always = ("status",)

    status: Literal["unavailable"] = "unavailable"
    reason: RotateUnavailableReason | None = None


class APIKeyOUT(WireModel):
    """Reply of `POST /v1/admin/api-keys`."""

    key_id: str
    key: str | None
    name: str | None
    hidden_key: str
    created_at: str | None
    expiration_date: str | None
    actions: APIKeyActions


class AdminCreateAPIKeyIN(WireModel):
    """Body of `POST /v1/admin/api-keys`."""

    name: str | None = None
    expiration: str | None = None
    workspace_uuid: str
    user_id: str


class DeleteAPIKeyOUT(WireModel):
    """Reply of `DELETE /v1/admin/api-keys/{key_id}`."""

    detail: str


APIKeyProduct = Annotated[Literal["API", "Mistral Code", "Vibe"], Tolerant]

DeleteUnavailableReason = Annotated[Literal["not_allowed"], Tolerant]
"""Machine-readable reason why an API key cannot be deleted."""

RotateUnavailableReason = Annotated[
    Literal["unsupported_scope", "key_expired", "not_allowed"], Tolerant
]
"""Machine-readable reason why an API key cannot be rotated."""
