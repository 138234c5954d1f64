"""`APICaller`: one logical call = the client's lifetime gate, resilience around transport,
per-call options, observation, then typed parsing."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import aiohttp
from multidict import MultiDict
from pydantic import BaseModel, ValidationError

from .._lifetime import Lifetime
from .._numbers import wire_int
from .._secrets import scrub_error
from ..errors import MistralError, RequestValidationError, ResponseValidationError
from ..observability import Telemetry, log_failure
from ..operations import operation
from ..quota import ServerQuota, quota_of
from ..resilience import Permit, Resilience
from ..transport import HttpTransport, RawResponse, ServedBy
from ..transport.providers import Router
from ..types import WireModel, parse_response
from ._estimate import estimate_tokens
from ._fallback import FallbackChain
from ._options import OPTIONS
from ._params import query
from ._send import Attempts, OpenStream, Send
from .tool_runner import ToolPolicy

if TYPE_CHECKING:
    from ..observability.operation import Operation

__all__ = ["APICaller", "describe_validation", "parse_body"]

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")
A = TypeVar("A", bound=Attempts[Any])


def describe_validation(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors(include_url=False):
        loc = ".".join(
            str(p) for p in error["loc"] if not str(p).startswith(("tagged-union", "list["))
        )
        parts.append(f"{loc or '<root>'}: {error['msg']}")
    return "; ".join(parts)


class APICaller:
    """Sends a request under the resilience policy, observed by the client's telemetry."""

    def __init__(
        self,
        transport: HttpTransport,
        resilience: Resilience,
        telemetry: Telemetry,
        lifetime: Lifetime | None = None,
        router: Router | None = None,
        estimate: Callable[[Any], int] = estimate_tokens,
        adaptive: bool = False,
        profile: str = "default",
    ) -> None:
        self.transport = transport
        self.resilience = resilience
        self.telemetry = telemetry
        self.lifetime = lifetime or Lifetime()
        self.router = router  # None: La Plateforme's own paths
        self.estimate = estimate  # a completion request's up-front token charge
        observe = getattr(resilience.limiter, "observe", None) if adaptive else None
        self._observe: Callable[[ServerQuota], None] | None = observe  # rate_limit.adaptive
        self.profile = profile
        self.fallback: FallbackChain[APICaller] | None = (
            None  # [fallback]: set by the client that owns it
        )

    def _attempts(
        self,
        kind: type[A],
        name: str,
        method: str,
        path: str,
        body: WireModel | bytes | None,
        params: Mapping[str, Any] | None,
        form: Callable[[], aiohttp.FormData] | None,
        accept: str | None,
    ) -> A:
        """What each attempt of this call sends, with the call's options applied, routed to the
        deployment target, observed by the telemetry when something listens."""
        if self.router is not None:
            path, params = self.router(name, method, path, body, params)
        payload, params, headers, timeout = _prepare(body, params)
        op = self.telemetry.watch(
            name, method, path, body, len(payload) if payload else 0, streaming=kind is OpenStream
        )
        attempts = kind(
            self.transport, op, method, path, payload, params, form, accept, headers, timeout
        )
        attempts.facts = operation(name)
        return attempts

    def _execute(
        self, op: Operation | None, name: str, attempts: Attempts[T], cost: int
    ) -> Awaitable[tuple[T, Permit]]:
        """The attempts under the resilience policy, inside the operation's spans if observed."""
        idempotent = attempts.facts.idempotent
        if op is None:
            return self.resilience.execute(
                attempts, cost=cost, operation=name, idempotent=idempotent
            )
        return op.run(self.resilience, attempts, cost, idempotent)

    async def raw(
        self,
        name: str,
        method: str,
        path: str,
        *,
        body: WireModel | bytes | None = None,
        params: Mapping[str, Any] | None = None,
        form: Callable[[], aiohttp.FormData] | None = None,
        accept: str | None = None,
        cost: int = 0,
    ) -> RawResponse:
        """One logical call returning the raw response; `form` builds a fresh multipart body per attempt."""
        send = self._attempts(Send, name, method, path, body, params, form, accept)
        op = send.op
        try:
            with self.lifetime.admit():
                response, _ = await self._execute(op, name, send, cost)
            if self._observe is not None:
                self._adapt(response.headers)
        except BaseException as exc:
            self.report_failure(op, name, exc)
            raise
        if op is not None:
            op.succeeded(None)
        return response

    async def call(
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
    ) -> M:
        """`call_once`, or along the fallback chain for the operations that may fall back."""
        chain = self.fallback
        if chain is not None and operation(name).falls_back and isinstance(body, WireModel):
            return await chain.call(self, name, method, path, model, body, params, cost)
        return await self.call_once(
            name, method, path, model, body=body, params=params, form=form, cost=cost
        )

    async def call_once(
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
    ) -> M:
        """One logical call (`name`, e.g. `chat.create`) parsed into `model` (or into the model
        a function picks from the body, for replies of more than one shape).

        The limiter's token charge is settled from `usage`. A body that does not parse is never
        retried (the API answered), so parsing follows the send.
        """
        send = self._attempts(Send, name, method, path, body, params, form, None)
        served = ServedBy(self.profile, getattr(body, "model", None))
        del body  # sent as bytes: the model is not kept while the call is in flight
        op = send.op
        try:
            with self.lifetime.admit():
                response, permit = await self._execute(op, name, send, cost)
            try:
                chosen: type[M] = model if isinstance(model, type) else model(response.body)
                result: M = parse_body(chosen, response)
            except ResponseValidationError:
                permit.settle(0)
                raise
        except BaseException as exc:
            self.report_failure(op, name, exc)
            raise
        object.__setattr__(
            result, "_raw", response.info(served)
        )  # `result.raw`: status, headers, id
        used = None
        if self._observe is not None:  # adaptive: the server's room, and its count of the query
            used = self._adapt(response.headers)
        if used is None:
            used = _reported_tokens(result)
        if used is None:  # no usage in the body: the server's own count of the query, if sent
            used = _query_cost(response.headers)
        if used is not None:
            permit.settle(used)
        if op is not None:
            op.succeeded(result)
        return result

    def _adapt(self, headers: Mapping[str, str]) -> int | None:
        """`rate_limit.adaptive`: hand the server's reported room to the limiter; the query
        cost it reported, if any, is returned to settle the call's charge with."""
        quota = quota_of(headers)
        if quota is None or self._observe is None:
            return None
        self._observe(quota)
        return quota.query_cost

    def tool_policy(self, on_error: Any, timeout: float | None) -> ToolPolicy:
        """How `run_tools` calls tools for this client: its keys scrubbed from what they send."""
        credentials = self.transport.credentials
        return ToolPolicy(on_error, timeout, lambda: credentials.secrets)

    def report_failure(self, op: Operation | None, name: str, error: BaseException) -> None:
        """A failed call: the keys in use scrubbed from its error first (whatever path raised
        it), then reported to its span and log."""
        if isinstance(error, MistralError):
            scrub_error(error, self.transport.credentials.secrets)
            headers = getattr(error, "headers", None)
            if self._observe is not None and headers:  # a 429 says what is left too
                self._adapt(headers)
        _failed(op, name, error)

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
        form: Callable[[], aiohttp.FormData] | None = None,
    ) -> tuple[aiohttp.ClientResponse, Permit, Operation | None]:
        """Open a streamed response under the resilience policy.

        Retries happen only here, before any byte of the body reaches the caller; once this
        returns, a failure while reading the body is the caller's to handle, and so is ending
        the returned `Operation` (when one observes the call).
        """
        send = self._attempts(OpenStream, name, method, path, body, params, form, accept)
        send.idle_timeout = idle_timeout
        op = send.op
        try:
            with self.lifetime.admit():
                response, permit = await self._execute(op, name, send, cost)
        except BaseException as exc:
            self.report_failure(op, name, exc)
            raise
        if self._observe is not None:
            self._adapt(response.headers)
        return response, permit, op


def _prepare(
    body: WireModel | bytes | None, params: Mapping[str, Any] | None
) -> tuple[bytes | None, Mapping[str, Any] | None, Mapping[str, str] | None, float | None]:
    """The body and query with this call's options applied, its extra headers and timeout."""
    payload = body.to_json() if isinstance(body, WireModel) else body
    options = OPTIONS.get()
    if options is None:
        return payload, params, None, None
    if options.extra_body:
        data = json.loads(payload) if payload else {}
        data.update(options.extra_body)
        try:
            payload = json.dumps(data, separators=(",", ":"), allow_nan=False).encode()
        except (TypeError, ValueError) as exc:
            raise RequestValidationError(f"extra_body cannot be sent as JSON: {exc}") from None
    if options.extra_query:
        merged: MultiDict[Any] = MultiDict(params or {})
        merged.extend(query(**options.extra_query))
        params = merged
    return payload, params, options.extra_headers, options.timeout


def _failed(op: Operation | None, name: str, error: BaseException) -> None:
    if op is not None:
        op.failed(error)
    elif isinstance(error, Exception):
        log_failure(name, error)


def _query_cost(headers: Mapping[str, str]) -> int | None:
    return wire_int(headers.get("x-ratelimit-tokens-query-cost"))


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
            else f"does not fit {model.__name__} ({describe_validation(exc)})"
        )
        raise ResponseValidationError(
            f"HTTP {response.status} response body {kind}: {snippet!r}",
            status_code=response.status,
            request_id=response.request_id,
        ) from None
