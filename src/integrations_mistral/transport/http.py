"""HTTP transport: one request, one attempt; maps every failure to a typed `MistralError`."""

from __future__ import annotations

import asyncio
import io
import os
from collections.abc import Mapping
from typing import Any, NoReturn

import aiohttp
from multidict import CIMultiDictProxy
from yarl import URL

from .._secrets import mask_url, scrub_error
from .._version import __version__
from ..config.models import MistralSettings
from ..credentials import Credentials, StaticKey, credentials_for
from ..errors import (
    ConfigurationError,
    ResponseTooLargeError,
    error_for_status,
    raise_clean,
)
from ..request import Request
from ._apart import apart
from .failures import mark_unsent, translate_errors, translated
from .gate import queue
from .network import ProxyChooser
from .redirects import REDIRECTS, follow, send
from .replies import RawResponse, StreamLimits
from .session import SessionHolder
from .websocket import Socket, connect, socket_url

__all__ = ["USER_AGENT", "HttpTransport"]

USER_AGENT = f"integrations-mistral/{__version__}"


class HttpTransport:
    """Sends requests through the profile's session with the settings' headers and timeouts."""

    def __init__(
        self,
        sessions: SessionHolder,
        settings: MistralSettings,
        credentials: Credentials | None = None,
    ) -> None:
        client = settings.client
        if client.base_url.startswith("http://") and not client.allow_insecure_http:
            # settings are validated when loaded; this also holds for hand-built ones
            raise ConfigurationError(
                "client.base_url: http:// is refused; use https:// or set "
                "client.allow_insecure_http = true"
            )
        self._sessions = sessions
        self._base_url = client.base_url
        self._total = client.timeout_secs
        self._connect = client.connect_timeout_secs
        self._idle = client.stream_idle_timeout_secs
        self._stream_total = client.stream_timeout_secs
        self._max_body = client.max_response_bytes
        self.max_pages = client.max_pages  # how far a page walk may go (services._pagination)
        self.stream_limits = StreamLimits(
            client.max_sse_event_bytes,
            client.stream_idle_timeout_secs,
            client.stream_timeout_secs,
            client.realtime_idle_timeout_secs,
            client.realtime_timeout_secs,
        )
        self._timeout = aiohttp.ClientTimeout(total=self._total, sock_connect=self._connect)
        self._stream_timeout = aiohttp.ClientTimeout(
            total=self._stream_total, sock_connect=self._connect, sock_read=self._idle
        )
        self._retryable = frozenset(settings.retry.retryable_status_codes)
        self._priority, self._max_wait = settings.routing.priority, settings.routing.max_wait_secs
        agent = f"{USER_AGENT} {client.user_agent}" if client.user_agent else USER_AGENT
        headers = {"User-Agent": agent, "Accept": "application/json"}
        credentials = credentials or credentials_for(settings)  # a hand-built transport
        self.credentials = credentials
        self.renews_key = not credentials.static
        """The key is fetched for each attempt (a file, a command, a function, Google's)."""
        self._static_key = credentials.value if isinstance(credentials, StaticKey) else None
        if self._static_key is not None:
            headers["Authorization"] = f"Bearer {self._static_key}"
        self._proxies = ProxyChooser(client)
        self._direct = self._proxies.never  # no request goes through a proxy
        headers.update(self._proxies.plain_http_headers(URL(self._base_url)))
        self._options: dict[str, Any] = {}  # per request: proxy, and TLS on an external session
        if sessions.external:
            self._options["ssl"] = sessions.tls
        self._display_base = mask_url(self._base_url)
        self._urls: dict[str, URL] = {}
        self._headers = headers
        self._json_headers = {**headers, "Content-Type": "application/json"}

    def _order(self, call: Request) -> tuple[str, float]:
        """A waiting call's priority (its own, else the profile's) and its ageing limit."""
        return call.priority or self._priority, self._max_wait

    @property
    def base_url(self) -> str:
        return self._base_url

    def _url(self, path: str) -> URL:
        """The request URL of `path`, built once per distinct path (yarl parsing is not free)."""
        url = self._urls.get(path)
        if url is None:
            if len(self._urls) >= 512:  # paths with ids in them: keep the cache bounded
                self._urls.clear()
            url = self._urls[path] = URL(self._base_url + path, encoded=True)
        return url

    def display_url(self, path: str) -> str:
        """The URL of `path` as spans show it: no credentials, no query string."""
        return self._display_base + path

    def _headers_for(
        self,
        json_body: bytes | None,
        request_id: str,
        accept: str | None,
        extra: Mapping[str, str] | None,
        key: str | None = None,
        key_header: str | None = None,
    ) -> dict[str, str]:
        headers = dict(self._json_headers if json_body is not None else self._headers)
        headers["X-Request-ID"] = request_id
        if key_header is not None:  # the operation's security: the key in a header of its own
            key = key if key is not None else self._static_key
            headers.pop("Authorization", None)
            if key is not None:
                headers[key_header] = key
        elif key is not None:
            headers["Authorization"] = f"Bearer {key}"
        if accept is not None:
            headers["Accept"] = accept
        if extra:
            headers.update(extra)
        return headers

    def _request_options(self, url: URL) -> dict[str, Any]:
        """The per-request options beyond the session's: the proxy for `url`, the TLS context."""
        if self._direct:
            return self._options
        return {**self._options, **self._proxies.options(url)}

    def _raise_for_status(
        self, status: int, body: bytes, headers: CIMultiDictProxy[str], request_id: str
    ) -> None:
        if not 200 <= status < 300:
            error = error_for_status(
                status, body, headers, request_id=request_id, retryable_status_codes=self._retryable
            )
            raise scrub_error(error, self.credentials.secrets)

    async def request(
        self,
        call: Request,
        json_body: bytes | None,
        budget: float | None = None,
        headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        key: str | None = None,
    ) -> RawResponse:
        """Send one attempt of `call` and read the whole body; non-2xx statuses raise their
        typed error.

        `json_body` is the call's payload (serialised once per call); `budget` (seconds left of
        the retry budget) caps this attempt's total timeout; `headers` are the attempt's own
        (the call's extra headers, trace context); `request_id` is the logical call's (kept on
        every attempt); `key` the one to send when it is fetched per attempt.
        """
        method, path, params, accept = call.method, call.path, call.params, call.accept
        timeout, key_header = call.timeout, call.row.key_header
        data: aiohttp.FormData | bytes | io.BytesIO | None = (
            call.form() if call.form is not None else None
        )
        request_id = request_id or os.urandom(16).hex()  # 128 random bits, as uuid4 without 2 us
        limits = self._timeout
        total = timeout or self._total
        if budget is not None and budget < total:
            total = max(budget, 0.001)
        session, gate = self._sessions.pooled()
        if gate is not None and not gate.try_enter():
            total = await queue(gate, total, f"{method} {path}", request_id, *self._order(call))
        if total != self._total:
            limits = aiohttp.ClientTimeout(total=total, sock_connect=self._connect)
        url = self._urls.get(path)
        if url is None:
            url = self._url(path)
        if data is None:
            data = _payload(json_body) if json_body and len(json_body) > _LARGE_BODY else json_body
        try:
            try:
                response = await session.request(
                    method,
                    url,
                    headers=self._headers_for(
                        json_body, request_id, accept, headers, key, key_header
                    ),
                    data=data,
                    params=params,
                    timeout=limits,
                    allow_redirects=False,
                    **(self._options if self._direct else self._request_options(url)),
                )  # headers and options are rebuilt for a redirect, not held by every call
                if response.status in REDIRECTS:
                    sent = self._headers_for(
                        json_body, request_id, accept, headers, key, key_header
                    )
                    options = {
                        "data": _payload(json_body) if call.form is None else call.form(),
                        "timeout": limits,
                        **self._request_options(url),
                    }
                    response = await follow(session, response, method, sent, options)
                try:
                    length = response.content_length
                    if (
                        length is not None
                        and length <= self._max_body
                        and "Content-Encoding" not in response.headers
                    ):
                        body = await response.read()
                    else:
                        body = await self._read_body(response, f"{method} {path}")
                finally:
                    response.release()
            except (asyncio.TimeoutError, aiohttp.ClientError) as exc:
                setting = "timeout=" if timeout else "client.timeout_secs"
                raise_clean(translated(exc, f"{method} {path}", request_id, limits.total, setting))
            except asyncio.CancelledError as cancel:
                mark_unsent(cancel)
                raise
            request_id = response.headers.get("X-Request-ID", request_id)
            status = response.status
            if not 200 <= status < 300:
                self._raise_for_status(status, body, response.headers, request_id)
            return RawResponse(status, response.headers, body, request_id)
        finally:
            if gate is not None:
                gate.leave()

    async def _read_body(self, response: aiohttp.ClientResponse, what: str) -> bytes:
        """The whole (decoded) body, refused once it passes `client.max_response_bytes`."""
        limit = self._max_body
        length = response.content_length
        if length is not None and "Content-Encoding" not in response.headers:
            if length > limit:
                self._too_large(response, what, f"Content-Length is {length}")
            return await response.read()
        pieces: list[bytes] = []
        size = 0
        async for piece in response.content.iter_any():
            size += len(piece)
            if size > limit:
                self._too_large(response, what, f"more than {limit} bytes after decoding")
            pieces.append(piece)
        return b"".join(pieces)

    def _too_large(self, response: aiohttp.ClientResponse, what: str, detail: str) -> NoReturn:
        response.close()
        raise ResponseTooLargeError(
            f"{what}: response body exceeds client.max_response_bytes ({self._max_body}): {detail}",
            status_code=response.status,
            request_id=response.headers.get("X-Request-ID"),
        )

    async def open_stream(
        self,
        call: Request,
        json_body: bytes | None,
        budget: float | None = None,
        headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        key: str | None = None,
    ) -> aiohttp.ClientResponse:
        """Send an attempt of `call` and return the response once its status is known to be 2xx.

        Nothing of the body has been read: the caller reads it and must `release()` it. Until
        this returns, failures are ordinary (retryable) errors; after it, retrying is the caller's.
        """
        method, path, params = call.method, call.path, call.params
        accept, idle_timeout = call.accept or "text/event-stream", call.idle_timeout
        timeout, key_header = call.timeout, call.row.key_header
        data: aiohttp.FormData | bytes | io.BytesIO | None = (
            call.form() if call.form is not None else None
        )
        request_id = request_id or os.urandom(16).hex()
        total = timeout or self._total
        first_byte = min(total, budget) if budget is not None else total
        idle = idle_timeout or self._idle
        limits = self._stream_timeout
        if idle_timeout:  # else the one made at start-up
            limits = aiohttp.ClientTimeout(
                total=self._stream_total, sock_connect=self._connect, sock_read=idle
            )
        limit, setting = min(
            (first_byte, "timeout=" if timeout else "client.timeout_secs"),
            (idle, "client.stream_idle_timeout_secs"),
            (self._stream_total or first_byte, "client.stream_timeout_secs"),
        )
        session, gate = self._sessions.pooled()
        if gate is not None and not gate.try_enter():
            first_byte = await queue(
                gate, first_byte, f"{method} {path}", request_id, *self._order(call)
            )
        url = self._urls.get(path)
        if url is None:
            url = self._url(path)
        if data is None:
            data = _payload(json_body) if json_body and len(json_body) > _LARGE_BODY else json_body
        try:
            with translate_errors(
                f"{method} {path}", request_id, limit, setting, waiting_for="response headers"
            ):
                response = await apart(
                    send(
                        session,
                        method,
                        url,
                        self._headers_for(json_body, request_id, accept, headers, key, key_header),
                        data=data,
                        params=params,
                        timeout=limits,
                        **self._request_options(url),
                    ),
                    first_byte,
                    _close,
                )
                if not 200 <= response.status < 300:
                    try:
                        body = await self._read_body(response, f"{method} {path}")
                    finally:
                        response.release()
                    request_id = response.headers.get("X-Request-ID", request_id)
                    self._raise_for_status(response.status, body, response.headers, request_id)
        except BaseException:
            if gate is not None:
                gate.leave()
            raise
        if gate is not None:  # the stream keeps its place until its connection is released
            connection = response.connection
            if connection is None:
                gate.leave()
            else:
                connection.add_callback(gate.leave)
        return response

    async def open_socket(
        self,
        call: Request,
        budget: float | None = None,
        headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        key: str | None = None,
    ) -> tuple[Socket, dict[str, Any]]:
        """One attempt to open a realtime session of `call`: the WebSocket handshake on the
        profile's session (its proxy, trust and key) and the server's `session.created`."""
        request_id = request_id or os.urandom(16).hex()
        total = call.timeout or self._total
        if budget is not None and budget < total:
            total = max(budget, 0.001)
        url = socket_url(self._base_url, call.path)
        if call.params:
            url = url.update_query(call.params)
        session, _ = self._sessions.pooled()
        return await connect(
            session,
            url,
            headers=self._headers_for(None, request_id, None, headers, key, call.row.key_header),
            options=self._request_options(self._url(call.path)),  # the proxy of its https URL
            timeout=total,
            max_message=self.stream_limits.max_event_bytes,
            retryable=self._retryable,
            request_id=request_id,
            what=f"{call.path} (WebSocket)",
        )


_LARGE_BODY = 1024 * 1024  # aiohttp warns (ResourceWarning) about bytes bodies past this


def _payload(body: bytes | None) -> bytes | io.BytesIO | None:
    """A JSON body as aiohttp sends it without complaint: bytes, or past 1 MiB a fresh
    `BytesIO` over them (no copy), written out in chunks, once per attempt."""
    if body is not None and len(body) > _LARGE_BODY:
        return io.BytesIO(body)
    return body


def _close(response: aiohttp.ClientResponse) -> None:
    """A response whose caller was cancelled as it arrived: its connection is not reused."""
    response.close()
