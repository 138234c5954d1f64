"""The benchmark scripts keep working (sizes tiny; no timing is asserted)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO


def test_streaming_benchmark_runs_quick() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MISTRAL_")}
    done = subprocess.run(
        [sys.executable, "benchmarks/streaming.py", "--quick"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    rows = [line for line in done.stdout.splitlines() if line.startswith("| ")]
    names = [row.split("|")[1].strip() for row in rows]
    assert {"integrations-mistral", "raw aiohttp", "official mistralai SDK"} <= set(names)


def test_observability_benchmark_runs_quick() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MISTRAL_")}
    done = subprocess.run(
        [sys.executable, "benchmarks/observability.py", "--quick"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    rows = [line for line in done.stdout.splitlines() if line.startswith("| ")]
    names = [row.split("|")[1].strip() for row in rows]
    assert names[2:] == ["raw aiohttp", "ours, telemetry off", "ours, tracing + metrics on"]
