"""`APICaller`: one logical call (a `Request`) = the client's lifetime gate, resilience around
transport, observation, then typed parsing."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import aiohttp
from pydantic import BaseModel, ValidationError

from .._lifetime import Lifetime
from .._numbers import wire_int
from .._secrets import scrub_error
from ..errors import MistralError, ResponseValidationError
from ..observability import Telemetry, log_failure
from ..quota import ServerQuota, quota_of
from ..request import Request
from ..resilience import Permit, Resilience
from ..spend.pricing import Price, PriceTable
from ..transport import HttpTransport, RawResponse, ServedBy
from ..transport.providers import Router
from ..transport.replies import set_priced
from ..transport.websocket import Socket
from ..types import parse_response
from ._estimate import estimate_tokens
from ._send import Attempts, OpenSocket, OpenStream, Send
from .tool_runner import ToolPolicy

if TYPE_CHECKING:
    from ..observability.operation import Operation

__all__ = [
    "APICaller", "OnPrimary", "Opened", "SocketOpened", "describe_validation", "parse_body",
]  # fmt: skip

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


class Opened(NamedTuple):
    """A streamed response whose status is known, nothing of its body read; the request that
    was sent and the caller that answered it (a fallback target's, maybe)."""

    response: aiohttp.ClientResponse
    permit: Permit
    op: Operation | None
    request: Request
    caller: APICaller


class SocketOpened(NamedTuple):
    """A realtime session whose server said `session.created` (its data: `first`)."""

    socket: Socket
    first: dict[str, Any]
    permit: Permit
    op: Operation | None
    request_id: str
    caller: APICaller


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
        self._served: dict[str | None, ServedBy] = {}
        self.mcp: Any = None  # the profile's MCP servers (`McpHub`), when it declares any
        self.prices: PriceTable | None = None  # the profile's pricing: `result.raw.cost`

    def served_by(self, model: str | None) -> ServedBy:
        """Who answers a call of `model` here (one value per model, made once: it is
        immutable, and every reply carries one)."""
        served = self._served.get(model)
        if served is None:
            if len(self._served) >= 256:  # models named by callers: keep it bounded
                self._served.clear()
            profile, _, deployment = self.profile.partition("@")
            price = self.prices.price(model) if self.prices is not None else None
            served = self._served[model] = ServedBy(profile, model, deployment or None, price)
        return served

    def _attempts(self, kind: type[A], request: Request) -> A:
        """What each attempt of `request` sends, routed to the deployment target, observed by
        the telemetry when something listens."""
        if self.router is not None:
            request = request.routed(
                *self.router(
                    request.name, request.method, request.path, request.body, request.params
                )
            )
        payload = request.payload()
        op = self.telemetry.watch(
            request, len(payload) if payload else 0, streaming=kind is not Send
        )
        return kind(self.transport, op, request, payload)

    def _execute(self, attempts: Attempts[T]) -> Awaitable[tuple[T, Permit]]:
        """The attempts under the resilience policy, inside the operation's spans if observed."""
        request, op = attempts.request, attempts.op
        idempotent = request.row.idempotent
        if op is None:
            return self.resilience.execute(
                attempts,
                cost=request.cost,
                operation=request.name,
                idempotent=idempotent,
                priority=request.priority,
            )
        return op.run(self.resilience, attempts, request.cost, idempotent, request.priority)

    async def _admitted(self, attempts: Attempts[T]) -> tuple[T, Permit]:
        """The attempts run as one call admitted by the client's lifetime: a call cut by
        `close()` raises `ClientClosedError`. The gate is written out here, not a context
        manager: this runs on every call (four Python calls fewer, issue 32)."""
        lifetime = self.lifetime
        task = lifetime.enter()
        try:
            return await self._execute(attempts)
        except asyncio.CancelledError:
            closed = lifetime.cut_off(task)
            if closed is not None:
                raise closed from None
            raise
        finally:
            lifetime.leave(task)

    async def raw(self, request: Request) -> RawResponse:
        """One logical call answering the raw response."""
        send = self._attempts(Send, request)
        op = send.op
        try:
            response, _ = await self._admitted(send)
            if self._observe is not None:
                self._adapt(response.headers)
        except BaseException as exc:
            self.report_failure(op, request.name, exc)
            raise
        if op is not None:
            op.succeeded(None)
        return response

    async def call(self, request: Request, model: type[M] | Callable[[bytes], type[M]]) -> M:
        """One logical call (`chat.create`) parsed into `model` (or into the model a function
        picks from the body, for replies of more than one shape).

        The limiter's token charge is settled from `usage`. A body that does not parse is never
        retried (the API answered), so parsing follows the send.
        """
        send = self._attempts(Send, request)
        served = self.served_by(request.model)
        name = request.name
        del request  # sent as bytes: the request model is not kept while the call is in flight
        op = send.op
        try:
            response, permit = await self._admitted(send)
            try:
                chosen: type[M] = model if isinstance(model, type) else model(response.body)
                result: M = parse_body(chosen, response)
            except ResponseValidationError:
                permit.settle(0)
                raise
        except BaseException as exc:
            self.report_failure(op, name, exc)
            raise
        info = response.info(served)
        object.__setattr__(result, "_raw", info)  # `result.raw`
        usage = getattr(result, "usage", None)
        if usage is not None and served.price is not None:  # `raw.cost`, worked out if read
            set_priced(info, (served.price, usage))
        used = None
        if self._observe is not None:  # adaptive: the server's room, and its count of the query
            used = self._adapt(response.headers)
        if used is None:
            total = getattr(usage, "total_tokens", None)
            used = total if type(total) is int else None
        if used is None:  # no usage in the body: the server's own count of the query, if sent
            used = _query_cost(response.headers)
        if used is not None:
            permit.settle(used)
        if op is not None:
            op.succeeded(result)
        return result

    def price_of(self, model: str | None) -> Price | None:
        """The price of `model` here (looked up once per model, with its `ServedBy`)."""
        price: Price | None = self.served_by(model).price
        return price

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

    async def open_stream(self, request: Request) -> Opened:
        """Open a streamed response under the resilience policy.

        Retries happen only here, before any byte of the body reaches the caller; once this
        returns, a failure while reading the body is the caller's to handle, and so is ending
        the returned `Operation` (when one observes the call).
        """
        send = self._attempts(OpenStream, request)
        op = send.op
        try:
            response, permit = await self._admitted(send)
        except BaseException as exc:
            self.report_failure(op, request.name, exc)
            raise
        if self._observe is not None:
            self._adapt(response.headers)
        return Opened(response, permit, op, request, self)

    async def open_socket(self, request: Request) -> SocketOpened:
        """Open a realtime session under the resilience policy (the limiter counts it as one
        request; the breaker sees its handshake). Retries happen only here, before anything of
        the session is sent; ending the `Operation` is then the session's."""
        send = self._attempts(OpenSocket, request)
        op = send.op
        try:
            (socket, first), permit = await self._admitted(send)
        except BaseException as exc:
            self.report_failure(op, request.name, exc)
            raise
        return SocketOpened(socket, first, permit, op, send.request_id, self)


def _failed(op: Operation | None, name: str, error: BaseException) -> None:
    if op is not None:
        op.failed(error)
    elif isinstance(error, Exception):
        log_failure(name, error)


def _query_cost(headers: Mapping[str, str]) -> int | None:
    return wire_int(headers.get("x-ratelimit-tokens-query-cost"))


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


class OnPrimary:
    """A caller built around the primary one (a fallback chain, deployments): what services
    read of a caller besides `call` and `open_stream` is the primary's own."""

    def __init__(self, primary: APICaller) -> None:
        self.primary = primary
        self.transport, self.telemetry = primary.transport, primary.telemetry
        self.lifetime, self.estimate, self.profile = (
            primary.lifetime,
            primary.estimate,
            primary.profile,
        )
        self.raw, self.tool_policy = primary.raw, primary.tool_policy
        self.report_failure = primary.report_failure
        self.open_socket = primary.open_socket  # a realtime session is the profile's own
        self.mcp, self.price_of = primary.mcp, primary.price_of
