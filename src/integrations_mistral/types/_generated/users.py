"""Users models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from .._base import WireModel

__all__ = [
    "ListOrganizationsResponse",
    "ListWorkspacesResponse",
    "UserIdentity",
    "UserIdentityApiKey",
    "UserIdentityOrganization",
    "UserIdentityWorkspace",
    "UserOrganization",
    "UserWorkspace",
]


class UserIdentity(WireModel):
    """Reply of `GET /v1/users/me`."""

    id: str
    email: str | None
    first_name: str | None
    last_name: str | None
    workspace: UserIdentityWorkspace | None = None
    organization: UserIdentityOrganization | None = None
    api_key: UserIdentityApiKey | None = None


class UserIdentityApiKey(WireModel):
    id: str
    name: str | None


class UserIdentityOrganization(WireModel):
    id: str
    name: str


class UserIdentityWorkspace(WireModel):
    id: str
    name: str


class ListOrganizationsResponse(WireModel):
    """Reply of `GET /v1/users/me/organizations`."""

    organizations: list[UserOrganization]


class UserOrganization(WireModel):
    id: str
    name: str


class ListWorkspacesResponse(WireModel):
    """Reply of `GET /v1/users/me/workspaces`."""

    workspaces: list[UserWorkspace]


class UserWorkspace(WireModel):
    id: str
    name: str
    organization_id: str
