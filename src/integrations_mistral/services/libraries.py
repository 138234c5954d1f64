"""Libraries: `client.libraries` (collections), `.documents` (their files), `.accesses` (sharing)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, Literal

from typing_extensions import Unpack

from ..types import (
    Library,
    LibraryCreateRequest,
    LibraryList,
    LibraryUpdateRequest,
    Sharing,
    SharingDeleteRequest,
    SharingList,
    SharingRequest,
)
from ._base import RawResponses, Service, build_request, fields_of, query
from ._faces import BlockingService, Face, blocking, blocking_raw, raw
from ._fallback import Caller
from ._options import CallOptions, takes_arguments_of
from ._pagination import walk_cursor
from .library_documents import DocumentsService, SyncDocumentsService, library_path

__all__ = ["LibrariesService"]


class AccessesService(Service):
    """`/v1/libraries/{id}/share`: who may read or edit a library."""

    @property
    def with_raw_response(self) -> AccessesRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return AccessesRawResponses(self)

    async def list(self, library_id: str, **options: Unpack[CallOptions]) -> SharingList:
        return await self._call(
            "libraries.accesses.list",
            "GET",
            library_path(library_id, "/share"),
            SharingList,
            options=options,
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
        body = build_request(SharingRequest, None, fields_of(locals(), "library_id"), options)
        path = library_path(library_id, "/share")
        return await self._call(
            "libraries.accesses.set", "PUT", path, Sharing, body=body, options=options
        )

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
        body = build_request(SharingDeleteRequest, None, fields_of(locals(), "library_id"), options)
        path = library_path(library_id, "/share")
        return await self._call(
            "libraries.accesses.delete", "DELETE", path, Sharing, body=body, options=options
        )


class AccessesRawResponses(RawResponses):
    """`libraries.accesses.with_raw_response`: each call answers `APIResponse[reply]`."""

    list = raw(AccessesService.list)
    set = raw(AccessesService.set)
    delete = raw(AccessesService.delete)


class SyncAccessesRawResponses(BlockingService):
    """`libraries.accesses.with_raw_response` of the blocking client."""

    list = blocking_raw(AccessesService.list)
    set = blocking_raw(AccessesService.set)
    delete = blocking_raw(AccessesService.delete)


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

    def __init__(self, caller: Caller) -> None:
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
        return await self._call(
            "libraries.list", "GET", "/v1/libraries", LibraryList, params=params, options=options
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
        body = build_request(LibraryCreateRequest, None, fields_of(locals()), options)
        return await self._call(
            "libraries.create", "POST", "/v1/libraries", Library, body=body, options=options
        )

    async def get(self, library_id: str, **options: Unpack[CallOptions]) -> Library:
        return await self._call(
            "libraries.get", "GET", library_path(library_id), Library, options=options
        )

    async def update(
        self,
        library_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Library:
        body = build_request(LibraryUpdateRequest, None, fields_of(locals(), "library_id"), options)
        return await self._call(
            "libraries.update", "PUT", library_path(library_id), Library, body=body, options=options
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
        body = build_request(LibraryUpdateRequest, None, fields_of(locals(), "library_id"), options)
        return await self._call(
            "libraries.patch",
            "PATCH",
            library_path(library_id),
            Library,
            body=body,
            options=options,
        )

    async def delete(self, library_id: str, **options: Unpack[CallOptions]) -> Library:
        return await self._call(
            "libraries.delete", "DELETE", library_path(library_id), Library, options=options
        )


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

    list = blocking_raw(LibrariesService.list)
    create = blocking_raw(LibrariesService.create)
    get = blocking_raw(LibrariesService.get)
    update = blocking_raw(LibrariesService.update)
    patch = blocking_raw(LibrariesService.patch)
    delete = blocking_raw(LibrariesService.delete)


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
