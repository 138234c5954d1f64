"""Observability chat completion events models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Any

from .._base import WireModel
from .observability_1 import ChatCompletionEventPreview, FilterPayload
from .observability_2 import CreateJudgeRequest

__all__ = [
    "ChatCompletionEvent",
    "ChatTranscriptionEvent",
    "FeedResultChatCompletionEventPreview",
    "JudgeChatCompletionEventRequest",
    "SearchChatCompletionEventIdsRequest",
    "SearchChatCompletionEventIdsResponse",
    "SearchChatCompletionEventsRequest",
    "SearchChatCompletionEventsResponse",
]


class ChatCompletionEvent(WireModel):
    """Reply of `GET /v1/observability/chat-completion-events/{event_id}`."""

    event_id: str
    correlation_id: str
    created_at: str
    extra_fields: dict[str, bool | int | float | str | list[str] | dict[str, str] | None]
    nb_input_tokens: int
    nb_output_tokens: int
    enabled_tools: list[dict[str, Any]]
    request_messages: list[dict[str, Any]]
    response_messages: list[dict[str, Any]]
    nb_messages: int
    chat_transcription_events: list[ChatTranscriptionEvent]


class ChatTranscriptionEvent(WireModel):
    audio_url: str
    model: str
    response_message: dict[str, Any]


class SearchChatCompletionEventIdsResponse(WireModel):
    """Reply of `POST /v1/observability/chat-completion-events/search-ids`."""

    completion_event_ids: list[str]


class SearchChatCompletionEventsResponse(WireModel):
    """Reply of `POST /v1/observability/chat-completion-events/search`."""

    completion_events: FeedResultChatCompletionEventPreview


class FeedResultChatCompletionEventPreview(WireModel):
    results: list[ChatCompletionEventPreview] | None = None
    next: str | None = None
    cursor: str | None = None


class SearchChatCompletionEventIdsRequest(WireModel):
    """Body of `POST /v1/observability/chat-completion-events/search-ids`."""

    search_params: FilterPayload
    extra_fields: list[str] | None = None


class SearchChatCompletionEventsRequest(WireModel):
    """Body of `POST /v1/observability/chat-completion-events/search`."""

    search_params: FilterPayload
    extra_fields: list[str] | None = None


class JudgeChatCompletionEventRequest(WireModel):
    """Body of `POST /v1/observability/chat-completion-events/{event_id}/live-judging`."""

    judge_definition: CreateJudgeRequest
