"""A spend budget per calendar window (UTC): each call reserves its estimated cost before it is
sent and settles to what it really cost after (refunding the rest), as the rate limiter does
with tokens. Past the limit a call raises `BudgetExceededError` (nothing sent) or, with
`on_exceeded = "warn"`, is sent after one warning per window. This one counts one process."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Protocol

from ..config.spend import BudgetSettings
from ..errors import BudgetExceededError

__all__ = [
    "Budget", "BudgetState", "MemoryBudget", "Reservation", "exceeded", "past_limit",
    "window_of",
]  # fmt: skip

logger = logging.getLogger("integrations_mistral.spend")


def window_of(window: str, now: datetime) -> tuple[str, datetime]:
    """The window `now` falls in (its label: `2026-12-04T09`, `2026-12-04`, `2026-12`) and when
    the next one starts."""
    if window == "hour":
        start = now.replace(minute=0, second=0, microsecond=0)
        return start.strftime("%Y-%m-%dT%H"), start + timedelta(hours=1)
    if window == "day":
        start = now.replace(hour=0, minute=0, second=0, microsecond=0)
        return start.strftime("%Y-%m-%d"), start + timedelta(days=1)
    start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    following = (start + timedelta(days=32)).replace(day=1)
    return start.strftime("%Y-%m"), following


@dataclass(frozen=True)
class BudgetState:
    """What `budget show` prints: the current window's spend."""

    budget: str
    window: str
    spent: float
    reserved: float
    limit: float
    resets_at: datetime
    shared: bool


class Reservation(Protocol):
    amount: float

    def settle(self, cost: float) -> None:
        """The call's real cost (0: nothing was spent); the rest of the reservation is freed.
        Only the first settle counts."""


class Budget(Protocol):
    async def reserve(self, amount: float) -> Reservation:
        """Hold `amount` for a call about to be sent, or raise `BudgetExceededError`."""

    async def state(self) -> BudgetState: ...

    async def aclose(self) -> None: ...


def exceeded(
    settings: BudgetSettings, name: str, label: str, resets: datetime, spent: float,
    reserved: float, amount: float,
) -> BudgetExceededError:  # fmt: skip
    limit = settings.limit or 0.0
    return BudgetExceededError(
        f"budget {name!r} ({settings.window} {label}): this call's estimated cost {amount:.6g} "
        f"does not fit; spent {spent:.6g} and reserved {reserved:.6g} of {limit:.6g}; it "
        f"resets at {resets.isoformat()}; nothing was sent",
        budget=name, window=label, resets_at=resets, limit=limit, spent=spent,
        reserved=reserved,
    )  # fmt: skip


def past_limit(
    settings: BudgetSettings, name: str, label: str, resets: datetime, spent: float,
    reserved: float, amount: float, warned: str,
) -> str:  # fmt: skip
    """A call past the limit: `BudgetExceededError`, or with `on_exceeded = "warn"` one warning
    per window (`warned`: the window last warned in; the one warned in now is returned)."""
    error = exceeded(settings, name, label, resets, spent, reserved, amount)
    if settings.on_exceeded == "raise":
        raise error
    if warned != label:
        logger.warning(
            "%s", error.message.replace("; nothing was sent", "; sent anyway (on_exceeded = warn)")
        )
    return label


class _Held:
    __slots__ = ("_budget", "_label", "_open", "amount")

    def __init__(self, budget: MemoryBudget, label: str, amount: float) -> None:
        self._budget, self._label, self.amount, self._open = budget, label, amount, True

    def settle(self, cost: float) -> None:
        if self._open:
            self._open = False
            self._budget._settle(self._label, self.amount, cost)


class MemoryBudget:
    """This process's spend in the current window."""

    def __init__(
        self,
        settings: BudgetSettings,
        name: str,
        clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
    ) -> None:
        self._settings, self.name, self._clock = settings, name, clock
        self._lock = threading.Lock()
        self._label = ""
        self._spent = self._reserved = 0.0
        self._warned = ""  # the window a warning was given in

    def _roll(self) -> tuple[str, datetime]:
        label, resets = window_of(self._settings.window, self._clock())
        if label != self._label:
            self._label, self._spent, self._reserved = label, 0.0, 0.0
        return label, resets

    async def reserve(self, amount: float) -> Reservation:
        return self.reserve_now(amount)

    def reserve_now(self, amount: float) -> Reservation:
        settings = self._settings
        with self._lock:
            label, resets = self._roll()
            if self._spent + self._reserved + amount > (settings.limit or 0.0):
                self._warned = past_limit(
                    settings, self.name, label, resets, self._spent, self._reserved, amount,
                    self._warned,
                )  # fmt: skip
            self._reserved += amount
        return _Held(self, label, amount)

    def _settle(self, label: str, amount: float, cost: float) -> None:
        with self._lock:
            if label == self._label:
                self._reserved = max(0.0, self._reserved - amount)
                self._spent += max(0.0, cost)

    async def state(self) -> BudgetState:
        with self._lock:
            label, resets = self._roll()
            return BudgetState(
                self.name, label, self._spent, self._reserved, self._settings.limit or 0.0,
                resets, False,
            )  # fmt: skip

    async def aclose(self) -> None:
        return None
