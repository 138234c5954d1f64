"""OpenTelemetry: spans and metrics of every call, here to in-memory SDK readers.

Needs the [otel] extra (python -m pip install '.[otel]'). In production set only environment variables: MISTRAL_TRACING__ENABLED=true,
MISTRAL_TRACING__EXPORTER=otlp, MISTRAL_TRACING__OTLP_ENDPOINT=http://collector:4318 (same for metrics).
One span per call and the gen_ai.* metrics by default; MISTRAL_TRACING__SPANS=http and
MISTRAL_METRICS__CONVENTIONS=mistral,gen_ai give the design's whole set.
"""

import asyncio

from _offline import example_client, need_extra

need_extra("otel", "opentelemetry.sdk")

from opentelemetry.sdk.metrics import MeterProvider  # noqa: E402
from opentelemetry.sdk.metrics.export import InMemoryMetricReader  # noqa: E402
from opentelemetry.sdk.trace import TracerProvider  # noqa: E402
from opentelemetry.sdk.trace.export import SimpleSpanProcessor  # noqa: E402
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter  # noqa: E402


async def main() -> None:
    spans, reader = InMemorySpanExporter(), InMemoryMetricReader()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(spans))
    async with example_client(
        tracing={"enabled": True},
        metrics={"enabled": True},
        tracer_provider=tracer_provider,
        meter_provider=MeterProvider(metric_readers=[reader]),
    ) as client:
        await client.chat.create(
            model="mistral-small-latest", messages=[{"role": "user", "content": "hi"}]
        )
    print("spans:", [s.name for s in spans.get_finished_spans()])
    metrics = reader.get_metrics_data().resource_metrics[0].scope_metrics[0].metrics
    print("metrics:", sorted(m.name for m in metrics)[:4], "...")


asyncio.run(main())
