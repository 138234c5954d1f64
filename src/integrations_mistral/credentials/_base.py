"""The key source every way of giving a key shares: the keys handed out lately (scrubbed from
errors), one fetch at a time per event loop, and the shape check of a fetched key."""

from __future__ import annotations

import asyncio
import time
import weakref
from collections.abc import Awaitable, Callable

from pydantic_core import PydanticCustomError

from ..config.models import check_key
from ..errors import CredentialsError

__all__ = ["KEPT_SECRETS", "MAX_KEY_BYTES", "Credentials", "StaticKey"]

KEPT_SECRETS = 4  # keys handed out lately, scrubbed from error messages
MAX_KEY_BYTES = 64 * 1024  # the most a key file or a key command's output may hold


class Credentials:
    """A source of the bearer key. `static` ones are read once, into prebuilt headers."""

    static = False

    def __init__(self) -> None:
        self._seen: list[str] = []
        self._flights: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Task[str]] = (
            weakref.WeakKeyDictionary()
        )

    @property
    def secrets(self) -> tuple[str, ...]:
        """Keys handed out lately: scrubbed from every error message."""
        return tuple(self._seen)

    def _handed(self, key: str) -> str:
        if key not in self._seen:
            self._seen = [*self._seen[-(KEPT_SECRETS - 1) :], key]
        return key

    async def key(self) -> str | None:
        raise NotImplementedError

    async def renew(self, used: str | None, since: float) -> bool:
        """After a 401 for a request sent with `used` at `since` (`time.monotonic()`): fetch
        the key again (not from a cache); True if it is not `used`."""
        return False

    async def _renewed(
        self, used: str | None, since: float, fetch: Callable[[], Awaitable[str]]
    ) -> bool:
        """`renew` for a source that is costly to ask: the 401s of many calls at once share one
        fetch, and a fetch finished after the request was sent is not repeated."""
        if self._in_flight() is None and self._fetched > since:
            return self._last != used
        return await self._single(fetch) != used

    _fetched = float("-inf")  # when the last fetch by `_single` finished (time.monotonic())
    _last: str | None = None  # the key it gave

    def _in_flight(self) -> asyncio.Task[str] | None:
        task = self._flights.get(asyncio.get_running_loop())
        return task if task is not None and not task.done() else None

    async def _single(self, fetch: Callable[[], Awaitable[str]]) -> str:
        """`fetch()` run once for every concurrent caller of this loop: those arriving while
        it runs wait for the same run and share its key or its error. A caller cancelled while
        waiting leaves the run to the others."""
        task = self._in_flight()
        if task is None:
            loop = asyncio.get_running_loop()
            task = self._flights[loop] = loop.create_task(self._recorded(fetch))
            task.add_done_callback(_retrieved)
        return await asyncio.shield(task)

    async def _recorded(self, fetch: Callable[[], Awaitable[str]]) -> str:
        """`fetch()`, its key and the time it finished kept (`_last`, `_fetched`)."""
        key = await fetch()
        self._last, self._fetched = key, time.monotonic()
        return key

    def _checked(self, value: object, where: str) -> str:
        """A fetched key, checked like a configured one; the message never holds it."""
        if not isinstance(value, str):
            raise CredentialsError(f"{where}: gave {type(value).__name__}, not a string key")
        try:
            key = check_key(value)
        except PydanticCustomError:
            raise CredentialsError(
                f"{where}: the key holds spaces or control characters; it must be the key alone"
            ) from None
        if not key:
            raise CredentialsError(f"{where}: gave an empty key")
        return self._handed(key)


def _retrieved(task: asyncio.Task[str]) -> None:
    """Every waiter may have gone: the run's error is theirs, not the loop's to report."""
    if not task.cancelled():
        task.exception()


class StaticKey(Credentials):
    """A key given as a value (or none, for servers that need none)."""

    static = True

    def __init__(self, key: str | None) -> None:
        super().__init__()
        self.value = key
        if key is not None:
            self._handed(key)

    async def key(self) -> str | None:
        return self.value
