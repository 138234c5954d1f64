"""The fake server's libraries: collections, uploaded documents whose processing finishes after
two status reads, extracted text, signed URLs and sharing."""

from __future__ import annotations

import hashlib
import time
import uuid
from typing import Any

from aiohttp import BodyPartReader, web

from .fake_errors import error_response

__all__ = ["FakeLibraries"]


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _missing(kind: str, key: str) -> web.Response:
    return error_response(404, f"{kind} {key} not found", "not_found")


class FakeLibraries:
    def __init__(self) -> None:
        self.libraries: dict[str, dict[str, Any]] = {}
        self.documents: dict[str, dict[str, dict[str, Any]]] = {}
        self.texts: dict[str, str] = {}
        self.shares: dict[str, dict[str, dict[str, Any]]] = {}
        self._status_reads: dict[str, int] = {}

    def routes(self) -> list[tuple[str, str, Any]]:
        lib, doc = "/v1/libraries/{library}", "/v1/libraries/{library}/documents/{document}"
        return [
            ("GET", "/v1/libraries", self.list_libraries),
            ("POST", "/v1/libraries", self.create_library),
            ("GET", lib, self.get_library),
            ("PUT", lib, self.update_library),
            ("PATCH", lib, self.update_library),
            ("DELETE", lib, self.delete_library),
            ("GET", lib + "/documents", self.list_documents),
            ("POST", lib + "/documents", self.upload),
            ("GET", doc, self.get_document),
            ("PUT", doc, self.update_document),
            ("PATCH", doc, self.update_document),
            ("DELETE", doc, self.delete_document),
            ("GET", doc + "/text_content", self.text_content),
            ("GET", doc + "/status", self.status),
            ("GET", doc + "/signed-url", self.signed_url),
            ("GET", doc + "/extracted-text-signed-url", self.signed_url),
            ("POST", doc + "/reprocess", self.reprocess),
            ("GET", lib + "/share", self.list_shares),
            ("PUT", lib + "/share", self.share),
            ("DELETE", lib + "/share", self.unshare),
        ]

    async def list_libraries(self, request: web.Request, _: dict[str, str]) -> web.StreamResponse:
        return web.json_response({"data": list(self.libraries.values())})

    async def create_library(self, request: web.Request, _: dict[str, str]) -> web.StreamResponse:
        body = await request.json()
        library_id = str(uuid.uuid4())
        self.libraries[library_id] = {
            "id": library_id,
            "name": body["name"],
            "description": body.get("description"),
            "chunk_size": body.get("chunk_size"),
            "created_at": _now(),
            "updated_at": _now(),
            "owner_id": str(uuid.uuid4()),
            "owner_type": "User",
            "total_size": 0,
            "nb_documents": 0,
        }
        self.documents[library_id], self.shares[library_id] = {}, {}
        return web.json_response(self.libraries[library_id], status=201)

    async def get_library(self, request: web.Request, m: dict[str, str]) -> web.StreamResponse:
        found = self.libraries.get(m["library"])
        return web.json_response(found) if found else _missing("library", m["library"])

    async def update_library(self, request: web.Request, m: dict[str, str]) -> web.StreamResponse:
        found = self.libraries.get(m["library"])
        if found is None:
            return _missing("library", m["library"])
        found.update({k: v for k, v in (await request.json()).items() if v is not None})
        found["updated_at"] = _now()
        return web.json_response(found)

    async def delete_library(self, request: web.Request, m: dict[str, str]) -> web.StreamResponse:
        found = self.libraries.pop(m["library"], None)
        return web.json_response(found) if found else _missing("library", m["library"])

    def _docs(self, library_id: str) -> dict[str, dict[str, Any]] | None:
        return self.documents.get(library_id)

    async def list_documents(self, request: web.Request, m: dict[str, str]) -> web.StreamResponse:
        docs = self._docs(m["library"])
        if docs is None:
            return _missing("library", m["library"])
        page, size = int(request.query.get("page", 0)), int(request.query.get("page_size", 100))
        search = request.query.get("search", "")
        items = [d for d in docs.values() if search.lower() in d["name"].lower()]
        pagination = {
            "total_items": len(items),
            "total_pages": max(1, -(-len(items) // size)),
            "current_page": page,
            "page_size": size,
            "has_more": (page + 1) * size < len(items),
        }
        return web.json_response(
            {"pagination": pagination, "data": items[page * size : (page + 1) * size]}
        )

    async def upload(self, request: web.Request, m: dict[str, str]) -> web.StreamResponse:
        docs = self._docs(m["library"])
        if docs is None:
            return _missing("library", m["library"])
        reader = await request.multipart()
        digest, size, name = hashlib.sha256(), 0, "document"
        while (part := await reader.next()) is not None:
            if isinstance(part, BodyPartReader) and part.name == "file":
                name = part.filename or name
                while chunk := await part.read_chunk(256 * 1024):
                    digest.update(chunk)
                    size += len(chunk)
        document_id = str(uuid.uuid4())
        docs[document_id] = {
            "id": document_id,
            "library_id": m["library"],
            "hash": digest.hexdigest(),
            "mime_type": "application/octet-stream",
            "extension": name.rpartition(".")[2] if "." in name else "",
            "size": size,
            "name": name,
            "created_at": _now(),
            "process_status": "todo",
            "processing_status": "todo",
            "uploaded_by_id": str(uuid.uuid4()),
            "uploaded_by_type": "User",
            "tokens_processing_total": 0,
        }
        self.texts[document_id] = f"text of {name} ({size} bytes)"
        self.libraries[m["library"]]["nb_documents"] = len(docs)
        return web.json_response(docs[document_id])

    def _doc(self, m: dict[str, str]) -> dict[str, Any] | None:
        return (self._docs(m["library"]) or {}).get(m["document"])

    async def get_document(self, request: web.Request, m: dict[str, str]) -> web.StreamResponse:
        found = self._doc(m)
        return web.json_response(found) if found else _missing("document", m["document"])

    async def update_document(self, request: web.Request, m: dict[str, str]) -> web.StreamResponse:
        found = self._doc(m)
        if found is None:
            return _missing("document", m["document"])
        found.update({k: v for k, v in (await request.json()).items() if v is not None})
        return web.json_response(found)

    async def delete_document(self, request: web.Request, m: dict[str, str]) -> web.StreamResponse:
        if (self._docs(m["library"]) or {}).pop(m["document"], None) is None:
            return _missing("document", m["document"])
        return web.Response(status=204)

    async def text_content(self, request: web.Request, m: dict[str, str]) -> web.StreamResponse:
        if self._doc(m) is None:
            return _missing("document", m["document"])
        return web.json_response({"text": self.texts[m["document"]]})

    async def status(self, request: web.Request, m: dict[str, str]) -> web.StreamResponse:
        found = self._doc(m)
        if found is None:
            return _missing("document", m["document"])
        reads = self._status_reads[m["document"]] = self._status_reads.get(m["document"], 0) + 1
        found["process_status"] = "done" if reads >= 2 else "in_progress"
        found["processing_status"] = found["process_status"]
        keys = ("process_status", "processing_status")
        return web.json_response({"document_id": found["id"], **{k: found[k] for k in keys}})

    async def signed_url(self, request: web.Request, m: dict[str, str]) -> web.StreamResponse:
        if self._doc(m) is None:
            return _missing("document", m["document"])
        return web.json_response(f"https://storage.example.test/{m['document']}?signature=fake")

    async def reprocess(self, request: web.Request, m: dict[str, str]) -> web.StreamResponse:
        found = self._doc(m)
        if found is None:
            return _missing("document", m["document"])
        found["process_status"] = found["processing_status"] = "todo"
        self._status_reads[m["document"]] = 0
        return web.Response(status=204)

    async def list_shares(self, request: web.Request, m: dict[str, str]) -> web.StreamResponse:
        shares = self.shares.get(m["library"])
        if shares is None:
            return _missing("library", m["library"])
        return web.json_response({"data": list(shares.values())})

    async def share(self, request: web.Request, m: dict[str, str]) -> web.StreamResponse:
        shares = self.shares.get(m["library"])
        if shares is None:
            return _missing("library", m["library"])
        body = await request.json()
        entry = {
            "library_id": m["library"],
            "org_id": body.get("org_id") or str(uuid.UUID(int=1)),
            "role": body["level"],
            "share_with_type": body["share_with_type"],
            "share_with_uuid": body["share_with_uuid"],
        }
        shares[body["share_with_uuid"]] = entry
        return web.json_response(entry)

    async def unshare(self, request: web.Request, m: dict[str, str]) -> web.StreamResponse:
        body = await request.json()
        entry = self.shares.get(m["library"], {}).pop(body["share_with_uuid"], None)
        return web.json_response(entry) if entry else _missing("sharing", body["share_with_uuid"])
