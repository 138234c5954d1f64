"""A stdio MCP server as one process group, stopped whole when its run ends.

The `mcp` package's own stdio transport kills the server's group only when the server outlives
its stdin closing; a server that exits on its own leaves its children running. This transport
starts the server in a session of its own and, at the end, always signals the whole group:
SIGTERM, then SIGKILL to what is left after a grace period. Messages are the package's own
(`SessionMessage`, one JSON-RPC message per line).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any

import anyio
import anyio.abc
from anyio.streams.text import TextReceiveStream

__all__ = ["stdio_group"]

_GRACE_SECS = 2.0
_WATCH_SECS = 0.2


@contextlib.asynccontextmanager
async def stdio_group(
    command: Sequence[str], env: Mapping[str, str], cwd: str | None
) -> AsyncIterator[tuple[Any, Any]]:
    """(read stream, write stream) of a stdio server, as `ClientSession` takes them."""
    import mcp_types
    from mcp.shared.message import SessionMessage

    process = await anyio.open_process(
        list(command), env=dict(env), cwd=cwd, stderr=sys.stderr, start_new_session=True
    )
    inbound_in, inbound = anyio.create_memory_object_stream[Any](0)
    outbound, outbound_out = anyio.create_memory_object_stream[Any](0)

    closing = False

    async def read() -> None:
        assert process.stdout is not None
        buffer = ""
        async with inbound_in:
            with contextlib.suppress(anyio.ClosedResourceError, anyio.BrokenResourceError, OSError):
                async for chunk in TextReceiveStream(process.stdout):
                    *lines, buffer = (buffer + chunk).split("\n")
                    for line in lines:
                        if not line.strip():
                            continue
                        try:
                            message: Any = SessionMessage(
                                mcp_types.jsonrpc_message_adapter.validate_json(line)
                            )
                        except ValueError as exc:  # the session reports it
                            message = exc
                        await inbound_in.send(message)
        if not closing:  # the server went away by itself: its keeper ends, its calls fail
            raise ConnectionResetError("the server exited (its output closed)")

    async def write() -> None:
        assert process.stdin is not None
        async with outbound_out:
            with contextlib.suppress(anyio.ClosedResourceError, anyio.BrokenResourceError, OSError):
                async for message in outbound_out:
                    text = message.message.model_dump_json(by_alias=True, exclude_unset=True)
                    await process.stdin.send((text + "\n").encode())

    async def watch() -> None:
        """The server's own exit, seen even while a child of it holds its output open."""
        while process.returncode is None:  # noqa: ASYNC110  (no event says a process exited)
            await anyio.sleep(_WATCH_SECS)
        if not closing:
            raise ConnectionResetError(f"the server exited (status {process.returncode})")

    async with anyio.create_task_group() as tasks:
        tasks.start_soon(read)
        tasks.start_soon(write)
        tasks.start_soon(watch)
        try:
            yield inbound, outbound
        finally:
            closing = True
            with anyio.CancelScope(shield=True):
                await _stop(process)
            tasks.cancel_scope.cancel()


async def _stop(process: anyio.abc.Process) -> None:
    """Close the server's stdin, give it a moment, then stop its whole process group."""
    if process.stdin is not None:
        with contextlib.suppress(OSError, anyio.BrokenResourceError, anyio.ClosedResourceError):
            await process.stdin.aclose()
    with anyio.move_on_after(_GRACE_SECS / 4):
        await process.wait()
    _signal_group(process, signal.SIGTERM)
    with anyio.move_on_after(_GRACE_SECS):
        await process.wait()
    _signal_group(process, getattr(signal, "SIGKILL", signal.SIGTERM))
    with anyio.move_on_after(_GRACE_SECS):
        await process.wait()


def _signal_group(process: anyio.abc.Process, signum: int) -> None:
    """Signal every process of the server's group (its pid is the group's id: it leads its
    session); a group already gone is fine. Windows has no groups: the server alone."""
    with contextlib.suppress(ProcessLookupError, PermissionError, OSError):
        if sys.platform == "win32":  # pragma: no cover
            process.kill() if signum != signal.SIGTERM else process.terminate()
        else:
            os.killpg(process.pid, signum)
