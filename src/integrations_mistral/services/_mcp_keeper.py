"""One MCP server kept open by a task of its own for the length of a run.

The `mcp` package runs each connection in anyio task groups, which must be entered and left in
one task and which cancel that task when the connection fails. A keeper task holds them, so a
server that dies cancels its keeper, not the run: the run's calls to it fail as calls
(`McpServerError`), and the server is closed when the run ends, whatever ends it.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from ..errors import McpServerError

__all__ = ["ServerKeeper"]

_STOP_SECS = 10.0


class ServerKeeper:
    """`session = await keeper.start()`; `await keeper.stop()` (idempotent)."""

    def __init__(self, name: str, transport: Any, connect_timeout: float) -> None:
        self.name = name
        self._transport = transport
        self._timeout = connect_timeout
        self._ready: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self.gone = asyncio.Event()
        """Set once the server's connection has ended (stopped, or lost)."""

    async def start(self) -> Any:
        """The initialized `ClientSession`, or `McpServerError` naming the server."""
        self._task = asyncio.get_running_loop().create_task(self._keep())
        try:
            return await asyncio.wait_for(asyncio.shield(self._ready), self._timeout)
        except asyncio.TimeoutError:
            await self.stop()
            raise McpServerError(
                f"MCP server {self.name!r} did not answer within {self._timeout:g} s "
                f"(mcp.{self.name}.connect_timeout_secs)",
                server=self.name,
            ) from None
        except BaseException:
            await self.stop()
            raise

    async def _keep(self) -> None:
        from mcp import ClientSession

        try:
            async with self._transport as streams, ClientSession(streams[0], streams[1]) as session:
                await session.initialize()
                if not self._ready.done():
                    self._ready.set_result(session)
                await self._stop.wait()
        except BaseException as exc:
            if not self._ready.done() and not self._stop.is_set():  # else no one waits
                self._ready.set_exception(
                    McpServerError(
                        f"MCP server {self.name!r} could not be started or reached "
                        f"({describe(exc)})",
                        server=self.name,
                    )
                )
            if isinstance(exc, asyncio.CancelledError) and self._stop.is_set():
                return
        finally:
            self.gone.set()
            if not self._ready.done():
                self._ready.cancel()

    async def call(self, session: Any, tool: str, arguments: dict[str, Any]) -> Any:
        """`session.call_tool`, failing at once if the server goes away meanwhile."""
        call = asyncio.ensure_future(session.call_tool(tool, arguments))
        gone = asyncio.ensure_future(self.gone.wait())
        try:
            await asyncio.wait({call, gone}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            gone.cancel()
            if not call.done():
                call.cancel()
        if not call.done() or call.cancelled():
            raise McpServerError(
                f"MCP server {self.name!r} stopped while {tool} ran", server=self.name
            )
        return call.result()

    async def stop(self) -> None:
        """Close the session and the transport (a stdio server's process group with it)."""
        self._stop.set()
        task = self._task
        if task is None or task.done():
            return
        done: set[Any] = set()
        if self._ready.done() and not self._ready.cancelled():  # it serves: let it close
            done, _ = await asyncio.wait({task}, timeout=_STOP_SECS)
        if not done:  # still starting, or stuck closing: cancelled (its transport cleans up)
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(task, _STOP_SECS)


def describe(exc: BaseException) -> str:
    """`Type: message` of the first real error in a (nested) exception group."""
    grouped = getattr(exc, "exceptions", None)
    if isinstance(grouped, tuple) and grouped:
        leaves = [each for each in grouped if not isinstance(each, asyncio.CancelledError)]
        return describe(leaves[0] if leaves else grouped[0])
    return f"{type(exc).__name__}: {str(exc)[:300] or type(exc).__name__}"
