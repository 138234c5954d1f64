"""SDK providers the client builds itself when `tracing.exporter` / `metrics.exporter` ask for one.

One provider per distinct settings in a process, shared by every client that names them, shut
down (flushing what is left) at interpreter exit. Needs the `[otel]` extra.
"""

from __future__ import annotations

import atexit
import sys
import threading
import time
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


_GAVE_UP_FOR = 60.0
"""After a flush that outlasted its timeout (no collector), the exit's shutdown does not wait
for the same collector again within this many seconds: the timeout is paid once, not twice."""


class _Bounded:
    """An SDK provider whose flush and shutdown wait at most `timeout` seconds (run in a
    thread: an exporter stuck on an unreachable collector is left behind, not waited for)."""

    def __init__(self, provider: Any, timeout: float) -> None:
        self.provider, self.timeout = provider, timeout
        self._gave_up = float("-inf")  # when a flush last outlasted the timeout

    def __getattr__(self, name: str) -> Any:
        return getattr(self.provider, name)

    def force_flush(self, timeout_millis: float | None = None) -> bool:
        return self._bounded(self.provider.force_flush, self.timeout)

    def shutdown(self) -> None:
        recently = time.monotonic() - self._gave_up < _GAVE_UP_FOR
        self._bounded(self.provider.shutdown, 0.0 if recently else self.timeout)

    def _bounded(self, work: Any, timeout: float) -> bool:
        done = threading.Event()

        def run() -> None:
            try:
                work()
            finally:
                done.set()

        threading.Thread(target=run, name="integrations-mistral-otel-flush", daemon=True).start()
        finished = done.wait(timeout)
        if not finished:
            self._gave_up = time.monotonic()
        return finished


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
    """An SDK tracer provider with a batch processor and the configured exporter (`console`
    writes to stderr: stdout is the program's), each export bounded by export_timeout_secs."""
    try:
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter
        from opentelemetry.sdk.trace.sampling import ParentBased, TraceIdRatioBased

        if settings.exporter == "otlp":
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    except ImportError as exc:
        raise _sdk_missing(f"tracing.exporter = {settings.exporter!r}", exc) from None

    timeout = settings.export_timeout_secs

    def build() -> Any:
        exporter = (
            OTLPSpanExporter(endpoint=_endpoint(settings, "traces"), timeout=timeout)
            if settings.exporter == "otlp"
            else ConsoleSpanExporter(out=sys.stderr)
        )
        provider = TracerProvider(
            resource=Resource.create({"service.name": settings.service_name}),
            sampler=ParentBased(TraceIdRatioBased(settings.sample_ratio)),
            shutdown_on_exit=False,  # ours, bounded, runs at exit instead
        )
        processor = BatchSpanProcessor(exporter, export_timeout_millis=timeout * 1000)
        provider.add_span_processor(processor)
        return _Bounded(provider, timeout)

    key = (
        "traces", settings.exporter, settings.otlp_endpoint, settings.service_name, timeout,
        settings.sample_ratio,
    )  # fmt: skip
    return _shared(key, build)


def own_meter_provider(settings: MetricsSettings) -> Any:
    """An SDK meter provider exporting every `export_interval_secs` to the configured exporter
    (`console` to stderr), each export bounded by export_timeout_secs."""
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

    timeout = settings.export_timeout_secs

    def build() -> Any:
        exporter = (
            OTLPMetricExporter(endpoint=_endpoint(settings, "metrics"), timeout=timeout)
            if settings.exporter == "otlp"
            else ConsoleMetricExporter(out=sys.stderr)
        )
        reader = PeriodicExportingMetricReader(
            exporter,
            export_interval_millis=settings.export_interval_secs * 1000,
            export_timeout_millis=timeout * 1000,
        )
        provider = MeterProvider(
            metric_readers=[reader],
            resource=Resource.create({"service.name": settings.service_name}),
            shutdown_on_exit=False,  # ours, bounded, runs at exit instead
        )
        return _Bounded(provider, timeout)

    key = (
        "metrics",
        settings.exporter,
        settings.otlp_endpoint,
        settings.service_name,
        settings.export_interval_secs,
        timeout,
    )
    return _shared(key, build)
