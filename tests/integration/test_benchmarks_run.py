"""The benchmark suite keeps working (sizes tiny; no timing is asserted)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO


def run_quick(script: str) -> subprocess.CompletedProcess[str]:
    """`benchmarks/<script> --quick`, checked to succeed, with no MISTRAL_* settings around."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MISTRAL_")}
    done = subprocess.run(
        [sys.executable, f"benchmarks/{script}", "--quick"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def test_compare_runs_quick_and_prints_every_client_and_target() -> None:
    done = run_quick("compare.py")
    rows = [line for line in done.stdout.splitlines() if line.startswith("| ")]
    header = next(row for row in rows if row.startswith("| figure | raw aiohttp | ours"))
    columns = {cell.strip() for cell in header.split("|")[2:-1]}
    assert columns == {
        "raw aiohttp",
        "ours, all on",
        "ours, all off",
        "ours, no telemetry",
        "ours, INFO log",
        "openai SDK",
        "mistralai SDK",
    }
    names = [row.split("|")[1].strip() for row in rows]
    for figure in ("chat/s, 100 callers", "chunks/s, 200 streams", "RSS KiB per open stream"):
        assert names.count(figure) == 2, figure  # the figures and their ratios
    assert {"call", "attempt", "http", "call, 10% sampled"} <= set(names)  # telemetry levels
    crowd = next(row for row in rows if row.startswith("| figure | raw aiohttp | raw aiohttp, "))
    assert "raw aiohttp, FIFO gate" in crowd and "2,000 callers: % of callers served" in names
    assert "`integrations_mistral`" in names
    assert "integrations_mistral + every API area" in names
    assert "floor: aiohttp + pydantic-settings (one model)" in names
    assert "breaker: admit + record" in names
    targets = rows[rows.index(next(r for r in rows if r.startswith("| target ("))) + 2 :]
    cells = [cell.strip() for row in targets for cell in row.split("|")[2:-1]]
    assert len(targets) == 19
    assert all(cell == "-" or cell.endswith((" met", " missed")) for cell in cells), cells


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed")
def test_instruction_counts_run_quick_and_print_ratios() -> None:
    done = run_quick("instructions.py")
    rows = {
        row.split("|")[1].strip(): [cell.strip() for cell in row.split("|")[2:-1]]
        for row in done.stdout.splitlines()
        if row.startswith("| ") and not row.startswith(("| client", "| ---"))
    }
    assert set(rows) == {"raw aiohttp", "typed floor", "ours, no telemetry"}
    assert rows["raw aiohttp"][1] == rows["raw aiohttp"][6] == "1.00x"  # to raw aiohttp
    assert rows["typed floor"][2] == rows["typed floor"][7] == "1.00x"  # to the typed floor
    assert rows["ours, no telemetry"][4] == rows["ours, no telemetry"][9] == "-"  # not run
    for cells in rows.values():
        assert int(cells[0].replace(",", "")) > 10_000  # a call runs at least this many
        assert int(cells[5].replace(",", "")) > 10_000
        assert cells[3] == cells[8] == "-"  # the floor with our models is not in a quick run
