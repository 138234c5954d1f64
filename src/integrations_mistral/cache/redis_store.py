"""The Redis store: entries shared by every replica, under `<prefix>:cache:<key>`, each with
its own expiry; Redis evicts by its own policy. Every command is bounded by
`cache.redis_timeout_secs`; a store that failed is not asked again for a few seconds."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Sequence
from typing import Any, TypeVar

from .._redis import RETRY_REDIS_AFTER_SECS, RedisConnections

__all__ = ["RedisStore", "StoreDownError"]

T = TypeVar("T")


class StoreDownError(Exception):
    """Redis failed a moment ago: not asked again yet (the cache counts a miss)."""


class RedisStore:
    name = "redis"

    def __init__(self, url: str, prefix: str, timeout: float) -> None:
        self._prefix = f"{prefix}:cache:"
        self._timeout = timeout
        self._redis = RedisConnections(url, timeout, 8, {})
        self._down_until = 0.0

    def _client(self) -> Any:
        if time.monotonic() < self._down_until:
            raise StoreDownError(f"Redis failed less than {RETRY_REDIS_AFTER_SECS:.0f} s ago")
        return self._redis.get().redis

    async def _bounded(self, job: Awaitable[T]) -> T:
        try:
            return await asyncio.wait_for(job, self._timeout)
        except Exception:
            self._down_until = time.monotonic() + RETRY_REDIS_AFTER_SECS
            raise

    async def get_many(self, keys: Sequence[str]) -> list[str | None]:
        found = await self._bounded(self._client().mget([self._prefix + key for key in keys]))
        return list(found)

    async def set_many(self, items: Sequence[tuple[str, str]], ttl: float) -> None:
        pipeline = self._client().pipeline(transaction=False)
        milliseconds = max(1, int(ttl * 1000))
        for key, value in items:
            pipeline.set(self._prefix + key, value, px=milliseconds)
        await self._bounded(pipeline.execute())

    async def aclose(self) -> None:
        await self._redis.aclose()
