"""MCP tool servers in tool runs: the servers a profile declares (`[<profile>.mcp.<name>]`),
opened for one run, their tools offered next to the run's Python functions, and stopped when the
run ends (a stdio server's process group too), whatever ends it.

The `mcp` package (the `[mcp]` extra) is imported only when a run names
a server.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import AsyncExitStack
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, RootModel

from ..config.mcp import McpServerSettings
from ..errors import ConfigurationError, McpServerError, MistralError, RequestValidationError
from ._mcp_keeper import ServerKeeper, describe
from .function_tool import FunctionTool, as_tools

if TYPE_CHECKING:
    from ..config.models import ClientSettings
    from ..credentials import Credentials

__all__ = ["McpHub", "McpTool", "offered", "servers_open"]


class _Arguments(RootModel[dict[str, Any]]):
    """An MCP tool's arguments: any JSON object (the server checks them against its schema)."""


@dataclass(frozen=True)
class McpTool(FunctionTool):
    """A tool an MCP server serves: described by the server's schema, called on the server."""

    server: str = ""
    session: Any = None
    keeper: Any = None  # the `ServerKeeper` holding the server's connection

    def validate(self, arguments: str | dict[str, Any]) -> BaseModel:
        raw = json.loads(arguments or "{}") if isinstance(arguments, str) else arguments
        if not isinstance(raw, dict):
            raise ValueError(f"expected a JSON object of arguments, got {type(raw).__name__}")
        return _Arguments(raw)

    async def invoke(self, values: BaseModel) -> Any:
        arguments = values.root if isinstance(values, _Arguments) else values.model_dump()
        try:
            result = await self.keeper.call(self.session, self.name, arguments)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the server's transport or protocol, whatever it raises
            raise McpServerError(
                f"MCP server {self.server!r}: calling {self.name} failed "
                f"({type(exc).__name__}: {exc})",
                server=self.server,
            ) from None
        return _result_text(self.server, self.name, result)


class ToolReportedError(Exception):
    """The server answered the call with an error result; its text is what the model is told
    (or what `ToolError` says, with `on_tool_error="raise"`)."""


def _result_text(server: str, tool: str, result: Any) -> str:
    """A tool result as the model reads it: text parts as they are; any other content named
    and sized, never dropped silently; an error result raised for the run's error policy."""
    parts: list[str] = []
    for item in getattr(result, "content", None) or ():
        kind = getattr(item, "type", "")
        if kind == "text":
            parts.append(item.text)
        elif kind in ("image", "audio"):
            size = len(getattr(item, "data", "") or "") * 3 // 4
            parts.append(f"[{kind} content, {getattr(item, 'mime_type', '?')}, {size} bytes]")
        elif kind == "resource":
            inner = getattr(item, "resource", None)
            text = getattr(inner, "text", None)
            uri = getattr(inner, "uri", "")
            parts.append(text if isinstance(text, str) else f"[resource {uri} (binary)]")
        elif kind == "resource_link":
            parts.append(f"[resource link {getattr(item, 'uri', '')}]")
        else:
            parts.append(f"[{kind or 'unknown'} content]")
    structured = getattr(result, "structured_content", None)
    if not parts and structured is not None:
        parts.append(json.dumps(structured, default=str))
    text = "\n".join(parts)
    if getattr(result, "is_error", False):
        raise ToolReportedError(text or f"{tool} reported an error")
    return text


class McpHub:
    """The MCP servers of one profile, and how to reach them (its TLS trust, its proxy, its
    key for Mistral's connectors gateway). Made once per client by the factory."""

    def __init__(
        self,
        servers: Mapping[str, McpServerSettings],
        client: ClientSettings,
        credentials: Credentials,
    ) -> None:
        self.servers = dict(servers)
        self._client = client
        self._credentials = credentials

    def check(self, names: Sequence[str]) -> list[str]:
        """The names a run asked for, each declared (a `RequestValidationError` otherwise)."""
        if isinstance(names, str) or not isinstance(names, Sequence):
            raise RequestValidationError("mcp: expected a list of server names")
        unknown = [name for name in names if name not in self.servers]
        if unknown:
            declared = ", ".join(sorted(self.servers)) or "none"
            raise RequestValidationError(
                f"mcp: no server named {', '.join(map(repr, unknown))} in this profile "
                f"(declared: {declared}; add a [<profile>.mcp.<name>] table)"
            )
        return list(dict.fromkeys(names))

    async def open(self, names: Sequence[str], stack: AsyncExitStack) -> dict[str, McpTool]:
        """Start or reach each server, list its tools, keep the ones it offers; all of it is
        closed with `stack` (in the task that opened it: the `mcp` package's rule)."""
        tools: dict[str, McpTool] = {}
        for name in self.check(names):
            settings = self.servers[name]
            keeper, session = await self._session(name, settings, stack)
            for tool in await self._tools(name, settings, keeper, session):
                if tool.name in tools:
                    raise RequestValidationError(
                        f"mcp: servers {tools[tool.name].server!r} and {name!r} both serve a "
                        f"tool named {tool.name!r}; exclude it from one of them"
                    )
                tools[tool.name] = tool
        return tools

    async def _session(
        self, name: str, settings: McpServerSettings, stack: AsyncExitStack
    ) -> tuple[ServerKeeper, Any]:
        try:
            import mcp  # noqa: F401
        except ImportError:
            raise ConfigurationError(
                f"mcp.{name}: MCP servers need the mcp package: "
                "install the [mcp] extra (from a checkout: python -m pip install '.[mcp]')"
            ) from None
        try:
            transport = await self._transport(settings)
        except Exception as exc:  # a key source that failed names itself; the rest: the server
            if isinstance(exc, MistralError):
                raise
            raise McpServerError(
                f"MCP server {name!r} could not be set up ({describe(exc)})", server=name
            ) from None
        keeper = ServerKeeper(name, transport, settings.connect_timeout_secs)
        stack.push_async_callback(keeper.stop)
        return keeper, await keeper.start()

    async def _transport(self, settings: McpServerSettings) -> Any:
        if settings.transport == "stdio":
            from ._mcp_stdio import stdio_group

            env = {**os.environ, **{k: v.get_secret_value() for k, v in settings.env.items()}}
            return stdio_group(settings.command or (), env, settings.cwd)
        headers = {k: v.get_secret_value() for k, v in settings.headers.items()}
        url = settings.url or ""
        if settings.connector is not None:  # Mistral's gateway, with the client's own key
            url = f"{self._client.base_url}/v1/connectors-gateway/{settings.connector}/mcp"
            key = await self._credentials.key()
            if key:
                headers.setdefault("Authorization", f"Bearer {key}")
        if settings.transport == "sse":
            from mcp.client.sse import sse_client

            return sse_client(
                url,
                headers=headers,
                timeout=settings.connect_timeout_secs,
                sse_read_timeout=settings.timeout_secs,
            )
        import httpx2
        from mcp.client.streamable_http import streamable_http_client

        from ..transport.network import tls_context

        http = httpx2.AsyncClient(
            headers=headers,
            timeout=httpx2.Timeout(settings.connect_timeout_secs, read=settings.timeout_secs),
            verify=tls_context(self._client),
            trust_env=self._client.trust_env,
            proxy=self._client.proxy,
        )
        return _with_client(http, streamable_http_client(url, http_client=http))

    async def _tools(
        self, name: str, settings: McpServerSettings, keeper: ServerKeeper, session: Any
    ) -> list[McpTool]:
        listed: list[Any] = []
        cursor = None
        try:
            while True:
                page = await asyncio.wait_for(
                    session.list_tools(params=_page(cursor)), settings.connect_timeout_secs
                )
                listed.extend(page.tools)
                cursor = page.next_cursor
                if not cursor or len(listed) > 10_000:
                    break
        except Exception as exc:
            raise McpServerError(
                f"MCP server {name!r} did not list its tools ({describe(exc)})",
                server=name,
            ) from None
        confirm = set(settings.requires_confirmation)
        return [
            McpTool(
                tool.name,
                tool.description or tool.title or "",
                dict(tool.input_schema or {"type": "object"}),
                _no_handler,
                _Arguments,
                requires_confirmation=tool.name in confirm,
                timeout=settings.timeout_secs,
                timeout_setting=f"mcp.{name}.timeout_secs",
                server=name,
                session=session,
                keeper=keeper,
            )
            for tool in listed
            if settings.offers(tool.name)
        ]


@contextlib.asynccontextmanager
async def servers_open() -> AsyncIterator[AsyncExitStack]:
    """A run's MCP servers' lifetime: each stopped at the run's end, whatever ended it."""
    async with AsyncExitStack() as stack:
        yield stack


async def offered(
    caller: Any, tools: Sequence[Any], mcp: Sequence[str] | None, stack: AsyncExitStack
) -> dict[str, FunctionTool]:
    """A run's tools by name: its Python functions and the named MCP servers' tools (opened
    on `stack`); a name two of them share is refused before the model is asked anything."""
    found = as_tools(tools)
    if not mcp:
        return found
    hub: McpHub | None = getattr(caller, "mcp", None)
    if hub is None:
        raise RequestValidationError("mcp: this client has no MCP servers configured")
    served = await hub.open(mcp, stack)
    for name in served.keys() & found.keys():
        raise RequestValidationError(
            f"mcp: server {served[name].server!r} serves a tool named {name!r}, like a Python "
            "function of this run; rename the function or exclude the server's tool"
        )
    return {**found, **served}


def _page(cursor: str | None) -> Any:
    if cursor is None:
        return None
    import mcp_types

    return mcp_types.PaginatedRequestParams(cursor=cursor)


def _no_handler(**_: Any) -> Any:  # McpTool.invoke calls the server instead
    raise NotImplementedError


class _with_client:
    """The streamable-HTTP transport, and the HTTP client it uses closed after it."""

    def __init__(self, http: Any, transport: Any) -> None:
        self._http, self._transport = http, transport

    async def __aenter__(self) -> Any:
        await self._http.__aenter__()
        return await self._transport.__aenter__()

    async def __aexit__(self, *exc_info: Any) -> Any:
        try:
            return await self._transport.__aexit__(*exc_info)
        finally:
            await self._http.__aexit__(None, None, None)
