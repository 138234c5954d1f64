"""Walking pages (numbered, by cursor or by offset): an async iterator over every item of a paged list."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from typing import Any

from ..errors import PaginationError

__all__ = ["walk_cursor", "walk_offset", "walk_pages"]

_DEFAULT_MAX_PAGES = 10_000


class _Guard:
    """What keeps a walk finite: `client.max_pages` of the service `fetch` belongs to, the
    cursors handed out so far, the page before (a server ignoring the page asked for)."""

    def __init__(self, fetch: Callable[..., Awaitable[Any]]) -> None:
        caller = getattr(getattr(fetch, "__self__", None), "_caller", None)
        limit = getattr(getattr(caller, "transport", None), "max_pages", None)
        self.limit = limit if isinstance(limit, int) else _DEFAULT_MAX_PAGES
        self.name = getattr(fetch, "__qualname__", "iterate")
        self.pages = 0
        self.cursors: set[Any] = set()
        self.last: Sequence[Any] | None = None

    def page(self, found: Sequence[Any], *, repeats: bool = True) -> None:
        """One more page fetched: refused past the limit, or (`repeats`: pages chosen by number
        or offset, where a cursor cannot tell) when it repeats the one before."""
        self.pages += 1
        if self.pages > self.limit:
            raise PaginationError(
                f"{self.name}: more than {self.limit} pages (client.max_pages); the walk was "
                "stopped"
            )
        if repeats and found and self.last is not None and list(found) == list(self.last):
            raise PaginationError(
                f"{self.name}: page {self.pages} repeats page {self.pages - 1}; the server "
                "ignores the page asked for, so the walk was stopped"
            )
        self.last = found

    def cursor(self, token: Any) -> None:
        if token in self.cursors:
            raise PaginationError(
                f"{self.name}: the server handed back cursor {str(token)[:40]!r} again after "
                f"{self.pages} pages (a cycle); the walk was stopped"
            )
        self.cursors.add(token)


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
    guard = _Guard(fetch)
    if arguments.get(cursor):
        guard.cursor(arguments[cursor])
    while True:
        page = await fetch(**arguments)
        found = _at(page, items) or ()
        guard.page(found, repeats=False)  # its cursors tell a cycle
        for item in found:
            yield item
        token = _at(page, next)
        if not token or not found or token == arguments.get(cursor):
            return
        guard.cursor(token)
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
    guard = _Guard(fetch)
    while True:
        arguments[offset] = position
        found = _at(await fetch(**arguments), items) or ()
        guard.page(found)
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
    guard = _Guard(fetch)
    while True:
        arguments[page] = number
        result = await fetch(**arguments)
        found = _at(result, items) or ()
        guard.page(found)
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
