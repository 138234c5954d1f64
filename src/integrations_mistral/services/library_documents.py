"""`client.libraries.documents`: the documents of a library (upload, status, text, signed URLs)."""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
from pydantic import RootModel
from typing_extensions import Unpack

from ..errors import RequestTimeoutError
from ..types import (
    Document,
    DocumentList,
    DocumentStatus,
    DocumentText,
    DocumentUpdateRequest,
)
from ._base import RawResponses, Service, build_request, fields_of, query, segment
from ._faces import BlockingService, Face, blocking, blocking_raw, raw
from ._options import CallOptions, RequestExtras, takes_arguments_of
from ._pagination import walk_pages
from .files import FileInput, file_source

__all__ = ["DocumentsService", "SyncDocumentsService", "library_path"]


class _Text(RootModel[str]):
    """An endpoint answering with a bare JSON string (a signed URL)."""


def library_path(library_id: str, tail: str = "") -> str:
    return f"/v1/libraries/{segment(library_id, 'library_id')}{tail}"


def _document(library_id: str, document_id: str, tail: str = "") -> str:
    return library_path(library_id, f"/documents/{segment(document_id, 'document_id')}{tail}")


class DocumentsService(Service):
    """`/v1/libraries/{id}/documents`."""

    @property
    def with_raw_response(self) -> DocumentsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return DocumentsRawResponses(self)

    async def list(
        self,
        library_id: str,
        *,
        search: str | None = None,
        page_size: int = 100,
        page: int = 0,
        filters_attributes: str | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        **options: Unpack[CallOptions],
    ) -> DocumentList:
        """One page of a library's documents (`search` by name, `filters_attributes` as JSON)."""
        params = query(**fields_of(locals(), "library_id"))
        return await self._call(
            "libraries.documents.list",
            "GET",
            library_path(library_id, "/documents"),
            DocumentList,
            params=params,
            options=options,
        )

    @takes_arguments_of(list)
    def iterate(self, library_id: str, **filters: Any) -> AsyncIterator[Document]:
        """Every document of the library matching `filters` (the keyword arguments of `list`)."""

        return walk_pages(
            functools.partial(self.list, library_id),
            {"page_size": 100, **filters},
            page="page",
            first=0,
            size="page_size",
            items="data",
            total="total",
        )

    async def upload(
        self, library_id: str, *, file: FileInput, **options: Unpack[CallOptions]
    ) -> Document:
        """Add a file (streamed from disk, rebuilt for each retry); processing starts on its own."""
        filename, opener = file_source(file)

        def form() -> aiohttp.FormData:
            data = aiohttp.FormData()
            data.add_field(
                "file", opener(), filename=filename, content_type="application/octet-stream"
            )
            return data

        path = library_path(library_id, "/documents")
        return await self._call(
            "libraries.documents.upload", "POST", path, Document, form=form, options=options
        )

    async def get(
        self, library_id: str, document_id: str, **options: Unpack[CallOptions]
    ) -> Document:
        path = _document(library_id, document_id)
        return await self._call("libraries.documents.get", "GET", path, Document, options=options)

    async def update(
        self,
        library_id: str,
        document_id: str,
        *,
        name: str | None = None,
        attributes: dict[str, Any] | None = None,
        expires_at: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Document:
        path = _document(library_id, document_id)
        body = build_request(
            DocumentUpdateRequest,
            None,
            fields_of(locals(), "library_id", "document_id", "path"),
            options,
        )
        return await self._call(
            "libraries.documents.update", "PUT", path, Document, body=body, options=options
        )

    async def patch(
        self,
        library_id: str,
        document_id: str,
        *,
        name: str | None = None,
        attributes: dict[str, Any] | None = None,
        expires_at: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Document:
        """Change only the metadata given (`PATCH`; `update` replaces it with `PUT`)."""
        path = _document(library_id, document_id)
        body = build_request(
            DocumentUpdateRequest,
            None,
            fields_of(locals(), "library_id", "document_id", "path"),
            options,
        )
        return await self._call(
            "libraries.documents.patch", "PATCH", path, Document, body=body, options=options
        )

    async def delete(
        self, library_id: str, document_id: str, **options: Unpack[CallOptions]
    ) -> None:
        path = _document(library_id, document_id)
        await self._raw("libraries.documents.delete", "DELETE", path, options=options)

    async def text_content(
        self,
        library_id: str,
        document_id: str,
        *,
        page_start: int | None = None,
        page_end: int | None = None,
        **options: Unpack[CallOptions],
    ) -> DocumentText:
        """The document's extracted text (of pages `page_start` to `page_end` if given)."""
        path = _document(library_id, document_id, "/text_content")
        params = query(page_start=page_start, page_end=page_end)
        return await self._call(
            "libraries.documents.text_content",
            "GET",
            path,
            DocumentText,
            params=params,
            options=options,
        )

    async def status(
        self, library_id: str, document_id: str, **options: Unpack[CallOptions]
    ) -> DocumentStatus:
        path = _document(library_id, document_id, "/status")
        return await self._call(
            "libraries.documents.status", "GET", path, DocumentStatus, options=options
        )

    async def signed_url(
        self, library_id: str, document_id: str, **options: Unpack[CallOptions]
    ) -> str:
        """A temporary URL of the original file."""
        path = _document(library_id, document_id, "/signed-url")
        return (
            await self._call("libraries.documents.signed_url", "GET", path, _Text, options=options)
        ).root

    async def extracted_text_signed_url(
        self, library_id: str, document_id: str, **options: Unpack[CallOptions]
    ) -> str:
        """A temporary URL of the text extracted from the file."""
        path = _document(library_id, document_id, "/extracted-text-signed-url")
        name = "libraries.documents.extracted_text_signed_url"
        return (await self._call(name, "GET", path, _Text, options=options)).root

    async def reprocess(
        self, library_id: str, document_id: str, **options: Unpack[CallOptions]
    ) -> None:
        path = _document(library_id, document_id, "/reprocess")
        await self._raw("libraries.documents.reprocess", "POST", path, options=options)

    async def wait_until_processed(
        self,
        library_id: str,
        document_id: str,
        *,
        timeout: float = 300.0,
        poll_secs: float = 1.0,
        **options: Unpack[RequestExtras],
    ) -> DocumentStatus:
        """Poll `status` (backing off up to 30 s) until processing finished (done, error, ...);
        `RequestTimeoutError` if it has not after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        wait = poll_secs
        while True:
            status = await self.status(library_id, document_id)
            if status.finished:
                return status
            left = deadline - time.monotonic()
            if left <= 0:
                raise RequestTimeoutError(
                    f"document {document_id} still {status.process_status} after {timeout:g} s"
                )
            await asyncio.sleep(min(wait, left))
            wait = min(wait * 1.5, 30.0)


class DocumentsRawResponses(RawResponses):
    """`libraries.documents.with_raw_response`: each call answers `APIResponse[reply]`."""

    list = raw(DocumentsService.list)
    upload = raw(DocumentsService.upload)
    get = raw(DocumentsService.get)
    update = raw(DocumentsService.update)
    patch = raw(DocumentsService.patch)
    delete = raw(DocumentsService.delete)
    text_content = raw(DocumentsService.text_content)
    status = raw(DocumentsService.status)
    signed_url = raw(DocumentsService.signed_url)
    extracted_text_signed_url = raw(DocumentsService.extracted_text_signed_url)
    reprocess = raw(DocumentsService.reprocess)
    wait_until_processed = raw(DocumentsService.wait_until_processed)


class SyncDocumentsRawResponses(BlockingService):
    """`libraries.documents.with_raw_response` of the blocking client."""

    list = blocking_raw(DocumentsService.list)
    upload = blocking_raw(DocumentsService.upload)
    get = blocking_raw(DocumentsService.get)
    update = blocking_raw(DocumentsService.update)
    patch = blocking_raw(DocumentsService.patch)
    delete = blocking_raw(DocumentsService.delete)
    text_content = blocking_raw(DocumentsService.text_content)
    status = blocking_raw(DocumentsService.status)
    signed_url = blocking_raw(DocumentsService.signed_url)
    extracted_text_signed_url = blocking_raw(DocumentsService.extracted_text_signed_url)
    reprocess = blocking_raw(DocumentsService.reprocess)
    wait_until_processed = blocking_raw(DocumentsService.wait_until_processed)


class SyncDocumentsService(BlockingService):
    """`libraries.documents` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncDocumentsRawResponses)
    list = blocking(DocumentsService.list)
    upload = blocking(DocumentsService.upload)
    get = blocking(DocumentsService.get)
    update = blocking(DocumentsService.update)
    patch = blocking(DocumentsService.patch)
    delete = blocking(DocumentsService.delete)
    text_content = blocking(DocumentsService.text_content)
    status = blocking(DocumentsService.status)
    signed_url = blocking(DocumentsService.signed_url)
    extracted_text_signed_url = blocking(DocumentsService.extracted_text_signed_url)
    reprocess = blocking(DocumentsService.reprocess)
    wait_until_processed = blocking(DocumentsService.wait_until_processed)
    iterate = blocking(DocumentsService.iterate)
