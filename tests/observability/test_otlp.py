"""End to end over OTLP/HTTP: environment variables alone turn on export to a collector.

The collector is a small aiohttp receiver on 127.0.0.1 that decodes the protobuf payloads.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web

from integrations_mistral import ConfigurationError, MistralClient
from integrations_mistral.observability import shutdown_own_providers
from integrations_mistral.testing import FakeMistralServer

pytest.importorskip("opentelemetry.exporter.otlp.proto.http", reason="needs the [otel] extra")
from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import (
    ExportMetricsServiceRequest,
)
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
)


@dataclass
class Collector:
    url: str = ""
    spans: list[tuple[str, dict[str, Any], str]] = field(default_factory=list)
    metrics: set[str] = field(default_factory=set)
    paths: list[str] = field(default_factory=list)


def _attributes(items: Any) -> dict[str, Any]:
    return {kv.key: getattr(kv.value, kv.value.WhichOneof("value")) for kv in items}


@pytest.fixture
async def collector() -> AsyncIterator[Collector]:
    seen = Collector()

    async def traces(request: web.Request) -> web.Response:
        seen.paths.append(request.path)
        payload = ExportTraceServiceRequest.FromString(await request.read())
        for resource_spans in payload.resource_spans:
            service = _attributes(resource_spans.resource.attributes)["service.name"]
            for scope in resource_spans.scope_spans:
                seen.spans += [(s.name, _attributes(s.attributes), service) for s in scope.spans]
        return web.Response(content_type="application/x-protobuf")

    async def metrics(request: web.Request) -> web.Response:
        seen.paths.append(request.path)
        payload = ExportMetricsServiceRequest.FromString(await request.read())
        for resource_metrics in payload.resource_metrics:
            for scope in resource_metrics.scope_metrics:
                seen.metrics.update(m.name for m in scope.metrics)
        return web.Response(content_type="application/x-protobuf")

    app = web.Application()
    app.router.add_post("/v1/traces", traces)
    app.router.add_post("/v1/metrics", metrics)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    seen.url = f"http://127.0.0.1:{runner.addresses[0][1]}"
    try:
        yield seen
    finally:
        await asyncio.to_thread(shutdown_own_providers)  # exports to this loop's collector
        await runner.cleanup()


async def test_environment_alone_exports_spans_and_metrics(
    server: FakeMistralServer, collector: Collector, monkeypatch: pytest.MonkeyPatch
) -> None:
    environment = {
        "MISTRAL_API_KEY": "test-key",
        "MISTRAL_BASE_URL": server.url,
        "MISTRAL_CLIENT__ALLOW_INSECURE_HTTP": "true",
        "MISTRAL_TRACING__ENABLED": "true",
        "MISTRAL_TRACING__SPANS": "http",
        "MISTRAL_TRACING__EXPORTER": "otlp",
        "MISTRAL_TRACING__OTLP_ENDPOINT": collector.url,
        "MISTRAL_TRACING__SERVICE_NAME": "checkout-api",
        "MISTRAL_METRICS__ENABLED": "true",
        "MISTRAL_METRICS__EXPORTER": "otlp",
        "MISTRAL_METRICS__OTLP_ENDPOINT": f"{collector.url}/v1/metrics",
        "MISTRAL_METRICS__EXPORT_INTERVAL_SECS": "3600",
        "MISTRAL_METRICS__CONVENTIONS": "mistral,gen_ai",
    }
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    async with MistralClient.from_env() as client:
        reply = await client.chat.create(
            model="mistral-small-latest", messages=[{"role": "user", "content": "hi"}]
        )
        assert collector.spans == []  # batched, exported on close (or by the batch timer)
    # close() flushed both providers (in a thread, so this loop could serve the collector)
    names = {name for name, _, _ in collector.spans}
    assert {"mistral.chat.create", "mistral.resilience.execute", "mistral.http.request"} <= names
    root = next(attrs for name, attrs, _ in collector.spans if name == "mistral.chat.create")
    assert root["gen_ai.response.id"] == reply.id
    assert {service for _, _, service in collector.spans} == {"checkout-api"}
    assert {"mistral_requests_total", "gen_ai.client.operation.duration"} <= collector.metrics
    assert set(collector.paths) == {"/v1/traces", "/v1/metrics"}


def test_exporter_without_sdk_is_a_clear_configuration_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "opentelemetry.exporter.otlp.proto.http.trace_exporter", None)
    with pytest.raises(ConfigurationError, match=r"tracing.exporter = 'otlp' needs .*\[otel\]"):
        MistralClient.from_env(
            api_key="k", tracing={"enabled": True, "exporter": "otlp", "otlp_endpoint": "http://x"}
        )


def test_endpoint_must_be_a_url() -> None:
    with pytest.raises(
        ConfigurationError, match=r"tracing.otlp_endpoint: must be an http\(s\) URL"
    ):
        MistralClient.from_env(api_key="k", tracing={"otlp_endpoint": "collector:4318"})


def test_an_unreachable_collector_costs_its_timeout_once_not_at_close_and_exit() -> None:
    """A flush that outlasted `export_timeout_secs` (no collector) is not waited for again by
    the shutdown at exit."""
    import threading
    import time

    from integrations_mistral.observability.exporters import _Bounded

    class Stuck:
        calls: list[str] = []

        def force_flush(self) -> bool:
            self.calls.append("flush")
            time.sleep(2)
            return False

        def shutdown(self) -> None:
            self.calls.append("shutdown")
            time.sleep(2)

    bounded = _Bounded(Stuck(), timeout=0.3)
    started = time.monotonic()
    assert bounded.force_flush() is False  # the client's close: waits its timeout
    flushed = time.monotonic() - started
    bounded.shutdown()  # at exit: the same collector, not waited for again
    shut = time.monotonic() - started - flushed
    assert 0.25 <= flushed < 1.5
    assert shut < 0.25, shut
    assert Stuck.calls == ["flush", "shutdown"]  # still asked, in a thread left behind
    assert any(t.name == "integrations-mistral-otel-flush" for t in threading.enumerate())
