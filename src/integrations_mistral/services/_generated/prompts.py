"""`client.prompts`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator
from typing import Any, overload

from pydantic import RootModel
from typing_extensions import Unpack

from ...types._generated.prompts import (
    CreatePromptRequest,
    CreatePromptVersionRequest,
    CreatePromptVersionResponse,
    DeletePromptResponse,
    ListPromptsResponse,
    ListPromptVersionsResponse,
    Prompt,
    PromptDefinition,
    UpdatePromptRequest,
    UpdatePromptVersionRequest,
)
from ...types._generated.shared import (
    AliasList,
    ListSortDirection,
    ListSortField,
    RegistrySharingScope,
)
from .._base import RawResponses, Service, build_request, query, segment
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_cursor

__all__ = ["PromptsRawResponses", "PromptsService", "SyncPromptsRawResponses", "SyncPromptsService"]

_DeleteResult = RootModel[DeletePromptResponse]


class PromptsService(Service):
    """`client.prompts`: (beta) Prompts API."""

    area = "prompts"

    @property
    def with_raw_response(self) -> PromptsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return PromptsRawResponses(self)

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
    ) -> ListPromptsResponse:
        """ListPrompts."""
        path = "/v2/prompts"
        return await self._call(
            "prompts.list",
            "GET",
            path,
            ListPromptsResponse,
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
    def iterate(self, **filters: Any) -> AsyncIterator[Prompt]:
        """Every item `list` returns, page after page (its keyword arguments filter)."""
        return walk_cursor(
            self.list, filters, cursor="page_token", items="data", next="next_page_token"
        )

    @overload
    async def create(
        self, request: CreatePromptRequest, **options: Unpack[CallOptions]
    ) -> Prompt: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        definition: PromptDefinition | dict[str, Any],
        title: str | None = None,
        description: str | None = None,
        notes: str | None = None,
        sharing_scope: RegistrySharingScope | None = None,
        aliases: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> Prompt: ...
    async def create(
        self,
        request: CreatePromptRequest | None = None,
        *,
        name: str | None = None,
        definition: PromptDefinition | dict[str, Any] | None = None,
        title: str | None = None,
        description: str | None = None,
        notes: str | None = None,
        sharing_scope: RegistrySharingScope | None = None,
        aliases: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> Prompt:
        """CreatePrompt."""
        path = "/v2/prompts"
        return await self._call(
            "prompts.create",
            "POST",
            path,
            Prompt,
            body=build_request(
                CreatePromptRequest,
                request,
                {
                    "name": name,
                    "definition": definition,
                    "title": title,
                    "description": description,
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
        prompt_id: str,
        *,
        version: int | None = None,
        alias: str | None = None,
        fields: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> Prompt:
        """GetPrompt."""
        path = f"/v2/prompts/{segment(prompt_id, 'prompt_id')}"
        return await self._call(
            "prompts.get",
            "GET",
            path,
            Prompt,
            params=query(version=version, alias=alias, fields=fields),
            options=options,
        )

    async def update(
        self,
        prompt_id: str,
        request: UpdatePromptRequest | None = None,
        *,
        title: str | None = None,
        description: str | None = None,
        sharing_scope: RegistrySharingScope | None = None,
        **options: Unpack[CallOptions],
    ) -> Prompt:
        """UpdatePrompt."""
        path = f"/v2/prompts/{segment(prompt_id, 'prompt_id')}"
        return await self._call(
            "prompts.update",
            "PATCH",
            path,
            Prompt,
            body=build_request(
                UpdatePromptRequest,
                request,
                {"title": title, "description": description, "sharing_scope": sharing_scope},
                options,
            ),
            options=options,
        )

    async def delete(self, prompt_id: str, **options: Unpack[CallOptions]) -> DeletePromptResponse:
        """DeletePrompt."""
        path = f"/v2/prompts/{segment(prompt_id, 'prompt_id')}"
        return (
            await self._call("prompts.delete", "DELETE", path, _DeleteResult, options=options)
        ).root

    async def list_versions(
        self, prompt_id: str, **options: Unpack[CallOptions]
    ) -> ListPromptVersionsResponse:
        """ListPromptVersions."""
        path = f"/v2/prompts/{segment(prompt_id, 'prompt_id')}/versions"
        return await self._call(
            "prompts.list_versions", "GET", path, ListPromptVersionsResponse, options=options
        )

    @overload
    async def create_version(
        self, prompt_id: str, request: CreatePromptVersionRequest, **options: Unpack[CallOptions]
    ) -> CreatePromptVersionResponse: ...
    @overload
    async def create_version(
        self,
        prompt_id: str,
        *,
        definition: PromptDefinition | dict[str, Any],
        notes: str | None = None,
        aliases: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> CreatePromptVersionResponse: ...
    async def create_version(
        self,
        prompt_id: str,
        request: CreatePromptVersionRequest | None = None,
        *,
        definition: PromptDefinition | dict[str, Any] | None = None,
        notes: str | None = None,
        aliases: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> CreatePromptVersionResponse:
        """CreatePromptVersion."""
        path = f"/v2/prompts/{segment(prompt_id, 'prompt_id')}/versions"
        return await self._call(
            "prompts.create_version",
            "POST",
            path,
            CreatePromptVersionResponse,
            body=build_request(
                CreatePromptVersionRequest,
                request,
                {"definition": definition, "notes": notes, "aliases": aliases},
                options,
            ),
            options=options,
        )

    async def get_version(
        self,
        prompt_id: str,
        version: int,
        *,
        fields: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> Prompt:
        """GetPromptVersion."""
        path = (
            f"/v2/prompts/{segment(prompt_id, 'prompt_id')}/versions/{segment(version, 'version')}"
        )
        return await self._call(
            "prompts.get_version", "GET", path, Prompt, params=query(fields=fields), options=options
        )

    async def update_version_metadata(
        self,
        prompt_id: str,
        version: int,
        request: UpdatePromptVersionRequest | None = None,
        *,
        notes: str | None = None,
        aliases: AliasList | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> Prompt:
        """UpdatePromptVersionMetadata."""
        path = (
            f"/v2/prompts/{segment(prompt_id, 'prompt_id')}/versions/{segment(version, 'version')}"
        )
        return await self._call(
            "prompts.update_version_metadata",
            "PATCH",
            path,
            Prompt,
            body=build_request(
                UpdatePromptVersionRequest, request, {"notes": notes, "aliases": aliases}, options
            ),
            options=options,
        )


class PromptsRawResponses(RawResponses):
    """`prompts.with_raw_response`: each call answers `APIResponse[reply]`."""

    list = raw(PromptsService.list)
    create = raw(PromptsService.create)
    get = raw(PromptsService.get)
    update = raw(PromptsService.update)
    delete = raw(PromptsService.delete)
    list_versions = raw(PromptsService.list_versions)
    create_version = raw(PromptsService.create_version)
    get_version = raw(PromptsService.get_version)
    update_version_metadata = raw(PromptsService.update_version_metadata)


class SyncPromptsRawResponses(BlockingService):
    """`prompts.with_raw_response` of the blocking client."""

    list = blocking_raw(PromptsService.list)
    create = blocking_raw(PromptsService.create)
    get = blocking_raw(PromptsService.get)
    update = blocking_raw(PromptsService.update)
    delete = blocking_raw(PromptsService.delete)
    list_versions = blocking_raw(PromptsService.list_versions)
    create_version = blocking_raw(PromptsService.create_version)
    get_version = blocking_raw(PromptsService.get_version)
    update_version_metadata = blocking_raw(PromptsService.update_version_metadata)


class SyncPromptsService(BlockingService):
    """`prompts` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncPromptsRawResponses)
    list = blocking(PromptsService.list)
    create = blocking(PromptsService.create)
    get = blocking(PromptsService.get)
    update = blocking(PromptsService.update)
    delete = blocking(PromptsService.delete)
    list_versions = blocking(PromptsService.list_versions)
    create_version = blocking(PromptsService.create_version)
    get_version = blocking(PromptsService.get_version)
    update_version_metadata = blocking(PromptsService.update_version_metadata)
    iterate = blocking(PromptsService.iterate)
