"""OpenTelemetry SDK fixtures: in-memory spans and metrics, and a client wired to them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from integrations_mistral import MistralClient
from integrations_mistral.testing import FakeMistralServer
from tests.conftest import local_overrides

FAST_RETRY = {"initial_delay_ms": 1, "max_delay_ms": 2, "jitter": "none"}


@dataclass
class Telemetry:
    """What the client emitted: finished spans and collected metric points."""

    exporter: InMemorySpanExporter
    reader: InMemoryMetricReader
    tracer_provider: TracerProvider
    meter_provider: MeterProvider

    def spans(self, name: str | None = None) -> list[ReadableSpan]:
        spans = list(self.exporter.get_finished_spans())
        return [s for s in spans if name is None or s.name == name]

    def span(self, name: str) -> ReadableSpan:
        found = self.spans(name)
        assert len(found) == 1, f"{len(found)} spans named {name}: {[s.name for s in self.spans()]}"
        return found[0]

    def metrics(self) -> dict[str, Any]:
        """Metric name -> the metric (with its data points), from one collection."""
        data = self.reader.get_metrics_data()
        out: dict[str, Any] = {}
        for resource in data.resource_metrics if data else ():
            for scope in resource.scope_metrics:
                for metric in scope.metrics:
                    out[metric.name] = metric
        return out

    def points(self, name: str) -> list[Any]:
        metric = self.metrics().get(name)
        return list(metric.data.data_points) if metric is not None else []


@pytest.fixture
def otel() -> Iterator[Telemetry]:
    exporter = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    reader = InMemoryMetricReader()
    meter_provider = MeterProvider(metric_readers=[reader])
    yield Telemetry(exporter, reader, tracer_provider, meter_provider)
    tracer_provider.shutdown()
    meter_provider.shutdown()


@pytest.fixture
def observed_client(server: FakeMistralServer, otel: Telemetry) -> Callable[..., MistralClient]:
    """A client of the fake server with tracing and metrics on, to the in-memory providers."""

    def build(**extra: Any) -> MistralClient:
        overrides: dict[str, Any] = {  # the design's whole signal set (the defaults are leaner)
            "tracing": {"enabled": True, "spans": "http"},
            "metrics": {"enabled": True, "conventions": ["mistral", "gen_ai"]},
            "retry": FAST_RETRY,
            **extra,
        }
        return MistralClient.from_env(
            tracer_provider=otel.tracer_provider,
            meter_provider=otel.meter_provider,
            **local_overrides(server, **overrides),
        )

    return build
