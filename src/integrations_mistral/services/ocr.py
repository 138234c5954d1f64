"""OCR: `client.ocr.process(...)`."""

from __future__ import annotations

from typing import Any, Literal, overload

from typing_extensions import Required, Unpack

from ..types import (
    DocumentURLChunk,
    FileChunk,
    ImageURLChunk,
    OCRRequest,
    OCRResponse,
    ResponseFormat,
)
from ._base import RawResponses, Service, fields_of
from ._faces import BlockingService, Face, blocking, blocking_raw, raw
from ._options import CallOptions

__all__ = ["OCRService"]


class OCRProcessArguments(CallOptions, total=False):
    """The keyword arguments of `ocr.process` but `request` (required fields required)."""

    model: Required[str]
    document: Required[DocumentURLChunk | ImageURLChunk | FileChunk | dict[str, Any]]
    id: str | None
    pages: str | list[int] | None
    include_image_base64: bool | None
    image_limit: int | None
    image_min_size: int | None
    bbox_annotation_format: ResponseFormat | dict[str, Any] | None
    document_annotation_format: ResponseFormat | dict[str, Any] | None
    document_annotation_prompt: str | None
    table_format: Literal["markdown", "html"] | None
    extract_header: bool | None
    extract_footer: bool | None
    include_blocks: bool | None
    confidence_scores_granularity: Literal["word", "page"] | None


class OCRService(Service):
    """`POST /v1/ocr`."""

    @property
    def with_raw_response(self) -> OCRRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return OCRRawResponses(self)

    @overload
    async def process(self, request: OCRRequest, **options: Unpack[CallOptions]) -> OCRResponse: ...
    @overload
    async def process(self, **arguments: Unpack[OCRProcessArguments]) -> OCRResponse: ...
    async def process(
        self,
        request: OCRRequest | None = None,
        *,
        model: str | None = None,
        document: DocumentURLChunk | ImageURLChunk | FileChunk | dict[str, Any] | None = None,
        id: str | None = None,
        pages: str | list[int] | None = None,
        include_image_base64: bool | None = None,
        image_limit: int | None = None,
        image_min_size: int | None = None,
        bbox_annotation_format: ResponseFormat | dict[str, Any] | None = None,
        document_annotation_format: ResponseFormat | dict[str, Any] | None = None,
        document_annotation_prompt: str | None = None,
        table_format: Literal["markdown", "html"] | None = None,
        extract_header: bool | None = None,
        extract_footer: bool | None = None,
        include_blocks: bool | None = None,
        confidence_scores_granularity: Literal["word", "page"] | None = None,
        **options: Unpack[CallOptions],
    ) -> OCRResponse:
        """Read a document: `{"type": "document_url", "document_url": ...}`, an image or a file id."""
        return await self._send(
            "ocr.process",
            "POST",
            "/v1/ocr",
            OCRResponse,
            OCRRequest,
            request,
            fields_of(locals()),
            options=options,
        )


class OCRRawResponses(RawResponses):
    """`ocr.with_raw_response`: each call answers `APIResponse[reply]`."""

    process = raw(OCRService.process)


class SyncOCRRawResponses(BlockingService):
    """`ocr.with_raw_response` of the blocking client."""

    process = blocking_raw(OCRService.process)


class SyncOCRService(BlockingService):
    """`ocr` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncOCRRawResponses)
    process = blocking(OCRService.process)
