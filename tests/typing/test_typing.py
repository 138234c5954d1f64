"""Typed end to end, checked as users check their code: the scripts beside this file go through
`mypy --strict` and pyright; correct use passes clean, and each misuse is flagged on the line
that says so (by mypy with the message fragment written there)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
EXPECTED = re.compile(r"# E: (.+)$")


def _mypy(path: Path, cache: Path) -> dict[int, list[str]]:
    """mypy --strict's errors in `path`, by line."""
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--hide-error-context",
         "--cache-dir", str(cache), "--python-version", "3.10", str(path)],
        capture_output=True, text=True, timeout=600, check=False, cwd=HERE.parents[1],
    )  # fmt: skip
    found: dict[int, list[str]] = {}
    for line in done.stdout.splitlines():
        match = re.match(rf".*{re.escape(path.name)}:(\d+): error: (.*)$", line)
        if match:
            found.setdefault(int(match[1]), []).append(match[2])
    return found


def _pyright(path: Path) -> dict[int, list[str]]:
    """pyright's errors in `path`, by line (it ships in the dev extra, node included)."""
    pyright = shutil.which("pyright", path=str(Path(sys.executable).parent))
    if pyright is None:
        pytest.skip("pyright is not installed (pip install -e '.[dev]' installs it)")
    done = subprocess.run(
        [pyright, "--outputjson", "--pythonpath", sys.executable, "--pythonversion", "3.10",
         str(path)],
        capture_output=True, text=True, timeout=600, check=False, cwd=HERE.parents[1],
    )  # fmt: skip
    found: dict[int, list[str]] = {}
    for problem in json.loads(done.stdout)["generalDiagnostics"]:
        if problem["severity"] == "error":
            found.setdefault(problem["range"]["start"]["line"] + 1, []).append(problem["message"])
    return found


def _marked(path: Path) -> dict[int, str]:
    return {
        number: match[1]
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if (match := EXPECTED.search(line))
    }


@pytest.mark.parametrize("script", sorted(p.name for p in HERE.glob("ok_*.py")))
def test_correct_use_passes_pyright(script: str) -> None:
    assert _pyright(HERE / script) == {}


@pytest.mark.parametrize("script", sorted(p.name for p in HERE.glob("misuse_*.py")))
def test_pyright_flags_each_misuse_and_nothing_else(script: str) -> None:
    errors = _pyright(HERE / script)
    assert sorted(errors) == sorted(_marked(HERE / script)), errors


@pytest.mark.parametrize("script", sorted(p.name for p in HERE.glob("ok_*.py")))
def test_correct_use_type_checks_clean(
    script: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    errors = _mypy(HERE / script, tmp_path_factory.getbasetemp() / "mypy-cache")
    assert errors == {}, errors


@pytest.mark.parametrize("script", sorted(p.name for p in HERE.glob("misuse_*.py")))
def test_each_misuse_is_flagged_where_it_is(
    script: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = HERE / script
    expected = _marked(path)
    assert expected, "a misuse script marks its expected errors"
    errors = _mypy(path, tmp_path_factory.getbasetemp() / "mypy-cache")
    for number, fragment in expected.items():
        assert any(fragment in e for e in errors.get(number, [])), (number, fragment, errors)
    unexpected = {n: e for n, e in errors.items() if n not in expected}
    assert unexpected == {}, unexpected
