"""Walking pages (numbered, by cursor or by offset): an async iterator over every item of a paged list."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import Any

__all__ = ["walk_cursor", "walk_offset", "walk_pages"]


def _at(page: Any, path: str) -> Any:
    """`page.judges.results` from "judges.results" (None where a step is missing); "" is the
    page itself (a reply that is the list)."""
    for step in path.split(".") if path else ():
        page = getattr(page, step, None)
    return page


async def walk_cursor(
    fetch: Callable[..., Awaitable[Any]],
    filters: Mapping[str, Any],
    *,
    cursor: str,
    items: str,
    next: str,
) -> AsyncIterator[Any]:
    """Yield the `items` of page after page, passing each page's `next` cursor back as the
    `cursor` argument, until a page has none, is empty, or hands back the cursor it was given."""
    arguments = dict(filters)
    while True:
        page = await fetch(**arguments)
        found = _at(page, items) or ()
        for item in found:
            yield item
        token = _at(page, next)
        if not token or not found or token == arguments.get(cursor):
            return
        arguments[cursor] = token


async def walk_offset(
    fetch: Callable[..., Awaitable[Any]],
    filters: Mapping[str, Any],
    *,
    offset: str,
    limit: str,
    items: str,
) -> AsyncIterator[Any]:
    """Yield the `items` of page after page, moving `offset` on by what each page held, until
    a page holds fewer than `limit` (or none)."""
    arguments = dict(filters)
    position = int(arguments.get(offset) or 0)
    while True:
        arguments[offset] = position
        found = _at(await fetch(**arguments), items) or ()
        for item in found:
            yield item
        position += len(found)
        size = arguments.get(limit)
        if not found or (size is not None and len(found) < size):
            return


async def walk_pages(
    fetch: Callable[..., Awaitable[Any]],
    filters: Mapping[str, Any],
    *,
    page: str,
    first: int,
    size: str,
    items: str,
    total: str | None = None,
) -> AsyncIterator[Any]:
    """Yield the `items` of numbered pages from `first` (or the `page` given), until a page is
    empty, holds fewer than the page size asked, or `total` items were seen from page one."""
    arguments = dict(filters)
    number = int(arguments.get(page) or first)
    seen = 0
    while True:
        arguments[page] = number
        result = await fetch(**arguments)
        found = _at(result, items) or ()
        for item in found:
            yield item
        seen += len(found)
        asked = arguments.get(size)
        count = _at(result, total) if total else None
        if not found or (asked is not None and len(found) < asked):
            return
        if isinstance(count, int) and int(filters.get(page) or first) == first and seen >= count:
            return
        number += 1
