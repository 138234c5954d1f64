"""`client.admin.vibe_code_analytics`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing_extensions import Unpack

from ...types._generated.admin_vibe_code_analytics import (
    VibeOrganizationStatsOUT,
    VibeWorkspaceStatsOUT,
)
from .._base import RawResponses, Service, query
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._options import CallOptions

__all__ = [
    "AdminVibeCodeAnalyticsRawResponses",
    "AdminVibeCodeAnalyticsService",
    "SyncAdminVibeCodeAnalyticsRawResponses",
    "SyncAdminVibeCodeAnalyticsService",
]


class AdminVibeCodeAnalyticsService(Service):
    """`client.admin.vibe_code_analytics`: admin usage analytics for Vibe Code."""

    area = "admin.vibe_code_analytics"

    @property
    def with_raw_response(self) -> AdminVibeCodeAnalyticsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return AdminVibeCodeAnalyticsRawResponses(self)

    async def get_workspace_stats(
        self,
        *,
        start_time: int,
        end_time: int,
        workspace_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> VibeWorkspaceStatsOUT:
        """Usage by workspace.

        Get Vibe Code usage for a Workspace.
        """
        path = "/v1/admin/analytics/vibe/code/usage/by_workspace"
        return await self._call(
            "admin.vibe_code_analytics.get_workspace_stats",
            "GET",
            path,
            VibeWorkspaceStatsOUT,
            params=query(start_time=start_time, end_time=end_time, workspace_id=workspace_id),
            options=options,
        )

    async def get_organization_stats(
        self, *, start_time: int, end_time: int, **options: Unpack[CallOptions]
    ) -> VibeOrganizationStatsOUT:
        """Usage by organization.

        Get Vibe Code usage for the Organization.
        """
        path = "/v1/admin/analytics/vibe/code/usage/by_organization"
        return await self._call(
            "admin.vibe_code_analytics.get_organization_stats",
            "GET",
            path,
            VibeOrganizationStatsOUT,
            params=query(start_time=start_time, end_time=end_time),
            options=options,
        )


class AdminVibeCodeAnalyticsRawResponses(RawResponses):
    """`admin.vibe_code_analytics.with_raw_response`: each call answers `APIResponse[reply]`."""

    get_workspace_stats = raw(AdminVibeCodeAnalyticsService.get_workspace_stats)
    get_organization_stats = raw(AdminVibeCodeAnalyticsService.get_organization_stats)


class SyncAdminVibeCodeAnalyticsRawResponses(BlockingService):
    """`admin.vibe_code_analytics.with_raw_response` of the blocking client."""

    get_workspace_stats = blocking_raw(AdminVibeCodeAnalyticsService.get_workspace_stats)
    get_organization_stats = blocking_raw(AdminVibeCodeAnalyticsService.get_organization_stats)


class SyncAdminVibeCodeAnalyticsService(BlockingService):
    """`admin.vibe_code_analytics` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncAdminVibeCodeAnalyticsRawResponses)
    get_workspace_stats = blocking(AdminVibeCodeAnalyticsService.get_workspace_stats)
    get_organization_stats = blocking(AdminVibeCodeAnalyticsService.get_organization_stats)
