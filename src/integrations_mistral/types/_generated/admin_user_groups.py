"""Admin user groups models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Literal

from .._base import Tolerant, WireModel
from .admin import StaticOrganizationRoles, StaticWorkspaceRoles, UserRole, WorkspaceRole

__all__ = [
    "AdminAssignUsersToGroupIn",
    "AdminProvisionGroupToWorkspaceIn",
    "AdminUpdateUserGroupIn",
    "AdminUserGroupIn",
    "AdminUserGroupMemberOut",
    "AdminUserGroupMembersOut",
    "AdminUserGroupOut",
    "AdminUserGroupsOut",
    "AssignGroupToWorkspaceIn",
    "GroupWorkspaceAssignmentOut",
    "GroupWorkspaceAssignmentsOut",
    "NestedGroupRef",
    "NestedGroupsOut",
    "SetNestedGroupsIn",
    "UpdateGroupWorkspaceAssignmentIn",
    "UpdateUserGroupOrganizationRoleIn",
    "UserGroupTargetType",
    "WorkspaceRoleRef",
]


class AdminUserGroupOut(WireModel):
    """Reply of `POST /v1/admin/user-groups`."""

    uuid: str
    name: str
    description: str | None
    externally_managed: bool | None = None
    target_type: UserGroupTargetType | None = None
    organization_role: str | None = None
    parent_group_ids: list[str] | None = None


class AdminUserGroupsOut(WireModel):
    """Reply of `GET /v1/admin/user-groups`."""

    total: int
    items: list[AdminUserGroupOut]
    page: int
    page_size: int


class AdminUserGroupIn(WireModel):
    """Body of `POST /v1/admin/user-groups`."""

    name: str
    description: str | None = None
    target_type: UserGroupTargetType | None = None
    parent_group_ids: list[str] | None = None


class AdminProvisionGroupToWorkspaceIn(WireModel):
    """Body of `POST /v1/admin/user-groups/provision-workspace`."""

    user_group_uuid: str
    workspace_uuid: str
    workspace_role: Annotated[WorkspaceRole | StaticWorkspaceRoles, Tolerant] | None = None
    workspace_role_name: (
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


class AdminUpdateUserGroupIn(WireModel):
    """Body of `PATCH /v1/admin/user-groups/{group_uuid}`."""

    name: str | None = None
    description: str | None = None
    target_type: UserGroupTargetType | None = None
    parent_group_ids: list[str] | None = None


class AdminUserGroupMemberOut(WireModel):
    user_uuid: str
    name: str | None
    email: str | None


class AdminUserGroupMembersOut(WireModel):
    """Reply of `GET /v1/admin/user-groups/{group_uuid}/members`."""

    total: int
    members: list[AdminUserGroupMemberOut]
    page: int
    page_size: int


class AdminAssignUsersToGroupIn(WireModel):
    """Body of `POST /v1/admin/user-groups/{group_uuid}/members`."""

    user_uuids: list[str]


class GroupWorkspaceAssignmentOut(WireModel):
    roles: list[WorkspaceRoleRef]
    role_uuid: str | None = None
    role_name: str | None = None
    workspace_uuid: str
    workspace_name: str
    created: str


class GroupWorkspaceAssignmentsOut(WireModel):
    """Reply of `GET /v1/admin/user-groups/{group_uuid}/workspaces`."""

    total: int
    items: list[GroupWorkspaceAssignmentOut]
    page: int
    page_size: int


class WorkspaceRoleRef(WireModel):
    name: str
    uuid: str


class AssignGroupToWorkspaceIn(WireModel):
    """Body of `POST /v1/admin/user-groups/{group_uuid}/workspaces`."""

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
    roles: list[Annotated[WorkspaceRole | StaticWorkspaceRoles, Tolerant]] | None = None
    role: Annotated[WorkspaceRole | StaticWorkspaceRoles, Tolerant] | None = None
    workspace_uuid: str


class UpdateGroupWorkspaceAssignmentIn(WireModel):
    """Body of `PATCH /v1/admin/user-groups/{group_uuid}/workspaces/{workspace_uuid}`."""

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
    roles: list[Annotated[WorkspaceRole | StaticWorkspaceRoles, Tolerant]] | None = None
    role: Annotated[WorkspaceRole | StaticWorkspaceRoles, Tolerant] | None = None


class UpdateUserGroupOrganizationRoleIn(WireModel):
    """Body of `PATCH /v1/admin/user-groups/{group_uuid}/organization-role`."""

    organization_role: Annotated[UserRole | StaticOrganizationRoles, Tolerant]


class NestedGroupRef(WireModel):
    uuid: str
    name: str


class NestedGroupsOut(WireModel):
    """Reply of `GET /v1/admin/user-groups/{group_uuid}/nested`."""

    children: list[NestedGroupRef]


class SetNestedGroupsIn(WireModel):
    """Body of `PATCH /v1/admin/user-groups/{group_uuid}/nested`."""

    child_group_uuids: list[str]


UserGroupTargetType = Annotated[Literal["W", "O"], Tolerant]
