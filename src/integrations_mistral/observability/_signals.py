"""What one call's observation reads from its client's telemetry, as a protocol: `Operation`
and its stream events depend on this, not on `Telemetry`, which makes them (no import circle)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    from opentelemetry.trace import Tracer

    from .metrics import Instruments
    from .redaction import Redactor

__all__ = ["Signals"]


class Signals(Protocol):
    """A client's signals: its profile, what it reports, and where (None: that signal is off)."""

    profile: str
    redactor: Redactor
    provider_name: str
    server_attributes: dict[str, Any]
    spans: Literal["call", "attempt", "http"]
    mistral_metrics: bool
    genai_metrics: bool
    tracer: Tracer | None
    instruments: Instruments | None
