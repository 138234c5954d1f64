"""`client.admin.users`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator
from typing import Any, Literal, overload

from pydantic import RootModel
from typing_extensions import Unpack

from ...types._generated.admin import StaticOrganizationRoles, UserRole
from ...types._generated.admin_users import (
    AdminOrganizationMemberOUT,
    AdminOrganizationMemberUpdate,
    AdminUserOUT,
    DeleteOUT,
    OrganizationAdminUsersOUT,
    OrganizationInviteIN,
    OrganizationInvitesCreateOUT,
    OrganizationMemberCreate,
    OrganizationUserInviteOUT,
    OrganizationUsersCreateOUT,
    PlanType,
    RolesOut,
)
from .._base import RawResponses, Service, build_request, json_body, query, segment
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_pages

__all__ = [
    "AdminUsersRawResponses",
    "AdminUsersService",
    "SyncAdminUsersRawResponses",
    "SyncAdminUsersService",
]

_CreateBody = RootModel[builtins.list[OrganizationMemberCreate]]
_ListInvitesResult = RootModel[list[OrganizationUserInviteOUT]]


class AdminUsersService(Service):
    """`client.admin.users`: (beta) Admin API - manage users."""

    area = "admin.users"

    @property
    def with_raw_response(self) -> AdminUsersRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return AdminUsersRawResponses(self)

    async def list(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        email: str | None = None,
        **options: Unpack[CallOptions],
    ) -> OrganizationAdminUsersOUT:
        """Get Users.

        List Organization members and pending invitations.
        """
        path = "/v1/admin/users"
        return await self._call(
            "admin.users.list",
            "GET",
            path,
            OrganizationAdminUsersOUT,
            params=query(page=page, page_size=page_size, email=email),
            options=options,
        )

    @takes_arguments_of(list)
    def iterate(self, **filters: Any) -> AsyncIterator[AdminOrganizationMemberOUT]:
        """Every item `list` returns, page after page (its keyword arguments filter)."""
        return walk_pages(
            self.list,
            filters,
            page="page",
            first=1,
            size="page_size",
            items="members",
            total="total",
        )

    async def create(
        self,
        *,
        users: builtins.list[OrganizationMemberCreate | dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> OrganizationUsersCreateOUT:
        """Create Users.

        Create Organization members.
        """
        path = "/v1/admin/users"
        return await self._call(
            "admin.users.create",
            "POST",
            path,
            OrganizationUsersCreateOUT,
            body=json_body(_CreateBody, users, "users"),
            options=options,
        )

    async def list_invites(
        self, **options: Unpack[CallOptions]
    ) -> builtins.list[OrganizationUserInviteOUT]:
        """Get Invite.

        List pending Organization invitations.
        """
        path = "/v1/admin/users-invite"
        return (
            await self._call(
                "admin.users.list_invites", "GET", path, _ListInvitesResult, options=options
            )
        ).root

    @overload
    async def invite(
        self, request: OrganizationInviteIN, **options: Unpack[CallOptions]
    ) -> OrganizationInvitesCreateOUT: ...
    @overload
    async def invite(
        self,
        *,
        email: str,
        role_names: builtins.list[Literal["member", "billing_manager", "organization_admin"]]
        | None = None,
        roles: builtins.list[UserRole] | builtins.list[StaticOrganizationRoles] | None = None,
        role_name: Literal["member", "billing_manager", "organization_admin"] | None = None,
        role: UserRole | StaticOrganizationRoles | None = None,
        subscription_type: PlanType | None = None,
        subscription_types: builtins.list[PlanType] | None = None,
        subscription_seat_automatic_granting: bool | None = None,
        email_language: Literal["en", "fr", "es", "de", "it", "pt_br", "pl", "ar", "nl"]
        | None = None,
        workspace_uuids: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> OrganizationInvitesCreateOUT: ...
    async def invite(
        self,
        request: OrganizationInviteIN | None = None,
        *,
        role_names: builtins.list[Literal["member", "billing_manager", "organization_admin"]]
        | None = None,
        roles: builtins.list[UserRole] | builtins.list[StaticOrganizationRoles] | None = None,
        role_name: Literal["member", "billing_manager", "organization_admin"] | None = None,
        role: UserRole | StaticOrganizationRoles | None = None,
        email: str | None = None,
        subscription_type: PlanType | None = None,
        subscription_types: builtins.list[PlanType] | None = None,
        subscription_seat_automatic_granting: bool | None = None,
        email_language: Literal["en", "fr", "es", "de", "it", "pt_br", "pl", "ar", "nl"]
        | None = None,
        workspace_uuids: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> OrganizationInvitesCreateOUT:
        """Invite Users.

        Invite users to the Organization.
        """
        path = "/v1/admin/users-invite"
        return await self._call(
            "admin.users.invite",
            "POST",
            path,
            OrganizationInvitesCreateOUT,
            body=build_request(
                OrganizationInviteIN,
                request,
                {
                    "role_names": role_names,
                    "roles": roles,
                    "role_name": role_name,
                    "role": role,
                    "email": email,
                    "subscription_type": subscription_type,
                    "subscription_types": subscription_types,
                    "subscription_seat_automatic_granting": subscription_seat_automatic_granting,
                    "email_language": email_language,
                    "workspace_uuids": workspace_uuids,
                },
                options,
            ),
            options=options,
        )

    async def delete_invite(self, invite_uuid: str, **options: Unpack[CallOptions]) -> DeleteOUT:
        """Delete Invite."""
        path = f"/v1/admin/users-invite/{segment(invite_uuid, 'invite_uuid')}"
        return await self._call(
            "admin.users.delete_invite", "DELETE", path, DeleteOUT, options=options
        )

    async def get(self, user_id: str, **options: Unpack[CallOptions]) -> AdminUserOUT:
        """Get User.

        Get details for an Organization member.
        """
        path = f"/v1/admin/users/{segment(user_id, 'user_id')}"
        return await self._call("admin.users.get", "GET", path, AdminUserOUT, options=options)

    async def update(
        self,
        user_id: str,
        request: AdminOrganizationMemberUpdate | None = None,
        *,
        role_names: builtins.list[Literal["member", "billing_manager", "organization_admin"]]
        | None = None,
        roles: builtins.list[UserRole] | builtins.list[StaticOrganizationRoles] | None = None,
        role_name: Literal["member", "billing_manager", "organization_admin"] | None = None,
        role: UserRole | StaticOrganizationRoles | None = None,
        subscription_types: builtins.list[Literal["CHAT", "MISTRAL_CODE"]] | None = None,
        **options: Unpack[CallOptions],
    ) -> AdminOrganizationMemberOUT:
        """Update User.

        Update an Organization member's roles and product seats.
        """
        path = f"/v1/admin/users/{segment(user_id, 'user_id')}"
        return await self._call(
            "admin.users.update",
            "PATCH",
            path,
            AdminOrganizationMemberOUT,
            body=build_request(
                AdminOrganizationMemberUpdate,
                request,
                {
                    "role_names": role_names,
                    "roles": roles,
                    "role_name": role_name,
                    "role": role,
                    "subscription_types": subscription_types,
                },
                options,
            ),
            options=options,
        )

    async def delete(self, user_id: str, **options: Unpack[CallOptions]) -> DeleteOUT:
        """Delete User.

        Remove a member from the Organization.
        """
        path = f"/v1/admin/users/{segment(user_id, 'user_id')}"
        return await self._call("admin.users.delete", "DELETE", path, DeleteOUT, options=options)

    async def get_roles(self, **options: Unpack[CallOptions]) -> RolesOut:
        """Get Roles.

        List Organization and Workspace roles.
        """
        path = "/v1/admin/roles"
        return await self._call("admin.users.get_roles", "GET", path, RolesOut, options=options)


class AdminUsersRawResponses(RawResponses):
    """`admin.users.with_raw_response`: each call answers `APIResponse[reply]`."""

    list = raw(AdminUsersService.list)
    create = raw(AdminUsersService.create)
    list_invites = raw(AdminUsersService.list_invites)
    invite = raw(AdminUsersService.invite)
    delete_invite = raw(AdminUsersService.delete_invite)
    get = raw(AdminUsersService.get)
    update = raw(AdminUsersService.update)
    delete = raw(AdminUsersService.delete)
    get_roles = raw(AdminUsersService.get_roles)


class SyncAdminUsersRawResponses(BlockingService):
    """`admin.users.with_raw_response` of the blocking client."""

    list = blocking_raw(AdminUsersService.list)
    create = blocking_raw(AdminUsersService.create)
    list_invites = blocking_raw(AdminUsersService.list_invites)
    invite = blocking_raw(AdminUsersService.invite)
    delete_invite = blocking_raw(AdminUsersService.delete_invite)
    get = blocking_raw(AdminUsersService.get)
    update = blocking_raw(AdminUsersService.update)
    delete = blocking_raw(AdminUsersService.delete)
    get_roles = blocking_raw(AdminUsersService.get_roles)


class SyncAdminUsersService(BlockingService):
    """`admin.users` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncAdminUsersRawResponses)
    list = blocking(AdminUsersService.list)
    create = blocking(AdminUsersService.create)
    list_invites = blocking(AdminUsersService.list_invites)
    invite = blocking(AdminUsersService.invite)
    delete_invite = blocking(AdminUsersService.delete_invite)
    get = blocking(AdminUsersService.get)
    update = blocking(AdminUsersService.update)
    delete = blocking(AdminUsersService.delete)
    get_roles = blocking(AdminUsersService.get_roles)
    iterate = blocking(AdminUsersService.iterate)
