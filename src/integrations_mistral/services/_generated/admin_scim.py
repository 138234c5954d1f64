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
from .._base import RawResponses, Service, build_request, segment
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._options import CallOptions

__all__ = [
    "AdminScimRawResponses",
    "AdminScimService",
    "SyncAdminScimRawResponses",
    "SyncAdminScimService",
]


class AdminScimService(Service):
    """`client.admin.scim`: (beta) Admin - Scim API."""

    area = "admin.scim"

    @property
    def with_raw_response(self) -> AdminScimRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return AdminScimRawResponses(self)

    async def trigger_sync(
        self,
        request: AdminScimSyncTriggerIN | None = None,
        *,
        dry_run: bool | None = None,
        sync_config: AdminScimSyncConfig | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> AdminScimSyncTriggerOUT:
        """Trigger Scim Sync.

        Trigger an on-demand SCIM synchronization for the Organization. Requires SAML
        authentication to be enabled and the Organization to be in SCIM user provisioning mode.
        A dry run previews every change without applying it; a real run applies the ...
        """
        path = "/v1/admin/scim/sync"
        return await self._call(
            "admin.scim.trigger_sync",
            "POST",
            path,
            AdminScimSyncTriggerOUT,
            body=build_request(
                AdminScimSyncTriggerIN,
                request,
                {"dry_run": dry_run, "sync_config": sync_config},
                options,
            ),
            options=options,
        )

    async def get_sync_run(
        self, run_id: str, **options: Unpack[CallOptions]
    ) -> AdminScimSyncRunOUT:
        """Get Scim Sync Run.

        Retrieve an on-demand SCIM synchronization run for the Organization. Returns the run's
        lifecycle status along with the preview or result summary once the synchronization plan
        has been built.
        """
        path = f"/v1/admin/scim/sync/{segment(run_id, 'run_id')}"
        return await self._call(
            "admin.scim.get_sync_run", "GET", path, AdminScimSyncRunOUT, options=options
        )


class AdminScimRawResponses(RawResponses):
    """`admin.scim.with_raw_response`: each call answers `APIResponse[reply]`."""

    trigger_sync = raw(AdminScimService.trigger_sync)
    get_sync_run = raw(AdminScimService.get_sync_run)


class SyncAdminScimRawResponses(BlockingService):
    """`admin.scim.with_raw_response` of the blocking client."""

    trigger_sync = blocking_raw(AdminScimService.trigger_sync)
    get_sync_run = blocking_raw(AdminScimService.get_sync_run)


class SyncAdminScimService(BlockingService):
    """`admin.scim` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncAdminScimRawResponses)
    trigger_sync = blocking(AdminScimService.trigger_sync)
    get_sync_run = blocking(AdminScimService.get_sync_run)
