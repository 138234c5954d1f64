"""Observability campaigns models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from .._base import WireModel
from .observability_1 import BaseTaskStatus, ChatCompletionEventPreview, FilterPayload
from .observability_2 import Judge

__all__ = [
    "Campaign",
    "CreateCampaignRequest",
    "FetchCampaignStatusResponse",
    "ListCampaignSelectedEventsResponse",
    "ListCampaignsResponse",
    "PaginatedResultCampaignPreview",
    "PaginatedResultChatCompletionEventPreview",
]


class Campaign(WireModel):
    """Reply of `POST /v1/observability/campaigns`."""

    id: str
    created_at: str
    updated_at: str
    deleted_at: str | None
    name: str
    owner_id: str
    workspace_id: str
    description: str
    max_nb_events: int
    search_params: FilterPayload
    judge: Judge


class ListCampaignsResponse(WireModel):
    """Reply of `GET /v1/observability/campaigns`."""

    campaigns: PaginatedResultCampaignPreview


class ListCampaignSelectedEventsResponse(WireModel):
    """Reply of `GET /v1/observability/campaigns/{campaign_id}/selected-events`."""

    completion_events: PaginatedResultChatCompletionEventPreview


class FetchCampaignStatusResponse(WireModel):
    """Reply of `GET /v1/observability/campaigns/{campaign_id}/status`."""

    status: BaseTaskStatus


class PaginatedResultCampaignPreview(WireModel):
    results: list[Campaign] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class PaginatedResultChatCompletionEventPreview(WireModel):
    results: list[ChatCompletionEventPreview] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class CreateCampaignRequest(WireModel):
    """Body of `POST /v1/observability/campaigns`."""

    search_params: FilterPayload
    judge_id: str
    name: str
    description: str
    max_nb_events: int
