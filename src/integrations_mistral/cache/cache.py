"""`ResponseCache`: a store behind the rules that make a cache never wrong and never in the way.

- Keys hash everything that changes the answer: the namespace (profiles share entries only by
  naming the same one), the target (provider and base URL), the operation and the request body
  normalised (keys sorted, unset fields dropped); never a key or a header.
- A store that fails (Redis down, a full disk, a corrupt entry) is a miss: logged once per
  outage, counted (`result="error"`), never raised.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .._secrets import scrub
from .store import CacheStore

__all__ = ["ResponseCache", "normalised"]

logger = logging.getLogger("integrations_mistral.cache")


def normalised(value: Any) -> Any:
    """A JSON value with unset (null) object fields dropped, recursively: `{"a": null}` asks
    what `{}` asks."""
    if isinstance(value, dict):
        return {k: normalised(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [normalised(v) for v in value]
    return value


class ResponseCache:
    """One profile's cache: keys made here, entries in `store`, failures turned into misses."""

    def __init__(
        self,
        store: CacheStore,
        namespace: str,
        target: str,
        ttl: float,
        operations: Sequence[str],
        count: Callable[[str, str, int], None] | None = None,
        streams: bool = False,
    ) -> None:
        self.store, self.ttl, self.streams = store, ttl, streams  # streams: replayed too
        self.operations = frozenset(operations)
        self._scope = f"{namespace}\x00{target}\x00"
        self._count = count  # (operation, result, how many)
        self._failing = False

    def key(self, operation: str, body: Mapping[str, Any]) -> str:
        """The entry's name for `body` asked of `operation` here (a hex SHA-256)."""
        text = json.dumps(normalised(body), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(f"{self._scope}{operation}\x00{text}".encode()).hexdigest()

    def counted(self, operation: str, result: str, amount: int = 1) -> None:
        if self._count is not None and amount:
            self._count(operation, result, amount)

    async def get_many(self, operation: str, keys: Sequence[str]) -> list[str | None]:
        """The stored values (None: a miss, or the store failed: all misses)."""
        try:
            found = await self.store.get_many(keys)
        except Exception as exc:  # whatever the backend raises: a miss
            self._failed("read", exc, operation)
            return [None] * len(keys)
        self._recovered()
        return found

    async def set_many(self, operation: str, items: Sequence[tuple[str, str]], ttl: float) -> bool:
        """Store the items; False if the store failed (reported, never raised)."""
        try:
            await self.store.set_many(items, ttl)
        except Exception as exc:
            self._failed("write", exc, operation)
            return False
        self._recovered()
        return True

    def _failed(self, what: str, error: Exception, operation: str) -> None:
        self.counted(operation, "error")
        if not self._failing:
            self._failing = True
            logger.warning(
                "response cache (%s) failed to %s: %s; calls go to the API until it recovers",
                self.store.name,
                what,
                scrub(f"{type(error).__name__}: {error}")[:300],
            )

    def _recovered(self) -> None:
        if self._failing:
            self._failing = False
            logger.info("response cache (%s) works again", self.store.name)

    async def aclose(self) -> None:
        try:
            await self.store.aclose()
        except Exception as exc:  # closing a broken connection: nothing to lose
            logger.debug("response cache close: %s", scrub(str(exc)))
