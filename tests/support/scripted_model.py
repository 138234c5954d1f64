"""A model on loopback that asks for the tool calls a test scripts, turn by turn, then answers
with the tool results it was sent; and helpers for MCP server processes started by the tests."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web

ROOT = Path(__file__).resolve().parents[2]

Call = tuple[str, dict[str, Any]]


@dataclass
class ScriptedModel:
    """`turns[i]`: the calls reply `i` asks for (an empty list: answer with the tool results)."""

    turns: list[list[Call]]
    bodies: list[dict[str, Any]] = field(default_factory=list)

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        turn = len(self.bodies)
        self.bodies.append(body)
        calls = self.turns[turn] if turn < len(self.turns) else []
        tool_calls = [
            {"id": f"call-{turn}-{n}", "type": "function",
             "function": {"name": name, "arguments": json.dumps(arguments)}}
            for n, (name, arguments) in enumerate(calls)
        ]  # fmt: skip
        results = [m["content"] for m in body["messages"] if m.get("role") == "tool"]
        message = {
            "role": "assistant",
            "content": "" if tool_calls else " | ".join(results),
            "tool_calls": tool_calls or None,
        }
        return web.json_response(
            {
                "id": f"cmpl-{turn}",
                "object": "chat.completion",
                "created": 1,
                "model": body.get("model", "m"),
                "choices": [
                    {
                        "index": 0,
                        "message": message,
                        "finish_reason": "tool_calls" if tool_calls else "stop",
                    }
                ],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            }
        )

    def offered(self, turn: int = 0) -> list[str]:
        """The tool names request `turn` offered the model."""
        return [tool["function"]["name"] for tool in self.bodies[turn].get("tools") or ()]


def stdio_server(pidfile: Path | None = None, **extra: Any) -> dict[str, Any]:
    """The settings of the test MCP server as a stdio server."""
    command = [sys.executable, "-m", "tests.support.mcp_server"]
    if pidfile is not None:
        command += ["--pidfile", str(pidfile)]
    return {"transport": "stdio", "command": command, "cwd": str(ROOT), **extra}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def start_http_server(sse: bool = False) -> tuple[subprocess.Popen[bytes], str]:
    """The test MCP server over streamable HTTP (or SSE) on a free loopback port; its URL."""
    port = free_port()
    option, path = ("--sse", "sse") if sse else ("--http", "mcp")
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.support.mcp_server", option, str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return process, f"http://127.0.0.1:{port}/{path}"
        if process.poll() is not None:
            break
        time.sleep(0.05)
    process.kill()
    raise RuntimeError("the MCP test server did not start")


def alive(pid: int) -> bool:
    """Whether a process runs (a zombie waiting to be reaped does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state not in ("Z", "X")


def wait_gone(*pids: int, within: float = 10.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not any(alive(pid) for pid in pids):
            return True
        time.sleep(0.05)
    return False
