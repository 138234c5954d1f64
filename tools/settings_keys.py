"""Write `src/integrations_mistral/config/keys.py`: each settings section's keys as a TypedDict,
so `retry={"max_attemps": 3}` and `.retry(max_attemps=3)` are flagged by type checkers.

    python tools/settings_keys.py          # write it
    python tools/settings_keys.py --check  # fail if writing it again would change it

Read from the settings models themselves (the one declarative table); a value type is widened to
what the loader also accepts (a list for a tuple, a plain string for a secret).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.generate_api import refresh, tidy  # noqa: E402  (after the path it needs)

TARGET = ROOT / "src/integrations_mistral/config/keys.py"
HEADER = '''"""Each settings section's keys as a TypedDict (`RetryKeys` for `[retry]`), for keyword
overrides and the builder. Written by tools/settings_keys.py from the settings models; do not
edit (a test checks it is current)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, TypedDict

from pydantic import SecretStr

__all__ = [{names}]
'''


def _widened(annotation: str) -> str:
    """What a Python caller may pass for a field of this annotation."""
    annotation = re.sub(r"\btuple\[(.+?), \.\.\.\]", r"Sequence[\1]", annotation)
    annotation = re.sub(r"\bdict\[", "Mapping[", annotation)
    return annotation.replace("SecretStr", "str | SecretStr")


def _class_name(section: str) -> str:
    return "".join(part.capitalize() for part in section.split("_")) + "Keys"


def render() -> str:
    sys.path.insert(0, str(ROOT / "src"))
    from integrations_mistral.config.sources import SECTIONS

    names = [_class_name(section) for section in SECTIONS]
    parts = [HEADER.format(names=", ".join(f'"{n}"' for n in sorted(names)))]
    for section, model in SECTIONS.items():
        annotations: dict[str, str] = {}
        for klass in reversed(model.__mro__):
            annotations.update(vars(klass).get("__annotations__", {}))
        lines = [
            "",
            "",
            f"class {_class_name(section)}(TypedDict, total=False):",
            f'    """The keys of `[{section}]` ({model.__name__})."""',
            "",
        ]
        lines += [f"    {name}: {_widened(annotations[name])}" for name in model.model_fields]
        parts.append("\n".join(lines) + "\n")
    return tidy(str(TARGET.relative_to(ROOT)), "".join(parts))


def main() -> int:
    return refresh(__doc__.splitlines()[0], {TARGET: render()})


if __name__ == "__main__":
    raise SystemExit(main())
