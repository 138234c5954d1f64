"""SDK providers the client builds itself when `tracing.exporter` / `metrics.exporter` ask for one.

One provider per distinct settings in a process, shared by every client that names them, shut
down (flushing what is left) at interpreter exit. Needs the `[otel]` extra.
"""

from __future__ import annotations

import atexit
import threading
from typing import Any

from yarl import URL

from ..config.models import MetricsSettings, TracingSettings
from ..errors import ConfigurationError

__all__ = ["own_meter_provider", "own_tracer_provider", "shutdown_own_providers"]

_lock = threading.Lock()
_providers: dict[tuple[object, ...], Any] = {}


def _sdk_missing(key: str, exc: ImportError) -> ConfigurationError:
    return ConfigurationError(
        f"{key} needs the OpenTelemetry SDK and OTLP exporter ({exc.name} is missing): "
        "pip install 'integrations-mistral[otel]'"
    )


def _endpoint(settings: TracingSettings | MetricsSettings, signal: str) -> str | None:
    """A bare collector URL gets the signal's path; unset leaves the OTEL_* variables in charge."""
    if settings.otlp_endpoint is None:
        return None
    url = URL(settings.otlp_endpoint)
    if url.path in ("", "/"):
        url = url.with_path(f"/v1/{signal}")
    return str(url)


def _shared(key: tuple[object, ...], build: Any) -> Any:
    with _lock:
        provider = _providers.get(key)
        if provider is None:
            provider = _providers[key] = build()
            atexit.register(provider.shutdown)
        return provider


def shutdown_own_providers() -> None:
    """Flush and stop every provider the client built (also done at interpreter exit)."""
    with _lock:
        providers = list(_providers.values())
        _providers.clear()
    for provider in providers:
        atexit.unregister(provider.shutdown)
        provider.shutdown()


def own_tracer_provider(settings: TracingSettings) -> Any:
    """An SDK tracer provider with a batch processor and the configured exporter."""
    try:
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter

        if settings.exporter == "otlp":
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    except ImportError as exc:
        raise _sdk_missing(f"tracing.exporter = {settings.exporter!r}", exc) from None

    def build() -> Any:
        exporter = (
            OTLPSpanExporter(endpoint=_endpoint(settings, "traces"))
            if settings.exporter == "otlp"
            else ConsoleSpanExporter()
        )
        provider = TracerProvider(resource=Resource.create({"service.name": settings.service_name}))
        provider.add_span_processor(BatchSpanProcessor(exporter))
        return provider

    key = ("traces", settings.exporter, settings.otlp_endpoint, settings.service_name)
    return _shared(key, build)


def own_meter_provider(settings: MetricsSettings) -> Any:
    """An SDK meter provider exporting every `export_interval_secs` to the configured exporter."""
    try:
        from opentelemetry.sdk.metrics import MeterProvider
        from opentelemetry.sdk.metrics.export import (
            ConsoleMetricExporter,
            PeriodicExportingMetricReader,
        )
        from opentelemetry.sdk.resources import Resource

        if settings.exporter == "otlp":
            from opentelemetry.exporter.otlp.proto.http.metric_exporter import OTLPMetricExporter
    except ImportError as exc:
        raise _sdk_missing(f"metrics.exporter = {settings.exporter!r}", exc) from None

    def build() -> Any:
        exporter = (
            OTLPMetricExporter(endpoint=_endpoint(settings, "metrics"))
            if settings.exporter == "otlp"
            else ConsoleMetricExporter()
        )
        reader = PeriodicExportingMetricReader(
            exporter, export_interval_millis=settings.export_interval_secs * 1000
        )
        return MeterProvider(
            metric_readers=[reader],
            resource=Resource.create({"service.name": settings.service_name}),
        )

    key = (
        "metrics",
        settings.exporter,
        settings.otlp_endpoint,
        settings.service_name,
        settings.export_interval_secs,
    )
    return _shared(key, build)
