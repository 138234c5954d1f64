"""Redis connections for what replicas share (resilience state, the response cache, spend): one
client per event loop (redis.asyncio clients are bound to the loop that made them), a bounded
pool, Lua scripts registered once."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

__all__ = ["RETRY_REDIS_AFTER_SECS", "RedisConnections", "Scripts"]

RETRY_REDIS_AFTER_SECS = 5.0
"""After a Redis failure, how long a component works without it before trying again."""


class Scripts:
    """A Redis client with named scripts registered (EVALSHA, EVAL on a cold server)."""

    def __init__(self, redis: Any, scripts: Mapping[str, str]) -> None:
        self.redis = redis
        self.scripts = {name: redis.register_script(text) for name, text in scripts.items()}


class RedisConnections:
    """Per-loop clients of one Redis URL; callers beyond the pool wait for a connection, the
    wait counting toward `timeout` (every command is bounded by it)."""

    def __init__(self, url: str, timeout: float, pool_size: int, scripts: Mapping[str, str]):
        self._url, self._timeout, self._pool_size = url, timeout, pool_size
        self._scripts = scripts
        self._clients: dict[asyncio.AbstractEventLoop, Scripts] = {}

    def get(self) -> Scripts:
        loop = asyncio.get_running_loop()
        client = self._clients.get(loop)
        if client is None:
            from redis.asyncio import BlockingConnectionPool, Redis

            timeout = self._timeout
            pool = BlockingConnectionPool.from_url(
                self._url,
                max_connections=self._pool_size,
                timeout=timeout,
                socket_connect_timeout=timeout,
                socket_timeout=timeout,
                decode_responses=True,
            )
            client = Scripts(Redis(connection_pool=pool), self._scripts)
            self._clients = {lp: c for lp, c in self._clients.items() if not lp.is_closed()}
            self._clients[loop] = client
        return client

    async def aclose(self) -> None:
        """Close this loop's client and its pool."""
        client = self._clients.pop(asyncio.get_running_loop(), None)
        if client is not None:
            await client.redis.aclose(close_connection_pool=True)
