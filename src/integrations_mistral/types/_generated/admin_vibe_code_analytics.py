"""Admin vibe code analytics models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from .._base import WireModel

__all__ = [
    "VibeActiveUsersStat",
    "VibeConsumedTokensStat",
    "VibeNextEditActiveUsersStat",
    "VibeNextEditModifiedLOCStat",
    "VibeNextEditSuggestionStat",
    "VibeOrganizationStatsOUT",
    "VibeSessionDurationStat",
    "VibeSessionStat",
    "VibeToolCallsByNameStat",
    "VibeToolCallsStat",
    "VibeUserPromptsStat",
    "VibeWorkspaceStatsOUT",
]


class VibeActiveUsersStat(WireModel):
    day: str
    nb_active_users_total: int
    nb_active_users_cli: int
    nb_active_users_acp: int
    nb_active_users_programmatic: int


class VibeConsumedTokensStat(WireModel):
    day: str
    model: str
    cached_tokens: int
    input_tokens: int
    output_tokens: int


class VibeNextEditActiveUsersStat(WireModel):
    day: str
    nb_active_users: int


class VibeNextEditModifiedLOCStat(WireModel):
    day: str
    lines_inserted: int
    lines_deleted: int
    lines_unchanged: int
    lines_total: int


class VibeNextEditSuggestionStat(WireModel):
    day: str
    total_suggestions: int
    outcome_accepted: int
    outcome_rejected: int
    outcome_timeout: int
    outcome_aborted: int
    outcome_dismissed: int
    force_generated_true: int
    force_generated_false: int
    surface_widget: int
    surface_ghost_text: int


class VibeOrganizationStatsOUT(WireModel):
    """Reply of `GET /v1/admin/analytics/vibe/code/usage/by_organization`."""

    start_time: int
    end_time: int
    next_edit_suggestions: list[VibeNextEditSuggestionStat]
    next_edit_active_users: list[VibeNextEditActiveUsersStat]
    next_edit_modified_loc: list[VibeNextEditModifiedLOCStat]


class VibeSessionDurationStat(WireModel):
    day: str
    total_duration_hours: float


class VibeSessionStat(WireModel):
    day: str
    nb_sessions: int
    nb_sessions_cli: int
    nb_sessions_acp: int
    nb_sessions_programmatic: int


class VibeToolCallsByNameStat(WireModel):
    day: str
    tool_name: str
    count: int


class VibeToolCallsStat(WireModel):
    day: str
    total: int
    status_success: int
    status_failure: int
    status_skipped: int
    approval_ask: int
    approval_always: int
    approval_never: int


class VibeUserPromptsStat(WireModel):
    day: str
    nb_prompts_total: int
    nb_prompts_cli: int
    nb_prompts_acp: int
    nb_prompts_programmatic: int


class VibeWorkspaceStatsOUT(WireModel):
    """Reply of `GET /v1/admin/analytics/vibe/code/usage/by_workspace`."""

    start_time: int
    end_time: int
    sessions: list[VibeSessionStat]
    user_prompts: list[VibeUserPromptsStat]
    active_users: list[VibeActiveUsersStat]
    consumed_tokens: list[VibeConsumedTokensStat]
    tool_calls: list[VibeToolCallsStat]
    tool_calls_by_name: list[VibeToolCallsByNameStat]
    session_durations: list[VibeSessionDurationStat]
