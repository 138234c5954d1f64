"""What every service stands on: one call = resilience around transport, then typed parsing."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar
from urllib.parse import quote

import aiohttp
from multidict import MultiDict
from pydantic import BaseModel, ValidationError

from .._lifetime import Lifetime
from ..errors import RequestValidationError, ResponseValidationError
from ..observability import Operation, Telemetry, log_failure
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
T = TypeVar("T")
W = TypeVar("W", bound=WireModel)


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
    """Sends a request under the resilience policy, observed by the client's telemetry."""

    def __init__(
        self,
        transport: HttpTransport,
        resilience: Resilience,
        telemetry: Telemetry,
        lifetime: Lifetime | None = None,
    ) -> None:
        self.transport = transport
        self.resilience = resilience
        self.telemetry = telemetry
        self.lifetime = lifetime or Lifetime()

    async def _send(
        self,
        op: Operation | None,
        name: str,
        method: str,
        path: str,
        body: bytes | None,
        params: Mapping[str, Any] | None,
        form: Callable[[], aiohttp.FormData] | None,
        accept: str | None,
        cost: int,
    ) -> tuple[RawResponse, Permit]:
        transport = self.transport
        url = transport.display_url(path) if op is not None else ""

        async def attempt(budget: float) -> RawResponse:
            record = op.attempt_started(url) if op is not None else None
            try:
                response = await transport.request(
                    method,
                    path,
                    json_body=body,
                    params=params,
                    data=form() if form is not None else None,
                    accept=accept,
                    budget=budget,
                    headers=record.headers if record is not None else None,
                )
            except BaseException as exc:
                if op is not None and record is not None:
                    op.attempt_ended(record, *_error_facts(exc), exc)
                raise
            if op is not None and record is not None:
                op.attempt_ended(record, response.status, len(response.body), response.request_id)
            return response

        return await self._execute(op, name, attempt, cost)

    async def _execute(
        self, op: Operation | None, name: str, attempt: Callable[[float], Awaitable[T]], cost: int
    ) -> tuple[T, Permit]:
        """The attempts under the resilience policy, inside the operation's spans if observed."""
        if op is None:
            return await self.resilience.execute(attempt, cost=cost, operation=name)
        return await op.run(self.resilience, attempt, cost)

    async def raw(
        self,
        name: str,
        method: str,
        path: str,
        *,
        body: WireModel | None = None,
        params: Mapping[str, Any] | None = None,
        form: Callable[[], aiohttp.FormData] | None = None,
        accept: str | None = None,
        cost: int = 0,
    ) -> RawResponse:
        """One logical call returning the raw response; `form` builds a fresh multipart body per attempt."""
        payload = body.to_json() if body is not None else None
        op = self.telemetry.watch(name, method, path, body, len(payload) if payload else 0)
        try:
            with self.lifetime.admit():
                response, _ = await self._send(
                    op, name, method, path, payload, params, form, accept, cost
                )
        except BaseException as exc:
            _failed(op, name, exc)
            raise
        if op is not None:
            op.succeeded(None)
        return response

    async def call(
        self,
        name: str,
        method: str,
        path: str,
        model: type[M],
        *,
        body: WireModel | None = None,
        params: Mapping[str, Any] | None = None,
        form: Callable[[], aiohttp.FormData] | None = None,
        cost: int = 0,
    ) -> M:
        """One logical call (`name`, e.g. `chat.create`) parsed into `model`.

        The limiter's token charge is settled from `usage`. A body that does not parse is never
        retried (the API answered), so parsing follows the send.
        """
        payload = body.to_json() if body is not None else None
        op = self.telemetry.watch(name, method, path, body, len(payload) if payload else 0)
        try:
            with self.lifetime.admit():
                response, permit = await self._send(
                    op, name, method, path, payload, params, form, None, cost
                )
            try:
                result = parse_body(model, response)
            except ResponseValidationError:
                permit.settle(0)
                raise
        except BaseException as exc:
            _failed(op, name, exc)
            raise
        used = _reported_tokens(result)
        if used is not None:
            permit.settle(used)
        if op is not None:
            op.succeeded(result)
        return result

    async def open_stream(
        self,
        name: str,
        method: str,
        path: str,
        *,
        body: WireModel | None = None,
        params: Mapping[str, Any] | None = None,
        accept: str = "text/event-stream",
        cost: int = 0,
        idle_timeout: float | None = None,
    ) -> tuple[aiohttp.ClientResponse, Permit, Operation | None]:
        """Open a streamed response under the resilience policy.

        Retries happen only here, before any byte of the body reaches the caller; once this
        returns, a failure while reading the body is the caller's to handle, and so is ending
        the returned `Operation` (when one observes the call).
        """
        transport = self.transport
        payload = body.to_json() if body is not None else None
        op = self.telemetry.watch(
            name, method, path, body, len(payload) if payload else 0, streaming=True
        )
        url = transport.display_url(path) if op is not None else ""

        async def attempt(budget: float) -> aiohttp.ClientResponse:
            record = op.attempt_started(url) if op is not None else None
            try:
                response = await transport.open_stream(
                    method,
                    path,
                    json_body=payload,
                    params=params,
                    accept=accept,
                    idle_timeout=idle_timeout,
                    budget=budget,
                    headers=record.headers if record is not None else None,
                )
            except BaseException as exc:
                if op is not None and record is not None:
                    op.attempt_ended(record, *_error_facts(exc), exc)
                raise
            if op is not None and record is not None:
                op.attempt_ended(
                    record,
                    response.status,
                    response.content_length,
                    response.headers.get("X-Request-ID")
                    or response.request_info.headers.get("X-Request-ID"),
                )
            return response

        try:
            with self.lifetime.admit():
                response, permit = await self._execute(op, name, attempt, cost)
        except BaseException as exc:
            _failed(op, name, exc)
            raise
        if op is not None:
            op.stream_started()
        return response, permit, op


def _error_facts(error: BaseException) -> tuple[int | None, int | None, str | None]:
    """(status, response size, request id) known of a failed attempt."""
    return getattr(error, "status_code", None), None, getattr(error, "request_id", None)


def _failed(op: Operation | None, name: str, error: BaseException) -> None:
    if op is not None:
        op.failed(error)
    elif isinstance(error, Exception):
        log_failure(name, error)


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


def query(**params: Any) -> MultiDict[str]:
    """Query parameters as the API expects them: None dropped, booleans lower-case, a list sent
    as the parameter repeated (`status=QUEUED&status=RUNNING`, OpenAPI's `form` style)."""
    out: MultiDict[str] = MultiDict()
    for name, value in params.items():
        if value is None:
            continue
        for item in value if isinstance(value, list | tuple) else (value,):
            if isinstance(item, bool):
                out.add(name, "true" if item else "false")
            elif isinstance(item, Mapping):
                out.add(name, json.dumps(item, separators=(",", ":"), allow_nan=False))
            else:
                out.add(name, str(item))
    return out


def segment(value: str, name: str) -> str:
    """One path segment (an id), percent-encoded; an empty id is refused before sending.

    `.` and `..` are encoded too (`%2E`), so no id can address another path.
    """
    if not isinstance(value, str) or not value.strip():
        raise RequestValidationError(f"{name}: expected a non-empty string, got {value!r}")
    encoded = quote(value, safe="")
    return encoded.replace(".", "%2E") if encoded in (".", "..") else encoded


class Service:
    """Base of the per-area services; holds only the caller (data flows one way)."""

    def __init__(self, caller: APICaller) -> None:
        self._caller = caller

    async def _send(
        self,
        name: str,
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
            name, method, path, response_model, body=body, params=params, cost=cost
        )

    async def _stream(
        self, name: str, path: str, body: WireModel, cost: int
    ) -> CompletionStream[CompletionChunk]:
        """Open a streamed completion; errors (and retries) happen here, before the first chunk."""
        streamed = body.model_copy(update={"stream": True})
        response, permit, op = await self._caller.open_stream(
            name, "POST", path, body=streamed, cost=cost
        )
        if response.content_type != "text/event-stream":
            try:
                snippet = (await response.read())[:200]
            finally:
                response.release()
            permit.settle(0)
            error = ResponseValidationError(
                f"expected a text/event-stream response, got {response.content_type}: {snippet!r}",
                status_code=response.status,
            )
            if op is not None:
                op.failed(error)
            raise error
        limits = self._caller.transport.stream_limits
        return CompletionStream(
            response, CompletionChunk, permit, op, limits, self._caller.lifetime
        )


def fields_of(arguments: Mapping[str, Any], *exclude: str) -> dict[str, Any]:
    """A method's keyword arguments minus `self`, `request` and the named ones."""
    return {k: v for k, v in arguments.items() if k not in {"self", "request", *exclude}}
