"""The client's log records: `logging.*` settings applied to the `integrations_mistral` loggers.

A library must not fight the application's logging: the root logger is never touched, the level
is set only when `logging.level` is, and a handler is installed only when `logging.handler` asks.
Records carry the design's fields (`operation`, `model`, `duration_ms`, ...) as `extra`, plus the
current trace and span ids, so JSON handlers show them as fields.
"""

from __future__ import annotations

import functools
import logging
import sys
import threading
from collections import OrderedDict
from typing import Any, TypeVar

from ..config.models import LoggingSettings
from ..errors import MistralError
from ..resilience import (
    BreakerTransition,
    FallbackTaken,
    LimiterRejected,
    LimiterWaited,
    ResilienceEvent,
    RetryScheduled,
)

__all__ = [
    "ROOT",
    "configure_logging",
    "emit",
    "log_failure",
    "log_resilience_event",
    "logger_for",
    "note_job",
    "reset_logging",
    "warn_deprecated",
    "will_emit",
]

ROOT = "integrations_mistral"
J = TypeVar("J")
_TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s%(fields)s"
_STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None)))
_lock = threading.Lock()


def logger_for(area: str) -> logging.Logger:
    return logging.getLogger(f"{ROOT}.{area}")


@functools.cache
def _trace() -> Any:
    """OpenTelemetry's trace API, imported with the first record (not with the package)."""
    from opentelemetry import trace

    return trace


def emit(logger: logging.Logger, level: int, message: str, **fields: Any) -> None:
    """Log `message` with `fields` and the trace/span ids (the current span's unless given);
    callers check the level first. The record is handed to the handlers directly: no search
    for the calling frame (a record's fields say where it is from)."""
    if "trace_id" not in fields:
        context = _trace().get_current_span().get_span_context()
        if context.is_valid:
            fields["trace_id"] = format(context.trace_id, "032x")
            fields["span_id"] = format(context.span_id, "016x")
    logger.handle(logger.makeRecord(logger.name, level, "", 0, message, (), None, None, fields))


def will_emit(logger: logging.Logger, level: int) -> bool:
    """Whether a record of `level` would reach a handler that writes it: the level enabled and
    a handler on the way up that takes it (Python's last-resort handler takes WARNING and up)."""
    if not logger.isEnabledFor(level):
        return False
    current: logging.Logger | None = logger
    while current is not None:
        for handler in current.handlers:
            if level >= handler.level:
                return True
        if not current.propagate:
            return False
        current = current.parent
    return level >= logging.WARNING and logging.lastResort is not None


def json_formatter() -> logging.Formatter:
    """The JSON formatter (python-json-logger's, imported when JSON logs are first asked for)."""
    from .json_format import JsonFormatter

    return JsonFormatter()


def _fields_of(record: logging.LogRecord) -> dict[str, Any]:
    return {k: v for k, v in vars(record).items() if k not in _STANDARD and k != "fields"}


class _TextFormatter(logging.Formatter):
    """Plain lines: the message, then the record's fields as `key=value`."""

    def format(self, record: logging.LogRecord) -> str:
        fields = _fields_of(record)
        record.fields = "".join(f" {k}={v!r}" for k, v in fields.items()) if fields else ""
        return super().format(record)


class _OwnHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler the client installs (at most one on its logger)."""


def configure_logging(settings: LoggingSettings) -> None:
    """Apply `logging.level` and `logging.handler`/`format` to the `integrations_mistral` logger."""
    root = logging.getLogger(ROOT)
    with _lock:
        if settings.level is not None:
            root.setLevel(settings.level)
        own = [h for h in root.handlers if isinstance(h, _OwnHandler)]
        if settings.handler == "none":
            for handler in own:
                root.removeHandler(handler)
            if own:
                root.propagate = True
            return
        stream = sys.stderr if settings.handler == "stderr" else sys.stdout
        handler = own[0] if own else _OwnHandler(stream)
        for extra in own[1:]:
            root.removeHandler(extra)
        handler.setStream(stream)
        handler.setFormatter(
            json_formatter() if settings.format == "json" else _TextFormatter(_TEXT_FORMAT)
        )
        if not own:
            root.addHandler(handler)
        root.propagate = False


def reset_logging() -> None:
    """Undo `configure_logging` (level unset, the client's handler gone, propagation on) and
    forget which deprecations were reported and which job states were seen."""
    root = logging.getLogger(ROOT)
    with _lock:
        root.setLevel(logging.NOTSET)
        for handler in [h for h in root.handlers if isinstance(h, _OwnHandler)]:
            root.removeHandler(handler)
        root.propagate = True
        _warned.clear()
        _job_states.clear()


_resilience = logger_for("resilience")
_calls = logger_for("calls")
_QUIET = ("client_rate_limit", "circuit_open")


def _failure_level(error: BaseException) -> int:
    """Errors for failures after retries, auth and parse problems; warnings for the rest."""
    if not isinstance(error, MistralError) or error.error_type in _QUIET:
        return logging.WARNING
    if error.is_retryable or error.status_code in (401, 403) or error.status_code == 200:
        return logging.ERROR
    if error.error_type in ("invalid_response", "stream_interrupted", "connection", "timeout"):
        return logging.ERROR
    return logging.WARNING


def log_failure(operation: str, error: BaseException, **fields: Any) -> None:
    """The one record of a failed call (also on the unobserved path)."""
    level = _failure_level(error)
    if will_emit(_calls, level):
        emit(
            _calls,
            level,
            f"{operation} failed: {error}",
            operation=operation,
            error_type=getattr(error, "error_type", type(error).__name__),
            status_code=getattr(error, "status_code", None),
            attempts=getattr(error, "attempts", None),
            request_id=getattr(error, "request_id", None),
            **fields,
        )


_deprecation = logger_for("deprecation")
_jobs = logger_for("jobs")
_warned: set[str] = set()
_job_states: OrderedDict[str, str] = OrderedDict()
_JOBS_REMEMBERED = 1024


def warn_deprecated(operation: str, endpoint: str, instead: str) -> None:
    """One warning record per process for each deprecated endpoint a program uses."""
    if operation in _warned:
        return
    _warned.add(operation)
    emit(
        _deprecation,
        logging.WARNING,
        f"{operation} uses the deprecated endpoint {endpoint}; use {instead}",
        operation=operation,
        endpoint=endpoint,
    )


def note_job(operation: str, job: J) -> J:
    """An INFO record when a fine-tuning or batch job is seen in a new state; returns `job`."""
    job_id, status = getattr(job, "id", None), getattr(job, "status", None)
    if not isinstance(job_id, str) or not isinstance(status, str):
        return job
    with _lock:
        previous = _job_states.pop(job_id, None)
        _job_states[job_id] = status
        if len(_job_states) > _JOBS_REMEMBERED:
            _job_states.popitem(last=False)
    if previous != status and _jobs.isEnabledFor(logging.INFO):
        change = f"{previous} -> {status}" if previous else status
        emit(
            _jobs,
            logging.INFO,
            f"{operation.partition('.')[0]} job {job_id}: {change}",
            operation=operation,
            job_id=job_id,
            status=status,
            previous_status=previous,
        )
    return job


def log_resilience_event(profile: str, event: ResilienceEvent) -> None:
    """Resilience decisions as records: retries and waits warn, an opening circuit is an error."""
    log = _resilience
    if isinstance(event, RetryScheduled):
        if log.isEnabledFor(logging.WARNING):
            error = event.error
            emit(
                log,
                logging.WARNING,
                f"retry triggered: attempt {event.attempt} failed, next in {event.wait:.3f} s",
                profile=profile,
                operation=event.operation,
                attempt=event.attempt,
                wait_ms=round(event.wait * 1000, 1),
                error_type=getattr(error, "error_type", type(error).__name__),
                status_code=getattr(error, "status_code", None),
            )
    elif isinstance(event, BreakerTransition):
        level = {"open": logging.ERROR, "half_open": logging.WARNING}.get(event.new, logging.INFO)
        if log.isEnabledFor(level):
            emit(
                log,
                level,
                f"circuit breaker {event.old} -> {event.new}",
                profile=profile,
                from_state=event.old,
                to_state=event.new,
            )
    elif isinstance(event, LimiterWaited):
        if log.isEnabledFor(logging.WARNING):
            emit(
                log,
                logging.WARNING,
                f"rate limit approaching: waited {event.wait:.3f} s for room in the window",
                profile=profile,
                wait_ms=round(event.wait * 1000, 1),
            )
    elif isinstance(event, LimiterRejected) and log.isEnabledFor(logging.WARNING):
        emit(
            log,
            logging.WARNING,
            f"rate limit reached: call refused ({event.reason})",
            profile=profile,
            wait_ms=round(event.wait * 1000, 1),
            reason=event.reason,
        )
    elif isinstance(event, FallbackTaken) and log.isEnabledFor(logging.WARNING):
        emit(
            log,
            logging.WARNING,
            f"fallback: {event.operation} left {event.source} for {event.target} ({event.reason})",
            profile=profile,
            operation=event.operation,
            fallback_from=event.source,
            fallback_to=event.target,
            reason=event.reason,
        )
