"""What tracing and metrics cost: chat throughput and stream chunks/s with telemetry off and on.

A mock server runs in its own process (pinned to core 0 where the machine allows; the clients run
on core 1). In the same run, in alternating rounds, it measures:
- raw aiohttp (the floor: `json.loads` of each reply, a linear SSE parser);
- integrations-mistral with tracing and metrics off;
- integrations-mistral with both on: the OpenTelemetry SDK's TracerProvider with a
  BatchSpanProcessor and a MeterProvider with a periodic reader (exporters that drop the data, so
  the figure is the instrumentation's cost, not the network's).
Retry, circuit breaker and limiter (enabled, budgets never reached) are on in both of ours.
Medians over the rounds, with min and max.

    python benchmarks/observability.py [--quick] [--record]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import platform
import statistics
import sys
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parent))
from streaming import free_port, run_app, sse_stream

RESULTS = Path(__file__).with_name("RESULTS.md")
MESSAGES = [{"role": "user", "content": "Say hello."}]
REPLY = {
    "id": "cmpl-0123456789abcdef",
    "object": "chat.completion",
    "created": 1732000000,
    "model": "mistral-small-latest",
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "Hello! How can I help?"},
            "finish_reason": "stop",
        }
    ],
    "usage": {"prompt_tokens": 9, "completion_tokens": 7, "total_tokens": 16},
}
Run = Callable[[], Awaitable[int]]


def pin(core: int) -> None:
    if hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) > 1:
        os.sched_setaffinity(0, {core})


def serve(port: int, chunks: int, ready: Any) -> None:
    """Chat replies as JSON, or as a short SSE stream when the body asks for `stream`."""
    pin(0)
    reply = json.dumps(REPLY).encode()
    stream = sse_stream(chunks)

    async def handler(request: web.Request) -> web.StreamResponse:
        body = await request.read()
        if b'"stream":true' not in body.replace(b" ", b""):
            return web.Response(body=reply, content_type="application/json")
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        await response.write(stream)
        await response.write_eof()
        return response

    run_app(handler, port, ready)


def sdk_providers() -> tuple[Any, Any]:
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import (
        MetricExporter,
        MetricExportResult,
        PeriodicExportingMetricReader,
    )
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanExporter, SpanExportResult

    class DropSpans(SpanExporter):
        def export(self, spans: Sequence[Any]) -> SpanExportResult:
            return SpanExportResult.SUCCESS

    class DropMetrics(MetricExporter):
        def export(self, metrics_data: Any, timeout_millis: float = 0, **kwargs: Any) -> Any:
            return MetricExportResult.SUCCESS

        def force_flush(self, timeout_millis: float = 0) -> bool:
            return True

        def shutdown(self, timeout_millis: float = 0, **kwargs: Any) -> None:
            return None

    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(BatchSpanProcessor(DropSpans()))
    reader = PeriodicExportingMetricReader(DropMetrics(), export_interval_millis=5_000)
    return tracer_provider, MeterProvider(metric_readers=[reader])


def ours(url: str, telemetry: bool) -> Any:
    from integrations_mistral import MistralClient

    tracer_provider, meter_provider = sdk_providers() if telemetry else (None, None)
    return MistralClient.from_env(
        api_key="bench",
        base_url=url,
        client={"allow_insecure_http": True, "pool_size": 500, "pool_size_per_host": 500},
        rate_limit={"enabled": True, "requests_per_minute": 10**8, "tokens_per_minute": 10**9},
        tracing={"enabled": telemetry},
        metrics={"enabled": telemetry},
        tracer_provider=tracer_provider,
        meter_provider=meter_provider,
    )


def our_runs(client: Any) -> tuple[Run, Run]:
    async def chat() -> int:
        await client.chat.create(model="mistral-small-latest", messages=MESSAGES)
        return 1

    async def stream() -> int:
        count = 0
        async with await client.chat.create_stream(
            model="mistral-small-latest", messages=MESSAGES
        ) as chunks:
            async for _ in chunks:
                count += 1
        return count

    return chat, stream


def raw_runs(session: aiohttp.ClientSession, url: str) -> tuple[Run, Run]:
    endpoint = f"{url}/v1/chat/completions"

    async def chat() -> int:
        async with session.post(endpoint, json={"model": "m", "messages": MESSAGES}) as response:
            json.loads(await response.read())
        return 1

    async def stream() -> int:
        count, buffer, start = 0, b"", 0
        body = {"model": "m", "messages": MESSAGES, "stream": True}
        async with session.post(endpoint, json=body) as response:
            async for data in response.content.iter_any():
                buffer = buffer[start:] + data
                start = 0
                while (end := buffer.find(b"\n\n", start)) != -1:
                    payload = buffer[start + 6 : end]
                    start = end + 2
                    if payload != b"[DONE]":
                        json.loads(payload)
                        count += 1
        return count

    return chat, stream


async def rate(run: Run, calls: int, concurrency: int) -> float:
    """Units (calls or chunks) per second for `calls` calls, `concurrency` at a time."""
    queue = iter(range(calls))
    done = 0

    async def worker() -> None:
        nonlocal done
        for _ in queue:
            units = await run()  # awaited first: `done += await run()` would add to a stale value
            done += units

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return done / (time.perf_counter() - start)


async def measure(args: argparse.Namespace, url: str) -> dict[str, dict[str, list[float]]]:
    session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=500, limit_per_host=500))
    off, on = ours(url, False), ours(url, True)
    clients = {"raw aiohttp": raw_runs(session, url), "ours, telemetry off": our_runs(off)}
    clients["ours, tracing + metrics on"] = our_runs(on)
    results: dict[str, dict[str, list[float]]] = {
        name: {"chat": [], "stream": []} for name in clients
    }
    for chat, stream in clients.values():  # warm up every pool and code path
        await rate(chat, 200, 50)
        await rate(stream, 20, 10)
    for round_ in range(args.rounds):
        order = list(clients.items())
        if round_ % 2:
            order.reverse()  # alternate, so no client always runs on a warmer machine
        for name, (chat, stream) in order:
            results[name]["chat"].append(await rate(chat, args.calls, args.concurrency))
            results[name]["stream"].append(await rate(stream, args.streams, args.streams))
    await off.close()
    await on.close()
    await session.close()
    return results


def table(args: argparse.Namespace, results: dict[str, dict[str, list[float]]]) -> str:
    def cell(values: list[float]) -> str:
        return f"{statistics.median(values):,.0f} ({min(values):,.0f}-{max(values):,.0f})"

    off = results["ours, telemetry off"]
    lines = [
        f"Run: Python {platform.python_version()}, {platform.machine()}, aiohttp "
        f"{aiohttp.__version__}, {args.rounds} alternating rounds, medians (min-max); chat: "
        f"{args.calls} calls, {args.concurrency} concurrent; streams: {args.streams} concurrent "
        f"streams of {args.chunks} chunks.",
        "",
        "| client | chat calls/s | vs telemetry off | stream chunks/s | vs telemetry off |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name, figures in results.items():
        ratios = [
            statistics.median(figures[kind]) / statistics.median(off[kind])
            for kind in ("chat", "stream")
        ]
        lines.append(
            f"| {name} | {cell(figures['chat'])} | {ratios[0]:.2f} | "
            f"{cell(figures['stream'])} | {ratios[1]:.2f} |"
        )
    return "\n".join(lines) + "\n"


def record(text: str) -> None:
    start, end = "<!-- observability:start -->", "<!-- observability:end -->"
    current = RESULTS.read_text()
    block = f"{start}\n{text}{end}"
    if start in current:
        before, rest = current.split(start, 1)
        current = before + block + rest.split(end, 1)[1]
    else:
        current = current.rstrip("\n") + f"\n\n## Telemetry overhead\n\n{block}\n"
    RESULTS.write_text(current)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--calls", type=int, default=5000)
    parser.add_argument("--concurrency", type=int, default=100)
    parser.add_argument("--streams", type=int, default=200)
    parser.add_argument("--chunks", type=int, default=50)
    parser.add_argument("--quick", action="store_true", help="tiny sizes (checks it runs)")
    parser.add_argument("--record", action="store_true", help="write the table to RESULTS.md")
    args = parser.parse_args(argv)
    if args.quick:
        args.rounds, args.calls, args.concurrency, args.streams, args.chunks = 1, 50, 10, 10, 5
    port = free_port()
    ready = multiprocessing.Event()
    server = multiprocessing.Process(target=serve, args=(port, args.chunks, ready), daemon=True)
    server.start()
    try:
        if not ready.wait(20):
            raise SystemExit("the mock server did not start")
        pin(1)
        results = asyncio.run(measure(args, f"http://127.0.0.1:{port}"))
    finally:
        server.terminate()
        server.join(5)
    text = table(args, results)
    print(text)
    if args.record:
        record(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
