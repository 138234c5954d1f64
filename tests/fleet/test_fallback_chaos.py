"""Chaos: 4 processes x 200 calls while the primary deployment flaps. Its breaker is shared through
Redis; the backup profile takes the calls only while the primary is down."""

from __future__ import annotations

import asyncio
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from tests.fleet.conftest import run_replicas

pytest.importorskip("redis")

FLAP_SECS = 0.6  # the primary is up, then down, for this long, in turn
TIMEOUT_SECS = 0.2  # its circuit's open time: one trial (fleet-wide) after it
THRESHOLD = 3


def config(tmp_path: Path, primary: str, backup: str, redis: str) -> tuple[Path, Path]:
    prefix = f"chaos-{uuid.uuid4().hex}"
    common = """allow_insecure_http = true
[{p}.retry]
max_attempts = 2
initial_delay_ms = 1
max_delay_ms = 2
jitter = "none"
"""
    text = f"""
[primary.client]
base_url = "{primary}"
{common.format(p="primary")}
[primary.circuit_breaker]
backend = "redis"
redis_url = "{redis}"
failure_threshold = {THRESHOLD}
success_threshold = 1
timeout_secs = {TIMEOUT_SECS}
[primary.rate_limit]
redis_key_prefix = "{prefix}"
[primary.fallback]
profiles = ["backup"]
[backup.client]
base_url = "{backup}"
{common.format(p="backup")}
"""
    path = tmp_path / "mistral.toml"
    path.write_text(text)
    credentials = tmp_path / "credentials"
    credentials.write_text('[default]\napi_key = "chaos-key"\n')
    return path, credentials


async def test_no_call_lost_none_sent_to_an_open_target_fallback_only_while_needed(
    upstreams: Any, redis_url: str, tmp_path: Path
) -> None:
    primary, backup = await upstreams("ok"), await upstreams("ok")
    path, credentials = config(tmp_path, primary.url, backup.url, redis_url)
    settings = {
        "profile": "primary",
        "config_file": str(path),
        "credentials_file": str(credentials),
    }
    start_at = time.time() + 3.0
    spec = {"settings": settings, "calls": 200, "start_at": start_at, "pause": 0.01}
    replicas = asyncio.ensure_future(run_replicas([spec] * 4, str(tmp_path)))
    flips: list[tuple[float, str]] = [(0.0, "ok")]
    await asyncio.sleep(max(0.0, start_at - time.time()))
    while not replicas.done():  # flap until every replica is through
        await asyncio.wait({replicas}, timeout=FLAP_SECS)
        primary.mode = "fail" if primary.mode == "ok" else "ok"
        flips.append((time.time(), primary.mode))
    results = replicas.result()
    calls = [call for replica in results for call in replica]

    assert len(calls) == 800 and all(call["ok"] for call in calls)  # no call lost
    served = {name: sum(c["profile"] == name for c in calls) for name in ("primary", "backup")}
    down_windows = sum(1 for _, mode in flips if mode == "fail")
    assert down_windows >= 2, flips
    # while the primary is down, the shared breaker lets through at most the threshold, one call
    # in flight per other replica, and one trial per open period; the rest go to the backup
    failed_at_primary = primary.count("fail")
    trials = down_windows * (int(FLAP_SECS / TIMEOUT_SECS) + 1)
    assert failed_at_primary <= down_windows * (THRESHOLD + 3) + trials, failed_at_primary
    assert served["backup"] > failed_at_primary  # the breaker, not the primary, turned them away
    # a call that starts once the primary has been up for a while is served by the primary
    settled = TIMEOUT_SECS + 0.15
    for call in calls:
        mode, since = _mode_at(flips, call["start"])
        if (
            mode == "ok"
            and call["start"] - since > settled
            and call["at"] < _next_flip(flips, call["start"])
        ):
            assert call["profile"] == "primary", (call, since)
    assert served["primary"] > served["backup"] / 2


def _mode_at(flips: list[tuple[float, str]], at: float) -> tuple[str, float]:
    mode, since = "ok", 0.0
    for flipped, new in flips:
        if flipped <= at:
            mode, since = new, flipped
    return mode, since


def _next_flip(flips: list[tuple[float, str]], at: float) -> float:
    return next((flipped for flipped, _ in flips if flipped > at), float("inf"))
