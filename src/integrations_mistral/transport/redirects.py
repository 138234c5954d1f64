"""Redirects, followed here rather than by aiohttp: a redirect may not change the method or leave
https (typed error), and the Authorization header stays with its origin.

aiohttp's own redirect hook needs a `TraceConfig`, which makes every request build and await a
dozen trace signals; following redirects here costs a request nothing unless it is redirected.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import aiohttp
from yarl import URL

from .._secrets import mask_url
from ..errors import UnsafeRedirectError

__all__ = ["MAX_REDIRECTS", "REDIRECTS", "check_redirect", "follow", "send"]

MAX_REDIRECTS = 5
_ORIGIN_BOUND = frozenset({"authorization", "proxy-authorization"})
REDIRECTS = frozenset({301, 302, 303, 307, 308})


def check_redirect(method: str, url: URL, status: int, location: str) -> URL:
    """Where a redirect leads, or `UnsafeRedirectError` if following it would change the method
    (a POST turned into a GET, its reply taken for the result) or go from https to http (the
    body in clear text)."""
    try:
        target = url.join(URL(location))
    except (TypeError, ValueError):
        target = URL()
    if target.scheme not in ("http", "https") or not target.host:
        raise UnsafeRedirectError(
            f"{method} {url.path}: redirect {status} to a Location that is no http(s) URL "
            f"({mask_url(location)[:100]!r}) refused",
            status_code=status,
        )
    if (status == 303 and method != "HEAD") or (status in (301, 302) and method == "POST"):
        problem = f"it would turn {method} into GET"
    elif url.scheme == "https" and target.scheme != "https":
        problem = "it leaves https"
    else:
        return target
    shown = mask_url(str(target.with_query(None)))
    raise UnsafeRedirectError(
        f"{method} {url.path}: redirect {status} to {shown} refused: {problem}",
        status_code=status,
    )


async def send(
    session: aiohttp.ClientSession,
    method: str,
    url: URL,
    headers: Mapping[str, str],
    **options: Any,
) -> aiohttp.ClientResponse:
    """`session.request` following at most `MAX_REDIRECTS` redirects under the policy; a
    redirect to another origin is sent without the Authorization (and Proxy-Authorization)
    header."""
    response = await session.request(method, url, headers=headers, allow_redirects=False, **options)
    if response.status in REDIRECTS:
        return await follow(session, response, method, headers, options)
    return response


async def follow(
    session: aiohttp.ClientSession,
    response: aiohttp.ClientResponse,
    method: str,
    headers: Mapping[str, str],
    options: dict[str, Any],
) -> aiohttp.ClientResponse:
    """The redirects that `response` starts, followed under the policy."""
    history: list[aiohttp.ClientResponse] = []
    while response.status in REDIRECTS and "Location" in response.headers:
        try:
            target = check_redirect(
                method, response.url, response.status, response.headers["Location"]
            )
        finally:
            response.release()
        history.append(response)
        if len(history) > MAX_REDIRECTS:
            raise aiohttp.TooManyRedirects(
                response.request_info, tuple(history), status=response.status
            )
        if target.origin() != response.url.origin():
            headers = {k: v for k, v in headers.items() if k.lower() not in _ORIGIN_BOUND}
        options.pop("params", None)  # the Location carries its own query
        response = await session.request(
            method, target, headers=headers, allow_redirects=False, **options
        )
    return response
