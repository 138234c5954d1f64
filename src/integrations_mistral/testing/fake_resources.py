"""The fake server's stored resources: files (streamed to disk), agents, fine-tuning and batch jobs."""

from __future__ import annotations

import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from aiohttp import BodyPartReader, web

from .fake_agents import FakeAgentVersions
from .fake_errors import error_response
from .fake_jobs import advance_batch, advance_fine_tuning, batch_requests

__all__ = ["Handler", "StoredResources", "error_response"]

Handler = Callable[[web.Request, dict[str, str]], Awaitable[web.StreamResponse]]


def _public(item: dict[str, Any]) -> dict[str, Any]:
    """A stored item as the API shows it (bookkeeping keys start with `_`)."""
    return {k: v for k, v in item.items() if not k.startswith("_")}


class StoredResources:
    """In-memory state of the resource endpoints; uploaded bytes go to a temporary directory."""

    def __init__(self) -> None:
        self.files: dict[str, dict[str, Any]] = {}
        self.file_paths: dict[str, Path] = {}
        self.agents: dict[str, dict[str, Any]] = {}
        self.agent_versions = FakeAgentVersions(self.agents)
        self.batch_jobs: dict[str, dict[str, Any]] = {}
        self.ft_jobs: dict[str, dict[str, Any]] = {}
        self.advance_jobs = False  # each read of a job moves it a step (see fake_jobs)
        self._dir = tempfile.TemporaryDirectory(prefix="fake-mistral-")

    def close(self) -> None:
        self._dir.cleanup()

    async def _upload(self, request: web.Request, _: dict[str, str]) -> web.StreamResponse:
        reader = await request.multipart()
        fields: dict[str, str] = {}
        file_id, size, filename = str(uuid.uuid4()), 0, "file"
        path = Path(self._dir.name) / file_id
        while (part := await reader.next()) is not None:
            if not isinstance(part, BodyPartReader):
                continue
            if part.name == "file":
                filename = part.filename or filename
                with path.open("wb") as sink:
                    while chunk := await part.read_chunk(256 * 1024):
                        sink.write(chunk)
                        size += len(chunk)
            elif part.name:
                fields[part.name] = await part.text()
        meta = {
            "id": file_id,
            "object": "file",
            "bytes": size,
            "created_at": int(time.time()),
            "filename": filename,
            "purpose": fields.get("purpose", "fine-tune"),
            "sample_type": "instruct",
            "source": "upload",
            "num_lines": None,
            "mimetype": "application/octet-stream",
        }
        self.files[file_id], self.file_paths[file_id] = meta, path
        return web.json_response(meta)

    async def _list_files(self, request: web.Request, _: dict[str, str]) -> web.StreamResponse:
        page, size = int(request.query.get("page", 0)), int(request.query.get("page_size", 100))
        items = list(self.files.values())
        return web.json_response(
            {"data": items[page * size : (page + 1) * size], "object": "list", "total": len(items)}
        )

    def _file_or_404(self, file_id: str) -> dict[str, Any] | web.Response:
        return self.files.get(file_id) or error_response(
            404, f"file {file_id} not found", "not_found"
        )

    async def _get_file(self, request: web.Request, match: dict[str, str]) -> web.StreamResponse:
        meta = self._file_or_404(match["id"])
        return (
            meta
            if isinstance(meta, web.Response)
            else web.json_response({**meta, "deleted": False})
        )

    async def _delete_file(self, request: web.Request, match: dict[str, str]) -> web.StreamResponse:
        meta = self._file_or_404(match["id"])
        if isinstance(meta, web.Response):
            return meta
        del self.files[match["id"]]
        self.file_paths.pop(match["id"]).unlink(missing_ok=True)
        return web.json_response({"id": match["id"], "object": "file", "deleted": True})

    async def _download(self, request: web.Request, match: dict[str, str]) -> web.StreamResponse:
        meta = self._file_or_404(match["id"])
        if isinstance(meta, web.Response):
            return meta
        return web.FileResponse(
            self.file_paths[match["id"]], headers={"Content-Type": "application/octet-stream"}
        )

    async def _signed_url(self, request: web.Request, match: dict[str, str]) -> web.StreamResponse:
        meta = self._file_or_404(match["id"])
        if isinstance(meta, web.Response):
            return meta
        expiry = request.query.get("expiry", "24")
        return web.json_response(
            {"url": f"https://files.example.test/{match['id']}?expires_in_hours={expiry}"}
        )

    async def _create_ft(self, request: web.Request, _: dict[str, str]) -> web.StreamResponse:
        body = await request.json()
        job = {
            "id": str(uuid.uuid4()),
            "object": "job",
            "model": body["model"],
            "auto_start": body.get("auto_start", True),
            "status": "QUEUED",
            "created_at": int(time.time()),
            "modified_at": int(time.time()),
            "training_files": [f["file_id"] for f in body.get("training_files", [])],
            "job_type": "completion",
            "hyperparameters": body["hyperparameters"],
            "suffix": body.get("suffix"),
        }
        if request.query.get("dry_run") != "true":
            self.ft_jobs[job["id"]] = job
        return web.json_response(job)

    def _paged(self, store: dict[str, dict[str, Any]]) -> Handler:
        async def handler(request: web.Request, _: dict[str, str]) -> web.StreamResponse:
            page, size = int(request.query.get("page", 0)), int(request.query.get("page_size", 100))
            items = list(store.values())
            return web.json_response(
                {
                    "data": [_public(i) for i in items[page * size : (page + 1) * size]],
                    "object": "list",
                    "total": len(items),
                }
            )

        return handler

    def _get_from(self, store: dict[str, dict[str, Any]], kind: str) -> Handler:
        async def handler(request: web.Request, match: dict[str, str]) -> web.StreamResponse:
            item = store.get(match["id"])
            if not item:
                return error_response(404, f"{kind} {match['id']} not found", "not_found")
            if self.advance_jobs and store is self.batch_jobs:
                advance_batch(item, self, Path(self._dir.name))
            elif self.advance_jobs and store is self.ft_jobs:
                advance_fine_tuning(item)
            return web.json_response(_public(item))

        return handler

    def _delete_from(self, store: dict[str, dict[str, Any]], kind: str) -> Handler:
        async def handler(request: web.Request, match: dict[str, str]) -> web.StreamResponse:
            if store.pop(match["id"], None) is None:
                return error_response(404, f"{kind} {match['id']} not found", "not_found")
            return web.Response(status=204)

        return handler

    def _set_status(self, store: dict[str, dict[str, Any]], status: str) -> Handler:
        async def handler(request: web.Request, match: dict[str, str]) -> web.StreamResponse:
            item = store.get(match["id"])
            if item is None:
                return error_response(404, f"job {match['id']} not found", "not_found")
            item["status"] = status
            return web.json_response(_public(item))

        return handler

    async def _create_agent(self, request: web.Request, _: dict[str, str]) -> web.StreamResponse:
        body = await request.json()
        now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        agent = {
            "id": f"ag_{uuid.uuid4().hex}",
            "object": "agent",
            "version": 0,
            "versions": [0],
            "created_at": now,
            "updated_at": now,
            "deployment_chat": False,
            "source": "api",
            **body,
        }
        self.agents[agent["id"]] = agent
        self.agent_versions.remember(agent)
        return web.json_response(agent)

    async def _list_agents(self, request: web.Request, _: dict[str, str]) -> web.StreamResponse:
        page, size = int(request.query.get("page", 0)), int(request.query.get("page_size", 20))
        return web.json_response(list(self.agents.values())[page * size : (page + 1) * size])

    async def _update_agent(
        self, request: web.Request, match: dict[str, str]
    ) -> web.StreamResponse:
        agent = self.agents.get(match["id"])
        if agent is None:
            return error_response(404, f"agent {match['id']} not found", "not_found")
        agent.update(await request.json())
        agent["version"] = max(agent["versions"]) + 1
        agent["versions"].append(agent["version"])
        self.agent_versions.remember(agent)
        return web.json_response(agent)

    async def _create_batch(self, request: web.Request, _: dict[str, str]) -> web.StreamResponse:
        body = await request.json()
        job = {
            "id": str(uuid.uuid4()),
            "object": "batch",
            "endpoint": body["endpoint"],
            "model": body.get("model"),
            "input_files": body.get("input_files") or [],
            "errors": [],
            "status": "QUEUED",
            "created_at": int(time.time()),
            "total_requests": len(body.get("requests") or []),
            "completed_requests": 0,
            "succeeded_requests": 0,
            "failed_requests": 0,
            "metadata": body.get("metadata"),
        }
        job["total_requests"] = len(
            batch_requests({**job, "_requests": body.get("requests")}, self.file_paths)
        )
        self.batch_jobs[job["id"]] = {**job, "_requests": body.get("requests") or []}
        return web.json_response(job)
