"""`client.admin.vibe_work_analytics`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Unpack

from ...types._generated.admin_vibe_work_analytics import (
    VibeWorkByAgentStatsOUT,
    VibeWorkByTimeStatsOUT,
    VibeWorkByUserStatsOUT,
)
from .._base import RawResponses, Service, query
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._options import CallOptions

__all__ = [
    "AdminVibeWorkAnalyticsRawResponses",
    "AdminVibeWorkAnalyticsService",
    "SyncAdminVibeWorkAnalyticsRawResponses",
    "SyncAdminVibeWorkAnalyticsService",
]


class AdminVibeWorkAnalyticsService(Service):
    """`client.admin.vibe_work_analytics`: admin usage analytics for Vibe Work."""

    area = "admin.vibe_work_analytics"

    @property
    def with_raw_response(self) -> AdminVibeWorkAnalyticsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return AdminVibeWorkAnalyticsRawResponses(self)

    async def get_user_stats(
        self, *, start_time: int, end_time: int, **options: Unpack[CallOptions]
    ) -> VibeWorkByUserStatsOUT:
        """Usage by user.

        Get Vibe Work usage by user for a time range.
        """
        path = "/v1/admin/analytics/vibe/work/usage/by_user_stats"
        return await self._call(
            "admin.vibe_work_analytics.get_user_stats",
            "GET",
            path,
            VibeWorkByUserStatsOUT,
            params=query(start_time=start_time, end_time=end_time),
            options=options,
        )

    async def get_agent_stats(
        self, *, start_time: int, end_time: int, **options: Unpack[CallOptions]
    ) -> VibeWorkByAgentStatsOUT:
        """Usage by agent.

        Get Vibe Work usage by agent for a time range.
        """
        path = "/v1/admin/analytics/vibe/work/usage/by_agent_stats"
        return await self._call(
            "admin.vibe_work_analytics.get_agent_stats",
            "GET",
            path,
            VibeWorkByAgentStatsOUT,
            params=query(start_time=start_time, end_time=end_time),
            options=options,
        )

    async def get_time_stats(
        self,
        *,
        start_time: int,
        end_time: int,
        granularity: Literal["hour", "day", "week", "month"] | None = None,
        **options: Unpack[CallOptions],
    ) -> VibeWorkByTimeStatsOUT:
        """Usage over time.

        Get Vibe Work usage over time.
        """
        path = "/v1/admin/analytics/vibe/work/usage/by_time_stats"
        return await self._call(
            "admin.vibe_work_analytics.get_time_stats",
            "GET",
            path,
            VibeWorkByTimeStatsOUT,
            params=query(start_time=start_time, end_time=end_time, granularity=granularity),
            options=options,
        )


class AdminVibeWorkAnalyticsRawResponses(RawResponses):
    """`admin.vibe_work_analytics.with_raw_response`: each call answers `APIResponse[reply]`."""

    get_user_stats = raw(AdminVibeWorkAnalyticsService.get_user_stats)
    get_agent_stats = raw(AdminVibeWorkAnalyticsService.get_agent_stats)
    get_time_stats = raw(AdminVibeWorkAnalyticsService.get_time_stats)


class SyncAdminVibeWorkAnalyticsRawResponses(BlockingService):
    """`admin.vibe_work_analytics.with_raw_response` of the blocking client."""

    get_user_stats = blocking_raw(AdminVibeWorkAnalyticsService.get_user_stats)
    get_agent_stats = blocking_raw(AdminVibeWorkAnalyticsService.get_agent_stats)
    get_time_stats = blocking_raw(AdminVibeWorkAnalyticsService.get_time_stats)


class SyncAdminVibeWorkAnalyticsService(BlockingService):
    """`admin.vibe_work_analytics` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncAdminVibeWorkAnalyticsRawResponses)
    get_user_stats = blocking(AdminVibeWorkAnalyticsService.get_user_stats)
    get_agent_stats = blocking(AdminVibeWorkAnalyticsService.get_agent_stats)
    get_time_stats = blocking(AdminVibeWorkAnalyticsService.get_time_stats)
