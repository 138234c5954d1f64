"""Embeddings (`POST /v1/embeddings`)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from ._base import WireModel
from .chat import UsageInfo

__all__ = ["EmbeddingData", "EmbeddingRequest", "EmbeddingResponse"]


class EmbeddingRequest(WireModel):
    model: str
    input: str | list[str]
    output_dimension: int | None = Field(default=None, ge=1)
    output_dtype: Literal["float", "int8", "uint8", "binary", "ubinary"] | str | None = None
    encoding_format: Literal["float", "base64"] | str | None = None
    metadata: dict[str, Any] | None = None


class EmbeddingData(WireModel):
    object: str = "embedding"
    embedding: list[float] | str = Field(default_factory=list)
    index: int | None = None  # the document requires neither


class EmbeddingResponse(WireModel):
    id: str | None = None
    object: str = "list"
    model: str
    usage: UsageInfo
    data: list[EmbeddingData]

    @property
    def vectors(self) -> list[list[float]]:
        """The embeddings in input order (float encoding)."""
        ordered = sorted(
            enumerate(self.data),
            key=lambda pair: pair[1].index if pair[1].index is not None else pair[0],
        )
        return [item.embedding for _, item in ordered if isinstance(item.embedding, list)]
