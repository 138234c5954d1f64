"""Observability: OpenTelemetry spans and metrics, JSON logs and redaction, all from settings.

The OpenTelemetry API is imported when a signal is first used (a client with tracing or metrics
on, a call observed, a log record written), not with the package.
"""

from typing import TYPE_CHECKING, Any

from .exporters import shutdown_own_providers
from .logs import configure_logging, log_failure, log_resilience_event
from .redaction import MASK, Redactor, is_secret_name, looks_like_secret, mask_url, scrub
from .telemetry import Telemetry

if TYPE_CHECKING:
    from .json_format import JsonFormatter


def __getattr__(name: str) -> Any:
    """`JsonFormatter` (python-json-logger's) is imported on first use, not with the package."""
    if name == "JsonFormatter":
        from .json_format import JsonFormatter

        return JsonFormatter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "MASK",
    "JsonFormatter",
    "Redactor",
    "Telemetry",
    "configure_logging",
    "is_secret_name",
    "log_failure",
    "log_resilience_event",
    "looks_like_secret",
    "mask_url",
    "scrub",
    "shutdown_own_providers",
]
