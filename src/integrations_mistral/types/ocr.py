"""OCR (`POST /v1/ocr`)."""

from __future__ import annotations

from typing import Any, Literal

from ._base import WireModel
from .chat import ResponseFormat
from .content import DocumentURLChunk, FileChunk, ImageURLChunk

__all__ = ["OCRPage", "OCRRequest", "OCRResponse", "OCRUsage"]


class OCRRequest(WireModel):
    """Body of `POST /v1/ocr`: a document (URL, image or uploaded file) to read."""

    model: str | None
    document: DocumentURLChunk | ImageURLChunk | FileChunk
    id: str | None = None
    pages: str | list[int] | None = None
    include_image_base64: bool | None = None
    image_limit: int | None = None
    image_min_size: int | None = None
    bbox_annotation_format: ResponseFormat | None = None
    document_annotation_format: ResponseFormat | None = None
    document_annotation_prompt: str | None = None
    table_format: Literal["markdown", "html"] | str | None = None
    extract_header: bool | None = None
    extract_footer: bool | None = None
    include_blocks: bool | None = None
    confidence_scores_granularity: Literal["word", "page"] | str | None = None


class OCRPage(WireModel):
    index: int
    markdown: str
    images: list[dict[str, Any]] = []
    tables: list[dict[str, Any]] | None = None
    hyperlinks: list[str] | None = None
    header: str | None = None
    footer: str | None = None
    dimensions: dict[str, Any] | None = None
    confidence_scores: dict[str, Any] | None = None
    blocks: list[dict[str, Any]] | None = None


class OCRUsage(WireModel):
    pages_processed: int
    doc_size_bytes: int | None = None


class OCRResponse(WireModel):
    pages: list[OCRPage]
    model: str
    document_annotation: str | None = None
    usage_info: OCRUsage
