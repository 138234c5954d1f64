"""`client.admin.workspaces`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator
from typing import Any, overload

from typing_extensions import Unpack

from ...types._generated.admin_workspaces import (
    AddOrUpdateUsersToWorkspaceOUT,
    AddUsersToWorkspaceOUT,
    AdminWorkspaceIn,
    BaseWorkspaceMemberIN,
    RemoveWorkspaceMembersIN,
    RemoveWorkspaceMembersOUT,
    UpdateWorkspaceIN,
    WorkspaceEnrichedOUT,
    WorkspaceMemberIN,
    WorkspaceMemberSingleIN,
    WorkspaceOUT,
    WorkspacesOut,
)
from .._base import RawResponses, Service, build_request, query, segment
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_pages

__all__ = [
    "AdminWorkspacesRawResponses",
    "AdminWorkspacesService",
    "SyncAdminWorkspacesRawResponses",
    "SyncAdminWorkspacesService",
]


class AdminWorkspacesService(Service):
    """`client.admin.workspaces`: (beta) Admin API - manage workspaces."""

    area = "admin.workspaces"

    @property
    def with_raw_response(self) -> AdminWorkspacesRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return AdminWorkspacesRawResponses(self)

    async def list(
        self,
        *,
        is_archived: bool | None = None,
        page: int | None = None,
        page_size: int | None = None,
        search: str | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkspacesOut:
        """Get Workspaces.

        List Workspaces in the Organization.
        """
        path = "/v1/admin/workspaces"
        return await self._call(
            "admin.workspaces.list",
            "GET",
            path,
            WorkspacesOut,
            params=query(is_archived=is_archived, page=page, page_size=page_size, search=search),
            options=options,
        )

    @takes_arguments_of(list)
    def iterate(self, **filters: Any) -> AsyncIterator[WorkspaceOUT]:
        """Every item `list` returns, page after page (its keyword arguments filter)."""
        return walk_pages(
            self.list, filters, page="page", first=1, size="page_size", items="items", total="total"
        )

    @overload
    async def create(
        self, request: AdminWorkspaceIn, **options: Unpack[CallOptions]
    ) -> WorkspaceEnrichedOUT: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        admin_user_id: str,
        description: str | None = None,
        icon: str | None = None,
        add_all_org_members: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkspaceEnrichedOUT: ...
    async def create(
        self,
        request: AdminWorkspaceIn | None = None,
        *,
        name: str | None = None,
        description: str | None = None,
        icon: str | None = None,
        add_all_org_members: bool | None = None,
        admin_user_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkspaceEnrichedOUT:
        """Create Workspace.

        Create a Workspace.
        """
        path = "/v1/admin/workspaces"
        return await self._call(
            "admin.workspaces.create",
            "POST",
            path,
            WorkspaceEnrichedOUT,
            body=build_request(
                AdminWorkspaceIn,
                request,
                {
                    "name": name,
                    "description": description,
                    "icon": icon,
                    "add_all_org_members": add_all_org_members,
                    "admin_user_id": admin_user_id,
                },
                options,
            ),
            options=options,
        )

    async def update(
        self,
        workspace_uuid: str,
        request: UpdateWorkspaceIN | None = None,
        *,
        name: str | None = None,
        description: str | None = None,
        icon: str | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkspaceOUT:
        """Update Workspaces.

        Update a Workspace.
        """
        path = f"/v1/admin/workspaces/{segment(workspace_uuid, 'workspace_uuid')}"
        return await self._call(
            "admin.workspaces.update",
            "PATCH",
            path,
            WorkspaceOUT,
            body=build_request(
                UpdateWorkspaceIN,
                request,
                {"name": name, "description": description, "icon": icon},
                options,
            ),
            options=options,
        )

    async def delete(self, workspace_uuid: str, **options: Unpack[CallOptions]) -> None:
        """Delete Workspaces.

        Archive a Workspace.
        """
        path = f"/v1/admin/workspaces/{segment(workspace_uuid, 'workspace_uuid')}"
        await self._raw("admin.workspaces.delete", "DELETE", path, options=options)

    async def add_users(
        self,
        workspace_uuid: str,
        request: WorkspaceMemberIN | None = None,
        *,
        members: builtins.list[WorkspaceMemberSingleIN | dict[str, Any]] | None = None,
        **options: Unpack[CallOptions],
    ) -> AddUsersToWorkspaceOUT:
        """Add Users Workspaces.

        Add members to a Workspace.
        """
        path = f"/v1/admin/workspaces/{segment(workspace_uuid, 'workspace_uuid')}/add-users"
        return await self._call(
            "admin.workspaces.add_users",
            "POST",
            path,
            AddUsersToWorkspaceOUT,
            body=build_request(WorkspaceMemberIN, request, {"members": members}, options),
            options=options,
        )

    async def add_or_update_users(
        self,
        workspace_uuid: str,
        request: WorkspaceMemberIN | None = None,
        *,
        members: builtins.list[WorkspaceMemberSingleIN | dict[str, Any]] | None = None,
        **options: Unpack[CallOptions],
    ) -> AddOrUpdateUsersToWorkspaceOUT:
        """Add Or Update Users Workspaces.

        Add or update Workspace members.
        """
        path = f"/v1/admin/workspaces/{segment(workspace_uuid, 'workspace_uuid')}/users"
        return await self._call(
            "admin.workspaces.add_or_update_users",
            "PATCH",
            path,
            AddOrUpdateUsersToWorkspaceOUT,
            body=build_request(WorkspaceMemberIN, request, {"members": members}, options),
            options=options,
        )

    @overload
    async def remove_users(
        self, workspace_uuid: str, request: RemoveWorkspaceMembersIN, **options: Unpack[CallOptions]
    ) -> RemoveWorkspaceMembersOUT: ...
    @overload
    async def remove_users(
        self,
        workspace_uuid: str,
        *,
        members: builtins.list[BaseWorkspaceMemberIN | dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> RemoveWorkspaceMembersOUT: ...
    async def remove_users(
        self,
        workspace_uuid: str,
        request: RemoveWorkspaceMembersIN | None = None,
        *,
        members: builtins.list[BaseWorkspaceMemberIN | dict[str, Any]] | None = None,
        **options: Unpack[CallOptions],
    ) -> RemoveWorkspaceMembersOUT:
        """Remove Users Workspaces.

        Remove members from a Workspace.
        """
        path = f"/v1/admin/workspaces/{segment(workspace_uuid, 'workspace_uuid')}/remove-users"
        return await self._call(
            "admin.workspaces.remove_users",
            "DELETE",
            path,
            RemoveWorkspaceMembersOUT,
            body=build_request(RemoveWorkspaceMembersIN, request, {"members": members}, options),
            options=options,
        )


class AdminWorkspacesRawResponses(RawResponses):
    """`admin.workspaces.with_raw_response`: each call answers `APIResponse[reply]`."""

    list = raw(AdminWorkspacesService.list)
    create = raw(AdminWorkspacesService.create)
    update = raw(AdminWorkspacesService.update)
    delete = raw(AdminWorkspacesService.delete)
    add_users = raw(AdminWorkspacesService.add_users)
    add_or_update_users = raw(AdminWorkspacesService.add_or_update_users)
    remove_users = raw(AdminWorkspacesService.remove_users)


class SyncAdminWorkspacesRawResponses(BlockingService):
    """`admin.workspaces.with_raw_response` of the blocking client."""

    list = blocking_raw(AdminWorkspacesService.list)
    create = blocking_raw(AdminWorkspacesService.create)
    update = blocking_raw(AdminWorkspacesService.update)
    delete = blocking_raw(AdminWorkspacesService.delete)
    add_users = blocking_raw(AdminWorkspacesService.add_users)
    add_or_update_users = blocking_raw(AdminWorkspacesService.add_or_update_users)
    remove_users = blocking_raw(AdminWorkspacesService.remove_users)


class SyncAdminWorkspacesService(BlockingService):
    """`admin.workspaces` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncAdminWorkspacesRawResponses)
    list = blocking(AdminWorkspacesService.list)
    create = blocking(AdminWorkspacesService.create)
    update = blocking(AdminWorkspacesService.update)
    delete = blocking(AdminWorkspacesService.delete)
    add_users = blocking(AdminWorkspacesService.add_users)
    add_or_update_users = blocking(AdminWorkspacesService.add_or_update_users)
    remove_users = blocking(AdminWorkspacesService.remove_users)
    iterate = blocking(AdminWorkspacesService.iterate)
