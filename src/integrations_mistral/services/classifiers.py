"""Moderation and classification of texts and chats."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from typing_extensions import Unpack

from ..types import (
    ChatClassificationRequest,
    ChatModerationRequest,
    ClassificationRequest,
    ClassificationResponse,
    Message,
    ModerationResponse,
)
from ._base import RawResponses, Service, fields_of
from ._faces import BlockingService, Face, blocking, raw
from ._options import CallOptions

__all__ = ["ClassifiersService"]


class ClassifiersService(Service):
    """`/v1/moderations`, `/v1/chat/moderations`, `/v1/classifications`, `/v1/chat/classifications`."""

    @property
    def with_raw_response(self) -> ClassifiersRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return ClassifiersRawResponses(self)

    async def moderate(
        self,
        *,
        model: str | None = None,
        input: str | list[str] | None = None,
        metadata: dict[str, Any] | None = None,
        request: ClassificationRequest | None = None,
        **options: Unpack[CallOptions],
    ) -> ModerationResponse:
        return await self._send(
            "classifiers.moderate",
            "POST",
            "/v1/moderations",
            ModerationResponse,
            ClassificationRequest,
            request,
            fields_of(locals()),
        )

    async def moderate_chat(
        self,
        *,
        model: str | None = None,
        input: Sequence[Message | dict[str, Any]]
        | Sequence[Sequence[Message | dict[str, Any]]]
        | None = None,
        request: ChatModerationRequest | None = None,
        **options: Unpack[CallOptions],
    ) -> ModerationResponse:
        """Moderate one conversation (a list of messages) or several."""
        return await self._send(
            "classifiers.moderate_chat",
            "POST",
            "/v1/chat/moderations",
            ModerationResponse,
            ChatModerationRequest,
            request,
            fields_of(locals()),
        )

    async def classify(
        self,
        *,
        model: str | None = None,
        input: str | list[str] | None = None,
        metadata: dict[str, Any] | None = None,
        request: ClassificationRequest | None = None,
        **options: Unpack[CallOptions],
    ) -> ClassificationResponse:
        return await self._send(
            "classifiers.classify",
            "POST",
            "/v1/classifications",
            ClassificationResponse,
            ClassificationRequest,
            request,
            fields_of(locals()),
        )

    async def classify_chat(
        self,
        *,
        model: str | None = None,
        input: dict[str, Any] | list[dict[str, Any]] | None = None,
        request: ChatClassificationRequest | None = None,
        **options: Unpack[CallOptions],
    ) -> ClassificationResponse:
        """Classify chats: `input` is `{"messages": [...]}` or a list of them."""
        return await self._send(
            "classifiers.classify_chat",
            "POST",
            "/v1/chat/classifications",
            ClassificationResponse,
            ChatClassificationRequest,
            request,
            fields_of(locals()),
        )


class ClassifiersRawResponses(RawResponses):
    """`classifiers.with_raw_response`: each call answers `APIResponse[reply]`."""

    moderate = raw(ClassifiersService.moderate)
    moderate_chat = raw(ClassifiersService.moderate_chat)
    classify = raw(ClassifiersService.classify)
    classify_chat = raw(ClassifiersService.classify_chat)


class SyncClassifiersRawResponses(BlockingService):
    """`classifiers.with_raw_response` of the blocking client."""

    moderate = blocking(ClassifiersRawResponses.moderate)
    moderate_chat = blocking(ClassifiersRawResponses.moderate_chat)
    classify = blocking(ClassifiersRawResponses.classify)
    classify_chat = blocking(ClassifiersRawResponses.classify_chat)


class SyncClassifiersService(BlockingService):
    """`classifiers` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncClassifiersRawResponses)
    moderate = blocking(ClassifiersService.moderate)
    moderate_chat = blocking(ClassifiersService.moderate_chat)
    classify = blocking(ClassifiersService.classify)
    classify_chat = blocking(ClassifiersService.classify_chat)
