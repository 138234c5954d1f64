"""The response cache around a profile's caller (`[cache]`): deterministic replies are served
from it; embeddings per input text, so only the texts not seen before are sent.

Kept: embeddings and OCR always; chat and FIM only when asked deterministically
(`temperature = 0` or a `random_seed`) and with no tool results in the conversation. Never kept:
errors, streams, replies that ended in error. `result.raw.cache` says `hit`, `miss`, `stored` or
`bypass`.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar, cast

from pydantic import BaseModel, ValidationError

from ..cache import ResponseCache
from ..request import Request
from ._cache_replies import cached_info, mark, served_of
from ._cached_embeddings import embed_through_cache
from ._cached_streams import cached_stream
from ._caller import Opened

__all__ = ["CachingCaller", "deterministic"]

M = TypeVar("M", bound=BaseModel)

_ALWAYS = ("embeddings.create", "ocr.process")


def deterministic(name: str, body: Mapping[str, Any]) -> bool:
    """Whether the same request answers the same way: embeddings and OCR always; a completion
    only at temperature 0 or with a seed, not streamed, and with no tool results in it."""
    if name in _ALWAYS:
        return True
    if body.get("stream") or not (
        body.get("temperature") == 0 or body.get("random_seed") is not None
    ):
        return False
    messages = body.get("messages")
    return not (
        isinstance(messages, list)
        and any(isinstance(m, dict) and m.get("role") == "tool" for m in messages)
    )


def _finished(result: BaseModel) -> bool:
    """A whole reply: no choice ended in error (a partial answer is never kept)."""
    choices = getattr(result, "choices", None) or ()
    return all(getattr(choice, "finish_reason", None) != "error" for choice in choices)


def _json_of(payload: bytes | None) -> Any:
    """The body as sent, as JSON (None: no body, or bytes that are not JSON: not cached)."""
    if not payload:
        return None
    try:
        return json.loads(payload)
    except ValueError:  # a raw body of the caller's (UnicodeDecodeError is a ValueError)
        return None


def _dump(result: BaseModel) -> str:
    return result.model_dump_json(by_alias=True, exclude_unset=True)


class CachingCaller:
    """A caller with the profile's response cache in front; everything else is the inner one's."""

    def __init__(
        self,
        inner: Any,
        cache: ResponseCache,
        count_saved: Callable[[str, int], None],
        owned: bool = True,
    ) -> None:
        self.inner, self.cache = inner, cache
        self._saved = count_saved  # (operation, tokens) a hit did not spend
        self._owned = owned  # False: a derived client's, its parent's cache

    async def close_owned(self) -> None:
        """A derived client's: close the cache if it is its own (and the budget below)."""
        if self._owned:
            await self.cache.aclose()
        inner = getattr(self.inner, "close_owned", None)
        if inner is not None:
            await inner()

    async def aclose(self) -> None:
        """Close the cache, then what the inner caller holds (the budget, a router's state)."""
        await self.cache.aclose()
        inner = getattr(self.inner, "aclose", None)
        if inner is not None:
            await inner()

    def __getattr__(self, name: str) -> Any:  # transport, telemetry, lifetime, raw, ...
        return getattr(self.inner, name)

    def call(self, request: Request, model: type[M] | Callable[[bytes], type[M]]) -> Awaitable[M]:
        if request.name not in self.cache.operations:
            return self.inner.call(request, model)  # type: ignore[no-any-return]
        return self._cached(request, model)

    async def _cached(self, request: Request, model: type[M] | Callable[[bytes], type[M]]) -> M:
        name, cache = request.name, self.cache
        payload = request.payload()
        body = _json_of(payload)
        if request.cache is False or not isinstance(body, dict) or not deterministic(name, body):
            cache.counted(name, "bypass")
            bypassed: M = await self.inner.call(request._replace(cache_state="bypass"), model)
            return mark(bypassed, "bypass")
        if name == "embeddings.create" and isinstance(body.get("input"), str | list):
            return cast(M, await self._embeddings(request, body, model))
        key = cache.key(name, body)
        if request.cache != "refresh":
            found = (await cache.get_many(name, [key]))[0]
            if found is not None:
                hit = self._hit(name, key, found, model)
                if hit is not None:
                    self.hit_span(request)
                    return hit
        sent = request._replace(cache_state="refresh" if request.cache == "refresh" else "miss")
        result: M = await self.inner.call(sent, model)
        if not _finished(result):
            cache.counted(name, "miss")
            return mark(result, "miss")
        value = json.dumps({"body": _dump(result), "served_by": served_of(result)})
        stored = await cache.set_many(name, [(key, value)], request.cache_ttl or cache.ttl)
        cache.counted(name, "stored" if stored else "miss")
        return mark(result, "stored" if stored else "miss")

    def open_stream(self, request: Request) -> Awaitable[Opened]:
        """A completion stream, replayed from the cache when `cache.streams` keeps them."""
        operation = request.name.removesuffix("_stream")
        if not self.cache.streams or operation not in self.cache.operations:
            return self.inner.open_stream(request)  # type: ignore[no-any-return]
        return self._stream(request, operation)

    async def _stream(self, request: Request, operation: str) -> Opened:
        payload = request.payload()
        body = _json_of(payload)
        if (
            request.cache is False
            or not isinstance(body, dict)
            or not deterministic(operation, {k: v for k, v in body.items() if k != "stream"})
        ):
            self.cache.counted(request.name, "bypass")
            opened: Opened = await self.inner.open_stream(request._replace(cache_state="bypass"))
            return opened
        return await cached_stream(self, request, body)

    def hit_span(self, request: Request) -> None:
        """A reply from the cache has a span of its own (`mistral.cache = "hit"`), no HTTP."""
        tracer = getattr(self.inner.telemetry, "tracer", None)
        if tracer is None:
            return
        attributes = {"mistral.operation": request.name, "mistral.cache": "hit"}
        if request.row.genai is not None:
            attributes["gen_ai.operation.name"] = request.row.genai
        if request.model:
            attributes["gen_ai.request.model"] = request.model
        tracer.start_span(f"mistral.{request.name}", attributes=attributes).end()

    def _hit(
        self, name: str, key: str, found: str, model: type[M] | Callable[[bytes], type[M]]
    ) -> M | None:
        """The stored reply as a typed result (None: the entry did not parse; a miss)."""
        try:
            entry = json.loads(found)
            text = entry["body"].encode()
            chosen: type[M] = model if isinstance(model, type) else model(text)
            result = chosen.model_validate_json(text)
        except (ValueError, KeyError, TypeError, AttributeError, ValidationError):
            self.cache.counted(name, "error")
            return None
        object.__setattr__(result, "_raw", cached_info(key, entry.get("served_by"), "hit"))
        self.cache.counted(name, "hit")
        tokens = getattr(getattr(result, "usage", None), "total_tokens", None)
        if type(tokens) is int and tokens:
            self._saved(name, tokens)
        return result

    async def _embeddings(self, request: Request, body: dict[str, Any], model: Any) -> BaseModel:
        return await embed_through_cache(self, request, body, model)
