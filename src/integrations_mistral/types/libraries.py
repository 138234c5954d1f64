"""Libraries (`/v1/libraries/...`): document collections for retrieval, their documents and
who they are shared with."""

from __future__ import annotations

from typing import Any, Literal

from ._base import WireModel

__all__ = [
    "Document",
    "DocumentList",
    "DocumentStatus",
    "DocumentText",
    "DocumentUpdateRequest",
    "Library",
    "LibraryCreateRequest",
    "LibraryList",
    "LibraryUpdateRequest",
    "Sharing",
    "SharingDeleteRequest",
    "SharingList",
    "SharingRequest",
]

ProcessStatus = (
    Literal[
        "self_managed", "missing_content", "noop", "done", "todo", "in_progress", "error",
        "waiting_for_capacity",
    ]
    | str
)  # fmt: skip
FINISHED = frozenset({"done", "error", "missing_content", "noop", "self_managed"})


class LibraryCreateRequest(WireModel):
    name: str
    description: str | None = None
    chunk_size: int | None = None
    owner_type: Literal["User", "Workspace"] | str | None = None


class LibraryUpdateRequest(WireModel):
    name: str | None = None
    description: str | None = None


class Library(WireModel):
    id: str
    name: str
    created_at: str
    updated_at: str
    owner_id: str | None = None
    owner_type: str | None = None
    total_size: int = 0
    nb_documents: int = 0
    chunk_size: int | None = None
    description: str | None = None
    emoji: str | None = None
    generated_name: str | None = None
    generated_description: str | None = None


class LibraryList(WireModel):
    data: list[Library]
    next_page_token: str | None = None


class Document(WireModel):
    id: str
    library_id: str
    name: str
    created_at: str
    hash: str | None = None
    mime_type: str | None = None
    extension: str | None = None
    size: int | None = None
    summary: str | None = None
    last_processed_at: str | None = None
    number_of_pages: int | None = None
    process_status: ProcessStatus | None = None
    processing_status: str | None = None
    uploaded_by_id: str | None = None
    uploaded_by_type: str | None = None
    tokens_processing_total: int | None = None
    url: str | None = None
    attributes: dict[str, Any] | None = None


class DocumentList(WireModel):
    pagination: dict[str, Any]
    data: list[Document]

    @property
    def total(self) -> int | None:
        total = self.pagination.get("total_items")
        return total if isinstance(total, int) else None


class DocumentUpdateRequest(WireModel):
    name: str | None = None
    attributes: dict[str, Any] | None = None
    expires_at: str | None = None


class DocumentText(WireModel):
    text: str


class DocumentStatus(WireModel):
    document_id: str
    process_status: ProcessStatus
    processing_status: str | None = None

    @property
    def finished(self) -> bool:
        return self.process_status in FINISHED


class SharingRequest(WireModel):
    share_with_uuid: str
    share_with_type: Literal["User", "Workspace", "Org"] | str
    level: Literal["Viewer", "Editor"] | str
    org_id: str | None = None


class SharingDeleteRequest(WireModel):
    share_with_uuid: str
    share_with_type: Literal["User", "Workspace", "Org"] | str
    level: Literal["Viewer", "Editor"] | str  # the spec requires it on removal too
    org_id: str | None = None


class Sharing(WireModel):
    library_id: str
    role: str
    share_with_type: str
    share_with_uuid: str | None = None
    org_id: str | None = None
    user_id: str | None = None


class SharingList(WireModel):
    data: list[Sharing]
