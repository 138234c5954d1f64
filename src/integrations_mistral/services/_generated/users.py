"""`client.users`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from typing_extensions import Unpack

from ...types._generated.users import (
    ListOrganizationsResponse,
    ListWorkspacesResponse,
    UserIdentity,
    UserOrganization,
    UserWorkspace,
)
from .._base import RawResponses, Service, query
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_offset

__all__ = ["SyncUsersRawResponses", "SyncUsersService", "UsersRawResponses", "UsersService"]


class UsersService(Service):
    """`client.users`: (beta) Users API."""

    area = "users"

    @property
    def with_raw_response(self) -> UsersRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return UsersRawResponses(self)

    async def get_identity(self, **options: Unpack[CallOptions]) -> UserIdentity:
        """Get Identity."""
        path = "/v1/users/me"
        return await self._call("users.get_identity", "GET", path, UserIdentity, options=options)

    async def list_organizations(
        self, *, offset: int | None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> ListOrganizationsResponse:
        """List Organizations.

        List every organization the authenticated user is a member of. Identity-only: the caller
        need not have selected an organization, so this reads only the user and never scopes by
        the active org.
        """
        path = "/v1/users/me/organizations"
        return await self._call(
            "users.list_organizations",
            "GET",
            path,
            ListOrganizationsResponse,
            params=query(offset=offset, limit=limit),
            options=options,
        )

    @takes_arguments_of(list_organizations)
    def iterate_organizations(self, **filters: Any) -> AsyncIterator[UserOrganization]:
        """Every item `list_organizations` returns, page after page (its keyword arguments filter)."""
        return walk_offset(
            self.list_organizations, filters, offset="offset", limit="limit", items="organizations"
        )

    async def list_workspaces(
        self,
        *,
        organization_id: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> ListWorkspacesResponse:
        """List Workspaces.

        List every workspace the authenticated user is a member of, across all their
        organizations, each tagged with the organization it belongs to.
        """
        path = "/v1/users/me/workspaces"
        return await self._call(
            "users.list_workspaces",
            "GET",
            path,
            ListWorkspacesResponse,
            params=query(organization_id=organization_id, offset=offset, limit=limit),
            options=options,
        )

    @takes_arguments_of(list_workspaces)
    def iterate_workspaces(self, **filters: Any) -> AsyncIterator[UserWorkspace]:
        """Every item `list_workspaces` returns, page after page (its keyword arguments filter)."""
        return walk_offset(
            self.list_workspaces, filters, offset="offset", limit="limit", items="workspaces"
        )


class UsersRawResponses(RawResponses):
    """`users.with_raw_response`: each call answers `APIResponse[reply]`."""

    get_identity = raw(UsersService.get_identity)
    list_organizations = raw(UsersService.list_organizations)
    list_workspaces = raw(UsersService.list_workspaces)


class SyncUsersRawResponses(BlockingService):
    """`users.with_raw_response` of the blocking client."""

    get_identity = blocking_raw(UsersService.get_identity)
    list_organizations = blocking_raw(UsersService.list_organizations)
    list_workspaces = blocking_raw(UsersService.list_workspaces)


class SyncUsersService(BlockingService):
    """`users` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncUsersRawResponses)
    get_identity = blocking(UsersService.get_identity)
    list_organizations = blocking(UsersService.list_organizations)
    list_workspaces = blocking(UsersService.list_workspaces)
    iterate_organizations = blocking(UsersService.iterate_organizations)
    iterate_workspaces = blocking(UsersService.iterate_workspaces)
