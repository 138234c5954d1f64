"""`client.request(...)`: an endpoint the library has no method for, sent as one `Request` like
any other call (the same auth, retries, breaker, limiter and observability)."""

from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel
from typing_extensions import Unpack

from ..errors import RequestValidationError
from ._base import Service
from ._options import CallOptions

__all__ = ["EndpointService"]


def _json_body(value: Any) -> bytes:
    try:
        return _json.dumps(value, separators=(",", ":"), allow_nan=False).encode()
    except (TypeError, ValueError) as exc:
        raise RequestValidationError(f"json cannot be sent: {exc}") from None


class EndpointService(Service):
    """Calls by method and path; operation `request.<method>` (in no table: the defaults)."""

    area = "request"

    async def send(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        cast_to: type[BaseModel] | None = None,
        **options: Unpack[CallOptions],
    ) -> Any:
        """`cast_to` parses the reply into a model; else the decoded JSON (None when empty)."""
        if not path.startswith("/"):
            raise RequestValidationError(f"path must start with '/', got {path!r}")
        body = _json_body(json) if json is not None else None
        name, verb = f"request.{method.lower()}", method.upper()
        if cast_to is not None:
            return await self._call(
                name, verb, path, cast_to, body=body, params=params, options=options
            )
        raw = await self._raw(name, verb, path, body=body, params=params, options=options)
        return _json.loads(raw.body) if raw.body.strip() else None
