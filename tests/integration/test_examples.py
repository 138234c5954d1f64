"""The shipped examples run as documented."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO


def test_quickstart_runs() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MISTRAL_")}
    done = subprocess.run(
        [sys.executable, "examples/quickstart.py"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("echo: Hello from the quick start")
