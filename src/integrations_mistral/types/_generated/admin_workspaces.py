"""Admin workspaces models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Literal

from .._base import Tolerant, WireModel
from .admin import StaticOrganizationRoles, StaticWorkspaceRoles, WorkspaceRole

__all__ = [
    "AddOrUpdateUsersToWorkspaceOUT",
    "AddUsersToWorkspaceOUT",
    "AdminWorkspaceIn",
    "ApiObjectType",
    "BaseWorkspaceMemberIN",
    "RemoveWorkspaceMembersIN",
    "RemoveWorkspaceMembersOUT",
    "UpdateWorkspaceIN",
    "WorkspaceEnrichedOUT",
    "WorkspaceMemberIN",
    "WorkspaceMemberSingleIN",
    "WorkspaceOUT",
    "WorkspaceSpendLimitOUT",
    "WorkspacesOut",
]


class WorkspaceOUT(WireModel):
    """WorkspaceOUT."""

    uuid: str
    name: str
    description: str | None
    icon: str | None
    members_count: int | None = None
    spend_limit: WorkspaceSpendLimitOUT | None = None
    is_default: bool


class WorkspaceSpendLimitOUT(WireModel):
    """WorkspaceSpendLimitOUT."""

    value: float | None
    currency: str | None
    no_monthly_limit: bool | None


class WorkspacesOut(WireModel):
    """WorkspacesOut."""

    total: int
    items: list[WorkspaceOUT]
    object: ApiObjectType | None = None
    page: int
    page_size: int


class WorkspaceEnrichedOUT(WireModel):
    """WorkspaceEnrichedOUT."""

    uuid: str
    name: str
    description: str | None
    icon: str | None
    members_count: int | None = None
    spend_limit: WorkspaceSpendLimitOUT | None = None
    is_default: bool
    raw_roles: list[
        Annotated[WorkspaceRole | StaticWorkspaceRoles | StaticOrganizationRoles, Tolerant]
    ]
    raw_role: Annotated[WorkspaceRole | StaticWorkspaceRoles | StaticOrganizationRoles, Tolerant]


class AdminWorkspaceIn(WireModel):
    """AdminWorkspaceIn."""

    name: str
    description: str | None = None
    icon: str | None = None
    add_all_org_members: bool | None = None
    admin_user_id: str


class UpdateWorkspaceIN(WireModel):
    """UpdateWorkspaceIN."""

    name: str | None = None
    description: str | None = None
    icon: str | None = None


class AddUsersToWorkspaceOUT(WireModel):
    """AddUsersToWorkspaceOUT."""

    added_members_count: int


class WorkspaceMemberIN(WireModel):
    """WorkspaceMemberIN."""

    members: list[WorkspaceMemberSingleIN] | None = None


class WorkspaceMemberSingleIN(WireModel):
    """WorkspaceMemberSingleIN."""

    role_names: (
        list[
            Annotated[
                Literal[
                    "billing",
                    "user",
                    "contributor",
                    "dev",
                    "dev_contributor",
                    "mistral_code_user",
                    "cloud_user",
                    "workspace_contributor",
                    "workspace_admin",
                    "observability_viewer",
                    "workflow_executor",
                ],
                Tolerant,
            ]
        ]
        | None
    ) = None
    roles: list[WorkspaceRole] | list[StaticWorkspaceRoles] | None = None
    role_name: (
        Annotated[
            Literal[
                "billing",
                "user",
                "contributor",
                "dev",
                "dev_contributor",
                "mistral_code_user",
                "cloud_user",
                "workspace_contributor",
                "workspace_admin",
                "observability_viewer",
                "workflow_executor",
            ],
            Tolerant,
        ]
        | None
    ) = None
    role: Annotated[WorkspaceRole | StaticWorkspaceRoles, Tolerant] | None = None
    user_uuid: str


class AddOrUpdateUsersToWorkspaceOUT(WireModel):
    """AddOrUpdateUsersToWorkspaceOUT."""

    added_members_count: int
    updated_members_count: int


class RemoveWorkspaceMembersOUT(WireModel):
    """RemoveWorkspaceMembersOUT."""

    deleted_members_count: int
    not_deleted_members: list[str] | None = None


class BaseWorkspaceMemberIN(WireModel):
    """BaseWorkspaceMemberIN."""

    user_uuid: str


class RemoveWorkspaceMembersIN(WireModel):
    """RemoveWorkspaceMembersIN."""

    members: list[BaseWorkspaceMemberIN]


ApiObjectType = Annotated[Literal["list"], Tolerant]
"""Type of API object for pagination responses."""
