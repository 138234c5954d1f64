"""Micro-benchmarks of the parts a call is made of, each beside the least it could cost.

    python benchmarks/micro.py [--json] [--quick]

Microseconds per operation, best of 5 repeats (a micro-benchmark's noise is one-sided).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import timeit
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _server import REPLY, chunk_event

MESSAGES = [{"role": "user", "content": "Say hello."}]


def best(operation: Callable[[], Any], number: int) -> float:
    """Microseconds per call of `operation`, the best of 5 repeats."""
    return min(timeit.repeat(operation, number=number, repeat=5)) / number * 1e6


def measure(number: int) -> dict[str, float]:
    from integrations_mistral.config.models import CircuitBreakerSettings, RateLimitSettings
    from integrations_mistral.resilience import CircuitBreaker, SlidingWindowLimiter
    from integrations_mistral.services._accumulate import StreamAccumulator
    from integrations_mistral.transport.sse import SSEDecoder
    from integrations_mistral.types import (
        ChatCompletionRequest,
        ChatCompletionResponse,
        CompletionChunk,
        parse_response,
    )

    body = json.dumps(REPLY).encode()
    event = chunk_event(3, False)
    data = event[6:-2]
    fields = {"model": "mistral-small-latest", "messages": MESSAGES}
    figures = {
        "request build + serialise (ours)": best(
            lambda: ChatCompletionRequest.model_validate(fields).to_json(), number
        ),
        "request serialise: json.dumps (floor)": best(lambda: json.dumps(fields).encode(), number),
        "reply parse, typed (ours)": best(
            lambda: parse_response(ChatCompletionResponse, body), number
        ),
        "reply parse: json.loads (floor)": best(lambda: json.loads(body), number),
    }
    decoder, accumulator = SSEDecoder(), StreamAccumulator()

    def chunk() -> None:
        for sse in decoder.feed(event):
            accumulator.add(parse_response(CompletionChunk, sse.data))

    figures["chunk: SSE decode + typed parse + accumulate (ours)"] = best(chunk, number)
    figures["chunk: find + json.loads (floor)"] = best(
        lambda: json.loads(event[6 : event.find(b"\n\n")]), number
    )
    figures["chunk: json.loads of the data only"] = best(lambda: json.loads(data), number)
    breaker = CircuitBreaker(CircuitBreakerSettings())

    def breaker_call() -> None:
        breaker.record(breaker.before_call(), None)

    figures["breaker: admit + record"] = best(breaker_call, number)
    limiter = SlidingWindowLimiter(
        RateLimitSettings(enabled=True, requests_per_minute=10**9, tokens_per_minute=10**12)
    )

    async def limited(count: int) -> None:
        for _ in range(count):
            (await limiter.acquire(20)).settle(19)

    loop = asyncio.new_event_loop()
    figures["limiter: acquire + settle"] = (
        best(lambda: loop.run_until_complete(limited(number)), 1) / number
    )
    calls = max(number // 10, 20)
    for level, conventions, label in (
        ("call", ("gen_ai",), "spans=call, gen_ai metrics (the default)"),
        ("http", ("mistral", "gen_ai"), "spans=http, both families (the design's)"),
    ):
        run = observed(body, level, conventions)
        figures[f"telemetry: one observed chat call, {label}"] = (
            best(lambda run=run: loop.run_until_complete(run(calls)), 1) / calls
        )
        figures[f"telemetry floor: the same signals, SDK calls only, {label}"] = best(
            sdk_floor(level), calls
        )
    figures.update(info_record(loop, body, calls))
    loop.close()
    figures.update(token_estimates(max(number // 20, 10)))
    return figures


def info_record(loop: asyncio.AbstractEventLoop, body: bytes, calls: int) -> dict[str, float]:
    """What `logging.level = "INFO"` adds to a call (its observation and the JSON summary
    record, written to /dev/null), against a bare `logger.info` of the same fields and the
    call unobserved."""
    import logging
    import os

    from integrations_mistral.observability import JsonFormatter

    root = logging.getLogger("integrations_mistral")
    handler = logging.StreamHandler(open(os.devnull, "w"))  # noqa: SIM115 - closed below
    handler.setFormatter(JsonFormatter())
    plain = observed(body, "call", ("gen_ai",), telemetry=False)
    figures = {"log: a call unobserved": best(lambda: loop.run_until_complete(plain(calls)), 1)}
    root.addHandler(handler)
    root.propagate, level = False, root.level
    root.setLevel(logging.INFO)
    try:
        logged = observed(body, "call", ("gen_ai",), telemetry=False)
        figures["log: the same call with its INFO summary record (JSON)"] = best(
            lambda: loop.run_until_complete(logged(calls)), 1
        )
        fields = {"operation": "chat.create", "model": "m", "duration_ms": 1.0,
                  "prompt_tokens": 9, "completion_tokens": 10, "finish_reason": "stop",
                  "attempts": 1}  # fmt: skip
        calls_logger = logging.getLogger("integrations_mistral.calls")
        figures["log floor: logger.info with the same fields (JSON)"] = best(
            lambda: calls_logger.info("chat.create succeeded", extra=fields), calls
        )
    finally:
        root.removeHandler(handler)
        handler.close()
        root.propagate = True
        root.setLevel(level)
    return {key: value / calls if key.startswith("log: ") else value
            for key, value in figures.items()}  # fmt: skip


def token_estimates(number: int) -> dict[str, float]:
    """What `rate_limit.token_estimator` costs per call: characters / 4 against the model's own
    tokenizer (the [tokenizer] extra; its one-time load is not counted)."""
    from integrations_mistral.services._estimate import estimate_tokens, tokenizer_estimate
    from integrations_mistral.types import ChatCompletionRequest

    request = ChatCompletionRequest.model_validate(
        {"model": "mistral-small-latest", "messages": MESSAGES, "max_tokens": 64}
    )
    figures = {
        "token estimate: chars / 4 (default)": best(lambda: estimate_tokens(request), number)
    }
    try:
        tokenizer_estimate(request)  # loads the tokenizer once
    except Exception:  # the [tokenizer] extra is not installed: no row
        return figures
    figures["token estimate: the model's tokenizer (exact)"] = best(
        lambda: tokenizer_estimate(request), number
    )
    return figures


def sdk_floor(level: str) -> Callable[[], None]:
    """One observed chat call's signals at `tracing.spans = level` made with nothing but
    OpenTelemetry SDK calls: the spans with the attributes and events ours carry, the trace
    context injected, and the histogram records of the level's metric families with our label
    sets. What telemetry costs at least."""
    from _clients import sdk_providers
    from opentelemetry import context, trace
    from opentelemetry.propagate import inject
    from opentelemetry.trace import SpanKind

    tracer_provider, meter_provider = sdk_providers()
    tracer = tracer_provider.get_tracer("floor")
    meter = meter_provider.get_meter("floor")
    duration, size, tokens, genai_duration, genai_tokens = (
        meter.create_histogram(name) for name in ("d", "s", "t", "gd", "gt")
    )
    design = level == "http"
    model = {"model": "mistral-small-latest", "profile": "default"}
    request = {"endpoint": "chat.create", "method": "POST", **model}
    endpoint = {"endpoint": "chat.create", "profile": "default"}
    genai = {
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "mistral_ai",
        "gen_ai.request.model": "mistral-small-latest",
        "server.address": "api.mistral.ai",
        "server.port": 443,
        "profile": "default",
    }
    root_attributes = {
        "server.address": "api.mistral.ai",
        "server.port": 443,
        "gen_ai.provider.name": "mistral_ai",
        "mistral.operation": "chat.create",
        "gen_ai.operation.name": "chat",
    }
    request_attributes = {
        "gen_ai.request.model": "mistral-small-latest",
        "mistral.messages.count": 1,
    }
    attempt_facts = {"http.status_code": 200, "http.response_size": 300, "mistral.request_id": "r1"}
    result_attributes = {
        "gen_ai.usage.input_tokens": 9,
        "gen_ai.usage.output_tokens": 3,
        "mistral.usage.total_tokens": 12,
        "gen_ai.response.finish_reasons": ["stop"],
        "gen_ai.response.model": "mistral-small-latest",
        "gen_ai.response.id": "cmpl-1",
    }
    if not design:
        result_attributes["resilience.attempt"] = 1

    def call() -> None:
        root = tracer.start_span(
            "mistral.chat.create", kind=SpanKind.CLIENT, attributes=root_attributes
        )
        root.set_attributes(request_attributes)
        headers: dict[str, str] = {}
        if design:
            resilience = tracer.start_span(
                "mistral.resilience.execute",
                context=trace.set_span_in_context(root),
                attributes={"resilience.circuit_state": "closed"},
            )
            token = context.attach(trace.set_span_in_context(resilience))
            http = tracer.start_span(
                "mistral.http.request",
                kind=SpanKind.CLIENT,
                attributes={
                    "http.method": "POST",
                    "http.url": "https://api.mistral.ai/v1/chat/completions",
                },
            )
            inject(headers, context=trace.set_span_in_context(http))
            http.set_attributes(attempt_facts)
            http.end()
            duration.record(0.001, request)
            size.record(90, endpoint)
            size.record(300, endpoint)
            context.detach(token)
            resilience.set_attribute("resilience.attempt", 1)
            resilience.end()
        else:
            inject(headers, context=trace.set_span_in_context(root))
            root.set_attributes(attempt_facts)
        root.set_attributes(result_attributes)
        root.end()
        if design:
            tokens.record(9, {**model, "type": "prompt"})
            tokens.record(3, {**model, "type": "completion"})
        labels = {**genai, "gen_ai.response.model": "mistral-small-latest"}
        genai_duration.record(0.001, labels)
        genai_tokens.record(9, {**labels, "gen_ai.token.type": "input"})
        genai_tokens.record(3, {**labels, "gen_ai.token.type": "output"})

    return call


def observed(
    body: bytes, spans: str, conventions: tuple[str, ...], telemetry: bool = True
) -> Callable[[int], Awaitable[None]]:
    """What tracing and metrics (the OpenTelemetry SDK, exporters dropping the data) add to one
    chat call at a detail level: the operation's spans and records around an attempt that
    answers at once. Built once; the returned function runs `count` calls."""
    from _clients import sdk_providers

    from integrations_mistral import load_settings
    from integrations_mistral.factory import StackRegistry
    from integrations_mistral.observability import Telemetry
    from integrations_mistral.operations import operation
    from integrations_mistral.request import Request
    from integrations_mistral.transport import RawResponse
    from integrations_mistral.types import ChatCompletionRequest, ChatCompletionResponse

    tracer_provider, meter_provider = sdk_providers() if telemetry else (None, None)
    settings = load_settings(
        api_key="bench",
        tracing={"enabled": telemetry, "spans": spans},
        metrics={"enabled": telemetry, "conventions": list(conventions)},
    )
    observer = Telemetry(settings, tracer_provider=tracer_provider, meter_provider=meter_provider)
    resilience = StackRegistry().stack_for(settings).resilience()
    request = ChatCompletionRequest.model_validate(
        {"model": "mistral-small-latest", "messages": MESSAGES}
    )
    result = ChatCompletionResponse.model_validate_json(body)
    headers: Any = {}
    reply = RawResponse(200, headers, body, "bench")

    async def attempt(op: Any, budget: float) -> RawResponse:
        record = op.attempt_started("https://api.mistral.ai/v1/chat/completions")
        op.attempt_ended(record, 200, len(body), "bench")
        return reply

    async def bare(budget: float) -> RawResponse:
        return reply

    call = Request(operation("chat.create"), "chat.create", "POST", "/v1/chat/completions", request)

    async def run(count: int) -> None:
        for _ in range(count):
            op = observer.watch(call, 90)
            if op is None:  # nothing listens: the plain path
                await resilience.execute(bare, cost=10)
                continue
            await op.run(resilience, lambda budget, op=op: attempt(op, budget), 10)
            op.succeeded(result)

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="one JSON line, for compare.py")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    figures = measure(200 if args.quick else 20_000)
    if args.json:
        print(json.dumps(figures))
        return
    for name, value in figures.items():
        print(f"{value:8.2f} us  {name}")


if __name__ == "__main__":
    main()
