"""Render the settings table (keys, types, defaults, variables, meanings) from the models."""

from __future__ import annotations

from typing import Any, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from .models import SECTIONS, TOP_LEVEL, MistralSettings
from .sources import FLAT_ALIASES

__all__ = ["render_reference", "setting_rows"]


def _type_name(info: FieldInfo) -> str:
    annotation = info.annotation
    # `tuple[int, ...]` passes isinstance(_, type) on Python 3.10: a generic is shown whole
    plain = isinstance(annotation, type) and get_origin(annotation) is None
    text = annotation.__name__ if plain else repr(annotation)  # type: ignore[union-attr]
    return text.replace("typing.", "").replace("pydantic.types.", "").replace("NoneType", "None")


def _default(info: FieldInfo) -> Any:
    default = info.get_default(call_default_factory=True)
    return None if default is PydanticUndefined else default


def setting_rows() -> list[dict[str, Any]]:
    """One row per dotted key: type, default, environment variable(s) and description."""
    flat = {target: f"MISTRAL_{name.upper()}" for name, target in FLAT_ALIASES.items()}
    rows: list[dict[str, Any]] = [
        {
            "key": name,
            "type": "secret string" if name == "api_key" else _type_name(info),
            "default": _default(info),
            "env": f"MISTRAL_{name.upper()}",
            "description": info.description or "",
        }
        for name in TOP_LEVEL
        for info in (MistralSettings.model_fields[name],)
    ]
    for section, model in SECTIONS.items():
        for name, info in model.model_fields.items():
            dotted = f"{section}.{name}"
            env = f"MISTRAL_{section.upper()}__{name.upper()}"
            if dotted in flat:
                env += f", {flat[dotted]}"
            rows.append(
                {
                    "key": dotted,
                    "type": _type_name(info),
                    "default": _default(info),
                    "env": env,
                    "description": info.description or "",
                }
            )
    return rows


def _cell(text: str) -> str:
    """A table cell: a `|` inside it (`str | None`) must not end the cell."""
    return text.replace("|", "\\|")


def section_summary(model: type[BaseModel]) -> str:
    """A section's docstring as one line (for a table cell or a TOML comment)."""
    return " ".join((model.__doc__ or "").split())


def render_reference() -> str:
    """The Markdown configuration reference kept in `docs/configuration.md`."""
    lines = [
        "# Configuration reference",
        "",
        "Generated from the settings models by `python -m integrations_mistral config reference`;",
        "do not edit by hand. Precedence, lowest first: built-in defaults < shipped profiles <",
        "`[default.<section>]` < `[<profile>.<section>]` < credentials file (the key) < environment",
        "< explicit arguments.",
        "`MISTRAL_MAX_RETRIES=N` means N retries after the first attempt (`retry.max_attempts = N + 1`).",
        "The key is given one way per layer (`api_key`, `api_key_file` or `api_key_command`); the",
        "highest layer's way wins. Endpoints, proxies, trust and deployment targets: see",
        "[Deployment](deployment.md).",
        "",
    ]
    rows = setting_rows()
    current = None
    for row in rows:
        section = row["key"].partition(".")[0] if "." in row["key"] else ""
        if section != current:
            current = section
            title = (
                f"`[{section}]`: {section_summary(SECTIONS[section])}" if section else "Top level"
            )
            lines += ["", f"## {title}", "", "| key | type | default | environment | meaning |"]
            lines.append("| --- | --- | --- | --- | --- |")
        default = "" if row["default"] is None else f"`{row['default']!r}`"
        cells = [f"`{row['key']}`", row["type"], default, f"`{row['env']}`", row["description"]]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines).replace("\n\n\n", "\n\n") + "\n"
