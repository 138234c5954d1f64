"""Every example runs as documented, offline against the embedded fake server."""

from __future__ import annotations

import asyncio
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
    "opentelemetry_export.py": "spans: ['mistral.chat.create']\nmetrics: ['gen_ai.client",
    "sync_client.py": "streamed: echo: streamed",
    "test_kit.py": "second call: SECOND TRY",
    "redis_limiter.py": "call 2: refused",
    "tools.py": "after 2 turns: echo: sunny in Lyon, 21 C",
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


@pytest.mark.parametrize(
    ("example", "blocked", "extra"),
    [
        ("opentelemetry_export.py", "opentelemetry.sdk", "otel"),
        ("redis_limiter.py", "redis", "redis"),
    ],
)
def test_an_example_whose_extra_is_missing_says_so_in_one_line(
    example: str, blocked: str, extra: str
) -> None:
    code = (
        "import runpy, sys\n"
        f"sys.modules[{blocked!r}] = None  # as if the extra were not installed\n"
        f"sys.path.insert(0, {str(REPO / 'examples')!r})\n"
        f"runpy.run_path({str(REPO / 'examples' / example)!r}, run_name='__main__')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "REDIS_URL": "redis://127.0.0.1:9/0"},
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1, done.stderr
    assert f"needs the [{extra}] extra" in done.stderr and "Traceback" not in done.stderr


async def test_the_readmes_first_example_runs_as_a_script(server: object, tmp_path: object) -> None:
    """Copied into a file as it stands (a script, not a notebook) and pointed at the fake
    server through the environment, the README's first example runs."""
    from pathlib import Path

    readme = (REPO / "README.md").read_text()
    first = readme.split("```python\n", 1)[1].split("```", 1)[0]
    script = Path(str(tmp_path)) / "first.py"
    script.write_text(first)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MISTRAL_")}
    env.update(
        MISTRAL_API_KEY="test-key",
        MISTRAL_BASE_URL=server.url,  # type: ignore[attr-defined]
        MISTRAL_CLIENT__ALLOW_INSECURE_HTTP="true",
    )
    done = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, str(script)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )  # in a thread: the fake server answers on this test's loop
    assert done.returncode == 0, done.stderr[-2000:]
    assert "echo: Name one French painter." in done.stdout
