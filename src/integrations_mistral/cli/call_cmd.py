"""`call <area.method> [ID ...] [--json '{...}']`: any operation of any area from the shell,
its result printed as JSON (a page walk or an event stream as one JSON object per line)."""

from __future__ import annotations

import argparse
import asyncio
import inspect
import json
import sys
from collections.abc import AsyncIterator
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, validate_call

from .._secrets import scrub
from ..client import MistralClient
from ..errors import RequestValidationError
from ..services import AREAS, CompletionStream, Service, ServiceGroup
from ._client import client_for

__all__ = ["add_call_command"]

_AREAS = frozenset({"chat", *AREAS})
_SHAPE_ERRORS = frozenset(
    {
        "unexpected_keyword_argument",
        "unexpected_positional_argument",
        "missing_argument",
        "missing_keyword_only_argument",
        "missing_positional_only_argument",
        "multiple_argument_values",
        "extra_forbidden",
    }
)


def _method(client: MistralClient, dotted: str) -> Any:
    """`client.workflows.executions.get` from "workflows.executions.get"; a name that is not a
    service method is a usage error naming the closest one."""
    *path, name = dotted.split(".")
    if not path:
        raise RequestValidationError(f"call: expected area.method (models.list), got {dotted!r}")
    _known("area", path[0], _AREAS)
    target: Any = client
    for part in path:
        target = getattr(target, part, None)
        if not isinstance(target, Service | ServiceGroup):
            raise RequestValidationError(f"call: {dotted!r} is not a service of the client")
    kind = type(target)
    methods = frozenset(
        n for n in dir(kind) if not n.startswith("_") and inspect.isfunction(getattr(kind, n))
    )
    _known(f"method of {'.'.join(path)}", name, methods)
    return getattr(target, name)


def _known(what: str, name: str, known: frozenset[str]) -> None:
    if name in known:
        return
    import difflib

    close = difflib.get_close_matches(name, known, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else f"; one of {', '.join(sorted(known))}"
    raise RequestValidationError(f"call: no {what} {name!r}{hint}")


def _arguments(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        given = json.loads(text)
    except ValueError as exc:
        raise RequestValidationError(f"call --json: not JSON ({exc})") from None
    if not isinstance(given, dict):
        raise RequestValidationError("call --json: expected a JSON object of keyword arguments")
    return given


def _jsonable(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def _print(value: Any, secrets: tuple[str, ...], *, lines: bool = False) -> None:
    """The result as JSON; the client's own keys (a server may echo one back), bearer tokens
    and URL passwords masked."""
    if isinstance(value, bytes):
        sys.stdout.buffer.write(value)
        return
    indent = None if lines else 2
    text = json.dumps(_jsonable(value), indent=indent, ensure_ascii=False, default=str)
    print(scrub(text, secrets))


async def _checked(method: Any, dotted: str, ids: list[str], arguments: dict[str, Any]) -> Any:
    """Call `method` with JSON-given arguments checked against its signature first, so a value
    of the wrong type (`"page_size": "lots"`) is a usage error, not a request sent with it."""
    try:
        checked = validate_call(config=ConfigDict(arbitrary_types_allowed=True))(method)
    except Exception:  # annotations pydantic cannot build a check for: the method checks itself
        checked = method
    try:
        result = checked(*ids, **arguments)
        return await result if inspect.isawaitable(result) else result
    except ValidationError as exc:
        if any(e["type"] in _SHAPE_ERRORS for e in exc.errors()):
            result = method(*ids, **arguments)  # its own message names the closest argument
            return await result if inspect.isawaitable(result) else result
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'arguments'}: {e['msg']}"
            for e in exc.errors(include_url=False)[:5]
        )
        raise RequestValidationError(f"call {dotted}: {problems}") from None


async def _run(args: argparse.Namespace) -> None:
    async with client_for(args) as client:
        method = _method(client, args.method)
        result = await _checked(method, args.method, args.ids, _arguments(args.json))
        secrets = client._caller.transport.credentials.secrets
        if isinstance(result, CompletionStream):
            async with result:
                async for event in result:
                    _print(event, secrets, lines=True)
        elif isinstance(result, AsyncIterator):
            async for item in result:
                _print(item, secrets, lines=True)
        else:
            _print(result, secrets)


def _call(args: argparse.Namespace) -> int:
    asyncio.run(_run(args))
    return 0


def add_call_command(commands: Any) -> None:
    call = commands.add_parser(
        "call",
        help="any operation: call workflows.executions.get ID, call prompts.iterate",
        description="Call a method of the client (its path on the client: area.method); "
        "positional IDs are its path parameters, --json its keyword arguments.",
    )
    call.add_argument("method", help="e.g. models.list, workflows.executions.get")
    call.add_argument("ids", nargs="*", help="path parameters, in order")
    call.add_argument("--json", default=None, help="keyword arguments: '{\"page_size\": 5}'")
    call.add_argument("--profile", default=None, help="default: $MISTRAL_PROFILE or 'default'")
    call.add_argument("--config-file", default=None, help="config file (default: discovered)")
    call.set_defaults(handler=_call)
