"""Skills models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._base import WireModel
from .shared import AliasList, RegistrySharingScope, Timestamp

__all__ = [
    "CreateSkillRequest",
    "CreateSkillVersionRequest",
    "CreateSkillVersionResponse",
    "DeleteSkillResponse",
    "ListSkillVersionsResponse",
    "ListSkillsResponse",
    "Skill",
    "SkillAssetContent",
    "SkillDefinition",
    "SkillVersion",
    "UpdateSkillRequest",
    "UpdateSkillVersionRequest",
]


class SkillAssetContent(WireModel):
    is_executable: bool | None = Field(default=None, alias="isExecutable")


class CreateSkillRequest(WireModel):
    """Body of `POST /v2/skills`."""

    name: str
    definition: SkillDefinition
    notes: str | None = None
    sharing_scope: RegistrySharingScope | None = Field(default=None, alias="sharingScope")
    aliases: list[str] | None = None


class CreateSkillVersionResponse(WireModel):
    """Reply of `POST /v2/skills/{skill_id}/versions`."""

    version: int | None = None
    deduplicated: bool | None = None


class ListSkillVersionsResponse(WireModel):
    """Reply of `GET /v2/skills/{skill_id}/versions`."""

    data: list[SkillVersion] | None = None


class ListSkillsResponse(WireModel):
    """Reply of `GET /v2/skills`."""

    data: list[Skill] | None = None
    next_page_token: str | None = Field(default=None, alias="nextPageToken")


class Skill(WireModel):
    """Reply of `POST /v2/skills`."""

    id: str | None = None
    name: str | None = None
    definition: SkillDefinition | None = None
    version: int | None = None
    notes: str | None = None
    aliases: list[str] | None = None
    sharing_scope: RegistrySharingScope | None = Field(default=None, alias="sharingScope")
    created_at: Timestamp | None = Field(default=None, alias="createdAt")
    updated_at: Timestamp | None = Field(default=None, alias="updatedAt")
    latest_version: int | None = Field(default=None, alias="latestVersion")


class SkillDefinition(WireModel):
    """Versioned skill content."""

    description: str | None = None
    body: str | None = None
    assets: dict[str, SkillAssetContent] | None = None


class SkillVersion(WireModel):
    version: int | None = None
    definition: SkillDefinition | None = None
    notes: str | None = None
    aliases: list[str] | None = None
    created_at: Timestamp | None = Field(default=None, alias="createdAt")


class UpdateSkillRequest(WireModel):
    """Body of `PATCH /v2/skills/{skill_id}`."""

    sharing_scope: RegistrySharingScope | None = Field(default=None, alias="sharingScope")


class CreateSkillVersionRequest(WireModel):
    """Body of `POST /v2/skills/{skill_id}/versions`."""

    definition: SkillDefinition
    notes: str | None = None
    aliases: list[str] | None = None


class UpdateSkillVersionRequest(WireModel):
    """Body of `PATCH /v2/skills/{skill_id}/versions/{version}`."""

    notes: str | None = None
    aliases: AliasList | None = None


DeleteSkillResponse = dict[str, Any]
