"""`client.admin.user_groups`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator
from typing import Any, Literal, overload

from typing_extensions import Unpack

from ...types._generated.admin import (
    StaticOrganizationRoles,
    StaticWorkspaceRoles,
    UserRole,
    WorkspaceRole,
)
from ...types._generated.admin_user_groups import (
    AdminAssignUsersToGroupIn,
    AdminProvisionGroupToWorkspaceIn,
    AdminUpdateUserGroupIn,
    AdminUserGroupIn,
    AdminUserGroupMemberOut,
    AdminUserGroupMembersOut,
    AdminUserGroupOut,
    AdminUserGroupsOut,
    AssignGroupToWorkspaceIn,
    GroupWorkspaceAssignmentOut,
    GroupWorkspaceAssignmentsOut,
    NestedGroupsOut,
    SetNestedGroupsIn,
    UpdateGroupWorkspaceAssignmentIn,
    UpdateUserGroupOrganizationRoleIn,
    UserGroupTargetType,
)
from .._base import Service, build_request, fields_of, query, segment
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_pages

__all__ = ["AdminUserGroupsService"]


class AdminUserGroupsService(Service):
    """`client.admin.user_groups`: (beta) Admin API - manage user groups."""

    area = "admin.user_groups"

    async def list(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        search: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AdminUserGroupsOut:
        """Get User Groups."""
        path = "/v1/admin/user-groups"
        return await self._caller.call(
            "admin.user_groups.list",
            "GET",
            path,
            AdminUserGroupsOut,
            params=query(page=page, page_size=page_size, search=search),
        )

    @takes_arguments_of(list)
    def iterate(self, **filters: Any) -> AsyncIterator[AdminUserGroupOut]:
        """Every item `list` returns, page after page (its keyword arguments filter)."""
        return walk_pages(
            self.list, filters, page="page", first=1, size="page_size", items="items", total="total"
        )

    @overload
    async def create(
        self, *, request: AdminUserGroupIn, **options: Unpack[CallOptions]
    ) -> AdminUserGroupOut: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        description: str | None = None,
        target_type: UserGroupTargetType | None = None,
        parent_group_ids: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> AdminUserGroupOut: ...
    async def create(
        self,
        *,
        name: str | None = None,
        description: str | None = None,
        target_type: UserGroupTargetType | None = None,
        parent_group_ids: builtins.list[str] | None = None,
        request: AdminUserGroupIn | None = None,
        **options: Unpack[CallOptions],
    ) -> AdminUserGroupOut:
        """Create User Group."""
        path = "/v1/admin/user-groups"
        return await self._caller.call(
            "admin.user_groups.create",
            "POST",
            path,
            AdminUserGroupOut,
            body=build_request(AdminUserGroupIn, request, fields_of(locals(), "path")),
        )

    @overload
    async def provision_workspace(
        self, *, request: AdminProvisionGroupToWorkspaceIn, **options: Unpack[CallOptions]
    ) -> None: ...
    @overload
    async def provision_workspace(
        self,
        *,
        user_group_uuid: str,
        workspace_uuid: str,
        workspace_role: WorkspaceRole | StaticWorkspaceRoles | None = None,
        workspace_role_name: Literal[
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
        ]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> None: ...
    async def provision_workspace(
        self,
        *,
        user_group_uuid: str | None = None,
        workspace_uuid: str | None = None,
        workspace_role: WorkspaceRole | StaticWorkspaceRoles | None = None,
        workspace_role_name: Literal[
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
        ]
        | None = None,
        request: AdminProvisionGroupToWorkspaceIn | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Provision Group To Workspace."""
        path = "/v1/admin/user-groups/provision-workspace"
        await self._caller.raw(
            "admin.user_groups.provision_workspace",
            "POST",
            path,
            body=build_request(
                AdminProvisionGroupToWorkspaceIn, request, fields_of(locals(), "path")
            ),
        )

    async def get(self, group_uuid: str, **options: Unpack[CallOptions]) -> AdminUserGroupOut:
        """Get User Group."""
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}"
        return await self._caller.call("admin.user_groups.get", "GET", path, AdminUserGroupOut)

    async def update(
        self,
        group_uuid: str,
        *,
        name: str | None = None,
        description: str | None = None,
        target_type: UserGroupTargetType | None = None,
        parent_group_ids: builtins.list[str] | None = None,
        request: AdminUpdateUserGroupIn | None = None,
        **options: Unpack[CallOptions],
    ) -> AdminUserGroupOut:
        """Update User Group."""
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}"
        return await self._caller.call(
            "admin.user_groups.update",
            "PATCH",
            path,
            AdminUserGroupOut,
            body=build_request(
                AdminUpdateUserGroupIn, request, fields_of(locals(), "path", "group_uuid")
            ),
        )

    async def delete(self, group_uuid: str, **options: Unpack[CallOptions]) -> None:
        """Delete User Group."""
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}"
        await self._caller.raw("admin.user_groups.delete", "DELETE", path)

    async def list_members(
        self,
        group_uuid: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AdminUserGroupMembersOut:
        """Get User Group Members."""
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}/members"
        return await self._caller.call(
            "admin.user_groups.list_members",
            "GET",
            path,
            AdminUserGroupMembersOut,
            params=query(page=page, page_size=page_size),
        )

    @takes_arguments_of(list_members)
    def iterate_members(self, **filters: Any) -> AsyncIterator[AdminUserGroupMemberOut]:
        """Every item `list_members` returns, page after page (its keyword arguments filter)."""
        return walk_pages(
            self.list_members,
            filters,
            page="page",
            first=1,
            size="page_size",
            items="members",
            total="total",
        )

    @overload
    async def add_members(
        self, group_uuid: str, *, request: AdminAssignUsersToGroupIn, **options: Unpack[CallOptions]
    ) -> None: ...
    @overload
    async def add_members(
        self, group_uuid: str, *, user_uuids: builtins.list[str], **options: Unpack[CallOptions]
    ) -> None: ...
    async def add_members(
        self,
        group_uuid: str,
        *,
        user_uuids: builtins.list[str] | None = None,
        request: AdminAssignUsersToGroupIn | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Assign Users To Group."""
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}/members"
        await self._caller.raw(
            "admin.user_groups.add_members",
            "POST",
            path,
            body=build_request(
                AdminAssignUsersToGroupIn, request, fields_of(locals(), "path", "group_uuid")
            ),
        )

    @overload
    async def remove_members(
        self, group_uuid: str, *, request: AdminAssignUsersToGroupIn, **options: Unpack[CallOptions]
    ) -> None: ...
    @overload
    async def remove_members(
        self, group_uuid: str, *, user_uuids: builtins.list[str], **options: Unpack[CallOptions]
    ) -> None: ...
    async def remove_members(
        self,
        group_uuid: str,
        *,
        user_uuids: builtins.list[str] | None = None,
        request: AdminAssignUsersToGroupIn | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Remove Users From Group."""
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}/members"
        await self._caller.raw(
            "admin.user_groups.remove_members",
            "DELETE",
            path,
            body=build_request(
                AdminAssignUsersToGroupIn, request, fields_of(locals(), "path", "group_uuid")
            ),
        )

    async def list_workspace_assignments(
        self,
        group_uuid: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> GroupWorkspaceAssignmentsOut:
        """Get Group Workspace Assignments."""
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}/workspaces"
        return await self._caller.call(
            "admin.user_groups.list_workspace_assignments",
            "GET",
            path,
            GroupWorkspaceAssignmentsOut,
            params=query(page=page, page_size=page_size),
        )

    @takes_arguments_of(list_workspace_assignments)
    def iterate_workspace_assignments(
        self, **filters: Any
    ) -> AsyncIterator[GroupWorkspaceAssignmentOut]:
        """Every item `list_workspace_assignments` returns, page after page (its keyword arguments filter)."""
        return walk_pages(
            self.list_workspace_assignments,
            filters,
            page="page",
            first=1,
            size="page_size",
            items="items",
            total="total",
        )

    @overload
    async def assign_to_workspace(
        self, group_uuid: str, *, request: AssignGroupToWorkspaceIn, **options: Unpack[CallOptions]
    ) -> None: ...
    @overload
    async def assign_to_workspace(
        self,
        group_uuid: str,
        *,
        workspace_uuid: str,
        role_names: builtins.list[
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
            ]
        ]
        | None = None,
        roles: builtins.list[WorkspaceRole | StaticWorkspaceRoles] | None = None,
        role: WorkspaceRole | StaticWorkspaceRoles | None = None,
        **options: Unpack[CallOptions],
    ) -> None: ...
    async def assign_to_workspace(
        self,
        group_uuid: str,
        *,
        role_names: builtins.list[
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
            ]
        ]
        | None = None,
        roles: builtins.list[WorkspaceRole | StaticWorkspaceRoles] | None = None,
        role: WorkspaceRole | StaticWorkspaceRoles | None = None,
        workspace_uuid: str | None = None,
        request: AssignGroupToWorkspaceIn | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Assign Group To Workspace."""
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}/workspaces"
        await self._caller.raw(
            "admin.user_groups.assign_to_workspace",
            "POST",
            path,
            body=build_request(
                AssignGroupToWorkspaceIn, request, fields_of(locals(), "path", "group_uuid")
            ),
        )

    async def update_workspace_assignment(
        self,
        group_uuid: str,
        workspace_uuid: str,
        *,
        role_names: builtins.list[
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
            ]
        ]
        | None = None,
        roles: builtins.list[WorkspaceRole | StaticWorkspaceRoles] | None = None,
        role: WorkspaceRole | StaticWorkspaceRoles | None = None,
        request: UpdateGroupWorkspaceAssignmentIn | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Update Group Workspace Assignment."""
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}/workspaces/{segment(workspace_uuid, 'workspace_uuid')}"
        await self._caller.raw(
            "admin.user_groups.update_workspace_assignment",
            "PATCH",
            path,
            body=build_request(
                UpdateGroupWorkspaceAssignmentIn,
                request,
                fields_of(locals(), "path", "group_uuid", "workspace_uuid"),
            ),
        )

    async def remove_from_workspace(
        self, group_uuid: str, workspace_uuid: str, **options: Unpack[CallOptions]
    ) -> None:
        """Remove Group From Workspace."""
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}/workspaces/{segment(workspace_uuid, 'workspace_uuid')}"
        await self._caller.raw("admin.user_groups.remove_from_workspace", "DELETE", path)

    @overload
    async def update_organization_role(
        self,
        group_uuid: str,
        *,
        request: UpdateUserGroupOrganizationRoleIn,
        **options: Unpack[CallOptions],
    ) -> None: ...
    @overload
    async def update_organization_role(
        self,
        group_uuid: str,
        *,
        organization_role: UserRole | StaticOrganizationRoles,
        **options: Unpack[CallOptions],
    ) -> None: ...
    async def update_organization_role(
        self,
        group_uuid: str,
        *,
        organization_role: UserRole | StaticOrganizationRoles | None = None,
        request: UpdateUserGroupOrganizationRoleIn | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Update User Group Organization Role."""
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}/organization-role"
        await self._caller.raw(
            "admin.user_groups.update_organization_role",
            "PATCH",
            path,
            body=build_request(
                UpdateUserGroupOrganizationRoleIn,
                request,
                fields_of(locals(), "path", "group_uuid"),
            ),
        )

    async def get_nested(self, group_uuid: str, **options: Unpack[CallOptions]) -> NestedGroupsOut:
        """Get Nested Groups Admin."""
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}/nested"
        return await self._caller.call("admin.user_groups.get_nested", "GET", path, NestedGroupsOut)

    @overload
    async def set_nested(
        self, group_uuid: str, *, request: SetNestedGroupsIn, **options: Unpack[CallOptions]
    ) -> None: ...
    @overload
    async def set_nested(
        self,
        group_uuid: str,
        *,
        child_group_uuids: builtins.list[str],
        **options: Unpack[CallOptions],
    ) -> None: ...
    async def set_nested(
        self,
        group_uuid: str,
        *,
        child_group_uuids: builtins.list[str] | None = None,
        request: SetNestedGroupsIn | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Set Nested Groups Admin."""
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}/nested"
        await self._caller.raw(
            "admin.user_groups.set_nested",
            "PATCH",
            path,
            body=build_request(
                SetNestedGroupsIn, request, fields_of(locals(), "path", "group_uuid")
            ),
        )
