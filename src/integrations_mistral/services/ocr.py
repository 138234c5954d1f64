"""OCR: `client.ocr.process(...)`."""

from __future__ import annotations

from typing import Any, Literal

from typing_extensions import Unpack

from ..types import (
    DocumentURLChunk,
    FileChunk,
    ImageURLChunk,
    OCRRequest,
    OCRResponse,
    ResponseFormat,
)
from ._base import Service, fields_of
from ._options import CallOptions

__all__ = ["OCRService"]


class OCRService(Service):
    """`POST /v1/ocr`."""

    async def process(
        self,
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
        request: OCRRequest | None = None,
        **options: Unpack[CallOptions],
    ) -> OCRResponse:
        """Read a document: `{"type": "document_url", "document_url": ...}`, an image or a file id."""
        return await self._send(
            "ocr.process", "POST", "/v1/ocr", OCRResponse, OCRRequest, request, fields_of(locals())
        )
