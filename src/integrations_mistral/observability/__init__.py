"""Observability: OpenTelemetry spans and metrics, JSON logs and redaction, all from settings."""

from .exporters import shutdown_own_providers
from .logs import JsonFormatter, configure_logging, log_failure, log_resilience_event
from .metrics import Instruments, instruments_for
from .operation import Operation
from .redaction import MASK, Redactor, is_secret_name, looks_like_secret, mask_url, scrub
from .telemetry import Telemetry

__all__ = [
    "MASK",
    "Instruments",
    "JsonFormatter",
    "Operation",
    "Redactor",
    "Telemetry",
    "configure_logging",
    "instruments_for",
    "is_secret_name",
    "log_failure",
    "log_resilience_event",
    "looks_like_secret",
    "mask_url",
    "scrub",
    "shutdown_own_providers",
]
