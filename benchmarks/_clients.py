"""The clients the benchmarks compare, behind one shape: `chat()` returns the reply's text,
`stream()` the number of chunks read (each chunk's text is taken, as a user would).

Every client gets the same connection pool (`POOL` connections to the one host) and otherwise its
own defaults. The floor is raw aiohttp doing the least a correct client must: serialise the body,
check the status, `json.loads` the reply, and parse SSE linearly (no re-splitting of its buffer).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

POOL = 500
MODEL = "mistral-small-latest"
MESSAGES = [{"role": "user", "content": "Say hello."}]
HELD: list[Any] = []  # streams kept open by the memory measurement


def split_events(buffer: bytes) -> tuple[list[Any], bytes]:
    """The linear SSE parse: each whole one-line `data:` event of `buffer` decoded (`[DONE]`
    skipped), and what is left of an event not yet whole."""
    chunks, start = [], 0
    while (end := buffer.find(b"\n\n", start)) != -1:
        payload = buffer[start + 6 : end]  # "data: " ... one-line events
        start = end + 2
        if payload != b"[DONE]":
            chunks.append(json.loads(payload))
    return chunks, buffer[start:]


class Raw:
    """aiohttp with nothing on top: the floor."""

    def __init__(self, url: str) -> None:
        import aiohttp

        self.session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=POOL))
        self.url = url + "/v1/chat/completions"
        self.headers = {
            "Authorization": "Bearer bench",
            "Content-Type": "application/json",
            "Accept": "application/json",
        }

    async def chat(self, model: str = MODEL) -> str:
        body = json.dumps({"model": model, "messages": MESSAGES}).encode()
        async with self.session.post(self.url, data=body, headers=self.headers) as response:
            if response.status != 200:
                raise RuntimeError(response.status)
            reply = json.loads(await response.read())
        content: str = reply["choices"][0]["message"]["content"]
        return content

    async def open(self, model: str) -> Any:
        body = json.dumps({"model": model, "messages": MESSAGES, "stream": True}).encode()
        response = await self.session.post(self.url, data=body, headers=self.headers)
        if response.status != 200:
            raise RuntimeError(response.status)
        return response

    async def stream(self, model: str = MODEL, first_only: bool = False) -> int:
        count, buffer, text = 0, b"", []
        response = await self.open(model)
        try:
            async for data in response.content.iter_any():
                chunks, buffer = split_events(buffer + data if buffer else data)
                for chunk in chunks:
                    text.append(chunk["choices"][0]["delta"].get("content") or "")
                    count += 1
                    if first_only:
                        HELD.append(response)
                        return count
        finally:
            if not first_only:
                response.release()
        return count

    async def close(self) -> None:
        await self.session.close()


def _httpx_client() -> Any:
    import httpx2

    limits = httpx2.Limits(max_connections=POOL, max_keepalive_connections=POOL)
    return httpx2.AsyncClient(limits=limits, timeout=60.0)


class MistralSDK:
    """The official `mistralai` SDK."""

    def __init__(self, url: str) -> None:
        from mistralai.client import Mistral

        self.client = Mistral(api_key="bench", server_url=url, async_client=_httpx_client())

    async def chat(self, model: str = MODEL) -> str:
        reply = await self.client.chat.complete_async(model=model, messages=MESSAGES)  # type: ignore[arg-type]
        return str(reply.choices[0].message.content)

    async def stream(self, model: str = MODEL, first_only: bool = False) -> int:
        count, text = 0, []
        events = await self.client.chat.stream_async(model=model, messages=MESSAGES)  # type: ignore[arg-type]
        async for event in events:
            text.append(event.data.choices[0].delta.content or "")
            count += 1
            if first_only:
                HELD.append(events)
                return count
        return count

    async def close(self) -> None:
        await self.client.sdk_configuration.async_client.aclose()  # type: ignore[union-attr]


class OpenAISDK:
    """The `openai` SDK pointed at the same server."""

    def __init__(self, url: str) -> None:
        from openai import AsyncOpenAI

        self.client = AsyncOpenAI(
            api_key="bench", base_url=url + "/v1", http_client=_httpx_client()
        )

    async def chat(self, model: str = MODEL) -> str:
        reply = await self.client.chat.completions.create(model=model, messages=MESSAGES)  # type: ignore[arg-type]
        return str(reply.choices[0].message.content)

    async def stream(self, model: str = MODEL, first_only: bool = False) -> int:
        count, text = 0, []
        events = await self.client.chat.completions.create(
            model=model,
            messages=MESSAGES,  # type: ignore[arg-type]
            stream=True,
        )
        async for chunk in events:
            if chunk.choices:
                text.append(chunk.choices[0].delta.content or "")
            count += 1
            if first_only:
                HELD.append(events)
                return count
        return count

    async def close(self) -> None:
        await self.client.close()


def sdk_providers(sample_ratio: float = 1.0) -> tuple[Any, Any]:
    """OpenTelemetry SDK providers as production sets them up (a BatchSpanProcessor, a periodic
    metric reader, a parent-based ratio sampler) with exporters that drop the data: the figure
    is the instrumentation's cost."""
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import (
        MetricExporter,
        MetricExportResult,
        PeriodicExportingMetricReader,
    )
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanExporter, SpanExportResult
    from opentelemetry.sdk.trace.sampling import ParentBased, TraceIdRatioBased

    class DropSpans(SpanExporter):
        def export(self, spans: Any) -> SpanExportResult:
            return SpanExportResult.SUCCESS

    class DropMetrics(MetricExporter):
        def export(self, metrics_data: Any, timeout_millis: float = 0, **kwargs: Any) -> Any:
            return MetricExportResult.SUCCESS

        def force_flush(self, timeout_millis: float = 0) -> bool:
            return True

        def shutdown(self, timeout_millis: float = 0, **kwargs: Any) -> None:
            return None

    tracer_provider = TracerProvider(sampler=ParentBased(TraceIdRatioBased(sample_ratio)))
    tracer_provider.add_span_processor(BatchSpanProcessor(DropSpans()))
    reader = PeriodicExportingMetricReader(DropMetrics(), export_interval_millis=10_000)
    return tracer_provider, MeterProvider(metric_readers=[reader])


class Ours:
    """integrations-mistral; `everything` on: retry, breaker, limiter (enabled, budgets never
    reached), tracing and metrics through the SDK providers at the default detail (`spans`,
    `conventions`, `sample_ratio` say otherwise); else all of them off. `log_info`: the
    per-call INFO record, as JSON, written to /dev/null."""

    everything = True
    telemetry = True
    spans = "call"
    conventions: tuple[str, ...] = ("gen_ai",)
    sample_ratio = 1.0
    log_info = False

    def __init__(self, url: str) -> None:
        from integrations_mistral import MistralClient

        on = self.everything
        observed = on and self.telemetry
        providers = sdk_providers(self.sample_ratio) if observed else (None, None)
        if self.log_info:
            log_to_devnull()
        self.client = MistralClient.from_env(
            api_key="bench",
            base_url=url,
            client={"allow_insecure_http": True, "pool_size": POOL, "pool_size_per_host": POOL},
            retry={"max_attempts": 3 if on else 1},
            circuit_breaker={"enabled": on},
            rate_limit={
                "enabled": on,
                "requests_per_minute": 10**9,
                "tokens_per_minute": 10**12,
            },
            tracing={"enabled": observed, "spans": self.spans},
            metrics={"enabled": observed, "conventions": list(self.conventions)},
            logging={"level": "INFO" if self.log_info else None},
            tracer_provider=providers[0],
            meter_provider=providers[1],
        )

    async def chat(self, model: str = MODEL) -> str:
        reply = await self.client.chat.create(model=model, messages=MESSAGES)
        return reply.choices[0].message.text

    async def stream(self, model: str = MODEL, first_only: bool = False) -> int:
        count, text = 0, []
        stream = await self.client.chat.create_stream(model=model, messages=MESSAGES)
        if first_only:
            async for _ in stream:
                HELD.append(stream)
                return 1
        async with stream:
            async for chunk in stream:
                text.append(chunk.choices[0].delta.content or "")
                count += 1
        return count

    async def close(self) -> None:
        await self.client.close()


class OursOff(Ours):
    everything = False


class OursUnobserved(Ours):
    """Retry, breaker and limiter on; tracing and metrics off (what telemetry costs, apart)."""

    telemetry = False


class OursAttempt(Ours):
    spans = "attempt"


class OursDesign(Ours):
    """The design's whole signal set: three spans a call, both metric families."""

    spans = "http"
    conventions = ("mistral", "gen_ai")


class OursSampled(Ours):
    sample_ratio = 0.1


class OursInfoLog(OursUnobserved):
    log_info = True


def log_to_devnull(logger: Any = None) -> None:
    """A logger (the client's by default) at INFO into a JSON handler that writes to /dev/null."""
    import logging
    import os

    from integrations_mistral.observability import JsonFormatter

    handler = logging.StreamHandler(open(os.devnull, "w"))  # noqa: SIM115 - lives with the process
    handler.setFormatter(JsonFormatter())
    logger = logger or logging.getLogger("integrations_mistral")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


def _clients() -> dict[str, Callable[[str], Any]]:
    from _floors import Floor, FloorAttempt, FloorHttp, RawGated
    from _typed import Typed, TypedFull, TypedGuarded, TypedInfoLog

    return {
        "raw aiohttp": Raw,
        "typed floor": Typed,
        "typed floor, our models": TypedFull,
        "typed floor, INFO log": TypedInfoLog,
        "floor: our models + guarantees": TypedGuarded,
        "raw aiohttp, FIFO gate": RawGated,
        "floor: spans=call": Floor,
        "floor: spans=attempt": FloorAttempt,
        "floor: spans=http": FloorHttp,
        "ours, all on": Ours,
        "ours, spans=attempt": OursAttempt,
        "ours, spans=http": OursDesign,
        "ours, 10% sampled": OursSampled,
        "ours, no telemetry": OursUnobserved,
        "ours, all off": OursOff,
        "ours, INFO log": OursInfoLog,
        "openai SDK": OpenAISDK,
        "mistralai SDK": MistralSDK,
    }


CLIENTS = _clients()
