"""Write what type checkers must see of the area table (`services.AREAS`, one row per area):

- `src/integrations_mistral/services/_areas.py`: every area's service class and blocking face,
  imported for type checkers (the package finds them at run time by the table);
- `src/integrations_mistral/_areas.py`: the clients' service attributes, one per area;
- `src/integrations_mistral/types/_areas.py`: the hand-written areas' models (each module's
  `__all__`), found by `types` on first use and imported for type checkers.

    python tools/areas.py          # write them
    python tools/areas.py --check  # fail if writing them again would change them

Adding an area is its module(s), its row in `services.AREAS` (or the generator's), then this.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.generate_api import refresh, tidy  # noqa: E402  (after the path it needs)

PACKAGE = ROOT / "src/integrations_mistral"
HEADER = "Written by tools/areas.py from the area table (`services.AREAS`); do not edit."


def _table() -> dict[str, str]:
    """Area -> service class, chat first (its service is built with the client, not lazily)."""
    sys.path.insert(0, str(ROOT / "src"))
    from integrations_mistral.services import AREAS

    return {"chat": "ChatService", **AREAS}


def _services_areas(table: dict[str, str]) -> str:
    """The lazily found areas' classes (chat's come with the package)."""
    from integrations_mistral.services import _MODULE_OF

    classes = sorted((c for c in table.values() if c in _MODULE_OF), key=_MODULE_OF.__getitem__)
    imports = [f"    from .{_MODULE_OF[cls]} import {cls}, Sync{cls}" for cls in classes]
    names = sorted(name for cls in classes for name in (cls, f"Sync{cls}"))
    return (
        f'"""Every area\'s service class and blocking face, for type checkers. {HEADER}"""\n\n'
        "from __future__ import annotations\n\n"
        "from typing import TYPE_CHECKING\n\n"
        "if TYPE_CHECKING:\n" + "\n".join(imports) + "\n\n"
        "__all__ = [" + ", ".join(f'"{n}"' for n in names) + "]\n"
    )


def _client_areas(table: dict[str, str]) -> str:
    lazy = {area: cls for area, cls in table.items() if area != "chat"}
    names = sorted({*table.values(), *(f"Sync{cls}" for cls in table.values())})
    lines = [
        f'"""The clients\' service attributes, one per area. {HEADER}"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING",
        "",
        "from ._area import Area, SyncArea",
        "",
        "if TYPE_CHECKING:",
        f"    from .services import {', '.join(names)}",
        "",
        '__all__ = ["ClientAreas", "SyncClientAreas"]',
        "",
        "",
        "class ClientAreas:",
        '    """`MistralClient`\'s areas, each built on first use (chat: with the client)."""',
        "",
        "    chat: ChatService",
        *(f"    {area}: Area[{cls}] = Area()" for area, cls in lazy.items()),
        "",
        "",
        "class SyncClientAreas:",
        '    """`SyncMistralClient`\'s areas: the blocking faces, each made on first use."""',
        "",
        *(f"    {area}: SyncArea[Sync{cls}] = SyncArea()" for area, cls in table.items()),
    ]
    return "\n".join(lines) + "\n"


def _lazy_type_modules() -> list[str]:
    """The hand-written `types` modules not imported with the package (those `types/__init__`
    imports at its top are chat's, loaded with it)."""
    init = PACKAGE / "types/__init__.py"
    eager = {
        node.module
        for node in ast.parse(init.read_text("utf-8")).body
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
    }
    return sorted(
        p.stem
        for p in (PACKAGE / "types").glob("*.py")
        if not p.stem.startswith("_") and p.stem not in eager
    )


def _types_areas() -> str:
    rows, names, imports = [], [], []
    for module in _lazy_type_modules():
        found = importlib.import_module(f"integrations_mistral.types.{module}")
        exported = sorted(n for n in found.__all__ if not inspect.isfunction(getattr(found, n)))
        imports.append(f"    from .{module} import {', '.join(exported)}")
        rows.append(f'    "{module}": (' + ", ".join(f'"{n}"' for n in exported) + ",),")
        names += exported
    lines = [
        f'"""The hand-written areas\' models, by module. {HEADER}"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING",
        "",
        "if TYPE_CHECKING:",
        *imports,
        "",
        "LAZY: dict[str, tuple[str, ...]] = {",
        *rows,
        "}",
        '"""Module -> the models it defines, imported on first use of one of them."""',
        "",
        "__all__ = [" + ", ".join(f'"{n}"' for n in ["LAZY", *sorted(names)]) + "]",
    ]
    return "\n".join(lines) + "\n"


def render() -> dict[Path, str]:
    table = _table()
    files = {
        PACKAGE / "services/_areas.py": _services_areas(table),
        PACKAGE / "_areas.py": _client_areas(table),
        PACKAGE / "types/_areas.py": _types_areas(),
    }
    return {path: tidy(str(path.relative_to(ROOT)), text) for path, text in files.items()}


def main() -> int:
    return refresh(__doc__.splitlines()[0], render())


if __name__ == "__main__":
    raise SystemExit(main())
