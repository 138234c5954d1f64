"""`client.admin.api_keys`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, overload

from typing_extensions import Unpack

from ...types._generated.admin_api_keys import (
    AdminCreateAPIKeyIN,
    APIKeyExtendedOUT,
    APIKeyOUT,
    APIKeysExtendedOUT,
    DeleteAPIKeyOUT,
)
from .._base import RawResponses, Service, build_request, query, segment
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_offset

__all__ = [
    "AdminApiKeysRawResponses",
    "AdminApiKeysService",
    "SyncAdminApiKeysRawResponses",
    "SyncAdminApiKeysService",
]


class AdminApiKeysService(Service):
    """`client.admin.api_keys`: (beta) Admin API - manage API keys."""

    area = "admin.api_keys"

    @property
    def with_raw_response(self) -> AdminApiKeysRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return AdminApiKeysRawResponses(self)

    async def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        name: str | None = None,
        **options: Unpack[CallOptions],
    ) -> APIKeysExtendedOUT:
        """Get Api Keys.

        List API keys for the Organization.
        """
        path = "/v1/admin/api-keys"
        return await self._call(
            "admin.api_keys.list",
            "GET",
            path,
            APIKeysExtendedOUT,
            params=query(limit=limit, offset=offset, name=name),
            options=options,
        )

    @takes_arguments_of(list)
    def iterate(self, **filters: Any) -> AsyncIterator[APIKeyExtendedOUT]:
        """Every item `list` returns, page after page (its keyword arguments filter)."""
        return walk_offset(self.list, filters, offset="offset", limit="limit", items="keys")

    @overload
    async def create(
        self, request: AdminCreateAPIKeyIN, **options: Unpack[CallOptions]
    ) -> APIKeyOUT: ...
    @overload
    async def create(
        self,
        *,
        workspace_uuid: str,
        user_id: str,
        name: str | None = None,
        expiration: str | None = None,
        **options: Unpack[CallOptions],
    ) -> APIKeyOUT: ...
    async def create(
        self,
        request: AdminCreateAPIKeyIN | None = None,
        *,
        name: str | None = None,
        expiration: str | None = None,
        workspace_uuid: str | None = None,
        user_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> APIKeyOUT:
        """Create Api Key.

        Create a Workspace API key.
        """
        path = "/v1/admin/api-keys"
        return await self._call(
            "admin.api_keys.create",
            "POST",
            path,
            APIKeyOUT,
            body=build_request(
                AdminCreateAPIKeyIN,
                request,
                {
                    "name": name,
                    "expiration": expiration,
                    "workspace_uuid": workspace_uuid,
                    "user_id": user_id,
                },
                options,
            ),
            options=options,
        )

    async def delete(self, key_id: str, **options: Unpack[CallOptions]) -> DeleteAPIKeyOUT:
        """Delete Api Key.

        Delete an API key.
        """
        path = f"/v1/admin/api-keys/{segment(key_id, 'key_id')}"
        return await self._call(
            "admin.api_keys.delete", "DELETE", path, DeleteAPIKeyOUT, options=options
        )


class AdminApiKeysRawResponses(RawResponses):
    """`admin.api_keys.with_raw_response`: each call answers `APIResponse[reply]`."""

    list = raw(AdminApiKeysService.list)
    create = raw(AdminApiKeysService.create)
    delete = raw(AdminApiKeysService.delete)


class SyncAdminApiKeysRawResponses(BlockingService):
    """`admin.api_keys.with_raw_response` of the blocking client."""

    list = blocking_raw(AdminApiKeysService.list)
    create = blocking_raw(AdminApiKeysService.create)
    delete = blocking_raw(AdminApiKeysService.delete)


class SyncAdminApiKeysService(BlockingService):
    """`admin.api_keys` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncAdminApiKeysRawResponses)
    list = blocking(AdminApiKeysService.list)
    create = blocking(AdminApiKeysService.create)
    delete = blocking(AdminApiKeysService.delete)
    iterate = blocking(AdminApiKeysService.iterate)
