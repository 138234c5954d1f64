"""The quota the server reports on every reply (`x-ratelimit-*` headers), typed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ._numbers import wire_int

__all__ = ["ServerQuota", "quota_of"]

_HEADERS = {
    "limit_requests_minute": "x-ratelimit-limit-req-minute",
    "remaining_requests_minute": "x-ratelimit-remaining-req-minute",
    "limit_tokens_minute": "x-ratelimit-limit-tokens-minute",
    "remaining_tokens_minute": "x-ratelimit-remaining-tokens-minute",
    "limit_tokens_month": "x-ratelimit-limit-tokens-month",
    "remaining_tokens_month": "x-ratelimit-remaining-tokens-month",
    "query_cost": "x-ratelimit-tokens-query-cost",
}


@dataclass(frozen=True, slots=True)
class ServerQuota:
    """What the server said of the key's quota with one reply (None: not sent)."""

    limit_requests_minute: int | None = None
    remaining_requests_minute: int | None = None
    limit_tokens_minute: int | None = None
    remaining_tokens_minute: int | None = None
    limit_tokens_month: int | None = None
    remaining_tokens_month: int | None = None
    query_cost: int | None = None


def quota_of(headers: Mapping[str, str]) -> ServerQuota | None:
    """The quota in a reply's headers (case-insensitive mapping), or None when it has none."""
    values = {field: wire_int(headers.get(name)) for field, name in _HEADERS.items()}
    if all(value is None for value in values.values()):
        return None
    return ServerQuota(**values)
