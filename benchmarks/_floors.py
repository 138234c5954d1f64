"""Floors for the telemetry levels and for fair queueing: raw aiohttp plus only what a level costs.

`RawGated` is raw aiohttp behind a FIFO gate sized to the pool (callers past the pool get a
connection in arrival order). `Floor*` is raw aiohttp making exactly the OpenTelemetry SDK calls
integrations-mistral makes at a `tracing.spans` level with its default metric family: the same
spans, attributes, events, trace-context injection and histogram records, with nothing of ours
around them, so `ours / floor` is what our own code costs on top of the SDK.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from typing import Any

from _clients import MESSAGES, MODEL, POOL, Raw, sdk_providers, split_events


class RawGated(Raw):
    """Raw aiohttp behind a first-come, first-served gate of POOL places."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.free = POOL
        self.waiters: deque[asyncio.Future[None]] = deque()

    async def enter(self) -> None:
        if self.free > 0 and not self.waiters:
            self.free -= 1
            return
        waiter = asyncio.get_running_loop().create_future()
        self.waiters.append(waiter)
        await waiter

    def leave(self) -> None:
        while self.waiters:
            waiter = self.waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return
        self.free += 1

    async def chat(self, model: str = MODEL) -> str:
        await self.enter()
        try:
            return await super().chat(model)
        finally:
            self.leave()

    async def stream(self, model: str = MODEL, first_only: bool = False) -> int:
        await self.enter()
        try:
            return await super().stream(model, first_only)
        finally:
            self.leave()


SERVER = {"server.address": "127.0.0.1", "server.port": 0}


class Floor(Raw):
    """Raw aiohttp with the SDK calls of `tracing.spans = LEVEL` (gen_ai metrics by default;
    the `http` level also records the design's mistral_* instruments, as ours does there)."""

    level = "call"

    def __init__(self, url: str) -> None:
        from opentelemetry.propagate import inject
        from opentelemetry.trace import SpanKind, set_span_in_context

        super().__init__(url)
        tracer_provider, meter_provider = sdk_providers()
        self.tracer = tracer_provider.get_tracer("floor")
        meter = meter_provider.get_meter("floor")
        self.inject, self.kind, self.in_context = inject, SpanKind.CLIENT, set_span_in_context
        self.duration = meter.create_histogram("gen_ai.client.operation.duration")
        self.tokens = meter.create_histogram("gen_ai.client.token.usage")
        self.ttfc = meter.create_histogram("gen_ai.client.operation.time_to_first_chunk")
        self.tpoc = meter.create_histogram("gen_ai.client.operation.time_per_output_chunk")
        self.design = self.level == "http"
        if self.design:
            self.requests = meter.create_counter("mistral_requests_total")
            self.request_duration = meter.create_histogram("mistral_request_duration_seconds")
            self.request_size = meter.create_histogram("mistral_request_size_bytes")
            self.response_size = meter.create_histogram("mistral_response_size_bytes")
            self.token_count = meter.create_counter("mistral_tokens_total")
            self.token_hist = meter.create_histogram("mistral_tokens_per_request")
            self.ttft = meter.create_histogram("mistral_time_to_first_token_seconds")
            self.chunks = meter.create_counter("mistral_stream_chunks_total")
            self.stream_duration = meter.create_histogram("mistral_stream_duration_seconds")
        self.genai = {
            "gen_ai.operation.name": "chat",
            "gen_ai.provider.name": "mistral_ai",
            "gen_ai.request.model": MODEL,
            **SERVER,
            "profile": "default",
        }
        self.request_labels = {"endpoint": "chat.create", "method": "POST", "model": MODEL,
                               "profile": "default"}  # fmt: skip

    def root(self, streaming: bool) -> Any:
        attributes = {**SERVER, "gen_ai.provider.name": "mistral_ai",
                      "mistral.operation": "chat.create", "gen_ai.operation.name": "chat"}  # fmt: skip
        if streaming:
            attributes["mistral.streaming"] = True
        span = self.tracer.start_span("mistral.chat.create", kind=self.kind, attributes=attributes)
        span.set_attributes({"gen_ai.request.model": MODEL, "mistral.messages.count": 1})
        return span

    def attempt(self, root: Any) -> tuple[Any, Any, dict[str, str]]:
        """(resilience span, http span, headers) of one attempt at this level."""
        headers = dict(self.headers)
        if self.level == "call":
            self.inject(headers, context=self.in_context(root))
            return None, None, headers
        parent = self.in_context(root)
        execute = None
        if self.design:
            execute = self.tracer.start_span(
                "mistral.resilience.execute", context=parent,
                attributes={"resilience.circuit_state": "closed"},
            )  # fmt: skip
            parent = self.in_context(execute)
        http = self.tracer.start_span(
            "mistral.http.request", context=parent, kind=self.kind,
            attributes={"http.method": "POST", "http.url": self.url},
        )  # fmt: skip
        self.inject(headers, context=self.in_context(http))
        return execute, http, headers

    def attempt_done(self, root: Any, execute: Any, http: Any, status: int, size: int,
                     request_id: str, elapsed: float) -> None:  # fmt: skip
        facts = {"http.status_code": status, "http.response_size": size,
                 "mistral.request_id": request_id}  # fmt: skip
        if http is None:
            root.set_attributes(facts)
        else:
            http.set_attributes(facts)
            http.end()
        if execute is not None:
            execute.set_attribute("resilience.attempt", 1)
            execute.end()
        if self.design:
            self.requests.add(1, {**self.request_labels, "status": str(status)})
            self.request_duration.record(elapsed, self.request_labels)
            self.request_size.record(60, {"endpoint": "chat.create", "profile": "default"})
            self.response_size.record(size, {"endpoint": "chat.create", "profile": "default"})

    def finish(
        self, root: Any, reply: dict[str, Any], started: float, extra: dict[str, Any]
    ) -> None:
        usage = reply.get("usage") or {}
        facts = {
            "gen_ai.usage.input_tokens": usage.get("prompt_tokens", 0),
            "gen_ai.usage.output_tokens": usage.get("completion_tokens", 0),
            "mistral.usage.total_tokens": usage.get("total_tokens", 0),
            "gen_ai.response.finish_reasons": ("stop",),
            "gen_ai.response.model": reply.get("model", MODEL),
            "gen_ai.response.id": reply.get("id", ""),
            **extra,
        }
        if self.level != "http":
            facts["resilience.attempt"] = 1
        root.set_attributes(facts)
        root.end()
        elapsed = time.perf_counter() - started
        labels = {**self.genai, "gen_ai.response.model": reply.get("model", MODEL)}
        self.duration.record(elapsed, labels)
        for kind, key in (("input", "prompt_tokens"), ("output", "completion_tokens")):
            self.tokens.record(usage.get(key, 0), {**labels, "gen_ai.token.type": kind})
        if self.design:
            labels = {"model": MODEL, "profile": "default"}
            for kind, key in (("prompt", "prompt_tokens"), ("completion", "completion_tokens")):
                self.token_count.add(usage.get(key, 0), {**labels, "type": kind})
                self.token_hist.record(usage.get(key, 0), {**labels, "type": kind})

    async def chat(self, model: str = MODEL) -> str:
        started = time.perf_counter()
        root = self.root(False)
        execute, http, headers = self.attempt(root)
        body = json.dumps({"model": model, "messages": MESSAGES}).encode()
        async with self.session.post(self.url, data=body, headers=headers) as response:
            if response.status != 200:
                raise RuntimeError(response.status)
            raw = await response.read()
            request_id = response.headers.get("X-Request-ID", "")
        self.attempt_done(
            root, execute, http, 200, len(raw), request_id, time.perf_counter() - started
        )
        reply = json.loads(raw)
        self.finish(root, reply, started, {})
        content: str = reply["choices"][0]["message"]["content"]
        return content

    async def stream(self, model: str = MODEL, first_only: bool = False) -> int:
        started = time.perf_counter()
        root = self.root(True)
        execute, http, headers = self.attempt(root)
        body = json.dumps({"model": model, "messages": MESSAGES, "stream": True}).encode()
        response = await self.session.post(self.url, data=body, headers=headers)
        if response.status != 200:
            raise RuntimeError(response.status)
        self.attempt_done(root, execute, http, 200, 0, "", time.perf_counter() - started)
        count, buffer, text, first, last = 0, b"", [], 0.0, 0.0
        try:
            async for data in response.content.iter_any():
                chunks, buffer = split_events(buffer + data if buffer else data)
                for chunk in chunks:
                    text.append(chunk["choices"][0]["delta"].get("content") or "")
                    count += 1
                    last = time.perf_counter()
                    if count == 1:
                        first = last
                        ttft = first - started
                        root.add_event("first_chunk_received", {"ttft_ms": round(ttft * 1000, 3)})
                        self.ttfc.record(ttft, self.genai)
                        if self.design:
                            self.ttft.record(ttft, {"model": MODEL, "profile": "default"})
        finally:
            response.release()
        duration = time.perf_counter() - started
        root.add_event("stream_completed", {"total_chunks": count,
                                            "duration_ms": round(duration * 1000, 3)})  # fmt: skip
        if count > 1:
            self.tpoc.record((last - first) / (count - 1), self.genai)
        if self.design:
            labels = {"model": MODEL, "profile": "default"}
            self.chunks.add(count, labels)
            self.stream_duration.record(duration, labels)
        extra = {"mistral.stream.chunks_count": count,
                 "mistral.stream.duration_ms": round(duration * 1000, 3)}  # fmt: skip
        self.finish(root, {"usage": {"prompt_tokens": 9, "completion_tokens": count,
                                     "total_tokens": 9 + count}}, started, extra)  # fmt: skip
        return count


class FloorAttempt(Floor):
    level = "attempt"


class FloorHttp(Floor):
    level = "http"
