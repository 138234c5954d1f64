"""The benchmark scripts keep working (sizes tiny; no timing is asserted)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ("streaming.py", {"integrations-mistral", "raw aiohttp", "official mistralai SDK"}),
        (
            "observability.py",
            {"raw aiohttp", "ours, telemetry off", "ours, tracing + metrics on"},
        ),
    ],
)
def test_benchmark_runs_quick(script: str, expected: set[str]) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MISTRAL_")}
    done = subprocess.run(
        [sys.executable, f"benchmarks/{script}", "--quick"],
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
    assert expected <= set(names)
