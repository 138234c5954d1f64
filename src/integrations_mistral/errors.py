"""One exception hierarchy for everything the client raises.

Every error is a `MistralError` carrying `status_code`, `error_type`, `is_retryable` and
`request_id`; `str()` is the server's (or our) message and never contains the API key.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any, ClassVar, NoReturn

from multidict import CIMultiDict

from ._numbers import wire_seconds
from .quota import ServerQuota, quota_of

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "AuthenticationError",
    "BadRequestError",
    "BudgetExceededError",
    "BudgetUnavailableError",
    "CircuitOpenError",
    "ClientClosedError",
    "ClientRateLimitError",
    "ConfigurationError",
    "ConfirmationRequiredError",
    "ConflictError",
    "CredentialsError",
    "DeploymentsUnavailableError",
    "GatewayTimeoutError",
    "InternalServerError",
    "McpServerError",
    "MistralError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "PoolTimeoutError",
    "RateLimitError",
    "RateLimiterUnavailableError",
    "RealtimeError",
    "RequestTimeoutError",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServiceUnavailableError",
    "StreamInterruptedError",
    "UnprocessableEntityError",
    "UnsafeRedirectError",
    "UnsupportedOperationError",
    "error_for_status",
    "parse_retry_after",
    "raise_clean",
    "safe_headers",
]


class MistralError(Exception):
    """Base of every error raised by integrations-mistral."""

    default_error_type: ClassVar[str] = "unknown"
    default_retryable: ClassVar[bool] = False
    partial: Any = None
    """What a stream had received when this error ended it (None for other calls)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        error_type: str | None = None,
        is_retryable: bool | None = None,
        request_id: str | None = None,
        body: Any = None,
        attempts: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.error_type = error_type or self.default_error_type
        self.is_retryable = self.default_retryable if is_retryable is None else is_retryable
        self.request_id = request_id
        self.body = body
        self.attempts = attempts

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self.message!r}, status_code={self.status_code}, "
            f"error_type={self.error_type!r}, request_id={self.request_id!r})"
        )


class ConfigurationError(MistralError, ValueError):
    """Settings are missing, unknown or invalid; the message names the key and its source."""

    default_error_type = "configuration"


class APIStatusError(MistralError):
    """The API answered with an error status. `headers` are the response's (secrets redacted),
    `retry_after` the wait it asked for (`retry-after-ms` or `Retry-After`), in seconds."""

    def __init__(
        self,
        message: str,
        *,
        retry_after: float | None = None,
        headers: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after
        self.headers: CIMultiDict[str] = CIMultiDict(headers or {})

    @property
    def rate_limit(self) -> ServerQuota | None:
        """The key's quota as the server reported it with this error (None: not reported)."""
        return quota_of(self.headers)


class BadRequestError(APIStatusError):
    default_error_type = "bad_request"


class AuthenticationError(APIStatusError):
    default_error_type = "authentication"


class PermissionDeniedError(APIStatusError):
    default_error_type = "permission_denied"


class NotFoundError(APIStatusError):
    default_error_type = "not_found"


class ConflictError(APIStatusError):
    default_error_type = "conflict"


class UnprocessableEntityError(APIStatusError):
    default_error_type = "unprocessable_entity"


class RateLimitError(APIStatusError):
    """HTTP 429; `retry_after` is the server's requested wait in seconds, if it sent one."""

    default_error_type = "rate_limit"
    default_retryable = True


class InternalServerError(APIStatusError):
    default_error_type = "server_error"
    default_retryable = True


class ServiceUnavailableError(APIStatusError):
    default_error_type = "service_unavailable"
    default_retryable = True


class GatewayTimeoutError(APIStatusError):
    default_error_type = "gateway_timeout"
    default_retryable = True


class RequestTimeoutError(MistralError):
    """No complete response arrived within the configured timeout."""

    default_error_type = "timeout"
    default_retryable = True


class PoolTimeoutError(RequestTimeoutError):
    """Every connection of the pool stayed busy for the call's whole timeout: nothing was sent
    (raise `client.pool_size`, or send fewer calls at once)."""

    default_error_type = "pool_timeout"
    default_retryable = False
    request_sent = False


class APIConnectionError(MistralError):
    """The connection could not be made, or broke before a complete response."""

    default_error_type = "connection"
    default_retryable = True

    def __init__(self, message: str, *, request_sent: bool = True, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.request_sent = request_sent  # False: no connection was made, nothing reached the API


class CircuitOpenError(MistralError):
    """The profile's circuit is open: the call failed at once and nothing was sent."""

    default_error_type = "circuit_open"

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class DeploymentsUnavailableError(CircuitOpenError):
    """Every deployment of the profile that serves the model is cooling down (its breaker
    open): `deployments` names them, `retry_after` says when the first comes back. Nothing
    was sent."""

    default_error_type = "deployments_unavailable"

    def __init__(self, message: str, *, deployments: list[str], **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.deployments = deployments


class ClientRateLimitError(RateLimitError):
    """The client-side limiter refused the call (nothing was sent); `retry_after` is the wait needed."""

    default_error_type = "client_rate_limit"


class RateLimiterUnavailableError(MistralError):
    """The shared (Redis) limiter is unreachable and the profile is set to fail closed."""

    default_error_type = "rate_limit_unavailable"


class BudgetExceededError(MistralError):
    """The profile's spend budget (`[budget]`) has no room for this call's estimated cost;
    nothing was sent. `budget` names it, `window` and `resets_at` (UTC) say when it resets;
    `limit`, `spent` and `reserved` are in the pricing's currency."""

    default_error_type = "budget_exceeded"

    def __init__(
        self, message: str, *, budget: str, window: str, resets_at: Any, limit: float,
        spent: float, reserved: float, **kwargs: Any,
    ) -> None:  # fmt: skip
        super().__init__(message, **kwargs)
        self.budget, self.window, self.resets_at = budget, window, resets_at
        self.limit, self.spent, self.reserved = limit, spent, reserved


class BudgetUnavailableError(MistralError):
    """The shared (Redis) budget is unreachable and `budget.on_backend_error` is
    `fail_closed`; nothing was sent."""

    default_error_type = "budget_unavailable"


class StreamInterruptedError(MistralError):
    """A stream broke (connection dropped, idle timeout, missing end) after it had started.

    `partial` holds the response accumulated from every chunk received, so nothing is lost.
    """

    default_error_type = "stream_interrupted"
    default_retryable = True

    def __init__(self, message: str, *, partial: Any = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.partial = partial


class RealtimeError(MistralError):
    """A realtime (WebSocket) session failed on the server's word: an `error` event (`code`,
    the server's message) or a close frame other than a normal one (`close_code`,
    `close_reason`). `partial` holds what the session had received (the transcript so far, the
    audio so far)."""

    default_error_type = "realtime"

    def __init__(
        self,
        message: str,
        *,
        code: int | None = None,
        close_code: int | None = None,
        close_reason: str | None = None,
        partial: Any = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(message, **kwargs)
        self.code = code
        self.close_code = close_code
        self.close_reason = close_reason
        self.partial = partial


class McpServerError(MistralError):
    """An MCP server of a tool run could not be started, reached, or answered (`server` names
    it, as the profile's `[<profile>.mcp.<name>]` table does)."""

    default_error_type = "mcp_server"

    def __init__(self, message: str, *, server: str, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.server = server


class ConfirmationRequiredError(MistralError):
    """A tool run reached calls that wait for a person's confirmation and had no `confirm=`
    callback: nothing of that turn ran. `run` holds the run so far and `run.pending` the calls
    to decide; pass `decisions={tool_call_id: True | False}` to resume it."""

    default_error_type = "confirmation_required"

    def __init__(self, message: str, *, run: Any, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.run = run
        self.partial = run


class ResponseValidationError(MistralError):
    """A response arrived but its body is not valid JSON or does not fit the expected model."""

    default_error_type = "invalid_response"


class ResponseTooLargeError(ResponseValidationError):
    """A response body or one stream event exceeded `client.max_response_bytes` or
    `client.max_sse_event_bytes`; reading stopped there."""

    default_error_type = "response_too_large"


class PaginationError(ResponseValidationError):
    """A page walk (`iterate`) that would not end: a cursor handed back twice, a page the server
    repeats (it ignores the page asked for), or more than `client.max_pages` pages."""

    default_error_type = "pagination"


class RequestValidationError(MistralError, ValueError):
    """Arguments to a service method do not fit the API's request model; nothing was sent."""

    default_error_type = "invalid_request"


class UnsafeRedirectError(MistralError):
    """The server redirected in a way the client refuses (method change, https to http)."""

    default_error_type = "unsafe_redirect"


class CredentialsError(MistralError):
    """The key could not be had from its source (`api_key_file`, `api_key_command`, a function,
    Google credentials); the message names the source, never the key. Nothing was sent."""

    default_error_type = "credentials"
    request_sent = False  # the limiter gives the call's request back


class UnsupportedOperationError(MistralError):
    """The deployment target (`client.provider`) does not serve this operation; nothing was sent."""

    default_error_type = "unsupported_operation"


class ClientClosedError(MistralError):
    """The client was closed: the call was refused, or cut off after the close grace period."""

    default_error_type = "client_closed"


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    500: InternalServerError,
    502: InternalServerError,
    503: ServiceUnavailableError,
    504: GatewayTimeoutError,
}


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` header given as seconds or as an HTTP date."""
    if not value:
        return None
    value = value.strip()
    seconds = wire_seconds(value.removeprefix("-"))
    if seconds is not None:
        return 0.0 if value.startswith("-") else seconds  # a wait in the past: none
    if value[:1].isdigit() or value[:1] in "+-.":  # a number, but not one we take
        return None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    current = now or datetime.now(timezone.utc)
    return max(0.0, (when - current).total_seconds())


def _server_message(status: int, body: bytes) -> tuple[str, Any]:
    """Best human-readable message from an error body in any of Mistral's error shapes."""
    text = body.decode("utf-8", errors="replace").strip()
    try:
        payload: Any = json.loads(text) if text else None
    except (ValueError, RecursionError):  # RecursionError: absurdly nested JSON
        return (text[:500] or f"HTTP {status}"), text
    if isinstance(payload, Mapping):
        message = payload.get("message")
        detail = payload.get("detail")
        if isinstance(message, str) and message:
            return message, payload
        if isinstance(message, Mapping | list):
            return json.dumps(message), payload
        if isinstance(detail, str):
            return detail, payload
        if isinstance(detail, list):
            parts = []
            for item in detail:
                if isinstance(item, Mapping):
                    loc = ".".join(str(p) for p in item.get("loc", []))
                    parts.append(f"{loc}: {item.get('msg', '')}".strip(": "))
            if parts:
                return "; ".join(parts), payload
    return (text[:500] or f"HTTP {status}"), payload


def error_for_status(
    status: int,
    body: bytes,
    headers: Mapping[str, str],
    *,
    request_id: str | None,
    retryable_status_codes: frozenset[int] | tuple[int, ...],
) -> APIStatusError:
    """Map a non-2xx HTTP response to the matching typed error."""
    cls = _BY_STATUS.get(status)
    if cls is None:
        cls = InternalServerError if status >= 500 else BadRequestError
    message, payload = _server_message(status, body)
    retryable = status in retryable_status_codes
    should = (headers.get("x-should-retry") or "").strip().lower()
    if should in ("true", "false"):  # the server's word on this very response wins
        retryable = should == "true"
    return cls(
        f"HTTP {status}: {message}",
        status_code=status,
        request_id=request_id,
        body=payload,
        is_retryable=retryable,
        retry_after=_retry_after(headers),
        headers=safe_headers(headers),
    )


def _retry_after(headers: Mapping[str, str]) -> float | None:
    """`retry-after-ms` (milliseconds, as Mistral and OpenAI send it), else `Retry-After`."""
    millis = wire_seconds(headers.get("retry-after-ms"))
    if millis is not None:  # else fall back to Retry-After
        return millis / 1000
    return parse_retry_after(headers.get("Retry-After"))


_SECRET_HEADER = re.compile(
    r"authori[sz]ation|cookie|api-?key|secret|passw|credential|(^|[-_])(token|key)$", re.I
)
"""Header names whose values are secrets (`X-Api-Key`, `Set-Cookie`, `X-Auth-Token`), not the
quota headers that only mention tokens (`x-ratelimit-remaining-tokens-minute`)."""


def safe_headers(headers: Mapping[str, str]) -> CIMultiDict[str]:
    """Response headers fit for an error object (case-insensitive, repeated ones kept): the
    values of secret-looking ones redacted."""
    return CIMultiDict(
        (name, "[REDACTED]" if _SECRET_HEADER.search(name) else value)
        for name, value in headers.items()
    )


def raise_clean(error: BaseException) -> NoReturn:
    """Raise `error` with no `__context__`: the exception being handled (a pydantic or aiohttp
    error holding the offending value or the request headers) stays out of its chain."""
    try:
        raise error
    finally:
        error.__context__ = None
        error.__suppress_context__ = True
