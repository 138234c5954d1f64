"""Write `tests/MAP.md`: for each source module, the test files that exercise it by name (they
import it, or a name it defines through the package), so a newcomer finds a module's tests.

    python tools/test_map.py          # write it
    python tools/test_map.py --check  # fail if writing it again would change it
"""

from __future__ import annotations

import ast
import importlib
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.generate_api import refresh  # noqa: E402  (after the path it needs)

PACKAGE = "integrations_mistral"
SOURCE = ROOT / "src" / PACKAGE
TESTS = ROOT / "tests"
MAP = TESTS / "MAP.md"
FOLDERS = {
    "unit": "one module or one concept, no network beyond a fake server",
    "integration": "a client against the fake server or real loopback servers, per API area",
    "chaos": "misbehaving servers and inputs: limits, cuts, bad configuration, secrets",
    "edge": "the network edge: proxies, TLS made at test time, endpoints, credential sources",
    "resilience": "retry, breaker, limiters (memory and a real redis-server)",
    "streaming": "SSE decoding and streams",
    "observability": "tracing, metrics, logs, redaction",
    "fleet": "many processes and profiles: shared breaker, fallback under load",
    "contract": "requests and replies against Mistral's OpenAPI documents",
    "typing": "mypy --strict and pyright on user-style scripts and the docs' examples",
    "support": "the fakes and probes several folders share (misbehaving servers, in-memory telemetry)",
}


def _modules() -> list[str]:
    """Dotted names of the hand-written source modules (generated ones are mapped by folder)."""
    names = []
    for path in sorted(SOURCE.rglob("*.py")):
        relative = path.relative_to(SOURCE.parent).with_suffix("")
        if "_generated" in relative.parts:
            continue
        parts = list(relative.parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return names


def _home_of(package: str, name: str) -> str | None:
    """The module that defines `name`, exported by `package` (None: not ours)."""
    sys.path.insert(0, str(ROOT / "src"))
    try:
        value = getattr(importlib.import_module(package), name)
    except (ImportError, AttributeError):
        return f"{package}.{name}" if (SOURCE.parent / package.replace(".", "/")).is_dir() else None
    module = getattr(value, "__module__", None) or getattr(value, "__name__", None)
    return module if isinstance(module, str) and module.startswith(PACKAGE) else None


def _used_by(test: Path) -> set[str]:
    """The source modules a test file names: in its imports, and as `im.Name` through an
    imported package."""
    used: set[str] = set()
    tree = ast.parse(test.read_text())
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(PACKAGE):
                    used.add(alias.name)
                    aliases[alias.asname or alias.name] = alias.name
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(PACKAGE):
            module = node.module or ""
            for alias in node.names:
                home = _home_of(module, alias.name)
                used.add(home or module)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in aliases
        ):
            home = _home_of(aliases[node.value.id], node.attr)
            if home is not None:
                used.add(home)
    return used


def render() -> str:
    modules = _modules()
    tests_of: dict[str, list[str]] = defaultdict(list)
    for test in sorted(TESTS.rglob("test_*.py")):
        if ".mypy_cache" in test.parts:
            continue
        name = test.relative_to(ROOT).as_posix()
        for module in _used_by(test):
            while module and module not in modules:  # a private name: its module's file
                module = module.rpartition(".")[0]
            if module:
                tests_of[module].append(name)
    lines = [
        "# Where the tests of each module are",
        "",
        "Written by `tools/test_map.py` from the tests' imports; do not edit. Tests live in folders",
        "by kind of test; this map finds them by the module they exercise (a module reached only",
        "through the client, such as a service's `_` helpers, is listed with no file of its own).",
        "",
        "| folder | what its tests do |",
        "| --- | --- |",
        *(f"| `tests/{folder}/` | {what} |" for folder, what in FOLDERS.items()),
        "",
        "| module | tests that name it |",
        "| --- | --- |",
    ]
    for module in modules:
        found = sorted(set(tests_of.get(module, [])))
        shown = ", ".join(f"`{f.removeprefix('tests/')}`" for f in found[:8])
        more = f" and {len(found) - 8} more" if len(found) > 8 else ""
        lines.append(f"| `{module}` | {shown or 'through the client'}{more} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(refresh("the tests' map", {MAP: render()}))
