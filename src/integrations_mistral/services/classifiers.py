"""Moderation and classification of texts and chats."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, overload

from typing_extensions import Required, Unpack

from ..types import (
    ChatClassificationRequest,
    ChatModerationRequest,
    ClassificationRequest,
    ClassificationResponse,
    Message,
    ModerationResponse,
)
from ._base import RawResponses, Service, fields_of
from ._faces import BlockingService, Face, blocking, blocking_raw, raw
from ._options import CallOptions

__all__ = ["ClassifiersService"]


class ClassifiersModerateChatArguments(CallOptions, total=False):
    """The keyword arguments of `classifiers.moderate_chat` but `request` (required fields required)."""

    model: Required[str]
    input: Required[
        Sequence[Message | dict[str, Any]] | Sequence[Sequence[Message | dict[str, Any]]]
    ]


class ClassifiersClassifyChatArguments(CallOptions, total=False):
    """The keyword arguments of `classifiers.classify_chat` but `request` (required fields required)."""

    model: Required[str]
    input: Required[dict[str, Any] | list[dict[str, Any]]]


class ClassificationArguments(CallOptions, total=False):
    """The keyword arguments of `classifiers.classify` and `moderate` but `request` (required
    fields required)."""

    model: Required[str]
    input: Required[str | list[str]]
    metadata: dict[str, Any] | None


class ClassifiersService(Service):
    """`/v1/moderations`, `/v1/chat/moderations`, `/v1/classifications`, `/v1/chat/classifications`."""

    @property
    def with_raw_response(self) -> ClassifiersRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return ClassifiersRawResponses(self)

    @overload
    async def moderate(
        self, request: ClassificationRequest, **options: Unpack[CallOptions]
    ) -> ModerationResponse: ...
    @overload
    async def moderate(
        self, **arguments: Unpack[ClassificationArguments]
    ) -> ModerationResponse: ...
    async def moderate(
        self,
        request: ClassificationRequest | None = None,
        *,
        model: str | None = None,
        input: str | list[str] | None = None,
        metadata: dict[str, Any] | None = None,
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
            options=options,
        )

    @overload
    async def moderate_chat(
        self, request: ChatModerationRequest, **options: Unpack[CallOptions]
    ) -> ModerationResponse: ...
    @overload
    async def moderate_chat(
        self, **arguments: Unpack[ClassifiersModerateChatArguments]
    ) -> ModerationResponse: ...
    async def moderate_chat(
        self,
        request: ChatModerationRequest | None = None,
        *,
        model: str | None = None,
        input: Sequence[Message | dict[str, Any]]
        | Sequence[Sequence[Message | dict[str, Any]]]
        | None = None,
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
            options=options,
        )

    @overload
    async def classify(
        self, request: ClassificationRequest, **options: Unpack[CallOptions]
    ) -> ClassificationResponse: ...
    @overload
    async def classify(
        self, **arguments: Unpack[ClassificationArguments]
    ) -> ClassificationResponse: ...
    async def classify(
        self,
        request: ClassificationRequest | None = None,
        *,
        model: str | None = None,
        input: str | list[str] | None = None,
        metadata: dict[str, Any] | None = None,
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
            options=options,
        )

    @overload
    async def classify_chat(
        self, request: ChatClassificationRequest, **options: Unpack[CallOptions]
    ) -> ClassificationResponse: ...
    @overload
    async def classify_chat(
        self, **arguments: Unpack[ClassifiersClassifyChatArguments]
    ) -> ClassificationResponse: ...
    async def classify_chat(
        self,
        request: ChatClassificationRequest | None = None,
        *,
        model: str | None = None,
        input: dict[str, Any] | list[dict[str, Any]] | None = None,
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
            options=options,
        )


class ClassifiersRawResponses(RawResponses):
    """`classifiers.with_raw_response`: each call answers `APIResponse[reply]`."""

    moderate = raw(ClassifiersService.moderate)
    moderate_chat = raw(ClassifiersService.moderate_chat)
    classify = raw(ClassifiersService.classify)
    classify_chat = raw(ClassifiersService.classify_chat)


class SyncClassifiersRawResponses(BlockingService):
    """`classifiers.with_raw_response` of the blocking client."""

    moderate = blocking_raw(ClassifiersService.moderate)
    moderate_chat = blocking_raw(ClassifiersService.moderate_chat)
    classify = blocking_raw(ClassifiersService.classify)
    classify_chat = blocking_raw(ClassifiersService.classify_chat)


class SyncClassifiersService(BlockingService):
    """`classifiers` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncClassifiersRawResponses)
    moderate = blocking(ClassifiersService.moderate)
    moderate_chat = blocking(ClassifiersService.moderate_chat)
    classify = blocking(ClassifiersService.classify)
    classify_chat = blocking(ClassifiersService.classify_chat)
