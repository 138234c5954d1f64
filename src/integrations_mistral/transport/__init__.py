"""HTTP transport over one pooled aiohttp session per profile."""

from .http import USER_AGENT, HttpTransport, RawResponse, StreamLimits
from .session import SessionHolder, tls_context

__all__ = [
    "USER_AGENT",
    "HttpTransport",
    "RawResponse",
    "SessionHolder",
    "StreamLimits",
    "tls_context",
]
