"""One client measured in a fresh process (pinned to core 1), figures printed as one JSON line.

    python benchmarks/_worker.py throughput|memory-{request,stream}-{rss,traced} "<client>" <url>
    python benchmarks/_worker.py import <python code>

- throughput: sequential latency (p50, p99), chat calls/s at 10, 100 and 500 concurrent callers
  (client CPU per call at 100), 200 and 500 concurrent short streams (chunks/s, streams/s);
  each figure from workers looping for a fixed time after a warm-up.
- memory-request, memory-stream: RSS and tracemalloc growth per in-flight request or per open
  stream (asking for the model `hold`, which the server never finishes), after the pool's
  connections are open. The process exits without cleaning up.
- crowd: 1,000 and 2,000 callers on a pool of 500: calls/s, p50/p99 latency, and the share of
  callers that got a call done within the window (the rest starved).
- import: time and RSS growth of running an import row of `compare.IMPORTS` in a bare
  interpreter.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))


def rss_kib() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def pin(core: int) -> None:
    if hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) > 1:
        os.sched_setaffinity(0, {core})


async def for_a_while(
    call: Callable[[], Awaitable[Any]], concurrency: int, seconds: float
) -> dict[str, float]:
    """`concurrency` workers each calling `call` until the time is up (each at least once):
    calls, units, seconds and CPU seconds."""
    deadline = time.perf_counter() + seconds
    totals = [0, 0]

    async def worker() -> None:
        while True:  # at least one call each, however late a worker starts
            units = await call()
            totals[0] += 1
            totals[1] += units if isinstance(units, int) else 1
            if time.perf_counter() >= deadline:
                return

    cpu, start = time.process_time(), time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"calls": totals[0], "units": totals[1], "secs": elapsed, "cpu": cpu}


async def throughput(client: Any, seconds: float) -> dict[str, float]:
    figures: dict[str, float] = {}
    for _ in range(20):
        await client.chat()
        await client.stream()
    latencies = []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end or len(latencies) < 20:
        start = time.perf_counter()
        await client.chat()
        latencies.append(time.perf_counter() - start)
    latencies.sort()
    figures["seq_p50_ms"] = statistics.median(latencies) * 1000
    figures["seq_p99_ms"] = latencies[int(len(latencies) * 0.99)] * 1000
    for concurrency in (10, 100, 500):
        await for_a_while(client.chat, concurrency, seconds / 5)  # warm-up: the pool fills
        run = await for_a_while(client.chat, concurrency, seconds)
        figures[f"chat_c{concurrency}"] = run["calls"] / run["secs"]
        if concurrency == 100:
            figures["cpu_us_per_call"] = run["cpu"] / run["calls"] * 1e6
    for concurrency in (200, 500):
        await for_a_while(client.stream, concurrency, seconds / 5)
        run = await for_a_while(client.stream, concurrency, seconds)
        figures[f"stream_c{concurrency}_chunks"] = run["units"] / run["secs"]
        figures[f"stream_c{concurrency}_streams"] = run["calls"] / run["secs"]
        if concurrency == 200:
            figures["cpu_us_per_stream"] = run["cpu"] / run["calls"] * 1e6
    return figures


async def crowd(client: Any, seconds: float) -> dict[str, float]:
    """1,000 and 2,000 callers on a pool of 500 for `seconds`: calls/s, p50 and p99 latency of
    every call, and the share of callers that finished at least one call in the window."""
    figures: dict[str, float] = {}
    await for_a_while(client.chat, 500, seconds / 5)  # the pool is open
    for callers in (1000, 2000):
        latencies, served, in_time = await _crowd_once(client, callers, seconds)
        latencies.sort()
        figures[f"crowd{callers}_rate"] = in_time / seconds
        figures[f"crowd{callers}_p50_ms"] = statistics.median(latencies) * 1000
        figures[f"crowd{callers}_p99_ms"] = latencies[int(len(latencies) * 0.99)] * 1000
        figures[f"crowd{callers}_served"] = served / callers * 100
    return figures


async def _crowd_once(client: Any, callers: int, seconds: float) -> tuple[list[float], int, int]:
    """Every call's latency, how many callers got one done in time, and how many calls did."""
    deadline = time.perf_counter() + seconds
    latencies: list[float] = []
    served = [False] * callers
    in_time = 0

    async def caller(index: int) -> None:
        nonlocal in_time
        while True:
            start = time.perf_counter()
            await client.chat()
            end = time.perf_counter()
            latencies.append(end - start)
            if end > deadline:
                return
            served[index] = True
            in_time += 1

    await asyncio.gather(*(caller(i) for i in range(callers)))
    return latencies, sum(served), in_time


async def settle_memory(traced: bool) -> int:
    """RSS in KiB, or (`traced`) the bytes tracemalloc sees, once the loop has gone quiet."""
    import tracemalloc

    await asyncio.sleep(0.3)
    gc.collect()
    return tracemalloc.get_traced_memory()[0] if traced else rss_kib() * 1024


async def memory(client: Any, kind: str, count: int, traced: bool) -> dict[str, float]:
    """KiB per in-flight request or per open stream: the growth from `count` held ones to twice
    as many (the first `count` take up whatever freed memory earlier work left to reuse, so the
    figure is the marginal cost). RSS and tracemalloc are read in separate processes:
    tracemalloc's own records would count in RSS."""
    import tracemalloc

    if traced:
        tracemalloc.start()
    # the pool's connections are opened first: what is measured is a call's own cost
    await asyncio.gather(*(client.chat() for _ in range(2 * count)))
    await asyncio.gather(*(client.stream() for _ in range(5)))
    tasks: list[asyncio.Future[Any]] = []
    readings = []
    for _ in range(2):
        if kind == "request":
            tasks += [asyncio.ensure_future(client.chat(model="hold")) for _ in range(count)]
        else:
            opening = (client.stream(model="hold", first_only=True) for _ in range(count))
            batch = [asyncio.ensure_future(task) for task in opening]
            await asyncio.gather(*batch)
            tasks += batch
        readings.append(await settle_memory(traced))
    return {
        f"{kind}_{'traced' if traced else 'rss'}_kib": (readings[1] - readings[0]) / 1024 / count
    }


def import_cost(code: str) -> dict[str, float]:
    """Time and RSS growth of running `code` (imports, maybe a client built) from a bare start."""
    gc.collect()
    rss, start = rss_kib(), time.perf_counter()
    exec(code, {})  # noqa: S102 - the benchmark's own rows (compare.IMPORTS)
    elapsed = time.perf_counter() - start
    return {"import_ms": elapsed * 1000, "import_rss_mib": (rss_kib() - rss) / 1024}


async def run(mode: str, name: str, url: str, seconds: float, count: int) -> dict[str, float]:
    from _clients import CLIENTS

    client = CLIENTS[name](url)
    if mode.startswith("memory-"):
        kind, _, how = mode.removeprefix("memory-").partition("-")
        return await memory(client, kind, count, how == "traced")  # no clean-up: exits
    try:
        if mode == "crowd":
            return await crowd(client, seconds)
        return await throughput(client, seconds)
    finally:
        await client.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "mode",
        choices=[
            "throughput",
            "crowd",
            "memory-request-rss",
            "memory-request-traced",
            "memory-stream-rss",
            "memory-stream-traced",
            "import",
        ],
    )
    parser.add_argument("name")
    parser.add_argument("url", nargs="?", default="")
    parser.add_argument("--seconds", type=float, default=1.0)
    parser.add_argument("--count", type=int, default=200)
    args = parser.parse_args()
    if args.mode == "import":
        figures = import_cost(args.name)
    else:
        pin(1)
        loop = asyncio.new_event_loop()
        figures = loop.run_until_complete(
            run(args.mode, args.name, args.url, args.seconds, args.count)
        )
    print(json.dumps(figures), flush=True)
    os._exit(0)  # held requests and streams are not torn down one by one


if __name__ == "__main__":
    main()
