"""Fill-in-the-middle completion (`POST /v1/fim/completions`)."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from ._base import WireModel
from .chat import ChatCompletionResponse

__all__ = ["FIMCompletionRequest", "FIMCompletionResponse"]


class FIMCompletionRequest(WireModel):
    """Body of `POST /v1/fim/completions`: complete between `prompt` and `suffix`."""

    model: str
    prompt: str
    suffix: str | None = None
    temperature: float | None = Field(default=None, ge=0, le=1.5)
    top_p: float | None = Field(default=None, ge=0, le=1)
    max_tokens: int | None = Field(default=None, ge=0)
    min_tokens: int | None = Field(default=None, ge=0)
    stream: bool | None = None
    stop: str | list[str] | None = None
    random_seed: int | None = Field(default=None, ge=0)
    metadata: dict[str, Any] | None = None
    prompt_cache_key: str | None = None


class FIMCompletionResponse(ChatCompletionResponse):
    """Same shape as a chat completion."""
