"""Streaming benchmark: integrations-mistral vs raw aiohttp vs the official `mistralai` SDK.

One SSE server runs in a separate process on 127.0.0.1 (so client-side memory is measured alone).
In the same run it measures:
- throughput: chunks per second through each client, best of `--repeat` runs of `--chunks` chunks;
- decoder only: our SSE decoder + typed chunk parsing vs a naive split + json.loads, in memory;
- memory: traced Python memory per open stream with `--streams` concurrent streams.

    python benchmarks/streaming.py [--quick] [--record]

`--record` rewrites benchmarks/RESULTS.md's streaming section with this run's table.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import multiprocessing
import platform
import socket
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

RESULTS = Path(__file__).with_name("RESULTS.md")
POOL = 256  # every client gets the same connection pool, larger than --streams
MESSAGES = [{"role": "user", "content": "Tell me a long story."}]


def sse_stream(chunks: int) -> bytes:
    """A realistic Mistral stream: one chunk per token-ish piece, usage at the end, then [DONE]."""
    events = []
    for i in range(chunks):
        chunk: dict[str, Any] = {
            "id": "cmpl-0123456789abcdef",
            "object": "chat.completion.chunk",
            "created": 1732000000,
            "model": "mistral-small-latest",
            "choices": [
                {"index": 0, "delta": {"content": f" word{i % 97}"}, "finish_reason": None}
            ],
        }
        if i == 0:
            chunk["choices"][0]["delta"]["role"] = "assistant"
        if i == chunks - 1:
            chunk["choices"][0]["finish_reason"] = "stop"
            chunk["usage"] = {
                "prompt_tokens": 9,
                "completion_tokens": chunks,
                "total_tokens": chunks + 9,
            }
        events.append(b"data: " + json.dumps(chunk).encode() + b"\n\n")
    events.append(b"data: [DONE]\n\n")
    return b"".join(events)


def serve(port: int, chunks: int, ready: Any) -> None:
    """The SSE server process: the full stream at once, or a held-open stream (`?hold=1`)."""
    body = sse_stream(chunks)
    first = body[: body.index(b"\n\n") + 2]

    async def handler(request: web.Request) -> web.StreamResponse:
        await request.read()
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        hold = request.query.get("hold") or request.headers.get("X-Hold")
        if hold or "hold" in request.headers.get("User-Agent", ""):
            await response.write(first)
            await asyncio.sleep(3600)
        for start in range(0, len(body), 64 * 1024):
            await response.write(body[start : start + 64 * 1024])
        await response.write_eof()
        return response

    run_app(handler, port, ready)


def run_app(handler: Any, port: int, ready: Any) -> None:
    """Serve `handler` at POST /v1/chat/completions on 127.0.0.1:`port` until killed."""

    async def main() -> None:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", handler)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        ready.set()
        await asyncio.Event().wait()

    asyncio.run(main())


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- the three clients: each consumes one stream and returns the number of chunks seen -----------


async def ours(url: str, hold: bool = False) -> Callable[[], Awaitable[int]]:
    from integrations_mistral import MistralClient

    agent = "bench-hold" if hold else "bench"
    pool = {"pool_size": POOL, "pool_size_per_host": POOL}
    client = MistralClient.from_env(
        api_key="bench",
        base_url=url,
        client={"allow_insecure_http": True, "user_agent": agent, **pool},
    )

    async def run() -> int:
        count = 0
        async with await client.chat.create_stream(
            model="mistral-small-latest", messages=MESSAGES
        ) as stream:
            async for _ in stream:
                count += 1
        return count

    run.client = client  # type: ignore[attr-defined]
    return run


async def raw_aiohttp(url: str) -> Callable[[], Awaitable[int]]:
    session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=POOL, limit_per_host=POOL))

    async def run() -> int:
        count, buffer = 0, b""
        async with session.post(
            f"{url}/v1/chat/completions", json={"model": "m", "messages": MESSAGES, "stream": True}
        ) as response:
            async for data in response.content.iter_any():
                buffer += data
                while b"\n\n" in buffer:
                    event, buffer = buffer.split(b"\n\n", 1)
                    payload = event[6:]
                    if payload == b"[DONE]":
                        return count
                    json.loads(payload)
                    count += 1
        return count

    run.client = session  # type: ignore[attr-defined]
    return run


async def official_sdk(url: str) -> Callable[[], Awaitable[int]]:
    import httpx2 as httpx
    from mistralai.client import Mistral

    limits = httpx.Limits(max_connections=POOL, max_keepalive_connections=POOL)
    client = Mistral(api_key="bench", server_url=url, async_client=httpx.AsyncClient(limits=limits))

    async def run() -> int:
        count = 0
        stream = await client.chat.stream_async(model="mistral-small-latest", messages=MESSAGES)  # type: ignore[arg-type]
        async with stream as events:
            async for _ in events:
                count += 1
        return count

    run.client = client  # type: ignore[attr-defined]
    return run


async def close(run: Any) -> None:
    client = run.client
    if hasattr(client, "close") and asyncio.iscoroutinefunction(client.close):
        await client.close()
    elif hasattr(client, "__aexit__"):
        await client.__aexit__(None, None, None)


async def throughput(
    factory: Callable[[str], Awaitable[Any]], url: str, chunks: int, repeat: int
) -> float:
    run = await factory(url)
    try:
        assert await run() == chunks  # warm-up, and a correctness check
        best = min([await _timed(run) for _ in range(repeat)])
    finally:
        await close(run)
    return chunks / best


async def _timed(run: Callable[[], Awaitable[int]]) -> float:
    started = time.perf_counter()
    await run()
    return time.perf_counter() - started


def decoder_only(chunks: int, repeat: int) -> tuple[float, float]:
    from integrations_mistral.transport.sse import SSEDecoder
    from integrations_mistral.types import CompletionChunk, parse_response

    body = sse_stream(chunks)
    reads = [body[i : i + 16 * 1024] for i in range(0, len(body), 16 * 1024)]

    def typed() -> None:
        decoder = SSEDecoder()
        for read in reads:
            for event in decoder.feed(read):
                if event.data != "[DONE]":
                    parse_response(CompletionChunk, event.data)

    def naive() -> None:
        buffer = b""
        for read in reads:
            buffer += read
            *events, buffer = buffer.split(b"\n\n")
            for event in events:
                if event[6:] != b"[DONE]":
                    json.loads(event[6:])

    def best(fn: Callable[[], None]) -> float:
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            fn()
            times.append(time.perf_counter() - started)
        return chunks / min(times)

    return best(typed), best(naive)


async def memory_per_stream(name: str, url: str, streams: int) -> float:
    """Traced bytes per open stream: `streams` streams opened, first chunk read, then measured."""
    gc.collect()
    tracemalloc.start()
    baseline = tracemalloc.get_traced_memory()[0]
    opened: list[Any] = []
    if name == "integrations-mistral":
        run = await ours(url, hold=True)
        client = run.client  # type: ignore[attr-defined]
        for _ in range(streams):
            stream = await client.chat.create_stream(model="m", messages=MESSAGES)
            await stream.__anext__()
            opened.append(stream)
    elif name == "raw aiohttp":
        run = await raw_aiohttp(url)
        session = run.client  # type: ignore[attr-defined]
        for _ in range(streams):
            response = await session.post(
                f"{url}/v1/chat/completions?hold=1",
                json={"model": "m", "messages": MESSAGES, "stream": True},
            )
            await response.content.readuntil(b"\n\n")
            opened.append(response)
    else:
        run = await official_sdk(url)
        client = run.client  # type: ignore[attr-defined]
        for _ in range(streams):
            stream = await client.chat.stream_async(
                model="m", messages=MESSAGES, http_headers={"X-Hold": "1"}
            )
            events = await stream.__aenter__()
            await events.__anext__()
            opened.append(stream)
    gc.collect()
    used = tracemalloc.get_traced_memory()[0] - baseline
    tracemalloc.stop()
    for item in opened:
        if hasattr(item, "close") and asyncio.iscoroutinefunction(item.close):
            await item.close()
        elif hasattr(item, "__aexit__"):
            await item.__aexit__(None, None, None)
        else:
            item.close()
    await close(run)
    return used / streams


async def measure(args: argparse.Namespace, url: str) -> dict[str, dict[str, float]]:
    factories = {
        "integrations-mistral": ours,
        "raw aiohttp": raw_aiohttp,
        "official mistralai SDK": official_sdk,
    }
    results: dict[str, dict[str, float]] = {}
    for name, factory in factories.items():
        results[name] = {"chunks_per_s": await throughput(factory, url, args.chunks, args.repeat)}
    for name in factories:
        key = "integrations-mistral" if name == "integrations-mistral" else name
        results[name]["bytes_per_stream"] = await memory_per_stream(key, url, args.streams)
    return results


def table(
    results: dict[str, dict[str, float]], decoder: tuple[float, float], args: argparse.Namespace
) -> str:
    ours_rate = results["integrations-mistral"]["chunks_per_s"]
    lines = [
        f"Run: Python {platform.python_version()}, {platform.machine()}, {args.chunks} chunks per stream, "
        f"best of {args.repeat}, {args.streams} concurrent streams for memory, aiohttp {aiohttp.__version__}.",
        "",
        "| client | chunks/s | ratio (ours / it) | KiB per open stream |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name, values in results.items():
        lines.append(
            f"| {name} | {values['chunks_per_s']:,.0f} | {ours_rate / values['chunks_per_s']:.2f} | "
            f"{values['bytes_per_stream'] / 1024:,.1f} |"
        )
    lines += [
        "",
        "| decoder only (in memory, 16 KiB reads) | chunks/s |",
        "| --- | ---: |",
        f"| integrations-mistral SSEDecoder + typed CompletionChunk | {decoder[0]:,.0f} |",
        f"| naive split + json.loads (untyped) | {decoder[1]:,.0f} |",
    ]
    return "\n".join(lines) + "\n"


def record(text: str) -> None:
    marker_start, marker_end = "<!-- streaming:start -->", "<!-- streaming:end -->"
    current = RESULTS.read_text() if RESULTS.exists() else "# Benchmark results\n"
    block = f"{marker_start}\n{text}{marker_end}"
    if marker_start in current:
        head, rest = current.split(marker_start, 1)
        current = head + block + rest.split(marker_end, 1)[1]
    else:
        current = current.rstrip("\n") + "\n\n## Streaming\n\n" + block + "\n"
    RESULTS.write_text(current)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--chunks", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--streams", type=int, default=100)
    parser.add_argument(
        "--quick", action="store_true", help="tiny sizes, to check the benchmark runs"
    )
    parser.add_argument(
        "--record", action="store_true", help="write the table into benchmarks/RESULTS.md"
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.chunks, args.repeat, args.streams = 200, 1, 5
    port = free_port()
    context = multiprocessing.get_context("spawn")
    ready = context.Event()
    server = context.Process(target=serve, args=(port, args.chunks, ready), daemon=True)
    server.start()
    try:
        if not ready.wait(30):
            print("benchmark server did not start", file=sys.stderr)
            return 1
        results = asyncio.run(measure(args, f"http://127.0.0.1:{port}"))
    finally:
        server.terminate()
        server.join(10)
    text = table(results, decoder_only(args.chunks, args.repeat), args)
    print(text)
    if args.record:
        record(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
