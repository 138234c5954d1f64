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
    """AdminScimSyncTriggerOUT."""

    run_id: str


class AdminScimSyncActiveRunOUT(WireModel):
    """AdminScimSyncActiveRunOUT."""

    run_id: str
    status: ScimSyncRunStatus


class AdminScimSyncConfig(WireModel):
    """AdminScimSyncConfig."""

    delete_missing_groups: bool | None = None
    deprovision_users: bool | None = None
    sync_users: bool
    sync_groups: bool
    sync_memberships: bool


class AdminScimSyncTriggerIN(WireModel):
    """AdminScimSyncTriggerIN."""

    dry_run: bool | None = None
    sync_config: AdminScimSyncConfig | None = None


class AdminScimSyncRunOUT(WireModel):
    """AdminScimSyncRunOUT."""

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
    """ScimSyncGroupActionOut."""

    group: ScimSyncGroupRefOut


class ScimSyncGroupRefOut(WireModel):
    """ScimSyncGroupRefOut."""

    uuid: str
    group_name: str = Field(alias="groupName")


class ScimSyncGroupUpdateActionOut(WireModel):
    """ScimSyncGroupUpdateActionOut."""

    group: ScimSyncGroupRefOut
    previous_group_name: str = Field(alias="previous_groupName")


class ScimSyncGroupsSummaryOut(WireModel):
    """ScimSyncGroupsSummaryOut."""

    create: list[ScimSyncGroupActionOut]
    update: list[ScimSyncGroupUpdateActionOut]
    delete: list[ScimSyncGroupActionOut]


class ScimSyncMembershipActionOut(WireModel):
    """ScimSyncMembershipActionOut."""

    group: ScimSyncGroupRefOut
    users_added: list[ScimSyncUserRefOut]
    users_removed: list[ScimSyncUserRefOut]


class ScimSyncSummaryOut(WireModel):
    """ScimSyncSummaryOut."""

    users: ScimSyncUsersSummaryOut
    groups: ScimSyncGroupsSummaryOut
    memberships: list[ScimSyncMembershipActionOut]


class ScimSyncUserActionOut(WireModel):
    """ScimSyncUserActionOut."""

    user: ScimSyncUserRefOut


class ScimSyncUserRefOut(WireModel):
    """ScimSyncUserRefOut."""

    uuid: str
    user_name: str = Field(alias="userName")


class ScimSyncUsersSummaryOut(WireModel):
    """ScimSyncUsersSummaryOut."""

    provision: list[ScimSyncUserActionOut]
    deprovision: list[ScimSyncUserActionOut]


ScimSyncRunStatus = Annotated[
    Literal["PENDING", "RUNNING", "SUCCESS", "SKIPPED", "FAILED"], Tolerant
]
