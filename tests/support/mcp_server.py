"""A real MCP server for the tests, on the `mcp` package's own server: stdio by default,
`--http PORT` for streamable HTTP, `--sse PORT` for SSE, on 127.0.0.1. Its tools:

- `add(a, b)`, `echo(text)`: plain answers; `search_issues(query)`, `create_issue(title, marker)`:
  the names a profile's include / exclude / requires_confirmation lists pick from;
  `create_issue` writes `marker` (a file) as its side effect;
- `picture()`: an image, not text; `broken()`: an error result;
- `crash()`: the server process exits; `hang()`: never answers.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import time
from pathlib import Path

from mcp.server.mcpserver import Image, MCPServer

server = MCPServer("integrations-mistral test tools")


@server.tool()
def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b


@server.tool()
def echo(text: str) -> str:
    """Say it back."""
    return f"echo {text} (pid {os.getpid()})"


@server.tool()
def search_issues(query: str) -> str:
    """Search the issues."""
    return f"3 issues about {query}"


@server.tool()
def create_issue(title: str, marker: str) -> str:
    """Create an issue (writes `marker` as its side effect)."""
    Path(marker).write_text(title, encoding="utf-8")
    return f"created {title}"


@server.tool()
def picture() -> Image:
    """A tiny picture."""
    return Image(data=b"\x89PNG\r\n\x1a\n" + b"\0" * 40, format="png")


@server.tool()
def broken() -> str:
    """Always fails."""
    raise ValueError("the tool itself failed")


@server.tool()
def crash() -> str:
    """The server dies."""
    os._exit(3)


@server.tool()
def hang() -> str:
    """Never answers."""
    time.sleep(3600)
    return "never"


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--http", type=int, default=None)
    parser.add_argument("--sse", type=int, default=None)
    parser.add_argument("--pidfile", default=None, help="write the server's and a child's pids")
    args = parser.parse_args()
    if args.pidfile:  # a child process too, to prove the whole process group is stopped
        child = subprocess.Popen(["sleep", "600"])
        Path(args.pidfile).write_text(f"{os.getpid()} {child.pid}", encoding="utf-8")
    if args.http is not None:
        server.run("streamable-http", host="127.0.0.1", port=args.http)
    elif args.sse is not None:
        server.run("sse", host="127.0.0.1", port=args.sse)
    else:
        server.run("stdio")
