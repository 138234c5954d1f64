"""What every service stands on: typed requests, query and path helpers, and the `Service` base
(one call = the caller's resilience around transport, then typed parsing)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, ClassVar, Generic, NoReturn, TypeVar

import aiohttp
from multidict import MultiDict
from pydantic import BaseModel, RootModel, ValidationError

from ..errors import RequestValidationError, ResponseValidationError
from ..operations import operation
from ..request import Request
from ..spend.pricing import Price
from ..transport import RawResponse
from ..types import CompletionChunk, WireModel
from ._caller import APICaller, describe_validation
from ._events import EventStream
from ._fallback import Caller
from ._options import OPTION_NAMES, check_names, signature_of, unknown_arguments
from ._params import json_param, query, segment
from ._stream import CompletionStream

_SNIPPET = 200  # bytes of an unexpected body quoted in its error

__all__ = [
    "APICaller",
    "APIResponse",
    "RequestValidationError",
    "Service",
    "ServiceGroup",
    "build_request",
    "build_stream_request",
    "fields_of",
    "json_body",
    "json_param",
    "optional_request",
    "query",
    "segment",
]

M = TypeVar("M", bound=BaseModel)
W = TypeVar("W", bound=WireModel)
R = TypeVar("R")


def build_request(
    model: type[W],
    request: W | None,
    fields: Mapping[str, Any],
    options: Mapping[str, Any] | None = None,
) -> W:
    """A typed request from either a ready model or keyword arguments (None means: not sent).
    When they do not fit, a mistyped keyword among the method's `options` is named first."""
    if request is not None:
        extra = sorted(name for name, value in fields.items() if value is not None)
        if extra:
            raise RequestValidationError(
                f"{model.__name__}: pass either request= or keyword arguments, not both "
                f"(got {', '.join(extra)})"
            )
        if not isinstance(request, model):  # `create("hello")`, a dict: the fields go as keywords
            raise RequestValidationError(
                f"request: expected a {model.__name__}, got {type(request).__name__} (pass its "
                "fields as keyword arguments instead)"
            )
        return request
    given = {k: v for k, v in fields.items() if v is not None}
    try:  # pydantic's validator itself: strict, as `model.model_validate` is, two calls fewer
        built: W = model.__pydantic_validator__.validate_python(given, extra="forbid")
        return built
    except ValidationError as exc:
        unknown = [e["loc"][0] for e in exc.errors() if e["type"] == "extra_forbidden"]
        unknown += [name for name in options or () if name not in OPTION_NAMES]
        if unknown:  # a mistyped keyword: name the closest field
            known = {f.alias or n for n, f in model.model_fields.items()} | OPTION_NAMES
            check_names(model.__name__, {str(n): None for n in unknown}, frozenset(known))
        raise RequestValidationError(
            f"invalid {model.__name__}: {describe_validation(exc)}"
        ) from None


def optional_request(
    model: type[W],
    request: W | None,
    fields: Mapping[str, Any],
    options: Mapping[str, Any] | None = None,
) -> W | None:
    """`build_request` for an optional body: nothing given, nothing sent."""
    if request is None and all(value is None for value in fields.values()):
        return None
    return build_request(model, request, fields, options)


def json_body(model: type[RootModel[Any]], value: Any, name: str) -> bytes | None:
    """A body that is not an object (a list, one of several objects), checked as strictly as a
    request model, as JSON; None is not sent."""
    if value is None:
        return None
    try:
        checked = model.model_validate(value, extra="forbid")
    except ValidationError as exc:
        raise RequestValidationError(f"invalid {name}: {describe_validation(exc)}") from None
    body: bytes = model.__pydantic_serializer__.to_json(checked, exclude_unset=True, by_alias=True)
    return body


def build_stream_request(
    model: type[W],
    request: W | None,
    fields: dict[str, Any],
    options: Mapping[str, Any] | None = None,
) -> W:
    """`build_request` for a streamed call: a model built here has `stream: true` already, so
    `Service._stream` need not copy it (a given `request` is copied there, not changed)."""
    if request is None:
        fields["stream"] = True
    return build_request(model, request, fields, options)


class Service:
    """Base of the per-area services; holds only the caller (data flows one way).

    Every public method takes the per-call options (`timeout=`, `extra_headers=`,
    `extra_query=`, `extra_body=`) as `**options` and hands them to the `Request` it builds
    (`_request`), which refuses a mistyped keyword with a `RequestValidationError`.
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    area: ClassVar[str | None] = None
    """The client's attribute path to the service (`observability.judges`), naming its methods
    in errors; None: named after the class."""

    def _request(
        self,
        name: str,
        method: str,
        path: str,
        body: WireModel | bytes | None = None,
        params: Mapping[str, Any] | None = None,
        form: Callable[[], aiohttp.FormData] | None = None,
        accept: str | None = None,
        cost: int = 0,
        headers: Mapping[str, str | None] | None = None,
        options: Mapping[str, Any] | None = None,
    ) -> Request:
        """The call `name` as one value, the per-call options among its fields; `headers` are
        those the operation declares as parameters (None: not sent; `extra_headers` win).
        Positional: it runs on every call, where keyword passing costs."""
        if not options and not headers:
            return Request(
                operation(name), name, method, path, body, params, None, None, None, accept,
                form, cost,
            )  # fmt: skip
        sent = {k: v for k, v in headers.items() if v is not None} if headers else None
        timeout = extra_body = priority = cache = cache_ttl = None
        if options:
            if not options.keys() <= OPTION_NAMES:
                self._unknown(name, options.keys() - OPTION_NAMES, body)
            timeout, extra_body = options.get("timeout"), options.get("extra_body")
            if timeout is not None and not timeout > 0:
                raise RequestValidationError(
                    f"{name}: timeout must be > 0 seconds, got {timeout!r}"
                )
            priority = options.get("priority")
            if priority not in (None, "high", "normal", "low"):
                raise RequestValidationError(
                    f"{name}: priority must be 'high', 'normal' or 'low', got {priority!r}"
                )
            cache, cache_ttl = options.get("cache"), options.get("cache_ttl_secs")
            if cache is not None or cache_ttl is not None:
                _check_cache_options(name, cache, cache_ttl)
            extra_headers, extra_query = options.get("extra_headers"), options.get("extra_query")
            if extra_headers:
                sent = {**sent, **extra_headers} if sent else dict(extra_headers)
            if extra_query:
                merged: MultiDict[Any] = MultiDict(params or {})
                merged.extend(query(**extra_query))
                params = merged
        return Request(
            operation(name), name, method, path, body, params, sent or None, timeout, extra_body,
            accept, form, cost, None, priority, cache, cache_ttl,
        )  # fmt: skip

    def _unknown(self, name: str, unknown: Any, body: Any) -> NoReturn:
        """A keyword the method does not take: refused, naming the closest one it does."""
        known = set(OPTION_NAMES)
        method = name.rsplit(".", 1)[-1]
        if hasattr(type(self), method):
            signature, _ = signature_of(type(self), method)
            known.update(p for p in signature.parameters if p != "self")
        known.update(getattr(type(body), "model_fields", ()))
        raise unknown_arguments(self._qualname(method), unknown, frozenset(known))

    def _qualname(self, method: str) -> str:
        area = self.area or type(self).__name__.removesuffix("Service").lower()
        return f"{area}.{method}"

    def _call(
        self,
        name: str,
        method: str,
        path: str,
        model: type[M] | Callable[[bytes], type[M]],
        *,
        body: WireModel | bytes | None = None,
        params: Mapping[str, Any] | None = None,
        form: Callable[[], aiohttp.FormData] | None = None,
        cost: int = 0,
        headers: Mapping[str, str | None] | None = None,
        options: Mapping[str, Any] | None = None,
    ) -> Awaitable[M]:
        """One call parsed into `model` (or the model a function picks from the body); a plain
        method handing back the caller's coroutine, so no frame of its own holds the request."""
        request = self._request(
            name, method, path, body, params, form, None, cost, headers, options
        )
        return self._caller.call(request, model)

    def _raw(
        self,
        name: str,
        method: str,
        path: str,
        *,
        body: WireModel | bytes | None = None,
        params: Mapping[str, Any] | None = None,
        form: Callable[[], aiohttp.FormData] | None = None,
        accept: str | None = None,
        headers: Mapping[str, str | None] | None = None,
        options: Mapping[str, Any] | None = None,
    ) -> Awaitable[RawResponse]:
        """One call answering the raw response (a file's bytes, an empty reply)."""
        request = self._request(name, method, path, body, params, form, accept, 0, headers, options)
        return self._caller.raw(request)

    def _send(
        self,
        name: str,
        method: str,
        path: str,
        response_model: type[M] | Callable[[bytes], type[M]],
        request_model: type[W],
        request: W | None,
        fields: Mapping[str, Any],
        *,
        params: Mapping[str, Any] | None = None,
        cost: int = 0,
        options: Mapping[str, Any] | None = None,
    ) -> Awaitable[M]:
        """Validate a JSON request (from `request=` or keywords), send it, parse the reply."""
        body = build_request(request_model, request, fields, options)
        return self._call(
            name, method, path, response_model, body=body, params=params, cost=cost,
            options=options,
        )  # fmt: skip

    async def _stream(
        self,
        name: str,
        path: str,
        body: WireModel | None,
        cost: int,
        stream_class: type[CompletionStream[Any, Any]] = CompletionStream,
        form: Callable[[], aiohttp.FormData] | None = None,
        options: Mapping[str, Any] | None = None,
    ) -> CompletionStream[Any, Any]:
        """Open a streamed response (a JSON body with `stream: true`, or a multipart `form`);
        errors (and retries) happen here, before the first event."""
        accept = "text/event-stream"
        request = self._request(name, "POST", path, body, None, form, accept, cost, None, options)
        request = request.streaming()
        response, permit, op, sent, caller = await self._caller.open_stream(request)
        if not _is_event_stream(response):
            await _refuse(caller, op, name, response, permit)
        stream = stream_class(response, CompletionChunk, permit, op, *self._held_by(caller))
        served = stream.served_by = caller.served_by(sent.model)
        stream.price = _FREE if sent.cache_state == "hit" else served.price
        return stream

    def _held_by(self, caller: APICaller) -> tuple[Any, Any, Any]:
        """What a stream answered by `caller` is bound to: its limits and keys, and this
        client's lifetime (closing the client the user holds closes it)."""
        transport = caller.transport
        return transport.stream_limits, self._caller.lifetime, transport.credentials

    async def _events(
        self,
        name: str,
        path: str,
        data: type[RootModel[Any]],
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str | None] | None = None,
        options: Mapping[str, Any] | None = None,
    ) -> EventStream:
        """Open a GET stream of server-sent events whose `data` parse into `data`."""
        accept = "text/event-stream"
        request = self._request(name, "GET", path, None, params, None, accept, 0, headers, options)
        response, permit, op, _, caller = await self._caller.open_stream(request)
        if not _is_event_stream(response):
            await _refuse(caller, op, name, response, permit)
        stream = EventStream(response, CompletionChunk, permit, op, *self._held_by(caller))
        stream.served_by = caller.served_by(None)
        return stream.bind(data)


_FREE = Price(0.0, 0.0)  # a stream replayed from the cache costs nothing


def _check_cache_options(name: str, cache: Any, ttl: Any) -> None:
    """`cache=` is True, False or "refresh"; `cache_ttl_secs=` a number of seconds > 0."""
    if cache not in (None, True, False, "refresh") or type(cache) not in (type(None), bool, str):
        raise RequestValidationError(
            f"{name}: cache must be True, False or 'refresh', got {cache!r}"
        )
    if ttl is not None and (
        isinstance(ttl, bool) or not isinstance(ttl, int | float) or not 0 < ttl <= 31_536_000
    ):
        raise RequestValidationError(
            f"{name}: cache_ttl_secs must be seconds in (0, 31536000], got {ttl!r}"
        )


def _is_event_stream(response: aiohttp.ClientResponse) -> bool:
    """Whether a response is server-sent events: the header as servers send it, else parsed
    (case, parameters; aiohttp's parse costs two Python calls)."""
    sent = response.headers.get("Content-Type")
    return sent == "text/event-stream" or response.content_type == "text/event-stream"


async def _refuse(
    caller: APICaller, op: Any, name: str, response: aiohttp.ClientResponse, permit: Any
) -> None:
    """A stream that came back as something else: its first bytes quoted (never the whole body,
    which may be of any size or a decompression bomb), the connection closed, reported, raised."""
    try:
        snippet = await response.content.read(_SNIPPET)
    except (aiohttp.ClientError, asyncio.TimeoutError):
        snippet = b""
    finally:
        response.close()
    permit.settle(0)
    error = ResponseValidationError(
        f"expected a text/event-stream response, got {response.content_type}: {snippet!r}",
        status_code=response.status,
    )
    caller.report_failure(op, name, error)
    raise error


class ServiceGroup:
    """A service made of nested services (`client.audio.speech`), not of methods."""


def fields_of(arguments: Mapping[str, Any], *exclude: str) -> dict[str, Any]:
    """A method's keyword arguments minus `self`, `request`, its per-call `options` (handed
    to the request on their own) and the named ones."""
    skip = {"self", "request", "options", *exclude}
    return {k: v for k, v in arguments.items() if k not in skip}


class APIResponse(Generic[R]):
    """An HTTP response with its typed result: `status_code`, `headers`, `request_id`, `parse()`."""

    def __init__(self, result: R) -> None:
        self._result = result
        info = getattr(result, "raw", None)
        self.status_code: int | None = getattr(info, "status_code", None)
        self.headers: Mapping[str, str] = getattr(info, "headers", None) or {}
        self.request_id: str | None = getattr(info, "request_id", None)

    def parse(self) -> R:
        return self._result


class RawResponses:
    """`service.with_raw_response.<method>(...)`, in the style of openai-python: each service
    declares its own beside it (`ChatRawResponses`), one typed method per call."""

    def __init__(self, service: Service) -> None:
        self._service = service
