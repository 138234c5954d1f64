"""What every service stands on: one call = resilience around transport, then typed parsing."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, TypeVar
from urllib.parse import quote

import aiohttp
from pydantic import BaseModel, ValidationError

from ..errors import MistralError, ResponseValidationError
from ..resilience import Permit, Resilience
from ..transport import HttpTransport, RawResponse
from ..types import CompletionChunk, WireModel, parse_response
from ._stream import CompletionStream

__all__ = [
    "APICaller",
    "RequestValidationError",
    "Service",
    "build_request",
    "fields_of",
    "query",
    "segment",
]

M = TypeVar("M", bound=BaseModel)
W = TypeVar("W", bound=WireModel)


class RequestValidationError(MistralError, ValueError):
    """Arguments to a service method do not fit the API's request model; nothing was sent."""

    default_error_type = "invalid_request"


def _describe(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors(include_url=False):
        loc = ".".join(
            str(p) for p in error["loc"] if not str(p).startswith(("tagged-union", "list["))
        )
        parts.append(f"{loc or '<root>'}: {error['msg']}")
    return "; ".join(parts)


def build_request(model: type[W], request: W | None, fields: Mapping[str, Any]) -> W:
    """A typed request from either a ready model or keyword arguments (None means: not sent)."""
    if request is not None:
        extra = sorted(name for name, value in fields.items() if value is not None)
        if extra:
            raise RequestValidationError(
                f"{model.__name__}: pass either request= or keyword arguments, not both "
                f"(got {', '.join(extra)})"
            )
        return request
    try:
        return model.model_validate({k: v for k, v in fields.items() if v is not None})
    except ValidationError as exc:
        raise RequestValidationError(f"invalid {model.__name__}: {_describe(exc)}") from None


class APICaller:
    """Sends a request under the resilience policy and parses the body into a model."""

    def __init__(self, transport: HttpTransport, resilience: Resilience) -> None:
        self.transport = transport
        self.resilience = resilience

    async def _send(
        self,
        method: str,
        path: str,
        body: bytes | None,
        params: Mapping[str, Any] | None,
        form: Callable[[], aiohttp.FormData] | None,
        accept: str | None,
        cost: int,
    ) -> tuple[RawResponse, Permit]:
        transport = self.transport

        async def attempt(budget: float) -> RawResponse:
            return await transport.request(
                method,
                path,
                json_body=body,
                params=params,
                data=form() if form is not None else None,
                accept=accept,
                budget=budget,
            )

        return await self.resilience.execute(attempt, cost=cost)

    async def raw(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None = None,
        params: Mapping[str, Any] | None = None,
        form: Callable[[], aiohttp.FormData] | None = None,
        accept: str | None = None,
        cost: int = 0,
    ) -> RawResponse:
        """One logical call returning the raw response; `form` builds a fresh multipart body per attempt."""
        response, _ = await self._send(method, path, body, params, form, accept, cost)
        return response

    async def call(
        self,
        method: str,
        path: str,
        model: type[M],
        *,
        body: bytes | None = None,
        params: Mapping[str, Any] | None = None,
        form: Callable[[], aiohttp.FormData] | None = None,
        cost: int = 0,
    ) -> M:
        """One logical call parsed into `model`; the limiter's token charge is settled from `usage`.

        A body that does not parse is never retried (the API answered), so parsing follows the send.
        """
        response, permit = await self._send(method, path, body, params, form, None, cost)
        try:
            result = parse_body(model, response)
        except ResponseValidationError:
            permit.settle(0)
            raise
        used = _reported_tokens(result)
        if used is not None:
            permit.settle(used)
        return result

    async def open_stream(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None = None,
        params: Mapping[str, Any] | None = None,
        accept: str = "text/event-stream",
        cost: int = 0,
        idle_timeout: float | None = None,
    ) -> tuple[aiohttp.ClientResponse, Permit]:
        """Open a streamed response under the resilience policy.

        Retries happen only here, before any byte of the body reaches the caller; once this
        returns, a failure while reading the body is the caller's to handle.
        """
        transport = self.transport

        async def attempt(budget: float) -> aiohttp.ClientResponse:
            return await transport.open_stream(
                method,
                path,
                json_body=body,
                params=params,
                accept=accept,
                idle_timeout=idle_timeout,
                budget=budget,
            )

        return await self.resilience.execute(attempt, cost=cost)


def _reported_tokens(result: object) -> int | None:
    usage = getattr(result, "usage", None)
    total = getattr(usage, "total_tokens", None)
    return total if isinstance(total, int) else None


def parse_body(model: type[M], response: RawResponse) -> M:
    """Parse leniently; a body that is not JSON or does not fit the model is a typed error."""
    try:
        return parse_response(model, response.body)
    except ValidationError as exc:
        snippet = response.body[:200].decode("utf-8", errors="replace")
        kind = (
            "is not valid JSON"
            if any(e["type"] == "json_invalid" for e in exc.errors())
            else f"does not fit {model.__name__} ({_describe(exc)})"
        )
        raise ResponseValidationError(
            f"HTTP {response.status} response body {kind}: {snippet!r}",
            status_code=response.status,
            request_id=response.request_id,
        ) from None


def query(**params: Any) -> dict[str, str]:
    """Query parameters as the API expects them: None dropped, booleans lower-case, lists joined."""
    out: dict[str, str] = {}
    for name, value in params.items():
        if value is None:
            continue
        if isinstance(value, bool):
            out[name] = "true" if value else "false"
        elif isinstance(value, list | tuple):
            out[name] = ",".join(str(v) for v in value)
        elif isinstance(value, Mapping):
            out[name] = json.dumps(value, separators=(",", ":"))
        else:
            out[name] = str(value)
    return out


def segment(value: str, name: str) -> str:
    """One path segment (an id), percent-encoded; an empty id is refused before sending."""
    if not isinstance(value, str) or not value.strip():
        raise RequestValidationError(f"{name}: expected a non-empty string, got {value!r}")
    return quote(value, safe="")


class Service:
    """Base of the per-area services; holds only the caller (data flows one way)."""

    def __init__(self, caller: APICaller) -> None:
        self._caller = caller

    async def _send(
        self,
        method: str,
        path: str,
        response_model: type[M],
        request_model: type[W],
        request: W | None,
        fields: Mapping[str, Any],
        *,
        params: Mapping[str, Any] | None = None,
        cost: int = 0,
    ) -> M:
        """Validate a JSON request (from `request=` or keywords), send it, parse the reply."""
        body = build_request(request_model, request, fields)
        return await self._caller.call(
            method, path, response_model, body=body.to_json(), params=params, cost=cost
        )

    async def _stream(
        self, path: str, body: WireModel, cost: int
    ) -> CompletionStream[CompletionChunk]:
        """Open a streamed completion; errors (and retries) happen here, before the first chunk."""
        streamed = body.model_copy(update={"stream": True})
        response, permit = await self._caller.open_stream(
            "POST", path, body=streamed.to_json(), cost=cost
        )
        if response.content_type != "text/event-stream":
            try:
                snippet = (await response.read())[:200]
            finally:
                response.release()
            permit.settle(0)
            raise ResponseValidationError(
                f"expected a text/event-stream response, got {response.content_type}: {snippet!r}",
                status_code=response.status,
            )
        return CompletionStream(response, CompletionChunk, permit)


def fields_of(arguments: Mapping[str, Any], *exclude: str) -> dict[str, Any]:
    """A method's keyword arguments minus `self`, `request` and the named ones."""
    return {k: v for k, v in arguments.items() if k not in {"self", "request", *exclude}}
