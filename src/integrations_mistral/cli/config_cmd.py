"""`config show|reference|init`: every effective setting with its source, the settings table,
a commented starter file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from .._secrets import MASK, mask_url
from ..config import load_settings
from ..config.fallback import describe_chain
from ..config.models import SECRET_KEYS, SECTIONS, TOP_LEVEL, MistralSettings, iter_keys
from ..config.reference import render_reference, section_summary
from ..errors import ConfigurationError

__all__ = ["add_config_commands", "effective_rows", "limiter_status"]


def _display(dotted: str, value: Any) -> Any:
    """A value safe to print: secrets masked, passwords stripped from URLs."""
    if isinstance(value, SecretStr):
        return MASK
    if callable(value):
        return "<function>"
    if isinstance(value, str) and value and (dotted in SECRET_KEYS or "://" in value):
        return mask_url(value)  # a password, or a key in a URL's path, masked
    if isinstance(value, tuple):
        return list(value)
    return value


def effective_rows(settings: MistralSettings) -> list[tuple[str, Any, str]]:
    data = settings.model_dump()
    origins = settings.provenance
    rows = []
    for dotted in iter_keys():
        section, _, key = dotted.partition(".")
        value = data[section][key] if key else data[section]
        rows.append((dotted, _display(dotted, value), origins[dotted]))
    return rows


def limiter_status(settings: MistralSettings) -> str:
    """Whether the client-side limiter is on, and the setting that decided it."""
    limits, source = settings.rate_limit, settings.provenance["rate_limit.enabled"]
    if not limits.enabled:
        return f"off (rate_limit.enabled = false, {source})"
    budget = (
        f"{limits.requests_per_minute} requests and {limits.tokens_per_minute} tokens per minute"
    )
    return f"on, {budget}, {limits.backend} (rate_limit.enabled: {source})"


def key_status(settings: MistralSettings) -> str:
    """Where the key comes from (never the key itself)."""
    if settings.client.provider == "gcp":
        if settings.gcp.access_token is not None:
            return f"gcp.access_token ({settings.provenance['gcp.access_token']})"
        return "Google Application Default Credentials (gcp)"
    source = settings.key_source
    if source is None:
        return "none" + ("" if settings.client.require_api_key else " (not required)")
    return f"{source} ({settings.provenance[source]})"


def _show(args: argparse.Namespace) -> int:
    settings = load_settings(args.profile, config_file=args.config_file)
    rows = effective_rows(settings)
    if args.format == "json":
        payload = {
            "profile": settings.profile,
            "files": settings.sources,
            "api_key": key_status(settings),
            "ignored_variables": settings.ignored_variables,
            "rate_limiter": limiter_status(settings),
            "fallback": describe_chain(settings),
            "settings": {key: {"value": value, "source": source} for key, value, source in rows},
        }
        print(json.dumps(payload, indent=2))
        return 0
    shown = [
        (key, "<unset>" if value is None else str(value), source) for key, value, source in rows
    ]
    widths = [max(len(row[i]) for row in [("KEY", "VALUE", "SOURCE"), *shown]) for i in range(3)]
    print(f"profile: {settings.profile}")
    print(f"files read: {'; '.join(settings.sources) or 'none (built-in defaults)'}")
    print(f"api key: {key_status(settings)}")
    if settings.ignored_variables:
        print(f"ignored variables: {'; '.join(settings.ignored_variables)}")
    print(f"rate limiter: {limiter_status(settings)}")
    for what, steps in describe_chain(settings).items():
        print(f"fallback {what}: {' -> '.join(steps)}")
    for key, value, source in [("KEY", "VALUE", "SOURCE"), *shown]:
        print(f"{key:<{widths[0]}}  {value:<{widths[1]}}  {source}")
    return 0


def _reference(args: argparse.Namespace) -> int:
    sys.stdout.write(render_reference())
    return 0


def _init(args: argparse.Namespace) -> int:
    path = Path(args.path)
    if path.exists() and not args.force:
        raise ConfigurationError(f"{path} exists; pass --force to overwrite it")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(starter_file(), encoding="utf-8")
    print(f"wrote {path}: uncomment what you change; `config show` tells what applies")
    return 0


def starter_file() -> str:
    """Every setting with its default and meaning, commented out, under `[default.<section>]`."""
    lines = [
        "# integrations-mistral settings. [default.*] applies to every profile; add",
        "# [<profile>.<section>] tables (e.g. [prod.retry]) to override per profile.",
        "# The API key itself does not belong here: use MISTRAL_API_KEY or",
        "# ~/.config/mistral/credentials, or point at it (one way per layer):",
        "",
        "[default]",
    ]
    for name in TOP_LEVEL:
        if name != "api_key":
            lines.append(_commented(name, MistralSettings.model_fields[name]))
    for section, model in SECTIONS.items():
        lines += ["", f"# {section_summary(model)}", f"[default.{section}]"]
        lines.extend(_commented(name, field) for name, field in model.model_fields.items())
    return "\n".join(lines) + "\n"


def _commented(name: str, field: Any) -> str:
    default = field.get_default(call_default_factory=True)
    shown = (
        "(unset)"
        if default is None
        else json.dumps(list(default) if isinstance(default, tuple) else default)
    )
    return f"# {name} = {shown}  # {field.description}"


def add_config_commands(commands: Any) -> None:
    config = commands.add_parser("config", help="inspect settings")
    config_commands = config.add_subparsers(dest="config_command", required=True)
    show = config_commands.add_parser("show", help="every effective setting and its source")
    show.add_argument(
        "--profile", default=None, help="profile name (default: $MISTRAL_PROFILE or 'default')"
    )
    show.add_argument("--config-file", default=None, help="config file (default: discovered)")
    show.add_argument("--format", choices=("table", "json"), default="table")
    show.set_defaults(handler=_show)
    reference = config_commands.add_parser("reference", help="the settings table as Markdown")
    reference.set_defaults(handler=_reference)
    init = config_commands.add_parser("init", help="write a commented starter config file")
    init.add_argument("--path", default="config/mistral.toml", help="where (default: %(default)s)")
    init.add_argument("--force", action="store_true", help="overwrite an existing file")
    init.set_defaults(handler=_init)
