"""Admin vibe work analytics models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from .._base import WireModel

__all__ = [
    "VibeWorkByAgentStat",
    "VibeWorkByAgentStatsOUT",
    "VibeWorkByTimeStat",
    "VibeWorkByTimeStatsOUT",
    "VibeWorkByUserStat",
    "VibeWorkByUserStatsOUT",
]


class VibeWorkByAgentStat(WireModel):
    messages_count: int
    files_count: int
    images_count: int
    spreadsheets_count: int
    unique_conversations_count: int
    agent_id: str
    last_message_at: str
    unique_users_count: int


class VibeWorkByAgentStatsOUT(WireModel):
    """Reply of `GET /v1/admin/analytics/vibe/work/usage/by_agent_stats`."""

    start_time: int
    end_time: int
    data: list[VibeWorkByAgentStat]


class VibeWorkByTimeStat(WireModel):
    messages_count: int
    files_count: int
    images_count: int
    spreadsheets_count: int
    unique_conversations_count: int
    time_bucket: str | None
    unique_users_count: int
    messages_to_agents_count: int
    unique_agents_count: int


class VibeWorkByTimeStatsOUT(WireModel):
    """Reply of `GET /v1/admin/analytics/vibe/work/usage/by_time_stats`."""

    start_time: int
    end_time: int
    data: list[VibeWorkByTimeStat]


class VibeWorkByUserStat(WireModel):
    messages_count: int
    files_count: int
    images_count: int
    spreadsheets_count: int
    unique_conversations_count: int
    user_id: str
    last_message_at: str
    unique_agents_count: int
    messages_to_agents_count: int


class VibeWorkByUserStatsOUT(WireModel):
    """Reply of `GET /v1/admin/analytics/vibe/work/usage/by_user_stats`."""

    start_time: int
    end_time: int
    data: list[VibeWorkByUserStat]
