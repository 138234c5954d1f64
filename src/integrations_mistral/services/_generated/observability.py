"""`client.observability`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from .._base import ServiceGroup
from .._faces import BlockingService, Face
from .._fallback import Caller
from .observability_campaigns import (
    ObservabilityCampaignsService,
    SyncObservabilityCampaignsService,
)
from .observability_chat_completion_events import (
    ObservabilityChatCompletionEventsService,
    SyncObservabilityChatCompletionEventsService,
)
from .observability_datasets import ObservabilityDatasetsService, SyncObservabilityDatasetsService
from .observability_judges import ObservabilityJudgesService, SyncObservabilityJudgesService
from .observability_logs import ObservabilityLogsService, SyncObservabilityLogsService
from .observability_spans import ObservabilitySpansService, SyncObservabilitySpansService
from .observability_traces import ObservabilityTracesService, SyncObservabilityTracesService

__all__ = ["ObservabilityService", "SyncObservabilityService"]


class ObservabilityService(ServiceGroup):
    """`client.observability` (and `campaigns`, `chat_completion_events`, `datasets`, `judges`, `logs`, `spans`, `traces`)."""

    def __init__(self, caller: Caller) -> None:
        self.campaigns = ObservabilityCampaignsService(caller)
        self.chat_completion_events = ObservabilityChatCompletionEventsService(caller)
        self.datasets = ObservabilityDatasetsService(caller)
        self.judges = ObservabilityJudgesService(caller)
        self.logs = ObservabilityLogsService(caller)
        self.spans = ObservabilitySpansService(caller)
        self.traces = ObservabilityTracesService(caller)


class SyncObservabilityService(BlockingService):
    """`observability` of the blocking client (`SyncMistralClient`)."""

    campaigns = Face(SyncObservabilityCampaignsService)
    chat_completion_events = Face(SyncObservabilityChatCompletionEventsService)
    datasets = Face(SyncObservabilityDatasetsService)
    judges = Face(SyncObservabilityJudgesService)
    logs = Face(SyncObservabilityLogsService)
    spans = Face(SyncObservabilitySpansService)
    traces = Face(SyncObservabilityTracesService)
