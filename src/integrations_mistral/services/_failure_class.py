"""Fallbacks by failure class (`fallback.on_context_window`, `on_rate_limit`, `on_unavailable`):
a model call that failed for that reason, after its own retries and fallbacks, is sent once to
each model listed, in order, until one answers."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from pydantic import BaseModel

from ..config.resilience import FallbackSettings
from ..errors import (
    BadRequestError,
    CircuitOpenError,
    MistralError,
    RateLimitError,
)
from ..request import Request
from ._caller import Opened

__all__ = ["ClassFallbacks", "failure_class"]

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")

_TOO_LONG = re.compile(
    r"context (length|window)|too (long|large) for (the )?model|prompt is too long|"
    r"maximum (context|input) length|too many (input )?tokens|exceeds the model",
    re.IGNORECASE,
)


def failure_class(error: MistralError) -> str | None:
    """`context_window`, `rate_limit` or `unavailable` (None: another failure, not moved)."""
    if isinstance(error, BadRequestError):
        said = f"{error.message} {error.body!r}"
        return "context_window" if _TOO_LONG.search(said) else None
    if isinstance(error, RateLimitError):
        return "rate_limit"
    if error.is_retryable or isinstance(error, CircuitOpenError):
        return "unavailable"
    return None


class ClassFallbacks:
    """A caller with fallbacks by failure class around it; everything else is the inner one's."""

    def __init__(self, inner: Any, settings: FallbackSettings) -> None:
        self.inner = inner
        self.models = {
            "context_window": settings.on_context_window,
            "rate_limit": settings.on_rate_limit,
            "unavailable": settings.on_unavailable,
        }

    def __getattr__(self, name: str) -> Any:  # transport, telemetry, lifetime, raw, ...
        return getattr(self.inner, name)

    def call(self, request: Request, model: type[M] | Callable[[bytes], type[M]]) -> Awaitable[M]:
        if not request.movable:
            return self.inner.call(request, model)  # type: ignore[no-any-return]
        return self._along(request, lambda sent: self.inner.call(sent, model))

    def open_stream(self, request: Request) -> Awaitable[Opened]:
        if not request.movable:
            return self.inner.open_stream(request)  # type: ignore[no-any-return]
        return self._along(request, self.inner.open_stream)

    async def _along(self, request: Request, send: Callable[[Request], Awaitable[T]]) -> T:
        try:
            return await send(request)
        except MistralError as error:
            kind = failure_class(error)
            others = [m for m in self.models.get(kind or "", ()) if m != request.model]
            if not others:
                raise
            failed = error
        for other in others:
            try:
                return await send(request.asking_for(other))
            except MistralError as error:
                failed = error
        raise failed
