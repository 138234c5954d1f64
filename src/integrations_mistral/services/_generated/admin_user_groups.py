"""`client.admin.user_groups`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

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
    AssignGroupToWorkspaceIn,
    GroupWorkspaceAssignmentOut,
    GroupWorkspaceAssignmentsOut,
    NestedGroupsOut,
    SetNestedGroupsIn,
    UpdateGroupWorkspaceAssignmentIn,
    UpdateUserGroupOrganizationRoleIn,
)
from .._base import RawResponses, build_request, query, segment
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_pages
from .admin_user_groups_part import AdminUserGroupsServicePart

__all__ = [
    "AdminUserGroupsRawResponses",
    "AdminUserGroupsService",
    "SyncAdminUserGroupsRawResponses",
    "SyncAdminUserGroupsService",
]


class AdminUserGroupsService(AdminUserGroupsServicePart):
    """`client.admin.user_groups`: (beta) Admin API - manage user groups."""

    area = "admin.user_groups"

    @property
    def with_raw_response(self) -> AdminUserGroupsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return AdminUserGroupsRawResponses(self)

    @overload
    async def remove_members(
        self, group_uuid: str, request: AdminAssignUsersToGroupIn, **options: Unpack[CallOptions]
    ) -> None: ...
    @overload
    async def remove_members(
        self, group_uuid: str, *, user_uuids: list[str], **options: Unpack[CallOptions]
    ) -> None: ...
    async def remove_members(
        self,
        group_uuid: str,
        request: AdminAssignUsersToGroupIn | None = None,
        *,
        user_uuids: list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Remove Users From Group.

        Remove users from a user group.
        """
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}/members"
        await self._raw(
            "admin.user_groups.remove_members",
            "DELETE",
            path,
            body=build_request(
                AdminAssignUsersToGroupIn, request, {"user_uuids": user_uuids}, options
            ),
            options=options,
        )

    async def list_workspace_assignments(
        self,
        group_uuid: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> GroupWorkspaceAssignmentsOut:
        """Get Group Workspace Assignments.

        List workspace assignments for a user group.
        """
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}/workspaces"
        return await self._call(
            "admin.user_groups.list_workspace_assignments",
            "GET",
            path,
            GroupWorkspaceAssignmentsOut,
            params=query(page=page, page_size=page_size),
            options=options,
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
        self, group_uuid: str, request: AssignGroupToWorkspaceIn, **options: Unpack[CallOptions]
    ) -> None: ...
    @overload
    async def assign_to_workspace(
        self,
        group_uuid: str,
        *,
        workspace_uuid: str,
        role_names: list[
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
        roles: list[WorkspaceRole | StaticWorkspaceRoles] | None = None,
        role: WorkspaceRole | StaticWorkspaceRoles | None = None,
        **options: Unpack[CallOptions],
    ) -> None: ...
    async def assign_to_workspace(
        self,
        group_uuid: str,
        request: AssignGroupToWorkspaceIn | None = None,
        *,
        role_names: list[
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
        roles: list[WorkspaceRole | StaticWorkspaceRoles] | None = None,
        role: WorkspaceRole | StaticWorkspaceRoles | None = None,
        workspace_uuid: str | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Assign Group To Workspace.

        Assign a user group to a workspace.
        """
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}/workspaces"
        await self._raw(
            "admin.user_groups.assign_to_workspace",
            "POST",
            path,
            body=build_request(
                AssignGroupToWorkspaceIn,
                request,
                {
                    "role_names": role_names,
                    "roles": roles,
                    "role": role,
                    "workspace_uuid": workspace_uuid,
                },
                options,
            ),
            options=options,
        )

    async def update_workspace_assignment(
        self,
        group_uuid: str,
        workspace_uuid: str,
        request: UpdateGroupWorkspaceAssignmentIn | None = None,
        *,
        role_names: list[
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
        roles: list[WorkspaceRole | StaticWorkspaceRoles] | None = None,
        role: WorkspaceRole | StaticWorkspaceRoles | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Update Group Workspace Assignment.

        Update the workspace role assignment for a user group.
        """
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}/workspaces/{segment(workspace_uuid, 'workspace_uuid')}"
        await self._raw(
            "admin.user_groups.update_workspace_assignment",
            "PATCH",
            path,
            body=build_request(
                UpdateGroupWorkspaceAssignmentIn,
                request,
                {"role_names": role_names, "roles": roles, "role": role},
                options,
            ),
            options=options,
        )

    async def remove_from_workspace(
        self, group_uuid: str, workspace_uuid: str, **options: Unpack[CallOptions]
    ) -> None:
        """Remove Group From Workspace.

        Remove a user group from a workspace.
        """
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}/workspaces/{segment(workspace_uuid, 'workspace_uuid')}"
        await self._raw("admin.user_groups.remove_from_workspace", "DELETE", path, options=options)

    @overload
    async def update_organization_role(
        self,
        group_uuid: str,
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
        request: UpdateUserGroupOrganizationRoleIn | None = None,
        *,
        organization_role: UserRole | StaticOrganizationRoles | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Update User Group Organization Role.

        Update the organization role for a user group.
        """
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}/organization-role"
        await self._raw(
            "admin.user_groups.update_organization_role",
            "PATCH",
            path,
            body=build_request(
                UpdateUserGroupOrganizationRoleIn,
                request,
                {"organization_role": organization_role},
                options,
            ),
            options=options,
        )

    async def get_nested(self, group_uuid: str, **options: Unpack[CallOptions]) -> NestedGroupsOut:
        """Get Nested Groups Admin.

        List the groups directly nested inside this group.
        """
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}/nested"
        return await self._call(
            "admin.user_groups.get_nested", "GET", path, NestedGroupsOut, options=options
        )

    @overload
    async def set_nested(
        self, group_uuid: str, request: SetNestedGroupsIn, **options: Unpack[CallOptions]
    ) -> None: ...
    @overload
    async def set_nested(
        self, group_uuid: str, *, child_group_uuids: list[str], **options: Unpack[CallOptions]
    ) -> None: ...
    async def set_nested(
        self,
        group_uuid: str,
        request: SetNestedGroupsIn | None = None,
        *,
        child_group_uuids: list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Set Nested Groups Admin.

        Replace the set of groups directly nested inside this group.
        """
        path = f"/v1/admin/user-groups/{segment(group_uuid, 'group_uuid')}/nested"
        await self._raw(
            "admin.user_groups.set_nested",
            "PATCH",
            path,
            body=build_request(
                SetNestedGroupsIn, request, {"child_group_uuids": child_group_uuids}, options
            ),
            options=options,
        )


class AdminUserGroupsRawResponses(RawResponses):
    """`admin.user_groups.with_raw_response`: each call answers `APIResponse[reply]`."""

    list = raw(AdminUserGroupsService.list)
    create = raw(AdminUserGroupsService.create)
    provision_workspace = raw(AdminUserGroupsService.provision_workspace)
    get = raw(AdminUserGroupsService.get)
    update = raw(AdminUserGroupsService.update)
    delete = raw(AdminUserGroupsService.delete)
    list_members = raw(AdminUserGroupsService.list_members)
    add_members = raw(AdminUserGroupsService.add_members)
    remove_members = raw(AdminUserGroupsService.remove_members)
    list_workspace_assignments = raw(AdminUserGroupsService.list_workspace_assignments)
    assign_to_workspace = raw(AdminUserGroupsService.assign_to_workspace)
    update_workspace_assignment = raw(AdminUserGroupsService.update_workspace_assignment)
    remove_from_workspace = raw(AdminUserGroupsService.remove_from_workspace)
    update_organization_role = raw(AdminUserGroupsService.update_organization_role)
    get_nested = raw(AdminUserGroupsService.get_nested)
    set_nested = raw(AdminUserGroupsService.set_nested)


class SyncAdminUserGroupsRawResponses(BlockingService):
    """`admin.user_groups.with_raw_response` of the blocking client."""

    list = blocking_raw(AdminUserGroupsService.list)
    create = blocking_raw(AdminUserGroupsService.create)
    provision_workspace = blocking_raw(AdminUserGroupsService.provision_workspace)
    get = blocking_raw(AdminUserGroupsService.get)
    update = blocking_raw(AdminUserGroupsService.update)
    delete = blocking_raw(AdminUserGroupsService.delete)
    list_members = blocking_raw(AdminUserGroupsService.list_members)
    add_members = blocking_raw(AdminUserGroupsService.add_members)
    remove_members = blocking_raw(AdminUserGroupsService.remove_members)
    list_workspace_assignments = blocking_raw(AdminUserGroupsService.list_workspace_assignments)
    assign_to_workspace = blocking_raw(AdminUserGroupsService.assign_to_workspace)
    update_workspace_assignment = blocking_raw(AdminUserGroupsService.update_workspace_assignment)
    remove_from_workspace = blocking_raw(AdminUserGroupsService.remove_from_workspace)
    update_organization_role = blocking_raw(AdminUserGroupsService.update_organization_role)
    get_nested = blocking_raw(AdminUserGroupsService.get_nested)
    set_nested = blocking_raw(AdminUserGroupsService.set_nested)


class SyncAdminUserGroupsService(BlockingService):
    """`admin.user_groups` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncAdminUserGroupsRawResponses)
    list = blocking(AdminUserGroupsService.list)
    create = blocking(AdminUserGroupsService.create)
    provision_workspace = blocking(AdminUserGroupsService.provision_workspace)
    get = blocking(AdminUserGroupsService.get)
    update = blocking(AdminUserGroupsService.update)
    delete = blocking(AdminUserGroupsService.delete)
    list_members = blocking(AdminUserGroupsService.list_members)
    add_members = blocking(AdminUserGroupsService.add_members)
    remove_members = blocking(AdminUserGroupsService.remove_members)
    list_workspace_assignments = blocking(AdminUserGroupsService.list_workspace_assignments)
    assign_to_workspace = blocking(AdminUserGroupsService.assign_to_workspace)
    update_workspace_assignment = blocking(AdminUserGroupsService.update_workspace_assignment)
    remove_from_workspace = blocking(AdminUserGroupsService.remove_from_workspace)
    update_organization_role = blocking(AdminUserGroupsService.update_organization_role)
    get_nested = blocking(AdminUserGroupsService.get_nested)
    set_nested = blocking(AdminUserGroupsService.set_nested)
    iterate = blocking(AdminUserGroupsService.iterate)
    iterate_members = blocking(AdminUserGroupsService.iterate_members)
    iterate_workspace_assignments = blocking(AdminUserGroupsService.iterate_workspace_assignments)
