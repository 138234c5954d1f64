"""An event in a stream that is not what the stream carries: an error sent in the stream, or
something unparsable, as its typed error."""

from __future__ import annotations

import json
from typing import Any

from .._numbers import wire_int
from ..errors import MistralError, ResponseValidationError, error_for_status

__all__ = ["error_event"]

_RETRYABLE = (429, 500, 502, 503, 504)


def error_event(data: str, request_id: str, kind: str = "a completion chunk") -> MistralError:
    """An error sent inside the stream becomes its typed error; anything else unparsable is
    named, with what the stream expected (`kind`)."""
    try:
        payload: Any = json.loads(data)
    except (ValueError, RecursionError):
        payload = None
    is_error = (
        isinstance(payload, dict)
        and "choices" not in payload
        and ("error" in payload or payload.get("object") == "error" or "message" in payload)
    )
    if not is_error:
        return ResponseValidationError(
            f"malformed stream event (not {kind}): {data[:200]!r}",
            status_code=200,
            request_id=request_id,
        )
    inner: dict[str, Any] = payload["error"] if isinstance(payload.get("error"), dict) else payload
    code = str(inner.get("code") or inner.get("status") or "")
    number = wire_int(code)
    status = number if number is not None and 400 <= number <= 599 else 500
    error = error_for_status(
        status,
        json.dumps(inner).encode(),
        {},
        request_id=request_id,
        retryable_status_codes=_RETRYABLE,
    )
    error.message = f"error event in stream: {error.message}"
    error.args = (error.message,)
    return error
