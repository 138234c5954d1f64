"""`client.skills`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator
from typing import Any, overload

from pydantic import RootModel
from typing_extensions import Unpack

from ...types._generated.shared import (
    AliasList,
    ListSortDirection,
    ListSortField,
    RegistrySharingScope,
)
from ...types._generated.skills import (
    CreateSkillRequest,
    CreateSkillVersionRequest,
    CreateSkillVersionResponse,
    DeleteSkillResponse,
    ListSkillsResponse,
    ListSkillVersionsResponse,
    Skill,
    SkillDefinition,
    UpdateSkillRequest,
    UpdateSkillVersionRequest,
)
from .._base import RawResponses, Service, build_request, query, segment
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_cursor

__all__ = ["SkillsRawResponses", "SkillsService", "SyncSkillsRawResponses", "SyncSkillsService"]

_DeleteResult = RootModel[DeleteSkillResponse]


class SkillsService(Service):
    """`client.skills`: (beta) Skills API."""

    area = "skills"

    @property
    def with_raw_response(self) -> SkillsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return SkillsRawResponses(self)

    async def list(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        alias: str | None = None,
        fields: builtins.list[str] | None = None,
        sort_field: ListSortField | None = None,
        sort_direction_dotted: ListSortDirection | None = None,
        sort_by: str | None = None,
        sort_direction: str | None = None,
        **options: Unpack[CallOptions],
    ) -> ListSkillsResponse:
        """ListSkills."""
        path = "/v2/skills"
        return await self._call(
            "skills.list",
            "GET",
            path,
            ListSkillsResponse,
            params=query(
                alias=alias,
                fields=fields,
                sort_by=sort_by,
                sort_direction=sort_direction,
                **{
                    "pageSize": page_size,
                    "pageToken": page_token,
                    "sort.field": sort_field,
                    "sort.direction": sort_direction_dotted,
                },
            ),
            options=options,
        )

    @takes_arguments_of(list)
    def iterate(self, **filters: Any) -> AsyncIterator[Skill]:
        """Every item `list` returns, page after page (its keyword arguments filter)."""
        return walk_cursor(
            self.list, filters, cursor="page_token", items="data", next="next_page_token"
        )

    @overload
    async def create(
        self, request: CreateSkillRequest, **options: Unpack[CallOptions]
    ) -> Skill: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        definition: SkillDefinition | dict[str, Any],
        notes: str | None = None,
        sharing_scope: RegistrySharingScope | None = None,
        aliases: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> Skill: ...
    async def create(
        self,
        request: CreateSkillRequest | None = None,
        *,
        name: str | None = None,
        definition: SkillDefinition | dict[str, Any] | None = None,
        notes: str | None = None,
        sharing_scope: RegistrySharingScope | None = None,
        aliases: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> Skill:
        """CreateSkill."""
        path = "/v2/skills"
        return await self._call(
            "skills.create",
            "POST",
            path,
            Skill,
            body=build_request(
                CreateSkillRequest,
                request,
                {
                    "name": name,
                    "definition": definition,
                    "notes": notes,
                    "sharing_scope": sharing_scope,
                    "aliases": aliases,
                },
                options,
            ),
            options=options,
        )

    async def get(
        self,
        skill_id: str,
        *,
        version: int | None = None,
        alias: str | None = None,
        fields: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> Skill:
        """GetSkill."""
        path = f"/v2/skills/{segment(skill_id, 'skill_id')}"
        return await self._call(
            "skills.get",
            "GET",
            path,
            Skill,
            params=query(version=version, alias=alias, fields=fields),
            options=options,
        )

    async def update(
        self,
        skill_id: str,
        request: UpdateSkillRequest | None = None,
        *,
        sharing_scope: RegistrySharingScope | None = None,
        **options: Unpack[CallOptions],
    ) -> Skill:
        """UpdateSkill."""
        path = f"/v2/skills/{segment(skill_id, 'skill_id')}"
        return await self._call(
            "skills.update",
            "PATCH",
            path,
            Skill,
            body=build_request(
                UpdateSkillRequest, request, {"sharing_scope": sharing_scope}, options
            ),
            options=options,
        )

    async def delete(self, skill_id: str, **options: Unpack[CallOptions]) -> DeleteSkillResponse:
        """DeleteSkill."""
        path = f"/v2/skills/{segment(skill_id, 'skill_id')}"
        return (
            await self._call("skills.delete", "DELETE", path, _DeleteResult, options=options)
        ).root

    async def list_versions(
        self, skill_id: str, **options: Unpack[CallOptions]
    ) -> ListSkillVersionsResponse:
        """ListSkillVersions."""
        path = f"/v2/skills/{segment(skill_id, 'skill_id')}/versions"
        return await self._call(
            "skills.list_versions", "GET", path, ListSkillVersionsResponse, options=options
        )

    @overload
    async def create_version(
        self, skill_id: str, request: CreateSkillVersionRequest, **options: Unpack[CallOptions]
    ) -> CreateSkillVersionResponse: ...
    @overload
    async def create_version(
        self,
        skill_id: str,
        *,
        definition: SkillDefinition | dict[str, Any],
        notes: str | None = None,
        aliases: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> CreateSkillVersionResponse: ...
    async def create_version(
        self,
        skill_id: str,
        request: CreateSkillVersionRequest | None = None,
        *,
        definition: SkillDefinition | dict[str, Any] | None = None,
        notes: str | None = None,
        aliases: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> CreateSkillVersionResponse:
        """CreateSkillVersion."""
        path = f"/v2/skills/{segment(skill_id, 'skill_id')}/versions"
        return await self._call(
            "skills.create_version",
            "POST",
            path,
            CreateSkillVersionResponse,
            body=build_request(
                CreateSkillVersionRequest,
                request,
                {"definition": definition, "notes": notes, "aliases": aliases},
                options,
            ),
            options=options,
        )

    async def get_version(
        self,
        skill_id: str,
        version: int,
        *,
        fields: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> Skill:
        """GetSkillVersion."""
        path = f"/v2/skills/{segment(skill_id, 'skill_id')}/versions/{segment(version, 'version')}"
        return await self._call(
            "skills.get_version", "GET", path, Skill, params=query(fields=fields), options=options
        )

    async def update_version_metadata(
        self,
        skill_id: str,
        version: int,
        request: UpdateSkillVersionRequest | None = None,
        *,
        notes: str | None = None,
        aliases: AliasList | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> Skill:
        """UpdateSkillVersionMetadata."""
        path = f"/v2/skills/{segment(skill_id, 'skill_id')}/versions/{segment(version, 'version')}"
        return await self._call(
            "skills.update_version_metadata",
            "PATCH",
            path,
            Skill,
            body=build_request(
                UpdateSkillVersionRequest, request, {"notes": notes, "aliases": aliases}, options
            ),
            options=options,
        )


class SkillsRawResponses(RawResponses):
    """`skills.with_raw_response`: each call answers `APIResponse[reply]`."""

    list = raw(SkillsService.list)
    create = raw(SkillsService.create)
    get = raw(SkillsService.get)
    update = raw(SkillsService.update)
    delete = raw(SkillsService.delete)
    list_versions = raw(SkillsService.list_versions)
    create_version = raw(SkillsService.create_version)
    get_version = raw(SkillsService.get_version)
    update_version_metadata = raw(SkillsService.update_version_metadata)


class SyncSkillsRawResponses(BlockingService):
    """`skills.with_raw_response` of the blocking client."""

    list = blocking_raw(SkillsService.list)
    create = blocking_raw(SkillsService.create)
    get = blocking_raw(SkillsService.get)
    update = blocking_raw(SkillsService.update)
    delete = blocking_raw(SkillsService.delete)
    list_versions = blocking_raw(SkillsService.list_versions)
    create_version = blocking_raw(SkillsService.create_version)
    get_version = blocking_raw(SkillsService.get_version)
    update_version_metadata = blocking_raw(SkillsService.update_version_metadata)


class SyncSkillsService(BlockingService):
    """`skills` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncSkillsRawResponses)
    list = blocking(SkillsService.list)
    create = blocking(SkillsService.create)
    get = blocking(SkillsService.get)
    update = blocking(SkillsService.update)
    delete = blocking(SkillsService.delete)
    list_versions = blocking(SkillsService.list_versions)
    create_version = blocking(SkillsService.create_version)
    get_version = blocking(SkillsService.get_version)
    update_version_metadata = blocking(SkillsService.update_version_metadata)
    iterate = blocking(SkillsService.iterate)
