"""Files (`/v1/files`)."""

from __future__ import annotations

from ._base import WireModel

__all__ = ["DeleteFileResponse", "FileList", "FileObject", "SignedURL"]


class FileObject(WireModel):
    """An uploaded file's metadata."""

    id: str
    object: str = "file"
    bytes: int | None = None
    created_at: int | None = None
    filename: str
    purpose: str | None = None
    sample_type: str | None = None
    num_lines: int | None = None
    mimetype: str | None = None
    source: str | None = None
    signature: str | None = None
    expires_at: int | None = None
    visibility: str | None = None
    deleted: bool | None = None


class FileList(WireModel):
    data: list[FileObject] = []
    object: str = "list"
    total: int | None = None


class DeleteFileResponse(WireModel):
    id: str
    object: str = "file"
    deleted: bool


class SignedURL(WireModel):
    url: str
