"""`client.admin.user_groups`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator
from typing import Any, Literal, overload

from typing_extensions import Unpack

from ...types._generated.admin import StaticWorkspaceRoles, WorkspaceRole
from ...types._generated.admin_user_groups import (
    AdminAssignUsersToGroupIn,
    AdminProvisionGroupToWorkspaceIn,
    AdminUpdateUserGroupIn,
    AdminUserGroupIn,
    AdminUserGroupMemberOut,
    AdminUserGroupMembersOut,
    AdminUserGroupOut,
    AdminUserGroupsOut,
    UserGroupTargetType,
)
from .._base import Service, build_request, query, segment
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_pages

__all__ = ["AdminUserGroupsServicePart"]


class AdminUserGroupsServicePart(Service):
    """The first operations of `client.admin.user_groups`; `AdminUserGroupsService` adds the others (one class in two modules, to keep files short)."""

    area = "admin.user_groups"

    async def list(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        search: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AdminUserGroupsOut:
        """Get User Groups.

        Get all user groups across the organization.
        """
        path = "/v1/admin/user-groups"
        return await self._call(
            "admin.user_groups.list",
            "GET",
            path,
            AdminUserGroupsOut,
            params=query(page=page, page_size=page_size, search=search),
            options=options,
        )

    @takes_arguments_of(list)
    def iterate(self, **filters: Any) -> AsyncIterator[AdminUserGroupOut]:
        """Every item `list` returns, page after page (its keyword arguments filter)."""
        return walk_pages(
            self.list, filters, page="page", first=1, size="page_size", items="items", total="total"
        )

    @overload
    async def create(
        self, request: AdminUserGroupIn, **options: Unpack[CallOptions]
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
        request: AdminUserGroupIn | None = None,
        *,
        name: str | None = None,
        description: str | None = None,
        target_type: UserGroupTargetType | None = None,
        parent_group_ids: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> AdminUserGroupOut:
        """Create User Group.

        Create a new user group.
        """
        path = "/v1/admin/user-groups"
        return await self._call(
            "admin.user_groups.create",
            "POST",
            path,
            AdminUserGroupOut,
            body=build_request(
                AdminUserGroupIn,
                request,
                {
                    "name": name,
                    "description": description,
                    "target_type": target_type,
                    "parent_group_ids": parent_group_ids,
                },
                options,
            ),
            options=options,
        )

    @overload
    async def provision_workspace(
        self, request: AdminProvisionGroupToWorkspaceIn, **options: Unpack[CallOptions]
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
        request: AdminProvisionGroupToWorkspaceIn | None = None,
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
        **options: Unpack[CallOptions],
    ) -> None:
        """Provision Group To Workspace.

        Provision all users from a user group to a workspace with a specific role.
        """
        path = "/v1/admin/user-groups/provision-workspace"
        await self._raw(
            "admin.user_groups.provision_workspace",
            "POST",
            path,
            body=build_request(
                AdminProvisionGroupToWorkspaceIn,
                request,
                {
                    "user_group_uuid": user_group_uuid,
                    "workspace_uuid": workspace_uuid,
                    "workspace_role": workspace_role,
                    "workspace_role_name": workspace_role_name,
                },
                options,
            ),
            options=options,
        )

    async def get(self, group_uuid: str, **options: Unpack[CallOptions]) -> AdminUserGroupOut:
        """Get User Group.

        Get a specific user group.
        """
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}"
        return await self._call(
            "admin.user_groups.get", "GET", path, AdminUserGroupOut, options=options
        )

    async def update(
        self,
        group_uuid: str,
        request: AdminUpdateUserGroupIn | None = None,
        *,
        name: str | None = None,
        description: str | None = None,
        target_type: UserGroupTargetType | None = None,
        parent_group_ids: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> AdminUserGroupOut:
        """Update User Group.

        Update a user group.
        """
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}"
        return await self._call(
            "admin.user_groups.update",
            "PATCH",
            path,
            AdminUserGroupOut,
            body=build_request(
                AdminUpdateUserGroupIn,
                request,
                {
                    "name": name,
                    "description": description,
                    "target_type": target_type,
                    "parent_group_ids": parent_group_ids,
                },
                options,
            ),
            options=options,
        )

    async def delete(self, group_uuid: str, **options: Unpack[CallOptions]) -> None:
        """Delete User Group.

        Delete a user group.
        """
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}"
        await self._raw("admin.user_groups.delete", "DELETE", path, options=options)

    async def list_members(
        self,
        group_uuid: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AdminUserGroupMembersOut:
        """Get User Group Members.

        Get members of a user group.
        """
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}/members"
        return await self._call(
            "admin.user_groups.list_members",
            "GET",
            path,
            AdminUserGroupMembersOut,
            params=query(page=page, page_size=page_size),
            options=options,
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
        self, group_uuid: str, request: AdminAssignUsersToGroupIn, **options: Unpack[CallOptions]
    ) -> None: ...
    @overload
    async def add_members(
        self, group_uuid: str, *, user_uuids: builtins.list[str], **options: Unpack[CallOptions]
    ) -> None: ...
    async def add_members(
        self,
        group_uuid: str,
        request: AdminAssignUsersToGroupIn | None = None,
        *,
        user_uuids: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Assign Users To Group.

        Assign users to a user group.
        """
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}/members"
        await self._raw(
            "admin.user_groups.add_members",
            "POST",
            path,
            body=build_request(
                AdminAssignUsersToGroupIn, request, {"user_uuids": user_uuids}, options
            ),
            options=options,
        )
