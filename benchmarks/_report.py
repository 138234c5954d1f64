"""The tables of a `compare.py` run: side by side, telemetry levels against their floors, callers
past the pool, the per-call log, imports, micro-benchmarks, and where issue 23's targets stand."""

from __future__ import annotations

import statistics
from typing import Any

RAW, GATED = "raw aiohttp", "raw aiohttp, FIFO gate"
ON, OFF, UNOBSERVED = "ours, all on", "ours, all off", "ours, no telemetry"
INFO_LOG, SAMPLED = "ours, INFO log", "ours, 10% sampled"
LEVELS = [  # (tracing.spans, ours, its floor)
    ("call", ON, "floor: spans=call"),
    ("attempt", "ours, spans=attempt", "floor: spans=attempt"),
    ("http", "ours, spans=http", "floor: spans=http"),
]
SIDE_BY_SIDE = [RAW, ON, UNOBSERVED, OFF, INFO_LOG, "openai SDK", "mistralai SDK"]
CROWD_CLIENTS = [RAW, GATED, ON, UNOBSERVED, OFF]
MEMORY_CLIENTS = [RAW, ON, UNOBSERVED, OFF, "openai SDK", "mistralai SDK"]
FLOOR = "floor: aiohttp + pydantic-settings (one model)"
Figures = dict[str, dict[str, list[float]]]

THROUGHPUT = [  # (key, heading, higher is better)
    ("seq_p50_ms", "sequential p50 ms", False),
    ("seq_p99_ms", "sequential p99 ms", False),
    ("chat_c10", "chat/s, 10 callers", True),
    ("chat_c100", "chat/s, 100 callers", True),
    ("chat_c500", "chat/s, 500 callers", True),
    ("cpu_us_per_call", "CPU us per call", False),
    ("stream_c200_chunks", "chunks/s, 200 streams", True),
    ("stream_c200_streams", "streams/s, 200", True),
    ("stream_c500_chunks", "chunks/s, 500 streams", True),
    ("stream_c500_streams", "streams/s, 500", True),
    ("cpu_us_per_stream", "CPU us per stream", False),
]
MEMORY = [
    ("request_rss_kib", "RSS KiB per in-flight request"),
    ("request_traced_kib", "traced KiB per in-flight request"),
    ("stream_rss_kib", "RSS KiB per open stream"),
    ("stream_traced_kib", "traced KiB per open stream"),
]
CROWD = [
    (f"crowd{n}_{key}", f"{n:,} callers: {what}")
    for n in (1000, 2000)
    for key, what in (
        ("rate", "calls/s"),
        ("p50_ms", "p50 ms"),
        ("p99_ms", "p99 ms"),
        ("served", "% of callers served"),
    )
]


def med(values: list[float] | None) -> float:
    return statistics.median(values) if values else float("nan")


def div(a: float, b: float) -> float:
    """a / b, or nan when b is 0 or not measured."""
    return a / b if b and b == b else float("nan")


def cell(values: list[float] | None, digits: int = 0) -> str:
    if not values:
        return "-"
    fmt = f"{{:,.{digits}f}}"
    if len(values) == 1:
        return fmt.format(values[0])
    return f"{fmt.format(med(values))} ({fmt.format(min(values))}-{fmt.format(max(values))})"


def digits_for(key: str) -> int:
    return 2 if key.endswith(("_ms", "_kib", "_mib")) else 0


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(head) + " |", "| --- |" + " ---: |" * (len(head) - 1)]
    return out + ["| " + " | ".join(row) + " |" for row in rows]


def _ratio(mine: list[float] | None, base: list[float] | None) -> str:
    return f"{med(mine) / med(base):.2f}x" if mine and base and med(base) else "-"


def _per_round(mine: list[float] | None, base: list[float] | None) -> str:
    """Each round's ratio, min-max (the rounds pair up: same order, same machine state)."""
    if not mine or not base or len(mine) != len(base):
        return "-"
    ratios = [a / b for a, b in zip(mine, base, strict=True) if b]
    return f"{min(ratios):.2f}-{max(ratios):.2f}x" if ratios else "-"


def tables(run: dict[str, Any]) -> str:
    results: Figures = run["results"]
    out = [f"Run: {run['run']}", "", "### Side by side", ""]
    clients = [name for name in SIDE_BY_SIDE if name in results]
    rows = [
        [heading, *(cell(results[n].get(key), digits_for(key)) for n in clients)]
        for key, heading, _ in THROUGHPUT
    ]
    rows += [[heading, *(cell(results[n].get(key), 1) for n in clients)] for key, heading in MEMORY]
    out += _table(["figure", *clients], rows)
    out += ["", "Ratios to raw aiohttp (medians, and each round's ratio min-max; throughput: "
            "higher is better; latency, CPU and memory: lower is better):", ""]  # fmt: skip
    others = [name for name in clients if name != RAW]
    rows = []
    for key, heading, _ in THROUGHPUT + [(k, h, False) for k, h in MEMORY]:
        base = results.get(RAW, {}).get(key)
        rows.append([heading, *(
            f"{_ratio(results[n].get(key), base)} ({_per_round(results[n].get(key), base)})"
            for n in others
        )])  # fmt: skip
    out += _table(["figure", *others], rows)
    out += ["", "### Telemetry levels against their floors", "",
            "Each floor is raw aiohttp making the same OpenTelemetry SDK calls for the same "
            "signal set; `ours / floor` is what our code costs around the SDK. The cost per "
            "call is CPU per call beyond ours without telemetry.", ""]  # fmt: skip
    rows = []
    bare = results.get(UNOBSERVED, {})
    for level, ours, floor in [*LEVELS, ("call, 10% sampled", SAMPLED, "")]:
        mine, base = results.get(ours, {}), results.get(floor, {})
        cost = med(mine.get("cpu_us_per_call")) - med(bare.get("cpu_us_per_call"))
        rows.append([
            level,
            cell(mine.get("chat_c100")), cell(base.get("chat_c100")),
            _ratio(mine.get("chat_c100"), base.get("chat_c100")),
            _ratio(mine.get("stream_c200_chunks"), base.get("stream_c200_chunks")),
            cell(mine.get("cpu_us_per_call")), cell(base.get("cpu_us_per_call")),
            "-" if cost != cost else f"{cost:,.0f}",  # nan: a client not measured
        ])  # fmt: skip
    out += _table(
        ["tracing.spans", "ours chat/s (100)", "floor chat/s (100)", "ours / floor, chat",
         "ours / floor, 200 streams", "ours CPU us/call", "floor CPU us/call",
         "telemetry us/call"],
        rows,
    )  # fmt: skip
    crowd = [name for name in CROWD_CLIENTS if name in results]
    if any(results[n].get("crowd1000_rate") for n in crowd):
        out += ["", "### Past the pool (500 connections)", ""]
        rows = [[h, *(cell(results[n].get(k), digits_for(k)) for n in crowd)] for k, h in CROWD]
        out += _table(["figure", *crowd], rows)
    out += ["", "| import (bare interpreter) | ms | RSS MiB |", "| --- | ---: | ---: |"]
    for row in run.get("imports", []):
        figures = results.get(f"import {row}", {})
        if figures:
            shown = row if " " in row else f"`{row}`"
            out.append(f"| {shown} | {cell(figures.get('import_ms'), 1)} | "
                       f"{cell(figures.get('import_rss_mib'), 1)} |")  # fmt: skip
    if "micro" in results:
        out += ["", "| micro-benchmark | us per operation |", "| --- | ---: |"]
        out += [f"| {key} | {cell(values, 2)} |" for key, values in results["micro"].items()]
    out += ["", targets(results)]
    return "\n".join(out) + "\n"


def targets(results: Figures) -> str:
    """Issue 23's targets as this run measured them."""
    raw = results.get(RAW, {})
    rows: list[str] = []

    def m(name: str, key: str) -> float:
        return med(results.get(name, {}).get(key))

    def goal(text: str, value: float, limit: float, higher: bool, unit: str = "x") -> None:
        if value != value:  # not measured in this run (nan)
            rows.append(f"| {text} | - |")
            return
        ok = value >= limit if higher else value <= limit
        shown = f"{value:.2f}x" if unit == "x" else f"{value:,.1f} {unit}"
        rows.append(f"| {text} | {shown} {'met' if ok else 'missed'} |")

    for key, what, limit in (
        ("chat_c100", "chat/s at 100 callers", 0.85),
        ("chat_c500", "chat/s at 500 callers", 0.85),
        ("stream_c200_chunks", "200 streams, chunks/s", 0.9),
    ):
        goal(f"no telemetry: {what} >= {limit}x raw", div(m(UNOBSERVED, key), med(raw.get(key))),
             limit, True)  # fmt: skip
    goal("no telemetry: CPU per call <= raw + 40 us",
         m(UNOBSERVED, "cpu_us_per_call") - med(raw.get("cpu_us_per_call")), 40, False, "us more")  # fmt: skip
    for level, ours, floor in LEVELS:
        for key, what in (("chat_c100", "chat at 100"), ("stream_c200_chunks", "200 streams")):
            goal(f"spans={level}: {what} >= 0.9x its floor", div(m(ours, key), m(floor, key)), 0.9,
                 True)  # fmt: skip
    for callers in (1000, 2000):
        goal(f"{callers:,} callers, no telemetry: every caller served",
             m(UNOBSERVED, f"crowd{callers}_served"), 100, True, "%")  # fmt: skip
        goal(f"{callers:,} callers, no telemetry: p99 <= 1.5x raw behind a FIFO gate",
             div(m(UNOBSERVED, f"crowd{callers}_p99_ms"), m(GATED, f"crowd{callers}_p99_ms")),
             1.5, False)  # fmt: skip
        goal(f"{callers:,} callers, no telemetry: calls/s >= raw aiohttp's",
             div(m(UNOBSERVED, f"crowd{callers}_rate"), m(RAW, f"crowd{callers}_rate")), 1.0,
             True)  # fmt: skip
    goal("logging.level = INFO: chat at 100 >= 0.8x raw",
         div(m(INFO_LOG, "chat_c100"), med(raw.get("chat_c100"))), 0.8, True)  # fmt: skip
    floor_rss, floor_ms = m(f"import {FLOOR}", "import_rss_mib"), m(f"import {FLOOR}", "import_ms")
    goal("import RSS <= the floor + 5 MiB",
         m("import integrations_mistral", "import_rss_mib") - floor_rss, 5, False, "MiB more")  # fmt: skip
    goal("import time <= the floor + 100 ms",
         m("import integrations_mistral", "import_ms") - floor_ms, 100, False, "ms more")  # fmt: skip
    return "\n".join(["| target (issue 23) | this run |", "| --- | ---: |", *rows])
