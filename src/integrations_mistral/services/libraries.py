"""Libraries: `client.libraries` (collections), `.documents` (their files), `.accesses` (sharing)."""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import AsyncIterator
from typing import Any, Literal

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
    Library,
    LibraryCreateRequest,
    LibraryList,
    LibraryUpdateRequest,
    Sharing,
    SharingDeleteRequest,
    SharingList,
    SharingRequest,
)
from ._base import RawResponses, Service, build_request, fields_of, query, segment
from ._caller import APICaller
from ._faces import BlockingService, Face, blocking, raw
from ._options import CallOptions, RequestExtras, takes_arguments_of
from ._pagination import walk_cursor, walk_pages
from .files import FileInput, file_source

__all__ = ["LibrariesService"]


class _Text(RootModel[str]):
    """An endpoint answering with a bare JSON string (a signed URL)."""


def _library(library_id: str, tail: str = "") -> str:
    return f"/v1/libraries/{segment(library_id, 'library_id')}{tail}"


def _document(library_id: str, document_id: str, tail: str = "") -> str:
    return _library(library_id, f"/documents/{segment(document_id, 'document_id')}{tail}")


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
        return await self._caller.call(
            "libraries.documents.list",
            "GET",
            _library(library_id, "/documents"),
            DocumentList,
            params=params,
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

        path = _library(library_id, "/documents")
        return await self._caller.call(
            "libraries.documents.upload", "POST", path, Document, form=form
        )

    async def get(
        self, library_id: str, document_id: str, **options: Unpack[CallOptions]
    ) -> Document:
        path = _document(library_id, document_id)
        return await self._caller.call("libraries.documents.get", "GET", path, Document)

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
            DocumentUpdateRequest, None, fields_of(locals(), "library_id", "document_id", "path")
        )
        return await self._caller.call(
            "libraries.documents.update", "PUT", path, Document, body=body
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
            DocumentUpdateRequest, None, fields_of(locals(), "library_id", "document_id", "path")
        )
        return await self._caller.call(
            "libraries.documents.patch", "PATCH", path, Document, body=body
        )

    async def delete(
        self, library_id: str, document_id: str, **options: Unpack[CallOptions]
    ) -> None:
        path = _document(library_id, document_id)
        await self._caller.raw("libraries.documents.delete", "DELETE", path)

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
        return await self._caller.call(
            "libraries.documents.text_content", "GET", path, DocumentText, params=params
        )

    async def status(
        self, library_id: str, document_id: str, **options: Unpack[CallOptions]
    ) -> DocumentStatus:
        path = _document(library_id, document_id, "/status")
        return await self._caller.call("libraries.documents.status", "GET", path, DocumentStatus)

    async def signed_url(
        self, library_id: str, document_id: str, **options: Unpack[CallOptions]
    ) -> str:
        """A temporary URL of the original file."""
        path = _document(library_id, document_id, "/signed-url")
        return (await self._caller.call("libraries.documents.signed_url", "GET", path, _Text)).root

    async def extracted_text_signed_url(
        self, library_id: str, document_id: str, **options: Unpack[CallOptions]
    ) -> str:
        """A temporary URL of the text extracted from the file."""
        path = _document(library_id, document_id, "/extracted-text-signed-url")
        name = "libraries.documents.extracted_text_signed_url"
        return (await self._caller.call(name, "GET", path, _Text)).root

    async def reprocess(
        self, library_id: str, document_id: str, **options: Unpack[CallOptions]
    ) -> None:
        path = _document(library_id, document_id, "/reprocess")
        await self._caller.raw("libraries.documents.reprocess", "POST", path)

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

    list = blocking(DocumentsRawResponses.list)
    upload = blocking(DocumentsRawResponses.upload)
    get = blocking(DocumentsRawResponses.get)
    update = blocking(DocumentsRawResponses.update)
    patch = blocking(DocumentsRawResponses.patch)
    delete = blocking(DocumentsRawResponses.delete)
    text_content = blocking(DocumentsRawResponses.text_content)
    status = blocking(DocumentsRawResponses.status)
    signed_url = blocking(DocumentsRawResponses.signed_url)
    extracted_text_signed_url = blocking(DocumentsRawResponses.extracted_text_signed_url)
    reprocess = blocking(DocumentsRawResponses.reprocess)
    wait_until_processed = blocking(DocumentsRawResponses.wait_until_processed)


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


class AccessesService(Service):
    """`/v1/libraries/{id}/share`: who may read or edit a library."""

    @property
    def with_raw_response(self) -> AccessesRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return AccessesRawResponses(self)

    async def list(self, library_id: str, **options: Unpack[CallOptions]) -> SharingList:
        return await self._caller.call(
            "libraries.accesses.list", "GET", _library(library_id, "/share"), SharingList
        )

    async def set(
        self,
        library_id: str,
        *,
        share_with_uuid: str,
        share_with_type: str,
        level: str,
        org_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Sharing:
        """Grant (or change) `level` (`Viewer`, `Editor`) to a user, workspace or org."""
        body = build_request(SharingRequest, None, fields_of(locals(), "library_id"))
        path = _library(library_id, "/share")
        return await self._caller.call("libraries.accesses.set", "PUT", path, Sharing, body=body)

    async def delete(
        self,
        library_id: str,
        *,
        share_with_uuid: str,
        share_with_type: str,
        level: str,
        org_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Sharing:
        """Remove the access granted at `level` to a user, workspace or org."""
        body = build_request(SharingDeleteRequest, None, fields_of(locals(), "library_id"))
        path = _library(library_id, "/share")
        return await self._caller.call(
            "libraries.accesses.delete", "DELETE", path, Sharing, body=body
        )


class AccessesRawResponses(RawResponses):
    """`libraries.accesses.with_raw_response`: each call answers `APIResponse[reply]`."""

    list = raw(AccessesService.list)
    set = raw(AccessesService.set)
    delete = raw(AccessesService.delete)


class SyncAccessesRawResponses(BlockingService):
    """`libraries.accesses.with_raw_response` of the blocking client."""

    list = blocking(AccessesRawResponses.list)
    set = blocking(AccessesRawResponses.set)
    delete = blocking(AccessesRawResponses.delete)


class SyncAccessesService(BlockingService):
    """`libraries.accesses` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncAccessesRawResponses)
    list = blocking(AccessesService.list)
    set = blocking(AccessesService.set)
    delete = blocking(AccessesService.delete)


class LibrariesService(Service):
    """`/v1/libraries`; `documents` and `accesses` hang off it."""

    @property
    def with_raw_response(self) -> LibrariesRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return LibrariesRawResponses(self)

    def __init__(self, caller: APICaller) -> None:
        super().__init__(caller)
        self.documents = DocumentsService(caller)
        self.accesses = AccessesService(caller)

    async def list(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        search: str | None = None,
        page: int | None = None,
        filter_owned_by_me: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> LibraryList:
        """One page of libraries (`.data`; `next_page_token` continues). `page` and
        `filter_owned_by_me` are deprecated by the API (use `page_token`)."""
        params = query(**fields_of(locals()))
        return await self._caller.call(
            "libraries.list", "GET", "/v1/libraries", LibraryList, params=params
        )

    @takes_arguments_of(list)
    def iterate(self, **filters: Any) -> AsyncIterator[Library]:
        """Every library matching `filters` (the keyword arguments of `list`), page after page."""
        return walk_cursor(
            self.list, filters, cursor="page_token", items="data", next="next_page_token"
        )

    async def create(
        self,
        *,
        name: str,
        description: str | None = None,
        chunk_size: int | None = None,
        owner_type: Literal["User", "Workspace"] | str | None = None,
        **options: Unpack[CallOptions],
    ) -> Library:
        body = build_request(LibraryCreateRequest, None, fields_of(locals()))
        return await self._caller.call(
            "libraries.create", "POST", "/v1/libraries", Library, body=body
        )

    async def get(self, library_id: str, **options: Unpack[CallOptions]) -> Library:
        return await self._caller.call("libraries.get", "GET", _library(library_id), Library)

    async def update(
        self,
        library_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Library:
        body = build_request(LibraryUpdateRequest, None, fields_of(locals(), "library_id"))
        return await self._caller.call(
            "libraries.update", "PUT", _library(library_id), Library, body=body
        )

    async def patch(
        self,
        library_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Library:
        """Change only the fields given (`PATCH`; `update` replaces them with `PUT`)."""
        body = build_request(LibraryUpdateRequest, None, fields_of(locals(), "library_id"))
        return await self._caller.call(
            "libraries.patch", "PATCH", _library(library_id), Library, body=body
        )

    async def delete(self, library_id: str, **options: Unpack[CallOptions]) -> Library:
        return await self._caller.call("libraries.delete", "DELETE", _library(library_id), Library)


class LibrariesRawResponses(RawResponses):
    """`libraries.with_raw_response`: each call answers `APIResponse[reply]`."""

    list = raw(LibrariesService.list)
    create = raw(LibrariesService.create)
    get = raw(LibrariesService.get)
    update = raw(LibrariesService.update)
    patch = raw(LibrariesService.patch)
    delete = raw(LibrariesService.delete)


class SyncLibrariesRawResponses(BlockingService):
    """`libraries.with_raw_response` of the blocking client."""

    list = blocking(LibrariesRawResponses.list)
    create = blocking(LibrariesRawResponses.create)
    get = blocking(LibrariesRawResponses.get)
    update = blocking(LibrariesRawResponses.update)
    patch = blocking(LibrariesRawResponses.patch)
    delete = blocking(LibrariesRawResponses.delete)


class SyncLibrariesService(BlockingService):
    """`libraries` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncLibrariesRawResponses)
    documents = Face(SyncDocumentsService)
    accesses = Face(SyncAccessesService)
    list = blocking(LibrariesService.list)
    create = blocking(LibrariesService.create)
    get = blocking(LibrariesService.get)
    update = blocking(LibrariesService.update)
    patch = blocking(LibrariesService.patch)
    delete = blocking(LibrariesService.delete)
    iterate = blocking(LibrariesService.iterate)
