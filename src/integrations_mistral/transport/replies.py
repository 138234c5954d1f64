"""What a transport hands back: a raw response, and what a typed result keeps of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from multidict import CIMultiDictProxy

from ..quota import ServerQuota, quota_of

__all__ = [
    "RawResponse", "ResponseInfo", "ServedBy", "StreamLimits", "response_info", "set_cache",
    "set_cost", "set_priced",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class ServedBy:
    """Which target served a call: the profile and the model (None: the call names none), and
    the profile's deployment that answered (None: the profile has none)."""

    profile: str
    model: str | None
    deployment: str | None = None
    price: Any = field(default=None, compare=False, repr=False)
    """The model's price here (`pricing`), read by `ResponseInfo.cost`; None: unpriced."""


@dataclass(frozen=True, slots=True)
class ResponseInfo:
    """What a typed result knows of the HTTP response it came from (`result.raw`)."""

    status_code: int
    headers: CIMultiDictProxy[str]
    request_id: str
    served_by: ServedBy | None = None
    """The profile and model that answered (another than asked for after a fallback)."""
    cache: str | None = None
    """The response cache's word: `hit`, `miss`, `stored` or `bypass` (None: the profile has
    no cache for this operation)."""
    _priced: Any = field(default=None, repr=False, compare=False)  # a cost, or (price, usage)

    @property
    def cost(self) -> float | None:
        """What the call cost by the profile's `pricing` (None: no usage, or the model is
        unpriced; 0 for a reply from the cache). Worked out when read, not on every call."""
        priced = self._priced
        if priced is None or type(priced) is float:
            return priced
        price, usage = priced
        prompt = getattr(usage, "prompt_tokens", None)
        completion = getattr(usage, "completion_tokens", None)
        if type(prompt) is not int and type(completion) is not int:
            return None
        return float(price.cost(prompt or 0, completion or 0))

    @property
    def rate_limit(self) -> ServerQuota | None:
        """The key's quota as the server reported it with this reply (None: not reported)."""
        return quota_of(self.headers)


_new = object.__new__
_slots = ResponseInfo.__dict__  # the slot descriptors set below
_status, _headers, _request_id, _served_by, set_cache, set_priced = (
    _slots[name].__set__
    for name in ("status_code", "headers", "request_id", "served_by", "cache", "_priced")
)


def set_cost(info: ResponseInfo, cost: float | None) -> None:
    """`info.cost` as worked out elsewhere (a stream's, a cached reply's 0.0)."""
    set_priced(info, cost)


def response_info(
    status: int, headers: CIMultiDictProxy[str], request_id: str, served_by: ServedBy | None
) -> ResponseInfo:
    """`ResponseInfo(...)` for every reply: its slots set directly, not through the frozen
    dataclass's `__init__` (four `object.__setattr__` calls: 7 k instructions, this 2 k)."""
    info: ResponseInfo = _new(ResponseInfo)
    _status(info, status)
    _headers(info, headers)
    _request_id(info, request_id)
    _served_by(info, served_by)
    set_cache(info, None)
    set_priced(info, None)
    return info


@dataclass(slots=True)
class RawResponse:
    status: int
    headers: CIMultiDictProxy[str]
    body: bytes
    request_id: str

    def info(self, served_by: ServedBy | None = None) -> ResponseInfo:
        return response_info(self.status, self.headers, self.request_id, served_by)


@dataclass(frozen=True, slots=True)
class StreamLimits:
    """What bounds reading a stream: one event's size, silence between events, the whole; and
    a realtime session's silence and whole (`client.realtime_*_timeout_secs`)."""

    max_event_bytes: int
    idle_secs: float
    total_secs: float | None
    realtime_idle_secs: float = 300.0
    realtime_total_secs: float | None = None
