"""The profile's spend budget around its model calls (`[budget]`): each reserves its estimated
cost before it is sent (prompt estimate at the input price, `max_tokens` or
`budget.assumed_output_tokens` at the output price) and settles to `result.raw.cost` after,
refunding the rest; a call that fails costs nothing. A stream settles when it ends (a stream
cut before its usage arrived keeps its estimate). Replies from the cache never get here."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from pydantic import BaseModel

from ..request import Request
from ..resilience import Permit
from ..spend import Budget, PriceTable, Reservation
from ._caller import Opened

__all__ = ["BudgetedCaller"]

M = TypeVar("M", bound=BaseModel)


class _BudgetedPermit:
    """The limiter's permit of a budgeted stream, which also settles the budget when the
    stream ends (`ended`: its cost, or the estimate when it is unknown)."""

    __slots__ = ("_hold", "_inner")

    def __init__(self, inner: Permit, hold: Reservation) -> None:
        self._inner, self._hold = inner, hold

    def settle(self, tokens: int) -> None:
        self._inner.settle(tokens)
        if tokens == 0:  # nothing was used (a refused stream)
            self._hold.settle(0.0)

    def release(self) -> None:
        self._inner.release()
        self._hold.settle(0.0)

    def ended(self, stream: Any) -> None:
        cost = stream.cost
        self._hold.settle(self._hold.amount if cost is None else cost)


class BudgetedCaller:
    """A caller whose model calls are held to the profile's budget; everything else is the
    inner one's."""

    def __init__(
        self,
        inner: Any,
        budget: Budget,
        prices: PriceTable,
        assumed_output: int,
        owned: bool = True,
    ) -> None:
        self.inner, self.budget, self._prices = inner, budget, prices
        self._assumed = assumed_output
        self._owned = owned  # False: a derived client's, its parent's budget

    def __getattr__(self, name: str) -> Any:  # transport, telemetry, lifetime, raw, ...
        return getattr(self.inner, name)

    def cost_estimate(self, request: Request) -> float:
        """The call's cost if it uses what it may: its prompt (the limiter's estimate) and its
        `max_tokens` (else `budget.assumed_output_tokens` for a completion)."""
        price = self._prices.price(request.model)
        if price is None:
            return 0.0
        body = request.body
        completes = "max_tokens" in getattr(type(body), "model_fields", ())
        limit = getattr(body, "max_tokens", None) if completes else None
        output = (limit if isinstance(limit, int) else self._assumed) if completes else 0
        prompt = max(0, request.cost - (limit if isinstance(limit, int) else 0))
        return price.cost(prompt, output)

    def call(self, request: Request, model: type[M] | Callable[[bytes], type[M]]) -> Awaitable[M]:
        if not request.movable:  # files, batches, ...: not priced per call
            return self.inner.call(request, model)  # type: ignore[no-any-return]
        return self._held(request, model)

    async def _held(self, request: Request, model: type[M] | Callable[[bytes], type[M]]) -> M:
        hold = await self.budget.reserve(self.cost_estimate(request))
        try:
            result: M = await self.inner.call(request, model)
        except BaseException:
            hold.settle(0.0)
            raise
        cost = getattr(getattr(result, "_raw", None), "cost", None)
        hold.settle(cost if isinstance(cost, float) else 0.0)
        return result

    def open_stream(self, request: Request) -> Awaitable[Opened]:
        if not request.movable:
            return self.inner.open_stream(request)  # type: ignore[no-any-return]
        return self._opened(request)

    async def _opened(self, request: Request) -> Opened:
        hold = await self.budget.reserve(self.cost_estimate(request))
        try:
            opened: Opened = await self.inner.open_stream(request)
        except BaseException:
            hold.settle(0.0)
            raise
        return opened._replace(permit=_BudgetedPermit(opened.permit, hold))

    async def close_owned(self) -> None:
        """A derived client's: close the budget if it is its own."""
        if self._owned:
            await self.budget.aclose()

    async def aclose(self) -> None:
        await self.budget.aclose()
        inner = getattr(self.inner, "aclose", None)
        if inner is not None:
            await inner()
