"""Fill-in-the-middle: `client.fim.create(...)`."""

from __future__ import annotations

from typing import Any, overload

from typing_extensions import Required, Unpack

from ..types import CompletionChunk, FIMCompletionRequest, FIMCompletionResponse
from ._base import (
    RawResponses,
    RequestValidationError,
    Service,
    build_request,
    build_stream_request,
    fields_of,
)
from ._faces import BlockingService, Face, blocking, blocking_raw, raw, streaming
from ._options import CallOptions, take_options
from ._stream import CompletionStream

__all__ = ["FIMService"]


class FIMCreateArguments(CallOptions, total=False):
    """The keyword arguments of `fim.create` but `request` (required fields required)."""

    model: Required[str]
    prompt: Required[str]
    suffix: str | None
    temperature: float | None
    top_p: float | None
    max_tokens: int | None
    min_tokens: int | None
    stop: str | list[str] | None
    random_seed: int | None
    metadata: dict[str, Any] | None
    prompt_cache_key: str | None


class FIMService(Service):
    """`POST /v1/fim/completions`."""

    @property
    def with_raw_response(self) -> FIMRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return FIMRawResponses(self)

    @overload
    async def create(
        self, request: FIMCompletionRequest, **options: Unpack[CallOptions]
    ) -> FIMCompletionResponse: ...
    @overload
    async def create(self, **arguments: Unpack[FIMCreateArguments]) -> FIMCompletionResponse: ...
    async def create(
        self,
        request: FIMCompletionRequest | None = None,
        *,
        model: str | None = None,
        prompt: str | None = None,
        suffix: str | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        max_tokens: int | None = None,
        min_tokens: int | None = None,
        stop: str | list[str] | None = None,
        random_seed: int | None = None,
        metadata: dict[str, Any] | None = None,
        prompt_cache_key: str | None = None,
        **options: Unpack[CallOptions],
    ) -> FIMCompletionResponse:
        """Complete the code between `prompt` and `suffix`."""
        body = build_request(FIMCompletionRequest, request, fields_of(locals()), options)
        if body.stream:
            raise RequestValidationError("fim.create does not stream; use fim.create_stream")
        return await self._call(
            "fim.create",
            "POST",
            "/v1/fim/completions",
            FIMCompletionResponse,
            body=body,
            cost=_cost(body),
            options=options,
        )

    @overload
    async def create_stream(
        self, request: FIMCompletionRequest, **options: Unpack[CallOptions]
    ) -> CompletionStream[CompletionChunk]: ...
    @overload
    async def create_stream(
        self, **arguments: Unpack[FIMCreateArguments]
    ) -> CompletionStream[CompletionChunk]: ...
    async def create_stream(
        self, request: FIMCompletionRequest | None = None, **arguments: Any
    ) -> CompletionStream[CompletionChunk]:
        """Stream a FIM completion; takes the arguments of `create`."""
        options = take_options(arguments)
        body = build_stream_request(FIMCompletionRequest, request, arguments, options)
        return await self._stream(
            "fim.create_stream", "/v1/fim/completions", body, _cost(body), options=options
        )


class FIMRawResponses(RawResponses):
    """`fim.with_raw_response`: each call answers `APIResponse[reply]`."""

    create = raw(FIMService.create)


class SyncFIMRawResponses(BlockingService):
    """`fim.with_raw_response` of the blocking client."""

    create = blocking_raw(FIMService.create)


class SyncFIMService(BlockingService):
    """`fim` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncFIMRawResponses)
    create = blocking(FIMService.create)
    create_stream = streaming(FIMService.create_stream)


def _cost(body: FIMCompletionRequest) -> int:
    return (len(body.prompt) + len(body.suffix or "")) // 4 + 1 + (body.max_tokens or 0)
