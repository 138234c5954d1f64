"""`client.admin.vibe_code_analytics`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing_extensions import Unpack

from ...types._generated.admin_vibe_code_analytics import (
    VibeOrganizationStatsOUT,
    VibeWorkspaceStatsOUT,
)
from .._base import Service, query
from .._options import CallOptions

__all__ = ["AdminVibeCodeAnalyticsService"]


class AdminVibeCodeAnalyticsService(Service):
    """`client.admin.vibe_code_analytics`: admin usage analytics for Vibe Code."""

    area = "admin.vibe_code_analytics"

    async def get_workspace_stats(
        self,
        *,
        start_time: int,
        end_time: int,
        workspace_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> VibeWorkspaceStatsOUT:
        """Usage by workspace."""
        path = "/v1/admin/analytics/vibe/code/usage/by_workspace"
        return await self._caller.call(
            "admin.vibe_code_analytics.get_workspace_stats",
            "GET",
            path,
            VibeWorkspaceStatsOUT,
            params=query(start_time=start_time, end_time=end_time, workspace_id=workspace_id),
        )

    async def get_organization_stats(
        self, *, start_time: int, end_time: int, **options: Unpack[CallOptions]
    ) -> VibeOrganizationStatsOUT:
        """Usage by organization."""
        path = "/v1/admin/analytics/vibe/code/usage/by_organization"
        return await self._caller.call(
            "admin.vibe_code_analytics.get_organization_stats",
            "GET",
            path,
            VibeOrganizationStatsOUT,
            params=query(start_time=start_time, end_time=end_time),
        )
