"""Prints the spec coverage table (operations implemented vs described) after the run."""

from __future__ import annotations

from typing import Any


def pytest_terminal_summary(terminalreporter: Any) -> None:
    from .spec import SPEC_PATH, coverage_table

    if not SPEC_PATH.is_file():
        return
    from .test_contract import implemented_operations

    terminalreporter.section("Mistral OpenAPI coverage")
    for line in coverage_table(implemented_operations()):
        terminalreporter.write_line(line)
