"""Prompts models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._base import WireModel
from .shared import AliasList, RegistrySharingScope, Timestamp

__all__ = [
    "CreatePromptRequest",
    "CreatePromptVersionRequest",
    "CreatePromptVersionResponse",
    "DeletePromptResponse",
    "ListPromptVersionsResponse",
    "ListPromptsResponse",
    "Prompt",
    "PromptDefinition",
    "PromptVariable",
    "PromptVersion",
    "UpdatePromptRequest",
    "UpdatePromptVersionRequest",
]


class CreatePromptRequest(WireModel):
    """Body of `POST /v2/prompts`."""

    name: str
    definition: PromptDefinition
    title: str | None = None
    description: str | None = None
    notes: str | None = None
    sharing_scope: RegistrySharingScope | None = Field(default=None, alias="sharingScope")
    aliases: list[str] | None = None


class CreatePromptVersionResponse(WireModel):
    """Reply of `POST /v2/prompts/{prompt_id}/versions`."""

    version: int | None = None
    deduplicated: bool | None = None


class ListPromptVersionsResponse(WireModel):
    """Reply of `GET /v2/prompts/{prompt_id}/versions`."""

    data: list[PromptVersion] | None = None


class ListPromptsResponse(WireModel):
    """Reply of `GET /v2/prompts`."""

    data: list[Prompt] | None = None
    next_page_token: str | None = Field(default=None, alias="nextPageToken")


class Prompt(WireModel):
    """Reply of `POST /v2/prompts`."""

    id: str | None = None
    name: str | None = None
    definition: PromptDefinition | None = None
    version: int | None = None
    notes: str | None = None
    aliases: list[str] | None = None
    sharing_scope: RegistrySharingScope | None = Field(default=None, alias="sharingScope")
    created_at: Timestamp | None = Field(default=None, alias="createdAt")
    updated_at: Timestamp | None = Field(default=None, alias="updatedAt")
    latest_version: int | None = Field(default=None, alias="latestVersion")
    title: str | None = None
    description: str | None = None


class PromptDefinition(WireModel):
    """Versioned prompt content."""

    content: str
    variables: list[PromptVariable] | None = None


class PromptVariable(WireModel):
    name: str | None = None


class PromptVersion(WireModel):
    version: int | None = None
    definition: PromptDefinition | None = None
    notes: str | None = None
    aliases: list[str] | None = None
    created_at: Timestamp | None = Field(default=None, alias="createdAt")


class UpdatePromptRequest(WireModel):
    """Body of `PATCH /v2/prompts/{prompt_id}`."""

    title: str | None = None
    description: str | None = None
    sharing_scope: RegistrySharingScope | None = Field(default=None, alias="sharingScope")


class CreatePromptVersionRequest(WireModel):
    """Body of `POST /v2/prompts/{prompt_id}/versions`."""

    definition: PromptDefinition
    notes: str | None = None
    aliases: list[str] | None = None


class UpdatePromptVersionRequest(WireModel):
    """Body of `PATCH /v2/prompts/{prompt_id}/versions/{version}`."""

    notes: str | None = None
    aliases: AliasList | None = None


DeletePromptResponse = dict[str, Any]
