"""`client.admin.api_keys`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from ...types._generated.admin_api_keys import (
    AdminCreateAPIKeyIN,
    APIKeyExtendedOUT,
    APIKeyOUT,
    APIKeysExtendedOUT,
    DeleteAPIKeyOUT,
)
from .._base import Service, build_request, fields_of, query, segment
from .._pagination import walk_offset

__all__ = ["AdminApiKeysService"]


class AdminApiKeysService(Service):
    """`client.admin.api_keys`: (beta) Admin API - manage API keys."""

    area = "admin.api_keys"

    async def list(
        self, *, limit: int | None = None, offset: int | None = None, name: str | None = None
    ) -> APIKeysExtendedOUT:
        """Get Api Keys."""
        path = "/v1/admin/api-keys"
        return await self._caller.call(
            "admin.api_keys.list",
            "GET",
            path,
            APIKeysExtendedOUT,
            params=query(limit=limit, offset=offset, name=name),
        )

    def iterate(self, **filters: Any) -> AsyncIterator[APIKeyExtendedOUT]:
        """Every item `list` returns, page after page (its keyword arguments filter)."""
        return walk_offset(self.list, filters, offset="offset", limit="limit", items="keys")

    async def create(
        self,
        *,
        name: str | None = None,
        expiration: str | None = None,
        workspace_uuid: str | None = None,
        user_id: str | None = None,
        request: AdminCreateAPIKeyIN | None = None,
    ) -> APIKeyOUT:
        """Create Api Key."""
        path = "/v1/admin/api-keys"
        return await self._caller.call(
            "admin.api_keys.create",
            "POST",
            path,
            APIKeyOUT,
            body=build_request(AdminCreateAPIKeyIN, request, fields_of(locals(), "path")),
        )

    async def delete(self, key_id: str) -> DeleteAPIKeyOUT:
        """Delete Api Key."""
        path = f"/v1/admin/api-keys/{segment(key_id, 'key_id')}"
        return await self._caller.call("admin.api_keys.delete", "DELETE", path, DeleteAPIKeyOUT)
