"""What the contract tests call: the world of resources they act on, and one case per operation."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from integrations_mistral import MistralClient
from integrations_mistral.testing import FakeMistralServer

MESSAGES: list[dict[str, Any]] = [
    {"role": "system", "content": "Be brief."},
    {
        "role": "user",
        "content": [
            {"type": "text", "text": "What is this?"},
            {"type": "image_url", "image_url": {"url": "https://x.test/a.png", "detail": "low"}},
        ],
    },
    {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {
                "id": "call_1",
                "type": "function",
                "function": {"name": "look", "arguments": '{"q": 1}'},
            }
        ],
    },
    {"role": "tool", "content": "a cat", "tool_call_id": "call_1", "name": "look"},
]
TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "look",
            "description": "Look",
            "parameters": {"type": "object", "properties": {"q": {"type": "integer"}}},
        },
    }
]
SCHEMA_FORMAT = {
    "type": "json_schema",
    "json_schema": {"name": "answer", "schema": {"type": "object"}, "strict": True},
}


@dataclass
class World:
    client: MistralClient
    server: FakeMistralServer
    file_id: str
    agent_id: str
    ft_job_id: str
    batch_id: str
    conversation_id: str = ""
    entry_id: str = ""
    voice_id: str = ""
    library_id: str = ""
    document_id: str = ""


@dataclass(frozen=True)
class Case:
    path: str  # the spec's path key
    method: str
    call: Callable[[World], Awaitable[Any]]
    model: type[BaseModel] | None  # what the spec's examples must parse into
    body: str = "json"  # "json", "multipart" or "none"


async def _share_then_unshare(w: World) -> Any:
    await w.client.libraries.accesses.set(w.library_id, level="Editor", **SHARE)
    w.server.requests.pop()  # only the DELETE is the case's request
    return await w.client.libraries.accesses.delete(w.library_id, level="Editor", **SHARE)


async def _alias_then_delete(w: World) -> None:
    await w.client.agents.set_alias(w.agent_id, alias="old", version=0)
    w.server.requests.pop()  # only the DELETE is the case's request
    await w.client.agents.delete_alias(w.agent_id, alias="old")


async def _drain(opened: Any) -> Any:
    stream = await opened
    return await stream.final_response()


CONVERSATION_INPUTS: list[dict[str, Any]] = [
    {"type": "message.input", "role": "user", "content": "What is the weather?"},
    {"type": "function.result", "tool_call_id": "call1", "result": "sunny"},
]
SHARE = {"share_with_uuid": "4b0e0d1e-0000-4000-8000-000000000001", "share_with_type": "User"}
LIB = "/v1/libraries/{library_id}"
DOC = LIB + "/documents/{document_id}"
