"""Deterministic replies of the fake server: a chat completion from its request, the chunks a
server would stream for it, and their event-stream body (also for scripted replies)."""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

__all__ = ["chat_reply", "sse_body", "stream_chunks", "text_of", "usage"]


def text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    return " ".join(c.get("text", "") for c in content or [] if isinstance(c, dict))


def usage(prompt: str, reply: str) -> dict[str, int]:
    prompt_tokens, completion_tokens = max(1, len(prompt) // 4), max(1, len(reply) // 4)
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


def _tool_call(request: dict[str, Any], text: str) -> dict[str, Any] | None:
    """With tools offered and no tool result yet, a call of the first tool: each required
    parameter gets the last user message's text."""
    tools = request.get("tools") or []
    messages = request["messages"]
    if not tools or request.get("tool_choice") == "none" or messages[-1].get("role") == "tool":
        return None
    function = tools[0].get("function", {})
    required = function.get("parameters", {}).get("required", [])
    arguments = json.dumps({name: text for name in required})
    return {
        "id": f"call{uuid.uuid4().hex[:5]}",
        "type": "function",
        "function": {"name": function.get("name", "tool"), "arguments": arguments},
    }


def chat_reply(request: dict[str, Any] | str, reply: str | None = None) -> dict[str, Any]:
    """A deterministic completion: echoes the last user message's text (or a tool's result);
    with tools offered, first calls the first tool. `chat_reply("text")` is a completion
    whose reply is that text (to build scripted replies and streams)."""
    if isinstance(request, str):
        reply = request
        request = {"model": "mistral-small-latest", "messages": []}
    messages = request["messages"] or [{"role": "user", "content": ""}]
    last = next((m for m in reversed(messages) if m.get("role") == "user"), messages[-1])
    said = text_of(last.get("content"))
    call = _tool_call(request, said) if reply is None else None
    if messages[-1].get("role") == "tool" and reply is None:
        said = text_of(messages[-1].get("content"))
    text = reply if reply is not None else ("" if call else f"echo: {said}")
    prompt = " ".join(text_of(m.get("content")) for m in messages)
    message = {"role": "assistant", "content": text, "tool_calls": [call] if call else None}
    return {
        "id": f"cmpl-{uuid.uuid4().hex}",
        "object": "chat.completion",
        "model": request.get("model") or request.get("agent_id", "agent"),
        "created": int(time.time()),
        "usage": usage(prompt, text),
        "choices": [
            {
                "index": 0,
                "message": message,
                "finish_reason": "tool_calls" if call else "stop",
            }
        ],
    }


def stream_chunks(completion: dict[str, Any], pieces: int | None = None) -> list[dict[str, Any]]:
    """A completion as the chunks a server would stream: role, content word by word, then the end."""
    message = completion["choices"][0]["message"]
    words = (message.get("content") or "").split(" ")
    texts = [w if i == 0 else " " + w for i, w in enumerate(words)]
    base = {
        "id": completion["id"],
        "object": "chat.completion.chunk",
        "created": completion["created"],
        "model": completion["model"],
    }
    chunks = [
        {
            **base,
            "choices": [
                {"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}
            ],
        }
    ]
    chunks += [
        {**base, "choices": [{"index": 0, "delta": {"content": t}, "finish_reason": None}]}
        for t in texts
    ]
    chunks.append(
        {
            **base,
            "choices": [{"index": 0, "delta": {"content": ""}, "finish_reason": "stop"}],
            "usage": completion["usage"],
        }
    )
    return chunks


def sse_body(chunks: list[dict[str, Any]], *, done: bool = True, newline: str = "\n") -> bytes:
    """Server-sent events for `chunks` (each a `data:` event), ending with `data: [DONE]`."""
    events = [f"data: {json.dumps(c)}{newline}{newline}" for c in chunks]
    if done:
        events.append(f"data: [DONE]{newline}{newline}")
    return "".join(events).encode()
