"""Streams through the response cache (`cache.streams = true`): a deterministic completion stream
is recorded as it is read and kept once it ended cleanly (`[DONE]`, no choice ended in error); the
same request again replays the recorded events, through the same stream class, sending nothing.
A cut or failed stream is never kept."""

from __future__ import annotations

import json
import re
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, cast

import aiohttp
from multidict import CIMultiDict, CIMultiDictProxy

from ..request import Request
from ..resilience import NULL_PERMIT
from ._cache_replies import entry_of
from ._caller import Opened

if TYPE_CHECKING:
    from ._cached import CachingCaller

__all__ = ["cached_stream"]

_MAX_RECORDED = 8 * 1024 * 1024  # a longer stream is not kept
_ERRORED = re.compile(rb'"finish_reason"\s*:\s*"error"|^event:\s*error', re.MULTILINE)
_EVENT_STREAM = CIMultiDictProxy(CIMultiDict({"Content-Type": "text/event-stream"}))


class _Replay:
    """The body of a recorded stream, handed out in one read, then its end."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    async def readany(self) -> bytes:
        data, self._data = self._data, b""
        return data


class _Replayed:
    """What a stream reads of a response, for a recorded one (no connection)."""

    status = 200
    headers = _EVENT_STREAM
    content_type = "text/event-stream"
    cache_state = "hit"

    def __init__(self, data: bytes, request_id: str) -> None:
        self.content = _Replay(data)
        self.request_info = SimpleNamespace(headers={"X-Request-ID": request_id})

    def release(self) -> None:
        return None

    def close(self) -> None:
        return None


class _Recording:
    """The live body, recorded as it is read; at its clean end (`[DONE]`), handed to `keep`."""

    def __init__(self, content: Any, keep: Any) -> None:
        self._content, self._keep = content, keep
        self._chunks: list[bytes] = []
        self._size = 0

    async def readany(self) -> bytes:
        data: bytes = await self._content.readany()
        if data and self._size <= _MAX_RECORDED:
            tail = self._chunks[-1][-16:] if self._chunks else b""
            self._size += len(data)
            if self._size <= _MAX_RECORDED:
                self._chunks.append(data)
                if b"[DONE]" in tail + data:  # the last event: the stream ended cleanly
                    self._size = _MAX_RECORDED + 1  # kept once
                    await self._keep(b"".join(self._chunks))
        return data

    def __getattr__(self, name: str) -> Any:  # the reader's buffer, read after a cut
        return getattr(self._content, name)


class _Recorded:
    """The live response, its body recorded; `cache_state` becomes `stored` once kept."""

    def __init__(self, response: aiohttp.ClientResponse, keep: Any) -> None:
        self._response = response
        self.content = _Recording(response.content, self._kept(keep))
        self.cache_state = "miss"

    def _kept(self, keep: Any) -> Any:
        async def kept(data: bytes) -> None:
            if await keep(data):
                self.cache_state = "stored"

        return kept

    def __getattr__(self, name: str) -> Any:  # status, headers, release, close, ...
        return getattr(self._response, name)


async def cached_stream(owner: CachingCaller, request: Request, body: dict[str, Any]) -> Opened:
    """The stream of `request` from the cache, or recorded into it."""
    cache, name = owner.cache, request.name
    key = cache.key(name, {k: v for k, v in body.items() if k != "stream"})
    if request.cache != "refresh":
        found = (await cache.get_many(name, [key]))[0]
        entry = entry_of(found, "sse", str)
        if entry is not None:
            cache.counted(name, "hit")
            owner.hit_span(request)
            primary = getattr(owner.inner, "primary", owner.inner)
            replay = _Replayed(entry["sse"].encode(), f"cache-{key[:24]}")
            sent = request._replace(cache_state="hit")
            return Opened(cast(aiohttp.ClientResponse, replay), NULL_PERMIT, None, sent, primary)
        if found is not None:
            cache.counted(name, "error")
    sent = request._replace(cache_state="refresh" if request.cache == "refresh" else "miss")
    opened: Opened = await owner.inner.open_stream(sent)
    ttl = request.cache_ttl or cache.ttl

    async def keep(data: bytes) -> bool:
        if _ERRORED.search(data):
            cache.counted(name, "miss")
            return False
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            cache.counted(name, "miss")
            return False
        value = json.dumps({"sse": text})
        stored = await cache.set_many(name, [(key, value)], ttl)
        cache.counted(name, "stored" if stored else "miss")
        return stored

    recorded = _Recorded(opened.response, keep)
    return opened._replace(response=cast(aiohttp.ClientResponse, recorded))
