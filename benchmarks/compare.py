"""The side-by-side benchmark: every client against one mock server, ratios to raw aiohttp.

    python benchmarks/compare.py [--rounds 5] [--seconds 1.0] [--record] [--quick]
    python benchmarks/compare.py --from benchmarks/last-run.json   # tables of a saved run

The mock server (`_server.py`) runs in its own process on core 0; each client is measured in a
fresh process on core 1 (`_worker.py`), in alternating order round after round (odd rounds run
the clients in reverse), so no client always gets the warmer machine. Every figure is the median
over the rounds with its min and max, and ratios with each round's ratio. Clients
(`_clients.py`, `_floors.py`): raw aiohttp (the floor), raw aiohttp behind a FIFO gate, raw
aiohttp making the OpenTelemetry SDK calls of each `tracing.spans` level (the telemetry floors),
the `openai` and `mistralai` SDKs, and integrations-mistral with everything on (retry, breaker,
limiter enabled but never blocking; tracing and metrics through the SDK) at each detail level
and at 10 % sampling, with the resilience parts on but no telemetry, with all of it off, and
with the per-call INFO log record written as JSON. Some clients also face 1,000 and 2,000
callers on the pool of 500 (`crowd`); some have their memory read.
Micro-benchmarks (`micro.py`) and import costs run in the same rounds. `--record` writes the
tables to RESULTS.md; the targets table shows where issue 23's goals stand.
"""

from __future__ import annotations

import argparse
import json
import platform
import socket
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _clients import CLIENTS  # noqa: E402
from _report import CROWD_CLIENTS, FLOOR, MEMORY_CLIENTS, Figures, tables  # noqa: E402

RESULTS = HERE / "RESULTS.md"
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
    FLOOR: "import aiohttp, pydantic_settings\n" + SETTINGS_MODEL,
}


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
            names = [name for name in CLIENTS if not args.only or name in args.only]
            order = names[::-1] if round_ % 2 else names
            for name in order:
                print(f"round {round_ + 1}/{args.rounds}: {name}", file=sys.stderr, flush=True)
                runs = [worker("throughput", name, url, "--seconds", str(args.seconds))]
                if name in CROWD_CLIENTS:
                    runs.append(worker("crowd", name, url, "--seconds", str(2 * args.seconds)))
                kinds = ("request-rss", "request-traced", "stream-rss", "stream-traced")
                for kind in kinds if name in MEMORY_CLIENTS else ():
                    runs.append(worker(f"memory-{kind}", name, url, "--count", str(args.count)))
                for figures in runs:
                    for key, value in figures.items():
                        results[name][key].append(value)
            if args.no_extras:
                continue
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
        "imports": list(IMPORTS),
    }


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
    parser.add_argument(
        "--only", action="append", choices=list(CLIENTS), help="measure these clients only"
    )
    parser.add_argument("--no-extras", action="store_true", help="skip imports and micro")
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
