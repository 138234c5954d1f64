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
from .._base import Service, query
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_offset

__all__ = ["UsersService"]


class UsersService(Service):
    """`client.users`: (beta) Users API."""

    area = "users"

    async def get_identity(self, **options: Unpack[CallOptions]) -> UserIdentity:
        """Get Identity."""
        path = "/v1/users/me"
        return await self._caller.call("users.get_identity", "GET", path, UserIdentity)

    async def list_organizations(
        self, *, offset: int | None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> ListOrganizationsResponse:
        """List Organizations."""
        path = "/v1/users/me/organizations"
        return await self._caller.call(
            "users.list_organizations",
            "GET",
            path,
            ListOrganizationsResponse,
            params=query(offset=offset, limit=limit),
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
        """List Workspaces."""
        path = "/v1/users/me/workspaces"
        return await self._caller.call(
            "users.list_workspaces",
            "GET",
            path,
            ListWorkspacesResponse,
            params=query(organization_id=organization_id, offset=offset, limit=limit),
        )

    @takes_arguments_of(list_workspaces)
    def iterate_workspaces(self, **filters: Any) -> AsyncIterator[UserWorkspace]:
        """Every item `list_workspaces` returns, page after page (its keyword arguments filter)."""
        return walk_offset(
            self.list_workspaces, filters, offset="offset", limit="limit", items="workspaces"
        )
