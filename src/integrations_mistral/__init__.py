"""integrations-mistral: a configuration-driven async client for the Mistral AI API."""

from ._version import __version__
from .client import ClientBuilder, MistralClient
from .config import (
    CircuitBreakerSettings,
    ClientSettings,
    LoggingSettings,
    MetricsSettings,
    MistralSettings,
    RateLimitSettings,
    RetrySettings,
    TracingSettings,
    load_settings,
)
from .errors import (
    APIConnectionError,
    AuthenticationError,
    BadRequestError,
    CircuitOpenError,
    ClientRateLimitError,
    ConfigurationError,
    ConflictError,
    GatewayTimeoutError,
    InternalServerError,
    MistralError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RateLimiterUnavailableError,
    RequestTimeoutError,
    ResponseValidationError,
    ServiceUnavailableError,
    UnprocessableEntityError,
)
from .services import ParsedChatCompletion, RequestValidationError
from .types import *  # noqa: F403
from .types import __all__ as _types_all

__all__ = [
    "APIConnectionError",
    "AuthenticationError",
    "BadRequestError",
    "CircuitBreakerSettings",
    "CircuitOpenError",
    "ClientRateLimitError",
    "ClientBuilder",
    "ClientSettings",
    "ConfigurationError",
    "ConflictError",
    "GatewayTimeoutError",
    "InternalServerError",
    "LoggingSettings",
    "MetricsSettings",
    "MistralClient",
    "MistralError",
    "MistralSettings",
    "NotFoundError",
    "ParsedChatCompletion",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitSettings",
    "RateLimiterUnavailableError",
    "RequestTimeoutError",
    "RequestValidationError",
    "ResponseValidationError",
    "RetrySettings",
    "ServiceUnavailableError",
    "TracingSettings",
    "UnprocessableEntityError",
    "__version__",
    "load_settings",
    *_types_all,
]
