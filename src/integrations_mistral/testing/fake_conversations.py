"""The fake server's conversations: stored turns that echo the last input (or call the first
function tool offered, like chat), streamed as conversation events when asked."""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

from aiohttp import web

from .fake_resources import error_response

__all__ = ["FakeConversations", "conversation_events"]


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _inputs(body: dict[str, Any]) -> list[dict[str, Any]]:
    inputs = body.get("inputs") or []
    if isinstance(inputs, str):
        inputs = [{"type": "message.input", "role": "user", "content": inputs}]
    return [{"object": "entry", "id": f"msg_{uuid.uuid4().hex[:12]}", **e} for e in inputs]


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    return " ".join(c.get("text", "") for c in content or [] if isinstance(c, dict))


def _reply(conversation: dict[str, Any], entries: list[dict[str, Any]]) -> dict[str, Any]:
    """The next output: a call of the first function tool (once), else an echo."""
    last = entries[-1] if entries else {}
    tools = [t for t in conversation.get("tools") or [] if t.get("type") == "function"]
    if tools and last.get("type") == "message.input":
        function = tools[0].get("function", {})
        required = function.get("parameters", {}).get("required", [])
        said = _text(last.get("content"))
        return {
            "object": "entry",
            "type": "function.call",
            "id": f"fc_{uuid.uuid4().hex[:12]}",
            "tool_call_id": f"call{uuid.uuid4().hex[:5]}",
            "name": function.get("name", "tool"),
            "arguments": json.dumps({name: said for name in required}),
        }
    if last.get("type") == "function.result":
        said = str(last.get("result"))
    else:
        said = _text(last.get("content"))
    return {
        "object": "entry",
        "type": "message.output",
        "id": f"msg_{uuid.uuid4().hex[:12]}",
        "role": "assistant",
        "content": f"echo: {said}",
        "model": conversation.get("model"),
        "created_at": _now(),
    }


def _usage(inputs: list[dict[str, Any]], output: dict[str, Any]) -> dict[str, int]:
    prompt = max(1, sum(len(_text(e.get("content")) or "") for e in inputs) // 4)
    completion = max(1, len(str(output.get("content") or output.get("arguments"))) // 4)
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def conversation_events(response: dict[str, Any]) -> list[dict[str, Any]]:
    """A turn as the events a server streams: started, deltas word by word, done."""
    events: list[dict[str, Any]] = [
        {"type": "conversation.response.started", "conversation_id": response["conversation_id"]}
    ]
    for index, output in enumerate(response["outputs"]):
        if output["type"] == "function.call":
            keys = ("id", "name", "tool_call_id", "arguments")
            events.append(
                {
                    "type": "function.call.delta",
                    "output_index": index,
                    **{k: output[k] for k in keys},
                }
            )
            continue
        words = str(output["content"]).split(" ")
        for i, word in enumerate(words):
            events.append(
                {
                    "type": "message.output.delta",
                    "output_index": index,
                    "content_index": 0,
                    "id": output["id"],
                    "role": "assistant",
                    "content": word if i == 0 else " " + word,
                }
            )
    events.append({"type": "conversation.response.done", "usage": response["usage"]})
    return events


async def _respond(
    request: web.Request, body: dict[str, Any], payload: dict[str, Any]
) -> web.StreamResponse:
    if not body.get("stream"):
        return web.json_response(payload)
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    await response.prepare(request)
    for event in conversation_events(payload):
        await response.write(f"event: {event['type']}\ndata: {json.dumps(event)}\n\n".encode())
    await response.write_eof()
    return response


class FakeConversations:
    """State and handlers of `/v1/conversations`."""

    def __init__(self) -> None:
        self.conversations: dict[str, dict[str, Any]] = {}
        self.entries: dict[str, list[dict[str, Any]]] = {}

    def routes(self) -> list[tuple[str, str, Any]]:
        base = "/v1/conversations"
        return [
            ("POST", base, self.start),
            ("GET", base, self.list),
            ("GET", base + "/{id}", self.get),
            ("DELETE", base + "/{id}", self.delete),
            ("POST", base + "/{id}", self.append),
            ("GET", base + "/{id}/history", self.history),
            ("GET", base + "/{id}/messages", self.messages),
            ("POST", base + "/{id}/restart", self.restart),
        ]

    def _turn(self, conversation_id: str, inputs: list[dict[str, Any]]) -> dict[str, Any]:
        entries = self.entries[conversation_id]
        entries.extend(inputs)
        output = _reply(self.conversations[conversation_id], entries)
        entries.append(output)
        return {
            "object": "conversation.response",
            "conversation_id": conversation_id,
            "outputs": [output],
            "usage": _usage(inputs, output),
        }

    def _new(self, settings: dict[str, Any]) -> str:
        conversation_id = f"conv_{uuid.uuid4().hex}"
        keep = ("model", "agent_id", "agent_version", "instructions", "tools", "completion_args",
                "guardrails", "name", "description", "metadata")  # fmt: skip
        self.conversations[conversation_id] = {
            "object": "conversation",
            "id": conversation_id,
            "created_at": _now(),
            "updated_at": _now(),
            **{k: settings[k] for k in keep if settings.get(k) is not None},
        }
        self.entries[conversation_id] = []
        return conversation_id

    async def start(self, request: web.Request, _: dict[str, str]) -> web.StreamResponse:
        body = await request.json()
        if not body.get("model") and not body.get("agent_id"):
            return error_response(400, "model or agent_id is required", "invalid_request")
        return await _respond(request, body, self._turn(self._new(body), _inputs(body)))

    async def append(self, request: web.Request, match: dict[str, str]) -> web.StreamResponse:
        if match["id"] not in self.conversations:
            return error_response(404, f"conversation {match['id']} not found", "not_found")
        body = await request.json()
        return await _respond(request, body, self._turn(match["id"], _inputs(body)))

    async def restart(self, request: web.Request, match: dict[str, str]) -> web.StreamResponse:
        entries = self.entries.get(match["id"])
        if entries is None:
            return error_response(404, f"conversation {match['id']} not found", "not_found")
        body = await request.json()
        ids = [e.get("id") for e in entries]
        if body.get("from_entry_id") not in ids:
            return error_response(
                400, f"entry {body.get('from_entry_id')} not found", "invalid_request"
            )
        branch = self._new(self.conversations[match["id"]])
        self.entries[branch] = entries[: ids.index(body["from_entry_id"]) + 1]
        return await _respond(request, body, self._turn(branch, _inputs(body)))

    async def list(self, request: web.Request, _: dict[str, str]) -> web.StreamResponse:
        page, size = int(request.query.get("page", 0)), int(request.query.get("page_size", 100))
        return web.json_response(list(self.conversations.values())[page * size : (page + 1) * size])

    async def get(self, request: web.Request, match: dict[str, str]) -> web.StreamResponse:
        found = self.conversations.get(match["id"])
        return web.json_response(found) if found else error_response(404, "not found", "not_found")

    async def delete(self, request: web.Request, match: dict[str, str]) -> web.StreamResponse:
        if self.conversations.pop(match["id"], None) is None:
            return error_response(404, f"conversation {match['id']} not found", "not_found")
        self.entries.pop(match["id"], None)
        return web.Response(status=204)

    async def history(self, request: web.Request, match: dict[str, str]) -> web.StreamResponse:
        entries = self.entries.get(match["id"])
        if entries is None:
            return error_response(404, "not found", "not_found")
        payload = {
            "object": "conversation.history",
            "conversation_id": match["id"],
            "entries": entries,
        }
        return web.json_response(payload)

    async def messages(self, request: web.Request, match: dict[str, str]) -> web.StreamResponse:
        entries = self.entries.get(match["id"])
        if entries is None:
            return error_response(404, "not found", "not_found")
        messages = [e for e in entries if e.get("type") in ("message.input", "message.output")]
        payload = {
            "object": "conversation.messages",
            "conversation_id": match["id"],
            "messages": messages,
        }
        return web.json_response(payload)
