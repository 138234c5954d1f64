"""What a reply through the response cache carries: `result.raw.cache`, and for a reply from the
cache a `result.raw` of its own (no HTTP response: the target that first answered)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TypeVar

from multidict import CIMultiDict, CIMultiDictProxy

from ..transport.replies import ResponseInfo, ServedBy, response_info, set_cache, set_cost

__all__ = ["cached_info", "entry_of", "mark", "served_of"]

T = TypeVar("T")

_NO_HEADERS: CIMultiDictProxy[str] = CIMultiDictProxy(CIMultiDict())


def cached_info(key: str, served: Sequence[str | None] | None, state: str) -> ResponseInfo:
    """`result.raw` of a reply from the cache."""
    by = ServedBy(str(served[0]), served[1], served[2]) if served and served[0] else None
    info = response_info(200, _NO_HEADERS, f"cache-{key[:24]}", by)
    set_cache(info, state)
    set_cost(info, 0.0)  # a reply from the cache costs nothing
    return info


def mark(result: T, state: str) -> T:
    """`result.raw.cache = state` (a result without `raw` is left as it is)."""
    raw = getattr(result, "_raw", None)
    if isinstance(raw, ResponseInfo):
        set_cache(raw, state)
    return result


def served_of(result: Any) -> list[str | None] | None:
    """Who answered `result` (profile, model, deployment), to keep with it."""
    served = getattr(getattr(result, "_raw", None), "served_by", None)
    if served is None:
        return None
    return [served.profile, served.model, served.deployment]


def entry_of(found: str | None, field: str, kind: type) -> dict[str, Any] | None:
    """A stored entry: a JSON object whose `field` is a `kind` (None: absent, or unreadable)."""
    if found is None:
        return None
    try:
        entry = json.loads(found)
    except ValueError:
        return None
    if not isinstance(entry, dict) or not isinstance(entry.get(field), kind):
        return None
    return entry
