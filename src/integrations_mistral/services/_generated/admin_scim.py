"""`client.admin.scim`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Any

from typing_extensions import Unpack

from ...types._generated.admin_scim import (
    AdminScimSyncConfig,
    AdminScimSyncRunOUT,
    AdminScimSyncTriggerIN,
    AdminScimSyncTriggerOUT,
)
from .._base import Service, build_request, fields_of, segment
from .._options import CallOptions

__all__ = ["AdminScimService"]


class AdminScimService(Service):
    """`client.admin.scim`: (beta) Admin - Scim API."""

    area = "admin.scim"

    async def trigger_sync(
        self,
        *,
        dry_run: bool | None = None,
        sync_config: AdminScimSyncConfig | dict[str, Any] | None = None,
        request: AdminScimSyncTriggerIN | None = None,
        **options: Unpack[CallOptions],
    ) -> AdminScimSyncTriggerOUT:
        """Trigger Scim Sync."""
        path = "/v1/admin/scim/sync"
        return await self._caller.call(
            "admin.scim.trigger_sync",
            "POST",
            path,
            AdminScimSyncTriggerOUT,
            body=build_request(AdminScimSyncTriggerIN, request, fields_of(locals(), "path")),
        )

    async def get_sync_run(
        self, run_id: str, **options: Unpack[CallOptions]
    ) -> AdminScimSyncRunOUT:
        """Get Scim Sync Run."""
        path = f"/v1/admin/scim/sync/{segment(run_id, 'run_id')}"
        return await self._caller.call("admin.scim.get_sync_run", "GET", path, AdminScimSyncRunOUT)
