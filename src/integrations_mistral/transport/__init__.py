"""HTTP transport over one pooled aiohttp session per profile."""

from .http import USER_AGENT, HttpTransport
from .replies import RawResponse, ResponseInfo, ServedBy, StreamLimits
from .session import SessionHolder, tls_context

__all__ = [
    "USER_AGENT",
    "HttpTransport",
    "RawResponse",
    "ResponseInfo",
    "ServedBy",
    "SessionHolder",
    "StreamLimits",
    "tls_context",
]
