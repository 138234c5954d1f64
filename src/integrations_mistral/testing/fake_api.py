"""The fake server's API behaviour: deterministic replies and in-memory state per area."""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from typing import Any
from urllib.parse import unquote

from aiohttp import web

from .fake_audio import FakeAudio
from .fake_conversations import FakeConversations
from .fake_generated import generated_reply
from .fake_libraries import FakeLibraries
from .fake_realtime import FakeRealtime
from .fake_replies import chat_reply, sse_body, stream_chunks, usage
from .fake_resources import Handler, StoredResources, error_response

__all__ = ["FakeAPI", "error_response"]

MODELS = ("mistral-small-latest", "mistral-large-latest", "codestral-latest", "mistral-embed")


async def _send_stream(request: web.Request, completion: dict[str, Any]) -> web.StreamResponse:
    response = web.StreamResponse(
        headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
    )
    await response.prepare(request)
    for chunk in stream_chunks(completion):
        await response.write(sse_body([chunk], done=False))
    await response.write(b"data: [DONE]\n\n")
    await response.write_eof()
    return response


def _vector(text: str, dimension: int = 8) -> list[float]:
    digest = hashlib.sha256(text.encode()).digest()
    return [round(b / 255, 6) for b in digest[:dimension]]


class FakeAPI(StoredResources):
    """Routes and state; `FakeMistralServer` sends every unscripted request here."""

    def __init__(self) -> None:
        super().__init__()
        self.chat_replies: list[str] = []
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []
        route = self._route
        self.conversations = FakeConversations()
        self.audio = FakeAudio()
        self.realtime = FakeRealtime()
        self.libraries = FakeLibraries()
        for method, template, handler in (
            *self.conversations.routes(),
            *self.agent_versions.routes(),
            *self.audio.routes(),
            *self.realtime.routes(),
            *self.libraries.routes(),
        ):
            route(method, template, handler)
        route("POST", "/v1/chat/completions", self._chat)
        route("POST", "/v1/agents/completions", self._agent_completion)
        route("POST", "/v1/fim/completions", self._fim)
        route("POST", "/v1/embeddings", self._embeddings)
        route("GET", "/v1/models", self._models)
        route("GET", "/v1/models/{id}", self._model)
        route("DELETE", "/v1/models/{id}", self._delete_model)
        route("PATCH", "/v1/fine_tuning/models/{id}", self._update_model)
        route("POST", "/v1/fine_tuning/models/{id}/archive", self._archive(True))
        route("DELETE", "/v1/fine_tuning/models/{id}/archive", self._archive(False))
        route("POST", "/v1/files", self._upload)
        route("GET", "/v1/files", self._list_files)
        route("GET", "/v1/files/{id}", self._get_file)
        route("DELETE", "/v1/files/{id}", self._delete_file)
        route("GET", "/v1/files/{id}/content", self._download)
        route("GET", "/v1/files/{id}/url", self._signed_url)
        route("POST", "/v1/fine_tuning/jobs", self._create_ft)
        route("GET", "/v1/fine_tuning/jobs", self._paged(self.ft_jobs))
        route("GET", "/v1/fine_tuning/jobs/{id}", self._get_from(self.ft_jobs, "job"))
        route(
            "POST", "/v1/fine_tuning/jobs/{id}/cancel", self._set_status(self.ft_jobs, "CANCELLED")
        )
        route("POST", "/v1/fine_tuning/jobs/{id}/start", self._set_status(self.ft_jobs, "QUEUED"))
        route("POST", "/v1/agents", self._create_agent)
        route("GET", "/v1/agents", self._list_agents)
        route("GET", "/v1/agents/{id}", self._get_from(self.agents, "agent"))
        route("PATCH", "/v1/agents/{id}", self._update_agent)
        route("DELETE", "/v1/agents/{id}", self._delete_from(self.agents, "agent"))
        route("POST", "/v1/batch/jobs", self._create_batch)
        route("GET", "/v1/batch/jobs", self._paged(self.batch_jobs))
        route("GET", "/v1/batch/jobs/{id}", self._get_from(self.batch_jobs, "batch job"))
        route("DELETE", "/v1/batch/jobs/{id}", self._delete_batch)
        route(
            "POST",
            "/v1/batch/jobs/{id}/cancel",
            self._set_status(self.batch_jobs, "CANCELLATION_REQUESTED"),
        )
        route("POST", "/v1/moderations", self._moderate)
        route("POST", "/v1/chat/moderations", self._moderate)
        route("POST", "/v1/classifications", self._classify)
        route("POST", "/v1/chat/classifications", self._classify)
        route("POST", "/v1/ocr", self._ocr)

    def _route(self, method: str, template: str, handler: Handler) -> None:
        pattern = re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template) + "$")
        self._routes.append((method, pattern, handler))

    async def dispatch(self, request: web.Request, path: str | None = None) -> web.StreamResponse:
        """Answer `request` as the API would at `path` (default: its own path)."""
        raw_path = (
            path if path is not None and path != request.path else request.raw_path.split("?")[0]
        )
        for method, pattern, handler in self._routes:
            match = pattern.match(raw_path)
            if match and request.method == method:
                try:
                    ids = {name: unquote(value) for name, value in match.groupdict().items()}
                    return await handler(request, ids)
                except (ValueError, KeyError, TypeError) as exc:
                    return error_response(422, f"invalid request: {exc!r}", "invalid_request")
        generated = await generated_reply(request, raw_path)
        if generated is not None:
            return generated
        return error_response(404, f"no route for {request.method} {request.path}", "not_found")

    async def _delete_batch(self, request: web.Request, m: dict[str, str]) -> web.StreamResponse:
        if self.batch_jobs.pop(m["id"], None) is None:
            return error_response(404, f"batch job {m['id']} not found", "not_found")
        return web.json_response({"id": m["id"], "object": "batch", "deleted": True})

    async def _chat(self, request: web.Request, _: dict[str, str]) -> web.StreamResponse:
        body = await request.json()
        reply = self.chat_replies.pop(0) if self.chat_replies else None
        completion = chat_reply(body, reply)
        if body.get("stream"):
            return await _send_stream(request, completion)
        return web.json_response(completion)

    async def _agent_completion(
        self, request: web.Request, _: dict[str, str]
    ) -> web.StreamResponse:
        body = await request.json()
        if body.get("stream"):
            return await _send_stream(request, chat_reply(body))
        return web.json_response(chat_reply(body))

    async def _fim(self, request: web.Request, _: dict[str, str]) -> web.StreamResponse:
        body = await request.json()
        reply = chat_reply(
            {"model": body["model"], "messages": [{"role": "user", "content": body["prompt"]}]}
        )
        reply["choices"][0]["message"]["content"] = (
            f"/* between {len(body['prompt'])} and {len(body.get('suffix') or '')} chars */"
        )
        if body.get("stream"):
            return await _send_stream(request, reply)
        return web.json_response(reply)

    async def _embeddings(self, request: web.Request, _: dict[str, str]) -> web.StreamResponse:
        body = await request.json()
        texts = [body["input"]] if isinstance(body["input"], str) else body["input"]
        dimension = body.get("output_dimension") or 8
        data = [
            {"object": "embedding", "embedding": _vector(t, dimension), "index": i}
            for i, t in enumerate(texts)
        ]
        counted = usage(" ".join(texts), "")
        counted["completion_tokens"], counted["total_tokens"] = 0, counted["prompt_tokens"]
        return web.json_response(
            {
                "id": uuid.uuid4().hex,
                "object": "list",
                "model": body["model"],
                "usage": counted,
                "data": data,
            }
        )

    def _card(self, model_id: str) -> dict[str, Any]:
        return {
            "id": model_id,
            "object": "model",
            "created": 1700000000,
            "owned_by": "mistralai",
            "type": "base",
            "capabilities": {"completion_chat": True, "function_calling": True},
            "max_context_length": 32768,
        }

    async def _models(self, request: web.Request, _: dict[str, str]) -> web.StreamResponse:
        return web.json_response({"object": "list", "data": [self._card(m) for m in MODELS]})

    async def _model(self, request: web.Request, match: dict[str, str]) -> web.StreamResponse:
        if match["id"] not in MODELS:
            return error_response(404, f"model {match['id']} not found", "not_found")
        return web.json_response(self._card(match["id"]))

    async def _delete_model(
        self, request: web.Request, match: dict[str, str]
    ) -> web.StreamResponse:
        return web.json_response({"id": match["id"], "object": "model", "deleted": True})

    async def _update_model(
        self, request: web.Request, match: dict[str, str]
    ) -> web.StreamResponse:
        body = await request.json()
        model = {
            "id": match["id"],
            "object": "model",
            "created": 1700000000,
            "owned_by": "fake-org",
            "workspace_id": "fake-workspace",
            "root": "open-mistral-7b",
            "root_version": "1",
            "archived": False,
            "capabilities": {"completion_chat": True},
            "job": "00000000-0000-4000-8000-000000000000",
            "model_type": "completion",
            **body,
        }
        return web.json_response(model)

    def _archive(self, archived: bool) -> Handler:
        async def handler(request: web.Request, match: dict[str, str]) -> web.StreamResponse:
            return web.json_response({"id": match["id"], "object": "model", "archived": archived})

        return handler

    async def _moderate(self, request: web.Request, _: dict[str, str]) -> web.StreamResponse:
        body = await request.json()
        inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
        results = [
            {"categories": {"violence": False}, "category_scores": {"violence": 0.01}}
            for _ in inputs
        ]
        return web.json_response(
            {"id": uuid.uuid4().hex, "model": body["model"], "results": results}
        )

    async def _classify(self, request: web.Request, _: dict[str, str]) -> web.StreamResponse:
        body = await request.json()
        inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
        results = [{"intent": {"scores": {"question": 0.9, "other": 0.1}}} for _ in inputs]
        return web.json_response(
            {"id": uuid.uuid4().hex, "model": body["model"], "results": results}
        )

    async def _ocr(self, request: web.Request, _: dict[str, str]) -> web.StreamResponse:
        body = await request.json()
        document = json.dumps(body["document"])
        page = {
            "index": 0,
            "markdown": f"# Document\n\n{document}",
            "images": [],
            "dimensions": {"dpi": 200, "height": 2200, "width": 1700},
        }
        return web.json_response(
            {
                "pages": [page],
                "model": body["model"],
                "usage_info": {"pages_processed": 1, "doc_size_bytes": len(document)},
            }
        )
