"""Generate the typed models and services of every operation the hand-written areas leave.

    python tools/generate_api.py          # write them
    python tools/generate_api.py --check  # fail if generating again would change anything

Without the document, --check says "skipped" and passes, except under CI=true, where it fails.

Reads ../shared/spec/mistral-openapi-full.yaml (or MISTRAL_OPENAPI_FULL_SPEC); see docs/api.md.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.apigen.build import RESPONSES, SERVICES, TYPES, build
from tools.apigen.spec import ROOT, spec_paths


def tidy(path: str, text: str) -> str:
    """The text as ruff leaves it (imports sorted, formatted), so the output is stable."""
    if not path.endswith(".py"):
        return text
    for command in (["check", "--fix-only", "--quiet"], ["format"]):
        text = subprocess.run(  # noqa: S603  # ruff, on our own text
            [sys.executable, "-m", "ruff", *command, "--stdin-filename", path, "-"],
            input=text,
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout
    return text


def refresh(description: str, files: dict[Path, str]) -> int:
    """The `main` of a tool that writes files: write those that changed, or with `--check` fail
    naming them (tools/settings_keys.py, tools/areas.py)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    check = parser.parse_args().check
    stale = [p for p, text in files.items() if not p.is_file() or p.read_text("utf-8") != text]
    if check and stale:
        print(f"out of date; run: python {sys.argv[0]}", *stale, sep="\n  ", file=sys.stderr)
        return 1
    for path in [] if check else stale:
        path.write_text(files[path], encoding="utf-8")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    options = parser.parse_args()
    full, _ = spec_paths()
    if not full.is_file():  # a user's fresh clone: nothing to compare with; CI always has it
        in_ci = os.environ.get("CI", "").lower() in ("1", "true", "yes")
        print(
            f"generate_api: skipped: no OpenAPI document at {full} (set MISTRAL_OPENAPI_FULL_SPEC)"
            + ("; CI must have it" if in_ci else ""),
            file=sys.stderr,
        )
        return 0 if options.check and not in_ci else 1
    files = {path: tidy(path, text) for path, text in build().items()}
    stale = []
    for path, text in sorted(files.items()):
        target = ROOT / path
        current = target.read_text(encoding="utf-8") if target.is_file() else None
        if current != text:
            stale.append(path)
            if not options.check:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
    known = set(files)
    for folder in (TYPES, SERVICES):
        for old in sorted((ROOT / folder).glob("*.py")):
            relative = str(old.relative_to(ROOT))
            if relative not in known:
                stale.append(relative)
                if not options.check:
                    old.unlink()
    if options.check and stale:
        print("generated code is out of date; run: python tools/generate_api.py", file=sys.stderr)
        for path in stale:
            print(f"  {path}", file=sys.stderr)
        return 1
    what = "up to date" if not stale else f"{len(stale)} files written"
    print(f"generate_api: {len(files)} files ({what}); {RESPONSES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
