"""Admin scim models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._base import Tolerant, WireModel

__all__ = [
    "AdminScimSyncActiveRunOUT",
    "AdminScimSyncConfig",
    "AdminScimSyncRunOUT",
    "AdminScimSyncTriggerIN",
    "AdminScimSyncTriggerOUT",
    "ScimSyncGroupActionOut",
    "ScimSyncGroupRefOut",
    "ScimSyncGroupUpdateActionOut",
    "ScimSyncGroupsSummaryOut",
    "ScimSyncMembershipActionOut",
    "ScimSyncRunStatus",
    "ScimSyncSummaryOut",
    "ScimSyncUserActionOut",
    "ScimSyncUserRefOut",
    "ScimSyncUsersSummaryOut",
]


class AdminScimSyncTriggerOUT(WireModel):
    """Reply of `POST /v1/admin/scim/sync`."""

    run_id: str


class AdminScimSyncActiveRunOUT(WireModel):
    run_id: str
    status: ScimSyncRunStatus


class AdminScimSyncConfig(WireModel):
    delete_missing_groups: bool | None = None
    deprovision_users: bool | None = None
    sync_users: bool
    sync_groups: bool
    sync_memberships: bool


class AdminScimSyncTriggerIN(WireModel):
    """Body of `POST /v1/admin/scim/sync`."""

    dry_run: bool | None = None
    sync_config: AdminScimSyncConfig | None = None


class AdminScimSyncRunOUT(WireModel):
    """Reply of `GET /v1/admin/scim/sync/{run_id}`."""

    run_id: str
    status: ScimSyncRunStatus
    dry_run: bool
    sync_config: AdminScimSyncConfig | None
    created_at: str
    started_at: str | None
    finished_at: str | None
    summary: ScimSyncSummaryOut | None
    error_message: str | None


class ScimSyncGroupActionOut(WireModel):
    group: ScimSyncGroupRefOut


class ScimSyncGroupRefOut(WireModel):
    uuid: str
    group_name: str = Field(alias="groupName")


class ScimSyncGroupUpdateActionOut(WireModel):
    group: ScimSyncGroupRefOut
    previous_group_name: str = Field(alias="previous_groupName")


class ScimSyncGroupsSummaryOut(WireModel):
    create: list[ScimSyncGroupActionOut]
    update: list[ScimSyncGroupUpdateActionOut]
    delete: list[ScimSyncGroupActionOut]


class ScimSyncMembershipActionOut(WireModel):
    group: ScimSyncGroupRefOut
    users_added: list[ScimSyncUserRefOut]
    users_removed: list[ScimSyncUserRefOut]


class ScimSyncSummaryOut(WireModel):
    users: ScimSyncUsersSummaryOut
    groups: ScimSyncGroupsSummaryOut
    memberships: list[ScimSyncMembershipActionOut]


class ScimSyncUserActionOut(WireModel):
    user: ScimSyncUserRefOut


class ScimSyncUserRefOut(WireModel):
    uuid: str
    user_name: str = Field(alias="userName")


class ScimSyncUsersSummaryOut(WireModel):
    provision: list[ScimSyncUserActionOut]
    deprovision: list[ScimSyncUserActionOut]


ScimSyncRunStatus = Annotated[
    Literal["PENDING", "RUNNING", "SUCCESS", "SKIPPED", "FAILED"], Tolerant
]
