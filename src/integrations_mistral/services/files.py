"""Files: upload (streamed multipart), list/iterate, retrieve, delete, download, signed URLs."""

from __future__ import annotations

import builtins
import os
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import IO, Literal

import aiohttp
from typing_extensions import Unpack

from ..transport.failures import translate_errors
from ..types import DeleteFileResponse, FileList, FileObject, SignedURL
from ._base import RawResponses, RequestValidationError, Service, fields_of, query, segment
from ._destination import atomic_file, checked_destination
from ._faces import BlockingService, Face, blocking, blocking_raw, raw
from ._options import CallOptions
from ._pagination import walk_pages

__all__ = ["FileInput", "FilesService", "file_source"]

FileInput = str | os.PathLike[str] | bytes | tuple[str, bytes] | tuple[str, IO[bytes]]
"""A path (streamed from disk), raw bytes, or `(filename, bytes | binary file object)`."""

_CHUNK = 256 * 1024


class FilesService(Service):
    """`/v1/files`."""

    @property
    def with_raw_response(self) -> FilesRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return FilesRawResponses(self)

    async def upload(
        self,
        *,
        file: FileInput,
        purpose: Literal["fine-tune", "batch", "ocr", "audio"] | str | None = None,
        visibility: Literal["workspace", "user"] | None = None,
        expiry: int | None = None,
        **options: Unpack[CallOptions],
    ) -> FileObject:
        """Upload a file as multipart; a path is streamed from disk, never read whole into memory."""
        fields = query(purpose=purpose, visibility=visibility, expiry=expiry)
        filename, opener = file_source(file)

        def form() -> aiohttp.FormData:
            data = aiohttp.FormData()
            for name, value in fields.items():
                data.add_field(name, value)
            data.add_field(
                "file", opener(), filename=filename, content_type="application/octet-stream"
            )
            return data

        return await self._call(
            "files.upload", "POST", "/v1/files", FileObject, form=form, options=options
        )

    async def list(
        self,
        *,
        page: int = 0,
        page_size: int = 100,
        include_total: bool | None = None,
        sample_type: builtins.list[str] | None = None,
        source: builtins.list[str] | None = None,
        search: str | None = None,
        purpose: str | None = None,
        mimetypes: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> FileList:
        """One page of files."""
        params = query(
            page=page,
            page_size=page_size,
            include_total=include_total,
            sample_type=sample_type,
            source=source,
            search=search,
            purpose=purpose,
            mimetypes=mimetypes,
        )
        return await self._call(
            "files.list", "GET", "/v1/files", FileList, params=params, options=options
        )

    def iterate(
        self,
        *,
        page_size: int = 100,
        search: str | None = None,
        purpose: str | None = None,
        sample_type: builtins.list[str] | None = None,
        source: builtins.list[str] | None = None,
        mimetypes: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[FileObject]:
        """Every file, fetching pages as the iteration needs them (each with `options`)."""

        return walk_pages(
            self.list,
            {**fields_of(locals()), **options},
            page="page",
            first=0,
            size="page_size",
            items="data",
            total="total",
        )

    async def retrieve(self, file_id: str, **options: Unpack[CallOptions]) -> FileObject:
        return await self._call(
            "files.retrieve",
            "GET",
            f"/v1/files/{segment(file_id, 'file_id')}",
            FileObject,
            options=options,
        )

    async def delete(self, file_id: str, **options: Unpack[CallOptions]) -> DeleteFileResponse:
        path = f"/v1/files/{segment(file_id, 'file_id')}"
        return await self._call("files.delete", "DELETE", path, DeleteFileResponse, options=options)

    async def get_signed_url(
        self, file_id: str, *, expiry: int | None = None, **options: Unpack[CallOptions]
    ) -> SignedURL:
        """A temporary URL to download the file without the API key (`expiry` in hours)."""
        path = f"/v1/files/{segment(file_id, 'file_id')}/url"
        return await self._call(
            "files.get_signed_url",
            "GET",
            path,
            SignedURL,
            params=query(expiry=expiry),
            options=options,
        )

    async def download(self, file_id: str, **options: Unpack[CallOptions]) -> bytes:
        """The file's content, in memory (use `download_to` for large files)."""
        path = f"/v1/files/{segment(file_id, 'file_id')}/content"
        response = await self._raw(
            "files.download", "GET", path, accept="application/octet-stream", options=options
        )
        return response.body

    async def download_to(
        self, file_id: str, destination: str | os.PathLike[str], **options: Unpack[CallOptions]
    ) -> Path:
        """Stream the content to `destination`, which appears only once complete."""
        target = checked_destination(destination)
        path = f"/v1/files/{segment(file_id, 'file_id')}/content"
        request = self._request(
            "files.download_to", "GET", path, accept="application/octet-stream", options=options
        )
        response, _, op, _, _ = await self._caller.open_stream(request)
        request_id = response.request_info.headers.get("X-Request-ID", "")
        try:
            with (
                self._caller.lifetime.admit(),
                translate_errors(f"GET {path}", request_id, None),
                atomic_file(target) as sink,
            ):
                async for chunk in response.content.iter_chunked(_CHUNK):
                    sink.write(chunk)
        except BaseException as exc:
            if op is not None:
                op.failed(exc)
            raise
        finally:
            response.release()
        if op is not None:
            op.succeeded(None)
        return target


class FilesRawResponses(RawResponses):
    """`files.with_raw_response`: each call answers `APIResponse[reply]`."""

    upload = raw(FilesService.upload)
    list = raw(FilesService.list)
    retrieve = raw(FilesService.retrieve)
    delete = raw(FilesService.delete)
    get_signed_url = raw(FilesService.get_signed_url)
    download = raw(FilesService.download)
    download_to = raw(FilesService.download_to)


class SyncFilesRawResponses(BlockingService):
    """`files.with_raw_response` of the blocking client."""

    upload = blocking_raw(FilesService.upload)
    list = blocking_raw(FilesService.list)
    retrieve = blocking_raw(FilesService.retrieve)
    delete = blocking_raw(FilesService.delete)
    get_signed_url = blocking_raw(FilesService.get_signed_url)
    download = blocking_raw(FilesService.download)
    download_to = blocking_raw(FilesService.download_to)


class SyncFilesService(BlockingService):
    """`files` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncFilesRawResponses)
    upload = blocking(FilesService.upload)
    list = blocking(FilesService.list)
    retrieve = blocking(FilesService.retrieve)
    delete = blocking(FilesService.delete)
    get_signed_url = blocking(FilesService.get_signed_url)
    download = blocking(FilesService.download)
    download_to = blocking(FilesService.download_to)
    iterate = blocking(FilesService.iterate)


async def _read_chunks(handle: IO[bytes], start: int | None) -> AsyncIterator[bytes]:
    """The caller's file object, from where it stood, without closing it (it stays theirs)."""
    if start is not None:
        handle.seek(start)
    while chunk := handle.read(_CHUNK):
        yield chunk


def file_source(
    file: FileInput,
) -> tuple[str, Callable[[], bytes | IO[bytes] | AsyncIterator[bytes]]]:
    """The upload's filename and a function giving a fresh payload for each attempt."""
    if isinstance(file, bytes):
        return "file", lambda: file
    if isinstance(file, tuple):
        name, content = file
        if isinstance(content, bytes):
            return name, lambda: content
        start = content.tell() if content.seekable() else None

        def chunks() -> AsyncIterator[bytes]:
            return _read_chunks(content, start)

        return name, chunks
    path = Path(file)
    if not path.is_file():
        raise RequestValidationError(f"file: {path} is not a readable file")
    return path.name, lambda: path.open("rb")
