"""Embeddings: `client.embeddings.create(...)`."""

from __future__ import annotations

from typing import Any, Literal, overload

from typing_extensions import Required, Unpack

from ..types import EmbeddingRequest, EmbeddingResponse
from ._base import RawResponses, Service, build_request, fields_of
from ._faces import BlockingService, Face, blocking, blocking_raw, raw
from ._options import CallOptions

__all__ = ["EmbeddingsService"]


class EmbeddingsCreateArguments(CallOptions, total=False):
    """The keyword arguments of `embeddings.create` but `request` (required fields required)."""

    model: Required[str]
    input: Required[str | list[str]]
    output_dimension: int | None
    output_dtype: Literal["float", "int8", "uint8", "binary", "ubinary"] | str | None
    encoding_format: Literal["float", "base64"] | str | None
    metadata: dict[str, Any] | None


class EmbeddingsService(Service):
    """`POST /v1/embeddings`."""

    @property
    def with_raw_response(self) -> EmbeddingsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return EmbeddingsRawResponses(self)

    @overload
    async def create(
        self, request: EmbeddingRequest, **options: Unpack[CallOptions]
    ) -> EmbeddingResponse: ...
    @overload
    async def create(self, **arguments: Unpack[EmbeddingsCreateArguments]) -> EmbeddingResponse: ...
    async def create(
        self,
        request: EmbeddingRequest | None = None,
        *,
        model: str | None = None,
        input: str | list[str] | None = None,
        output_dimension: int | None = None,
        output_dtype: Literal["float", "int8", "uint8", "binary", "ubinary"] | str | None = None,
        encoding_format: Literal["float", "base64"] | str | None = None,
        metadata: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> EmbeddingResponse:
        """Embed one text or a list of texts."""
        body = build_request(EmbeddingRequest, request, fields_of(locals()), options)
        texts = [body.input] if isinstance(body.input, str) else body.input
        cost = sum(len(text) for text in texts) // 4 + 1
        return await self._call(
            "embeddings.create",
            "POST",
            "/v1/embeddings",
            EmbeddingResponse,
            body=body,
            cost=cost,
            options=options,
        )


class EmbeddingsRawResponses(RawResponses):
    """`embeddings.with_raw_response`: each call answers `APIResponse[reply]`."""

    create = raw(EmbeddingsService.create)


class SyncEmbeddingsRawResponses(BlockingService):
    """`embeddings.with_raw_response` of the blocking client."""

    create = blocking_raw(EmbeddingsService.create)


class SyncEmbeddingsService(BlockingService):
    """`embeddings` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncEmbeddingsRawResponses)
    create = blocking(EmbeddingsService.create)
