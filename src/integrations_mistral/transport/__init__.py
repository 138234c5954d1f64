"""HTTP transport over one pooled aiohttp session per profile."""

from .http import USER_AGENT, HttpTransport, RawResponse, ResponseInfo, StreamLimits
from .session import SessionHolder, tls_context

__all__ = [
    "USER_AGENT",
    "HttpTransport",
    "RawResponse",
    "ResponseInfo",
    "SessionHolder",
    "StreamLimits",
    "tls_context",
]
