"""`api_key=` given a function: called for every attempt, within `client.timeout_secs`. An async
one is awaited on the loop; a plain one runs in a worker thread, so one that blocks (a vault
lookup over the network) does not freeze every other call of the loop."""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

from .._secrets import scrub
from ..config.models import KeyFunction
from ..errors import CredentialsError
from ._base import Credentials

__all__ = ["FunctionKey"]


class FunctionKey(Credentials):
    """`api_key=` given a function (sync or async): called for every attempt."""

    def __init__(self, function: KeyFunction, timeout: float) -> None:
        super().__init__()
        self.function = function
        self.timeout = timeout
        self._async = inspect.iscoroutinefunction(function) or inspect.iscoroutinefunction(
            getattr(function, "__call__", None)  # noqa: B004 - an object with `async def __call__`
        )
        self._where = (
            f"api_key function {getattr(function, '__qualname__', type(function).__name__)}"
        )

    async def key(self) -> str:
        try:
            value: Any = await asyncio.wait_for(self._call(), self.timeout)
        except CredentialsError:
            raise
        except asyncio.TimeoutError:
            raise CredentialsError(
                f"{self._where}: gave no key within {self.timeout:g} s (client.timeout_secs)"
            ) from None
        except Exception as exc:
            detail = scrub(str(exc), self.secrets)[:300]
            raise CredentialsError(f"{self._where} raised {type(exc).__name__}: {detail}") from None
        return self._checked(value, self._where)

    async def _call(self) -> Any:
        value = self.function() if self._async else await asyncio.to_thread(self.function)
        if inspect.isawaitable(value):
            value = await value
        return value

    async def renew(self, used: str | None, since: float) -> bool:
        return await self.key() != used
