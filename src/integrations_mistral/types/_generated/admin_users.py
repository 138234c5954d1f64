"""Admin users models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Literal

from .._base import Tolerant, WireModel
from .admin import StaticOrganizationRoles, StaticWorkspaceRoles, UserRole, WorkspaceRole

__all__ = [
    "APIPlan",
    "AdminOrganizationMemberOUT",
    "AdminOrganizationMemberUpdate",
    "AdminUserOUT",
    "ChatPlan",
    "CodePlan",
    "DeleteOUT",
    "MemberSubscriptionOUT",
    "MemberWorkspaceInfo",
    "OrganizationAdminUsersOUT",
    "OrganizationInviteIN",
    "OrganizationInviteOUT",
    "OrganizationInvitesCreateOUT",
    "OrganizationMemberCreate",
    "OrganizationUserInviteOUT",
    "OrganizationUsersCreateOUT",
    "PlanType",
    "RoleOut",
    "RolesOut",
    "SubscriptionStatus",
]


class AdminOrganizationMemberOUT(WireModel):
    """Reply of `PATCH /v1/admin/users/{user_id}`."""

    uuid: str
    oid_id: str | None
    name: str | None
    email: str | None
    is_sso_outsider: bool | None = None
    workspaces: list[MemberWorkspaceInfo] | None = None
    subscriptions: list[MemberSubscriptionOUT] | None = None
    raw_roles: list[UserRole] | list[StaticOrganizationRoles]
    raw_role: Annotated[UserRole | StaticOrganizationRoles, Tolerant]
    subscription_types: list[Annotated[Literal["CHAT", "MISTRAL_CODE"], Tolerant]] | None = None
    created_at: str


class MemberSubscriptionOUT(WireModel):
    type: PlanType
    plan: Annotated[APIPlan | ChatPlan | CodePlan, Tolerant] | None = None
    status: SubscriptionStatus | None = None
    user: str | None = None
    self_service: bool | None = None
    member_has_access: bool | None = None


class MemberWorkspaceInfo(WireModel):
    uuid: str
    name: str
    is_default: bool
    raw_roles: list[WorkspaceRole] | list[StaticWorkspaceRoles]
    raw_role: Annotated[WorkspaceRole | StaticWorkspaceRoles, Tolerant]


class OrganizationAdminUsersOUT(WireModel):
    """Reply of `GET /v1/admin/users`."""

    members: list[AdminOrganizationMemberOUT]
    invites: list[OrganizationInviteOUT]
    total: int | None
    page: int | None
    page_size: int | None


class OrganizationInviteOUT(WireModel):
    uuid: str
    raw_roles: list[UserRole] | list[StaticOrganizationRoles]
    raw_role: Annotated[UserRole | StaticOrganizationRoles, Tolerant]
    email: str
    expired: bool
    created_at: str
    workspace_uuids: list[str] | None = None


class OrganizationUsersCreateOUT(WireModel):
    """Reply of `POST /v1/admin/users`."""

    invalid_emails: list[str]
    email_to_user_id: dict[str, str]


class OrganizationMemberCreate(WireModel):
    role_names: (
        list[Annotated[Literal["member", "billing_manager", "organization_admin"], Tolerant]] | None
    ) = None
    roles: list[UserRole] | list[StaticOrganizationRoles] | None = None
    role_name: (
        Annotated[Literal["member", "billing_manager", "organization_admin"], Tolerant] | None
    ) = None
    role: Annotated[UserRole | StaticOrganizationRoles, Tolerant] | None = None
    email: str
    first_name: str
    last_name: str
    subscription_types: list[PlanType] | None = None


class OrganizationInvitesCreateOUT(WireModel):
    """Reply of `POST /v1/admin/users-invite`."""

    invalid_emails: list[str]
    already_members: list[str]
    invited_members_count: int | None = None


class OrganizationInviteIN(WireModel):
    """Body of `POST /v1/admin/users-invite`."""

    role_names: (
        list[Annotated[Literal["member", "billing_manager", "organization_admin"], Tolerant]] | None
    ) = None
    roles: list[UserRole] | list[StaticOrganizationRoles] | None = None
    role_name: (
        Annotated[Literal["member", "billing_manager", "organization_admin"], Tolerant] | None
    ) = None
    role: Annotated[UserRole | StaticOrganizationRoles, Tolerant] | None = None
    email: str
    subscription_type: PlanType | None = None
    subscription_types: list[PlanType] | None = None
    subscription_seat_automatic_granting: bool | None = None
    email_language: (
        Annotated[Literal["en", "fr", "es", "de", "it", "pt_br", "pl", "ar", "nl"], Tolerant] | None
    ) = None
    workspace_uuids: list[str] | None = None


class OrganizationUserInviteOUT(WireModel):
    invite_uuid: str
    email: str | None
    roles: list[UserRole] | list[StaticOrganizationRoles]
    role: Annotated[UserRole | StaticOrganizationRoles, Tolerant]


class DeleteOUT(WireModel):
    """Reply of `DELETE /v1/admin/users-invite/{invite_uuid}`."""

    message: str


class AdminOrganizationMemberUpdate(WireModel):
    """Body of `PATCH /v1/admin/users/{user_id}`."""

    role_names: (
        list[Annotated[Literal["member", "billing_manager", "organization_admin"], Tolerant]] | None
    ) = None
    roles: list[UserRole] | list[StaticOrganizationRoles] | None = None
    role_name: (
        Annotated[Literal["member", "billing_manager", "organization_admin"], Tolerant] | None
    ) = None
    role: Annotated[UserRole | StaticOrganizationRoles, Tolerant] | None = None
    subscription_types: list[Annotated[Literal["CHAT", "MISTRAL_CODE"], Tolerant]] | None = None


class AdminUserOUT(WireModel):
    """Reply of `GET /v1/admin/users/{user_id}`."""

    uuid: str
    oid_id: str | None
    name: str | None
    email: str | None
    is_sso_outsider: bool | None = None
    workspaces: list[MemberWorkspaceInfo] | None = None
    subscriptions: list[MemberSubscriptionOUT] | None = None
    raw_roles: list[UserRole] | list[StaticOrganizationRoles]
    raw_role: Annotated[UserRole | StaticOrganizationRoles, Tolerant]
    subscription_types: list[Annotated[Literal["CHAT", "MISTRAL_CODE"], Tolerant]] | None = None
    created_at: str
    first_name: str | None
    last_name: str | None


class RoleOut(WireModel):
    name: str
    uuid: str
    description: str
    is_custom_role: bool


class RolesOut(WireModel):
    """Reply of `GET /v1/admin/roles`."""

    workspace_roles: list[RoleOut]
    organization_roles: list[RoleOut]


APIPlan = Annotated[Literal["FREE", "PAY_AS_YOU_GO"], Tolerant]

ChatPlan = Annotated[Literal["INDIVIDUAL", "EDU", "TEAM"], Tolerant]

CodePlan = Annotated[Literal["ENTERPRISE"], Tolerant]

PlanType = Annotated[Literal["API", "CHAT", "ON_PREMISE", "LICENSE", "MISTRAL_CODE"], Tolerant]

SubscriptionStatus = Annotated[Literal["NS", "S", "A", "CF", "CG", "C", "GP"], Tolerant]
