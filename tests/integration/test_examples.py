"""Every example runs as documented, offline against the embedded fake server."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO

EXPECTED = {
    "quickstart.py": "echo: Hello from the quick start",
    "chat.py": "reply: echo: Name a French painter.",
    "streaming.py": "finish_reason: stop",
    "tool_calling.py": "tool call: get_weather -> sunny in Lyon",
    "structured_output.py": "parsed: title='Dune' authors=['Frank Herbert']",
    "embeddings.py": "embeddings: 3 vectors",
    "fim.py": "middle: ",
    "files.py": "downloaded: copy.jsonl",
    "batch.py": "status: QUEUED",
    "fine_tuning.py": "status: QUEUED",
    "agents.py": "says: echo: Hello agent",
    "classifiers.py": "moderation categories:",
    "ocr.py": "ocr pages: 1",
    "models.py": "models: ['mistral-small-latest'",
    "profiles_and_env.py": "retry.max_attempts = 7  (from env MISTRAL_RETRY__MAX_ATTEMPTS)",
    "opentelemetry_export.py": "spans: ['mistral.http.request', 'mistral.resilience.execute', 'mistral.chat.create']",
    "sync_client.py": "streamed: echo: streamed",
    "test_kit.py": "second call: SECOND TRY",
    "redis_limiter.py": "call 2: refused",
}


def test_every_example_is_listed() -> None:
    shipped = {p.name for p in (REPO / "examples").glob("*.py") if not p.name.startswith("_")}
    assert shipped == set(EXPECTED)


@pytest.mark.parametrize("example", sorted(EXPECTED))
def test_example_runs(example: str, request: pytest.FixtureRequest) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MISTRAL_")}
    if example == "redis_limiter.py":
        env["REDIS_URL"] = request.getfixturevalue("redis_url")
    done = subprocess.run(
        [sys.executable, str(REPO / "examples" / example)],
        cwd=REPO / "examples",
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert EXPECTED[example] in done.stdout, done.stdout
