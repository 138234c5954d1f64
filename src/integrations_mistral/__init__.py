"""integrations-mistral: a configuration-driven async client for the Mistral AI API."""

from typing import TYPE_CHECKING, Any

from . import types as _types
from ._version import __version__
from .builder import ClientBuilder
from .client import MistralClient
from .client_options import ClientOptions, SyncClientOptions
from .config import (
    CircuitBreakerSettings,
    ClientSettings,
    LoggingSettings,
    MetricsSettings,
    MistralSettings,
    RateLimitSettings,
    RetrySettings,
    SettingsOverrides,
    TracingSettings,
    load_settings,
)
from .errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    BudgetExceededError,
    BudgetUnavailableError,
    CircuitOpenError,
    ClientClosedError,
    ClientRateLimitError,
    ConfigurationError,
    ConfirmationRequiredError,
    ConflictError,
    CredentialsError,
    DeploymentsUnavailableError,
    GatewayTimeoutError,
    InternalServerError,
    McpServerError,
    MistralError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    PoolTimeoutError,
    RateLimitError,
    RateLimiterUnavailableError,
    RealtimeError,
    RequestTimeoutError,
    RequestValidationError,
    ResponseTooLargeError,
    ResponseValidationError,
    ServiceUnavailableError,
    StreamInterruptedError,
    UnprocessableEntityError,
    UnsafeRedirectError,
    UnsupportedOperationError,
)
from .quota import ServerQuota
from .services import (
    APIResponse,
    CallOptions,
    CompletionStream,
    FunctionTool,
    MaxTurnsError,
    ParsedChatCompletion,
    ToolError,
    ToolRun,
    function_tool,
)
from .sync import SyncCompletionStream, SyncMistralClient
from .transport import ServedBy
from .types import __all__ as _types_all

if TYPE_CHECKING:
    from .types import *  # noqa: F403
    from .types._generated import *  # noqa: F403  (mypy reads no `__all__ +=` in a star import)

_TYPE_NAMES = frozenset(_types_all)


def __getattr__(name: str) -> Any:
    """The typed models, from `integrations_mistral.types` (whose other areas load on first use)."""
    if name not in _TYPE_NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = globals()[name] = getattr(_types, name)
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | _TYPE_NAMES)


__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "AuthenticationError",
    "BadRequestError",
    "CircuitBreakerSettings",
    "CircuitOpenError",
    "ClientClosedError",
    "BudgetExceededError",
    "BudgetUnavailableError",
    "ClientRateLimitError",
    "ClientBuilder",
    "ClientSettings",
    "CompletionStream",
    "ConfigurationError",
    "ConflictError",
    "CredentialsError",
    "GatewayTimeoutError",
    "InternalServerError",
    "LoggingSettings",
    "MetricsSettings",
    "MistralClient",
    "MistralError",
    "MistralSettings",
    "NotFoundError",
    "PaginationError",
    "FunctionTool",
    "MaxTurnsError",
    "ParsedChatCompletion",
    "ToolError",
    "ToolRun",
    "function_tool",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitSettings",
    "RateLimiterUnavailableError",
    "RealtimeError",
    "DeploymentsUnavailableError",
    "McpServerError",
    "ConfirmationRequiredError",
    "PoolTimeoutError",
    "RequestTimeoutError",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServedBy",
    "ServerQuota",
    "RetrySettings",
    "ServiceUnavailableError",
    "StreamInterruptedError",
    "SyncClientOptions",
    "SyncCompletionStream",
    "SyncMistralClient",
    "TracingSettings",
    "APIResponse",
    "CallOptions",
    "ClientOptions",
    "SettingsOverrides",
    "UnprocessableEntityError",
    "UnsafeRedirectError",
    "UnsupportedOperationError",
    "__version__",
    "load_settings",
    *_types_all,
]
