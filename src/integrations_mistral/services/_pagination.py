"""Walking numbered pages: an async iterator over every item of a paged list endpoint."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any, Protocol, TypeVar

__all__ = ["iterate_pages"]

T = TypeVar("T")


class _Page(Protocol):
    @property
    def data(self) -> Sequence[Any]: ...

    @property
    def total(self) -> int | None: ...


async def iterate_pages(
    fetch: Callable[[int], Awaitable[_Page]], *, page: int, page_size: int
) -> AsyncIterator[Any]:
    """Yield items page after page until a short or empty page, or `total` items were seen."""
    seen = 0
    while True:
        result = await fetch(page)
        for item in result.data:
            yield item
        seen += len(result.data)
        if len(result.data) < page_size or (result.total is not None and seen >= result.total):
            return
        page += 1
