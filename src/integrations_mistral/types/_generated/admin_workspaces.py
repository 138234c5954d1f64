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
    """Reply of `PATCH /v1/admin/workspaces/{workspace_uuid}`."""

    uuid: str
    name: str
    description: str | None
    icon: str | None
    members_count: int | None = None
    spend_limit: WorkspaceSpendLimitOUT | None = None
    is_default: bool


class WorkspaceSpendLimitOUT(WireModel):
    value: float | None
    currency: str | None
    no_monthly_limit: bool | None


class WorkspacesOut(WireModel):
    """Reply of `GET /v1/admin/workspaces`."""

    total: int
    items: list[WorkspaceOUT]
    object: ApiObjectType | None = None
    page: int
    page_size: int


class WorkspaceEnrichedOUT(WireModel):
    """Reply of `POST /v1/admin/workspaces`."""

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
    """Body of `POST /v1/admin/workspaces`."""

    name: str
    description: str | None = None
    icon: str | None = None
    add_all_org_members: bool | None = None
    admin_user_id: str


class UpdateWorkspaceIN(WireModel):
    """Body of `PATCH /v1/admin/workspaces/{workspace_uuid}`."""

    name: str | None = None
    description: str | None = None
    icon: str | None = None


class AddUsersToWorkspaceOUT(WireModel):
    """Reply of `POST /v1/admin/workspaces/{workspace_uuid}/add-users`."""

    added_members_count: int


class WorkspaceMemberIN(WireModel):
    """Body of `POST /v1/admin/workspaces/{workspace_uuid}/add-users`."""

    members: list[WorkspaceMemberSingleIN] | None = None


class WorkspaceMemberSingleIN(WireModel):
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
    """Reply of `PATCH /v1/admin/workspaces/{workspace_uuid}/users`."""

    added_members_count: int
    updated_members_count: int


class RemoveWorkspaceMembersOUT(WireModel):
    """Reply of `DELETE /v1/admin/workspaces/{workspace_uuid}/remove-users`."""

    deleted_members_count: int
    not_deleted_members: list[str] | None = None


class BaseWorkspaceMemberIN(WireModel):
    user_uuid: str


class RemoveWorkspaceMembersIN(WireModel):
    """Body of `DELETE /v1/admin/workspaces/{workspace_uuid}/remove-users`."""

    members: list[BaseWorkspaceMemberIN]


ApiObjectType = Annotated[Literal["list"], Tolerant]
"""Type of API object for pagination responses."""
