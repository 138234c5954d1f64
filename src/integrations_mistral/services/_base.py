"""What every service stands on: typed requests, query and path helpers, and the `Service` base
(one call = the caller's resilience around transport, then typed parsing)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Generic, TypeVar

import aiohttp
from pydantic import BaseModel, RootModel, ValidationError

from ..errors import RequestValidationError, ResponseValidationError
from ..operations import operation
from ..transport import ServedBy
from ..types import CompletionChunk, WireModel
from ._caller import APICaller, describe_validation
from ._events import EventStream
from ._options import is_coroutine_method, request_headers, with_call_options
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
    "request_headers",
    "segment",
]

M = TypeVar("M", bound=BaseModel)
W = TypeVar("W", bound=WireModel)
R = TypeVar("R")


def build_request(model: type[W], request: W | None, fields: Mapping[str, Any]) -> W:
    """A typed request from either a ready model or keyword arguments (None means: not sent)."""
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
    try:
        return model.model_validate({k: v for k, v in fields.items() if v is not None})
    except ValidationError as exc:
        raise RequestValidationError(
            f"invalid {model.__name__}: {describe_validation(exc)}"
        ) from None


def optional_request(model: type[W], request: W | None, fields: Mapping[str, Any]) -> W | None:
    """`build_request` for an optional body: nothing given, nothing sent."""
    if request is None and all(value is None for value in fields.values()):
        return None
    return build_request(model, request, fields)


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


def build_stream_request(model: type[W], request: W | None, fields: dict[str, Any]) -> W:
    """`build_request` for a streamed call: a model built here has `stream: true` already, so
    `Service._stream` need not copy it (a given `request` is copied there, not changed)."""
    if request is None:
        fields["stream"] = True
    return build_request(model, request, fields)


class Service:
    """Base of the per-area services; holds only the caller (data flows one way).

    Every public coroutine method of a subclass takes the per-call options (`timeout=`,
    `extra_headers=`, `extra_query=`, `extra_body=`) and refuses unknown keywords with a
    `RequestValidationError`; `x_stream` shows the signature of `x`.
    """

    def __init__(self, caller: APICaller) -> None:
        self._caller = caller

    area: ClassVar[str | None] = None
    """The client's attribute path to the service (`observability.judges`), naming its methods
    in errors; None: named after the class."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, member in list(vars(cls).items()):
            if name.startswith("_") or not is_coroutine_method(member):
                continue
            like = vars(cls).get(name.removesuffix("_stream")) if name.endswith("_stream") else None
            setattr(cls, name, with_call_options(member, like=like, area=cls.area))

    async def _send(
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
    ) -> M:
        """Validate a JSON request (from `request=` or keywords), send it, parse the reply."""
        body = build_request(request_model, request, fields)
        return await self._caller.call(
            name, method, path, response_model, body=body, params=params, cost=cost
        )

    async def _stream(
        self,
        name: str,
        path: str,
        body: WireModel | None,
        cost: int,
        stream_class: type[CompletionStream[Any, Any]] = CompletionStream,
        form: Callable[[], aiohttp.FormData] | None = None,
    ) -> CompletionStream[Any, Any]:
        """Open a streamed response (a JSON body with `stream: true`, or a multipart `form`);
        errors (and retries) happen here, before the first event."""
        streamed = body
        if body is not None and getattr(body, "stream", None) is not True:
            streamed = body.model_copy(update={"stream": True})
        caller, chain = self._caller, self._caller.fallback
        if chain is not None and operation(name).falls_back and streamed is not None:
            caller, streamed, response, permit, op = await chain.open_stream(
                caller, name, path, streamed, cost
            )
        else:
            response, permit, op = await caller.open_stream(
                name, "POST", path, body=streamed, cost=cost, form=form
            )
        if response.content_type != "text/event-stream":
            await _refuse(caller, op, name, response, permit)
        stream = stream_class(response, CompletionChunk, permit, op, *self._held_by(caller))
        stream.served_by = ServedBy(caller.profile, getattr(streamed, "model", None))
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
    ) -> EventStream:
        """Open a GET stream of server-sent events whose `data` parse into `data`."""
        caller = self._caller
        response, permit, op = await caller.open_stream(name, "GET", path, params=params)
        if response.content_type != "text/event-stream":
            await _refuse(caller, op, name, response, permit)
        stream = EventStream(response, CompletionChunk, permit, op, *self._held_by(caller))
        stream.served_by = ServedBy(caller.profile, None)
        return stream.bind(data)


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
    """A method's keyword arguments minus `self`, `request`, its per-call `options` (taken off
    before the method runs, so always empty here) and the named ones."""
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
