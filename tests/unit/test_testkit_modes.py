"""The test kit as users meet it: the pytest plugin's fixtures in pytest-asyncio's strict and auto
modes, and the mock client's errors matching the real client's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import integrations_mistral as im
from integrations_mistral.testing import MockMistralClient

USER_TESTS = """
import pytest
{marker}
async def test_client(mistral_client):
    reply = await mistral_client.chat.create(model="m", messages=[{{"role": "user", "content": "hi"}}])
    assert reply.text == "echo: hi"

{marker}
async def test_server(mistral_fake_server):
    assert mistral_fake_server.url.startswith("http://127.0.0.1:")

def test_mock(mistral_mock):
    mistral_mock.chat.create.returns("ok")
"""


@pytest.mark.parametrize("mode", ["strict", "auto"])
def test_the_plugin_fixtures_work_in_strict_and_auto_mode(tmp_path: Path, mode: str) -> None:
    marker = "@pytest.mark.asyncio" if mode == "strict" else ""
    done = run_user_tests(tmp_path, USER_TESTS.format(marker=marker), mode)
    assert "3 passed" in done.stdout


def run_user_tests(folder: Path, tests: str, mode: str) -> subprocess.CompletedProcess[str]:
    """`tests` run by pytest in `folder` as a user's project would, in pytest-asyncio's `mode`;
    they must pass."""
    (folder / "test_user.py").write_text(tests)
    (folder / "pytest.ini").write_text(
        f"[pytest]\nasyncio_mode = {mode}\nasyncio_default_fixture_loop_scope = function\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(folder)],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:]
    return done


async def test_the_mock_suggests_the_argument_name() -> None:
    mock = MockMistralClient()
    mock.chat.create.returns("ok")
    with pytest.raises(im.RequestValidationError, match=r"'modle' \(did you mean 'model'\?\)"):
        await mock.chat.create(modle="m", messages=[])


def test_the_strict_mode_example_of_the_docs_runs_as_written(tmp_path: Path) -> None:
    docs = (Path(__file__).parents[2] / "docs" / "testing.md").read_text()
    section = docs.split("## pytest fixtures", 1)[1]
    example = section.split("```python\n", 1)[1].split("```", 1)[0]
    assert "@pytest.mark.asyncio" in example
    assert "1 passed" in run_user_tests(tmp_path, example, "strict").stdout
