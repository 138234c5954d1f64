"""`client.observability.campaigns`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, overload

from typing_extensions import Unpack

from ...types._generated.observability_1 import ChatCompletionEventPreview, FilterPayload
from ...types._generated.observability_campaigns import (
    Campaign,
    CreateCampaignRequest,
    FetchCampaignStatusResponse,
    ListCampaignSelectedEventsResponse,
    ListCampaignsResponse,
)
from .._base import RawResponses, Service, build_request, query, segment
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_pages

__all__ = [
    "ObservabilityCampaignsRawResponses",
    "ObservabilityCampaignsService",
    "SyncObservabilityCampaignsRawResponses",
    "SyncObservabilityCampaignsService",
]


class ObservabilityCampaignsService(Service):
    """`client.observability.campaigns`: (beta) Observability API - campaigns."""

    area = "observability.campaigns"

    @property
    def with_raw_response(self) -> ObservabilityCampaignsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return ObservabilityCampaignsRawResponses(self)

    async def list(
        self,
        *,
        page_size: int | None = None,
        page: int | None = None,
        q: str | None = None,
        **options: Unpack[CallOptions],
    ) -> ListCampaignsResponse:
        """Get all campaigns."""
        path = "/v1/observability/campaigns"
        return await self._call(
            "observability.campaigns.list",
            "GET",
            path,
            ListCampaignsResponse,
            params=query(page_size=page_size, page=page, q=q),
            options=options,
        )

    @takes_arguments_of(list)
    def iterate(self, **filters: Any) -> AsyncIterator[Campaign]:
        """Every item `list` returns, page after page (its keyword arguments filter)."""
        return walk_pages(
            self.list,
            filters,
            page="page",
            first=1,
            size="page_size",
            items="campaigns.results",
            total="campaigns.count",
        )

    @overload
    async def create(
        self, request: CreateCampaignRequest, **options: Unpack[CallOptions]
    ) -> Campaign: ...
    @overload
    async def create(
        self,
        *,
        search_params: FilterPayload | dict[str, Any],
        judge_id: str,
        name: str,
        description: str,
        max_nb_events: int,
        **options: Unpack[CallOptions],
    ) -> Campaign: ...
    async def create(
        self,
        request: CreateCampaignRequest | None = None,
        *,
        search_params: FilterPayload | dict[str, Any] | None = None,
        judge_id: str | None = None,
        name: str | None = None,
        description: str | None = None,
        max_nb_events: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Campaign:
        """Create and start a new campaign."""
        path = "/v1/observability/campaigns"
        return await self._call(
            "observability.campaigns.create",
            "POST",
            path,
            Campaign,
            body=build_request(
                CreateCampaignRequest,
                request,
                {
                    "search_params": search_params,
                    "judge_id": judge_id,
                    "name": name,
                    "description": description,
                    "max_nb_events": max_nb_events,
                },
                options,
            ),
            options=options,
        )

    async def get(self, campaign_id: str, **options: Unpack[CallOptions]) -> Campaign:
        """Get campaign by id."""
        path = f"/v1/observability/campaigns/{segment(campaign_id, 'campaign_id')}"
        return await self._call(
            "observability.campaigns.get", "GET", path, Campaign, options=options
        )

    async def delete(self, campaign_id: str, **options: Unpack[CallOptions]) -> None:
        """Delete a campaign."""
        path = f"/v1/observability/campaigns/{segment(campaign_id, 'campaign_id')}"
        await self._raw("observability.campaigns.delete", "DELETE", path, options=options)

    async def get_status(
        self, campaign_id: str, **options: Unpack[CallOptions]
    ) -> FetchCampaignStatusResponse:
        """Get campaign status by campaign id."""
        path = f"/v1/observability/campaigns/{segment(campaign_id, 'campaign_id')}/status"
        return await self._call(
            "observability.campaigns.get_status",
            "GET",
            path,
            FetchCampaignStatusResponse,
            options=options,
        )

    async def get_selected_events(
        self,
        campaign_id: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        **options: Unpack[CallOptions],
    ) -> ListCampaignSelectedEventsResponse:
        """Get event ids that were selected by the given campaign."""
        path = f"/v1/observability/campaigns/{segment(campaign_id, 'campaign_id')}/selected-events"
        return await self._call(
            "observability.campaigns.get_selected_events",
            "GET",
            path,
            ListCampaignSelectedEventsResponse,
            params=query(page_size=page_size, page=page),
            options=options,
        )

    @takes_arguments_of(get_selected_events)
    def iterate_selected_events(self, **filters: Any) -> AsyncIterator[ChatCompletionEventPreview]:
        """Every item `get_selected_events` returns, page after page (its keyword arguments filter)."""
        return walk_pages(
            self.get_selected_events,
            filters,
            page="page",
            first=1,
            size="page_size",
            items="completion_events.results",
            total="completion_events.count",
        )


class ObservabilityCampaignsRawResponses(RawResponses):
    """`observability.campaigns.with_raw_response`: each call answers `APIResponse[reply]`."""

    list = raw(ObservabilityCampaignsService.list)
    create = raw(ObservabilityCampaignsService.create)
    get = raw(ObservabilityCampaignsService.get)
    delete = raw(ObservabilityCampaignsService.delete)
    get_status = raw(ObservabilityCampaignsService.get_status)
    get_selected_events = raw(ObservabilityCampaignsService.get_selected_events)


class SyncObservabilityCampaignsRawResponses(BlockingService):
    """`observability.campaigns.with_raw_response` of the blocking client."""

    list = blocking_raw(ObservabilityCampaignsService.list)
    create = blocking_raw(ObservabilityCampaignsService.create)
    get = blocking_raw(ObservabilityCampaignsService.get)
    delete = blocking_raw(ObservabilityCampaignsService.delete)
    get_status = blocking_raw(ObservabilityCampaignsService.get_status)
    get_selected_events = blocking_raw(ObservabilityCampaignsService.get_selected_events)


class SyncObservabilityCampaignsService(BlockingService):
    """`observability.campaigns` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncObservabilityCampaignsRawResponses)
    list = blocking(ObservabilityCampaignsService.list)
    create = blocking(ObservabilityCampaignsService.create)
    get = blocking(ObservabilityCampaignsService.get)
    delete = blocking(ObservabilityCampaignsService.delete)
    get_status = blocking(ObservabilityCampaignsService.get_status)
    get_selected_events = blocking(ObservabilityCampaignsService.get_selected_events)
    iterate = blocking(ObservabilityCampaignsService.iterate)
    iterate_selected_events = blocking(ObservabilityCampaignsService.iterate_selected_events)
