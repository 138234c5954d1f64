"""Instructions per call and per stream, counted by valgrind: a figure that does not move with
the machine's load, to tell a small change from noise.

    python benchmarks/instructions.py [--calls N] [--streams N] [--json] [--quick] [--levels]

Each client runs in its own process under `valgrind --tool=cachegrind --cache-sim=no` against
the mock server (`_server.py`, not under valgrind): once with no calls and once with N (100
concurrent chat callers, 200 concurrent 20-chunk streams, after a warm-up); the difference over N
is the figure. The hash seed is fixed and what the warm-up left is frozen (`gc.freeze()`), so
a full collection is not charged to whichever client it happens to fall in: two runs of the
same code agree within 0.2 %. What it does not see: time in the
kernel, cache misses, and how a change moves work between loop iterations (a client running 50
times slower than the server always finds every reply waiting), so the timed runs of
`compare.py` stay the reference and this one says where a change's cost went.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from compare import free_port  # noqa: E402

CLIENTS = (
    "raw aiohttp",
    "typed floor",
    "typed floor, our models",
    "floor: our models + guarantees",
    "ours, no telemetry",
    "ours, all off",
    "typed floor, INFO log",
    "ours, INFO log",
    "floor: spans=call",
    "ours, all on",
)
LEVELS = ("floor: spans=attempt", "ours, spans=attempt", "floor: spans=http", "ours, spans=http")
QUICK = ("raw aiohttp", "typed floor", "ours, no telemetry")
FLOOR_OF = {  # the floor each of ours is held to: the same work, nothing of ours around it
    "ours, no telemetry": "floor: our models + guarantees",  # the target: `/ typed`
    "ours, all off": "typed floor, our models",
    "ours, INFO log": "typed floor, INFO log",
    "ours, all on": "floor: spans=call",
    "ours, spans=attempt": "floor: spans=attempt",
    "ours, spans=http": "floor: spans=http",
}
WORKLOAD = """
import asyncio, gc, os, sys
sys.path.insert(0, {here!r})
from _clients import CLIENTS

async def main(mode, name, url, count):
    client = CLIENTS[name](url)
    call = client.chat if mode == "chat" else client.stream
    callers = 100 if mode == "chat" else 200
    for _ in range(3):
        await asyncio.gather(*(call() for _ in range(callers)))
    gc.collect()
    gc.freeze()  # what warm-up left is not rescanned: a full collection is not charged by chance
    left = [count]

    async def caller():
        while left[0] > 0:
            left[0] -= 1
            await call()

    await asyncio.gather(*(caller() for _ in range(callers)))
    await client.close()

asyncio.new_event_loop().run_until_complete(main(*sys.argv[1:4], int(sys.argv[4])))
os._exit(0)
"""


def instructions(valgrind: str, mode: str, name: str, url: str, count: int) -> int:
    """Instructions the whole process ran (valgrind's `I refs`)."""
    done = subprocess.run(
        [
            valgrind,
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
            sys.executable,
            "-c",
            WORKLOAD.format(here=str(HERE)),
            mode,
            name,
            url,
            str(count),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONHASHSEED": "0"},  # the same dict layouts every run
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"{name} ({mode}) failed under valgrind:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


@contextmanager
def serving() -> Iterator[str]:
    """The mock server in its own process (not under valgrind); yields its URL."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, str(HERE / "_server.py"), "--port", str(port), "--chunks", "20"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        if server.stdout.readline().strip() != "ready":
            raise SystemExit("the mock server did not start")
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(10)


def measure(
    valgrind: str, clients: tuple[str, ...], calls: int, streams: int
) -> dict[str, dict[str, float]]:
    figures: dict[str, dict[str, float]] = {}
    with serving() as url:
        for name in clients:
            row = figures[name] = {}
            for mode, count in (("chat", calls), ("stream", streams)):
                base = instructions(valgrind, mode, name, url, 0)
                row[mode] = (instructions(valgrind, mode, name, url, count) - base) / count
    return figures


def table(figures: dict[str, dict[str, float]]) -> str:
    """Each client's figures, and its ratios to raw aiohttp, to the typed floor (aiohttp with
    pydantic models and a request id: what any typed client must do), to the typed floor with
    this client's own models (what the API's whole models cost by themselves), and to its own
    floor (`FLOOR_OF`: the typed floor plus the same log record, or raw aiohttp plus the same
    OpenTelemetry SDK calls)."""
    names = ("raw aiohttp", "typed floor", "typed floor, our models")
    floors = [figures.get(name) for name in names]
    lines = [
        "| client | per chat call | / raw | / typed | / our models | / its floor "
        "| per 20-chunk stream | / raw | / typed | / our models | / its floor |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, row in figures.items():
        own = figures.get(FLOOR_OF.get(name, ""))
        cells = []
        for mode in ("chat", "stream"):
            cells.append(f"{row[mode]:,.0f}")
            cells += [f"{row[mode] / f[mode]:.2f}x" if f else "-" for f in (*floors, own)]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=1000, help="chat calls counted (1000)")
    parser.add_argument("--streams", type=int, default=300, help="streams counted (300)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--levels", action="store_true", help="also the spans=attempt and spans=http pairs"
    )
    parser.add_argument(
        "--quick", action="store_true", help="the two floors and ours without telemetry, 50 each"
    )
    args = parser.parse_args(argv)
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        print("valgrind is not installed (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    clients = QUICK if args.quick else CLIENTS + (LEVELS if args.levels else ())
    calls, streams = (50, 50) if args.quick else (args.calls, args.streams)
    figures: dict[str, Any] = measure(valgrind, clients, calls, streams)
    print(json.dumps(figures, indent=2) if args.json else table(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
