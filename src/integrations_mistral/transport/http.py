"""HTTP transport: one request, one attempt; maps every failure to a typed `MistralError`."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import aiohttp
from multidict import CIMultiDictProxy

from .._version import __version__
from ..config.models import MistralSettings
from ..errors import APIConnectionError, RequestTimeoutError, error_for_status
from .session import SessionHolder

__all__ = ["USER_AGENT", "HttpTransport", "RawResponse"]

USER_AGENT = f"integrations-mistral/{__version__}"


@dataclass(slots=True)
class RawResponse:
    status: int
    headers: CIMultiDictProxy[str]
    body: bytes
    request_id: str


class HttpTransport:
    """Sends requests through the profile's session with the settings' headers and timeouts."""

    def __init__(self, sessions: SessionHolder, settings: MistralSettings) -> None:
        client = settings.client
        self._sessions = sessions
        self._base_url = client.base_url
        self._timeout = aiohttp.ClientTimeout(
            total=client.timeout_secs, sock_connect=client.connect_timeout_secs
        )
        self._retryable = frozenset(settings.retry.retryable_status_codes)
        agent = f"{USER_AGENT} {client.user_agent}" if client.user_agent else USER_AGENT
        headers = {"User-Agent": agent, "Accept": "application/json"}
        if settings.api_key is not None:
            headers["Authorization"] = f"Bearer {settings.api_key.get_secret_value()}"
        self._headers = headers
        self._json_headers = {**headers, "Content-Type": "application/json"}

    @property
    def base_url(self) -> str:
        return self._base_url

    async def request(
        self,
        method: str,
        path: str,
        *,
        json_body: bytes | None = None,
        params: Mapping[str, Any] | None = None,
        budget: float | None = None,
    ) -> RawResponse:
        """Send one request and read the whole body; non-2xx statuses raise their typed error.

        `budget` (seconds left of the retry budget) caps this attempt's total timeout.
        """
        request_id = uuid.uuid4().hex
        timeout = self._timeout
        if budget is not None and budget < timeout.total:  # type: ignore[operator]
            timeout = aiohttp.ClientTimeout(
                total=max(budget, 0.001), sock_connect=timeout.sock_connect
            )
        headers = dict(self._json_headers if json_body is not None else self._headers)
        headers["X-Request-ID"] = request_id
        session = self._sessions.get()
        try:
            async with session.request(
                method,
                self._base_url + path,
                data=json_body,
                params=params,
                headers=headers,
                timeout=timeout,
                max_redirects=5,
            ) as response:
                body = await response.read()
                status, response_headers = response.status, response.headers
        except asyncio.TimeoutError:
            raise RequestTimeoutError(
                f"{method} {path}: no complete response within {timeout.total:g} s",
                request_id=request_id,
            ) from None
        except aiohttp.ClientPayloadError as exc:
            raise APIConnectionError(
                f"{method} {path}: response body was cut off ({exc})", request_id=request_id
            ) from None
        except aiohttp.ClientError as exc:
            raise APIConnectionError(
                f"{method} {path}: {type(exc).__name__}: {exc}", request_id=request_id
            ) from None
        request_id = response_headers.get("X-Request-ID", request_id)
        if not 200 <= status < 300:
            raise error_for_status(
                status,
                body,
                response_headers,
                request_id=request_id,
                retryable_status_codes=self._retryable,
            )
        return RawResponse(status, response_headers, body, request_id)
