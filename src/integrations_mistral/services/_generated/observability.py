"""`client.observability`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from .._base import ServiceGroup
from .._caller import APICaller
from .observability_campaigns import ObservabilityCampaignsService
from .observability_chat_completion_events import ObservabilityChatCompletionEventsService
from .observability_datasets import ObservabilityDatasetsService
from .observability_judges import ObservabilityJudgesService
from .observability_logs import ObservabilityLogsService
from .observability_spans import ObservabilitySpansService
from .observability_traces import ObservabilityTracesService

__all__ = ["ObservabilityService"]


class ObservabilityService(ServiceGroup):
    """`client.observability` (and `campaigns`, `chat_completion_events`, `datasets`, `judges`, `logs`, `spans`, `traces`)."""

    def __init__(self, caller: APICaller) -> None:
        self.campaigns = ObservabilityCampaignsService(caller)
        self.chat_completion_events = ObservabilityChatCompletionEventsService(caller)
        self.datasets = ObservabilityDatasetsService(caller)
        self.judges = ObservabilityJudgesService(caller)
        self.logs = ObservabilityLogsService(caller)
        self.spans = ObservabilitySpansService(caller)
        self.traces = ObservabilityTracesService(caller)
