"""The side-by-side benchmark: every client against one mock server, ratios to raw aiohttp.

    python benchmarks/compare.py [--rounds 5] [--seconds 1.0] [--record] [--quick]
    python benchmarks/compare.py --from benchmarks/last-run.json   # tables of a saved run

The mock server (`_server.py`) runs in its own process on core 0; each client is measured in a
fresh process on core 1 (`_worker.py`), in alternating order round after round (odd rounds run
the clients in reverse), so no client always gets the warmer machine. Every figure is the median
over the rounds with its min and max. Clients: raw aiohttp (the floor), the `openai` and
`mistralai` SDKs, and integrations-mistral with everything on (retry, breaker, limiter enabled
but never blocking; tracing and metrics through the OpenTelemetry SDK), with the resilience
parts on but no telemetry, and with all of it off.
Micro-benchmarks (`micro.py`) and import costs run in the same rounds. `--record` writes the
tables to RESULTS.md; the targets table shows where issue 12's goals stand.
"""

from __future__ import annotations

import argparse
import json
import platform
import socket
import statistics
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "RESULTS.md"
RAW, ON, OFF = "raw aiohttp", "ours, all on", "ours, all off"
UNOBSERVED = "ours, no telemetry"
CLIENTS = [RAW, ON, UNOBSERVED, OFF, "openai SDK", "mistralai SDK"]
OURS = "import integrations_mistral as im"
SETTINGS_MODEL = "class S(pydantic_settings.BaseSettings):\n    x: int = 0"
IMPORTS = {  # row -> what a bare interpreter runs (rows named as a module import just that)
    "aiohttp": "import aiohttp",
    "integrations_mistral": OURS,
    "integrations_mistral + a client": f"{OURS}\nim.MistralClient.from_env(api_key='k')",
    "integrations_mistral + every API area": f"{OURS}\nc = im.MistralClient.from_env(api_key='k')\n"
    "for area in im.services.AREAS: getattr(c, area)",
    "openai": "import openai",
    "mistralai.client": "import mistralai.client",
    "floor: aiohttp + pydantic (one model)": "import aiohttp, pydantic\n"
    "class M(pydantic.BaseModel):\n    x: int = 0",
    "floor: aiohttp + pydantic-settings (one model)": "import aiohttp, pydantic_settings\n"
    + SETTINGS_MODEL,
}
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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def worker(*args: str, timeout: float = 600) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, str(HERE / "_worker.py"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"worker {args[:2]} failed:\n{done.stderr[-3000:]}")
    figures: dict[str, float] = json.loads(lines[-1])
    return figures


def measure(args: argparse.Namespace) -> dict[str, Any]:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, str(HERE / "_server.py"), "--port", str(port), "--chunks", "20"],
        stdout=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    results: Figures = defaultdict(lambda: defaultdict(list))
    try:
        assert server.stdout is not None
        if server.stdout.readline().strip() != "ready":
            raise SystemExit("the mock server did not start")
        for round_ in range(args.rounds):
            order = CLIENTS[::-1] if round_ % 2 else CLIENTS
            for name in order:
                print(f"round {round_ + 1}/{args.rounds}: {name}", file=sys.stderr, flush=True)
                runs = [worker("throughput", name, url, "--seconds", str(args.seconds))]
                for kind in ("request-rss", "request-traced", "stream-rss", "stream-traced"):
                    runs.append(worker(f"memory-{kind}", name, url, "--count", str(args.count)))
                for figures in runs:
                    for key, value in figures.items():
                        results[name][key].append(value)
            for row in list(IMPORTS)[::-1] if round_ % 2 else IMPORTS:
                for key, value in worker("import", IMPORTS[row]).items():
                    results[f"import {row}"][key].append(value)
            micro = subprocess.run(
                [sys.executable, str(HERE / "micro.py"), "--json"] + (["--quick"] * args.quick),
                capture_output=True,
                text=True,
                check=True,
            )
            for key, value in json.loads(micro.stdout.splitlines()[-1]).items():
                results["micro"][key].append(value)
    finally:
        server.terminate()
        server.wait(10)
    return {
        "run": f"Python {platform.python_version()}, {platform.machine()}, {args.rounds} "
        f"alternating rounds of {args.seconds:g} s per figure, medians (min-max); streams of 20 "
        f"chunks; memory over {args.count} requests or streams; pools of 500 connections.",
        "results": results,
    }


def med(values: list[float]) -> float:
    return statistics.median(values)


def cell(values: list[float] | None, digits: int = 0) -> str:
    if not values:
        return "-"
    fmt = f"{{:,.{digits}f}}"
    if len(values) == 1:
        return fmt.format(values[0])
    return f"{fmt.format(med(values))} ({fmt.format(min(values))}-{fmt.format(max(values))})"


def digits_for(key: str) -> int:
    return 2 if key.endswith(("_ms", "_kib", "_mib")) else 0


def tables(run: dict[str, Any]) -> str:
    results: Figures = run["results"]
    clients = [name for name in CLIENTS if name in results]
    out = [f"Run: {run['run']}", ""]
    out += ["| figure | " + " | ".join(clients) + " |", "| --- |" + " ---: |" * len(clients)]
    for key, heading, _ in THROUGHPUT:
        cells = [cell(results[name].get(key), digits_for(key)) for name in clients]
        out.append(f"| {heading} | " + " | ".join(cells) + " |")
    for key, heading in MEMORY:
        cells = [cell(results[name].get(key), 1) for name in clients]
        out.append(f"| {heading} | " + " | ".join(cells) + " |")
    out += [
        "",
        "Ratios to raw aiohttp (medians; throughput: client / raw, so higher is better; "
        "latency, CPU and memory: client / raw, so lower is better):",
        "",
    ]
    others = [name for name in clients if name != RAW]
    out += ["| figure | " + " | ".join(others) + " |", "| --- |" + " ---: |" * len(others)]
    for key, heading, _ in THROUGHPUT + [(k, h, False) for k, h in MEMORY]:
        base = results[RAW].get(key)
        cells = []
        for name in others:
            mine = results[name].get(key)
            cells.append(f"{med(mine) / med(base):.2f}x" if mine and base and med(base) else "-")
        out.append(f"| {heading} | " + " | ".join(cells) + " |")
    out += ["", "| import (bare interpreter) | ms | RSS MiB |", "| --- | ---: | ---: |"]
    for row in IMPORTS:
        figures = results.get(f"import {row}", {})
        if figures:
            shown = row if " " in row else f"`{row}`"
            out.append(
                f"| {shown} | {cell(figures.get('import_ms'), 1)} | "
                f"{cell(figures.get('import_rss_mib'), 1)} |"
            )
    if "micro" in results:
        out += ["", "| micro-benchmark | us per operation |", "| --- | ---: |"]
        for key, values in results["micro"].items():
            out.append(f"| {key} | {cell(values, 2)} |")
    out += ["", targets(results)]
    return "\n".join(out) + "\n"


def targets(results: Figures) -> str:
    """Issue 12's goals as measured in this run: for everything on, and (telemetry's own cost
    apart) for the resilience parts on without telemetry."""
    raw, on, off = results.get(RAW, {}), results.get(ON, {}), results.get(OFF, {})
    bare = results.get(UNOBSERVED, {})

    def m(figures: dict[str, list[float]], key: str) -> float:
        values = figures.get(key)
        return med(values) if values else float("nan")

    def ratio(mine: dict[str, list[float]], key: str) -> float:
        return m(mine, key) / m(raw, key)

    def more(mine: dict[str, list[float]], key: str, scale: float = 1) -> float:
        return (m(mine, key) - m(raw, key)) * scale

    rows = []

    def goal(text: str, limit: float, higher: bool, unit: str, *values: float) -> None:
        cells = []
        for value in values:
            ok = value >= limit if higher else value <= limit
            shown = f"{value:.2f}x" if unit == "x" else f"{value:,.1f} {unit}"
            cells.append(f"{shown} {'met' if ok else 'missed'}")
        cells += ["-"] * (2 - len(cells))
        rows.append(f"| {text} | " + " | ".join(cells) + " |")

    goal(
        "chat/s at 100 callers >= 0.85x raw",
        0.85,
        True,
        "x",
        ratio(on, "chat_c100"),
        ratio(bare, "chat_c100"),
    )
    goal(
        "chat/s at 500 callers >= 0.8x raw",
        0.8,
        True,
        "x",
        ratio(on, "chat_c500"),
        ratio(bare, "chat_c500"),
    )
    for key, what in (("stream_c200_chunks", "chunks/s"), ("stream_c200_streams", "streams/s")):
        goal(f"200 streams: {what} >= 0.9x raw", 0.9, True, "x", ratio(on, key), ratio(bare, key))
    goal(
        "CPU per call <= raw + 40 us",
        40,
        False,
        "us more",
        more(on, "cpu_us_per_call"),
        more(bare, "cpu_us_per_call"),
    )
    goal(
        "sequential p50 <= raw + 0.1 ms",
        100,
        False,
        "us more",
        more(on, "seq_p50_ms", 1000),
        more(bare, "seq_p50_ms", 1000),
    )
    for key, what in (
        ("request_traced_kib", "in-flight request"),
        ("stream_traced_kib", "open stream"),
    ):
        goal(
            f"traced memory per {what} <= 1.3x raw",
            1.3,
            False,
            "x",
            ratio(on, key),
            ratio(bare, key),
        )

    def rss_over_aiohttp(row: str) -> float:
        aiohttp = m(results.get("import aiohttp", {}), "import_rss_mib")
        return m(results.get(f"import {row}", {}), "import_rss_mib") - aiohttp

    goal(
        "import RSS <= aiohttp's + 10 MiB",
        10,
        False,
        "MiB more",
        rss_over_aiohttp("integrations_mistral"),
    )
    if f"import {FLOOR}" in results:  # what no client on the design's stack can go below
        goal(f"(the same for the {FLOOR})", 10, False, "MiB more", rss_over_aiohttp(FLOOR))
    goal(
        "tracing + metrics cost <= 15% (on / off, chat at 100)",
        0.85,
        True,
        "x",
        m(on, "chat_c100") / m(off, "chat_c100"),
    )
    goal(
        "tracing + metrics cost <= 15% (on / off, 200 streams)",
        0.85,
        True,
        "x",
        m(on, "stream_c200_chunks") / m(off, "stream_c200_chunks"),
    )
    head = [
        f"| target | {ON} | {UNOBSERVED} |",
        "| --- | ---: | ---: |",
    ]
    return "\n".join(head + rows)


def record(text: str) -> None:
    start, end = "<!-- compare:start -->", "<!-- compare:end -->"
    current = RESULTS.read_text()
    block = f"{start}\n{text}{end}"
    before, rest = current.split(start, 1)
    RESULTS.write_text(before + block + rest.split(end, 1)[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=1.0, help="per throughput figure")
    parser.add_argument("--count", type=int, default=200, help="requests/streams held for memory")
    parser.add_argument("--quick", action="store_true", help="tiny sizes (checks it runs)")
    parser.add_argument("--record", action="store_true", help="write the tables to RESULTS.md")
    parser.add_argument("--json", type=Path, default=HERE / "last-run.json", help="save the run")
    parser.add_argument("--from", dest="source", type=Path, help="print a saved run's tables")
    args = parser.parse_args(argv)
    if args.quick:
        args.rounds, args.seconds, args.count = 1, 0.1, 20
    if args.source:
        run = json.loads(args.source.read_text())
    else:
        run = measure(args)
        if not args.quick:
            args.json.write_text(json.dumps(run, indent=1))
    text = tables(run)
    print(text)
    if args.record:
        record(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
