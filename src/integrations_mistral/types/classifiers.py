"""Moderation and classification (`/v1/moderations`, `/v1/classifications` and chat variants)."""

from __future__ import annotations

from typing import Any

from ._base import WireModel
from .messages import Message

__all__ = [
    "ChatClassificationRequest",
    "ChatModerationRequest",
    "ClassificationRequest",
    "ClassificationResponse",
    "ModerationResponse",
    "ModerationResult",
]


class ClassificationRequest(WireModel):
    """Body of `POST /v1/moderations` and `POST /v1/classifications`."""

    model: str
    input: str | list[str]
    metadata: dict[str, Any] | None = None


class ChatModerationRequest(WireModel):
    """Body of `POST /v1/chat/moderations`: one conversation or a list of them."""

    model: str
    input: list[Message] | list[list[Message]]


class ChatClassificationRequest(WireModel):
    """Body of `POST /v1/chat/classifications`."""

    model: str
    input: dict[str, Any] | list[dict[str, Any]]


class ModerationResult(WireModel):
    categories: dict[str, bool] = {}
    category_scores: dict[str, float] = {}


class ModerationResponse(WireModel):
    id: str
    model: str
    results: list[ModerationResult]


class ClassificationResponse(WireModel):
    id: str
    model: str
    results: list[dict[str, Any]]
