"""The redirect policy: a redirect may not change the method or leave https (typed error)."""

from __future__ import annotations

from types import SimpleNamespace

import aiohttp
from yarl import URL

from .._secrets import mask_url
from ..errors import UnsafeRedirectError

__all__ = ["REDIRECT_GUARD"]


async def _check_redirect(
    session: aiohttp.ClientSession,
    context: SimpleNamespace,
    params: aiohttp.TraceRequestRedirectParams,
) -> None:
    """Refuse a redirect that would change the method (a POST turned into a GET, its reply
    taken for the result) or go from https to http (the body in clear text). aiohttp itself
    drops the Authorization header when a redirect leaves the origin."""
    response, method = params.response, params.method
    location = response.headers.get("Location")
    if not location:
        return
    target = params.url.join(URL(location))
    if (response.status == 303 and method != "HEAD") or (
        response.status in (301, 302) and method == "POST"
    ):
        problem = f"it would turn {method} into GET"
    elif params.url.scheme == "https" and target.scheme != "https":
        problem = "it leaves https"
    else:
        return
    response.close()
    shown = mask_url(str(target.with_query(None)))
    raise UnsafeRedirectError(
        f"{method} {params.url.path}: redirect {response.status} to {shown} refused: {problem}",
        status_code=response.status,
    )


REDIRECT_GUARD = aiohttp.TraceConfig()
REDIRECT_GUARD.on_request_redirect.append(_check_redirect)
REDIRECT_GUARD.freeze()
