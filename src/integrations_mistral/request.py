"""`Request`: one logical call as a value. Built once where a service method is called, with
the call's own options as its fields, and handed whole through the caller, the fallback chain,
telemetry, resilience and transport (as httpx's `Request`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from .errors import RequestValidationError
from .operations import Operation

if TYPE_CHECKING:
    import aiohttp

    from .types import WireModel

__all__ = ["Request"]


class Request(NamedTuple):
    """What one call sends, and what the policies read about it: an immutable value (a named
    tuple: made in a fifth of the time a frozen dataclass takes, on every call).

    `row` is the operation's row in the table (idempotent, may fall back, GenAI name, key
    header); `body` a request model (serialised per target: a fallback model changes it) or
    bytes; `headers`, `timeout` and `extra_body` are the call's options (`extra_query` is
    merged into `params` when the value is built); `form` builds a fresh multipart body per
    attempt; `cost` is the limiter's up-front token charge.
    """

    row: Operation
    name: str
    method: str
    path: str
    body: WireModel | bytes | None = None
    params: Mapping[str, Any] | None = None
    headers: Mapping[str, str] | None = None
    timeout: float | None = None
    extra_body: Mapping[str, Any] | None = None
    accept: str | None = None
    form: Callable[[], aiohttp.FormData] | None = None
    cost: int = 0
    idle_timeout: float | None = None
    priority: str | None = None
    """`high`, `normal` or `low`: its place when the pool or the limiter makes calls wait
    (None: the profile's `routing.priority`)."""
    cache: bool | str | None = None
    """The response cache, for this call: False (bypass), `"refresh"` (send and store), True or
    None (as the profile says)."""
    cache_ttl: float | None = None
    """Seconds this call's reply is cached (None: `cache.ttl_secs`)."""
    cache_state: str | None = None
    """What the response cache found before sending (`miss`, `bypass`, `refresh`), for the
    call's span (`mistral.cache`); None: no cache."""

    @property
    def model(self) -> str | None:
        """The model the body asks for (None: no body, or none named)."""
        model = getattr(self.body, "model", None)
        return model if isinstance(model, str) else None

    @property
    def movable(self) -> bool:
        """Stateless inference with a model body: the same request means the same thing on
        another model or deployment, so fallbacks and routing may move it."""
        body = self.body
        return self.row.falls_back and body is not None and not isinstance(body, bytes)

    def payload(self) -> bytes | None:
        """The body as sent: JSON of the request model, with `extra_body` merged in."""
        body = self.body
        payload = body if body is None or isinstance(body, bytes) else body.to_json()
        if not self.extra_body:
            return payload
        data = json.loads(payload) if payload else {}
        data.update(self.extra_body)
        try:
            return json.dumps(data, separators=(",", ":"), allow_nan=False).encode()
        except (TypeError, ValueError) as exc:
            raise RequestValidationError(f"extra_body cannot be sent as JSON: {exc}") from None

    def asking_for(self, model: str) -> Request:
        """The same call asking for another model (a fallback target's)."""
        if model == self.model or self.body is None or isinstance(self.body, bytes):
            return self
        return self._replace(body=self.body.model_copy(update={"model": model}))

    def routed(self, path: str, params: Mapping[str, Any] | None) -> Request:
        """The same call at a deployment target's own path and query."""
        if path == self.path and params is self.params:
            return self
        return self._replace(path=path, params=params)

    def streaming(self) -> Request:
        """The same call with `stream: true` in its body (a given model is copied, not changed)."""
        body = self.body
        if body is None or isinstance(body, bytes) or getattr(body, "stream", None) is True:
            return self
        return self._replace(body=body.model_copy(update={"stream": True}))
