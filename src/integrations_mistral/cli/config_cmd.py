"""`config show|reference|init`: every effective setting with its source, the settings table,
a commented starter file."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from .._secrets import MASK, mask_url
from ..config import fallback_chain, load_settings
from ..config.fallback import describe_chain
from ..config.lint import table_typos
from ..config.loader import SHIPPED_PROFILES, find_config_file
from ..config.models import SECRET_KEYS, SECTIONS, TOP_LEVEL, MistralSettings, iter_keys
from ..config.reference import render_reference, section_summary
from ..config.sources import read_profiles
from ..errors import ConfigurationError
from ._client import profile_options

__all__ = ["add_config_commands", "effective_rows", "limiter_status"]


def _display(dotted: str, value: Any) -> Any:
    """A value safe to print: secrets masked, passwords stripped from URLs."""
    if isinstance(value, SecretStr):
        return MASK
    if callable(value):
        return "<function>"
    if isinstance(value, str) and value and (dotted in SECRET_KEYS or "://" in value):
        return mask_url(value)  # a password, or a key in a URL's path, masked
    if isinstance(value, tuple | list):
        return [_display(dotted, item) for item in value]
    if isinstance(value, dict):  # the MCP servers: header and environment values are secrets
        return {name: _display(dotted, item) for name, item in value.items()}
    return value


def _text(value: Any) -> str:
    if value is None:
        return "<unset>"
    return json.dumps(value) if isinstance(value, dict) and value else str(value)


def effective_rows(settings: MistralSettings) -> list[tuple[str, Any, str]]:
    data = settings.model_dump()
    for table in (
        "mcp",
        "deployments",
        "pricing",
    ):  # what each table says, not every default it takes
        data[table] = {
            name: each.model_dump(exclude_defaults=True)
            for name, each in getattr(settings, table).items()
        }
    origins = settings.provenance
    rows = []
    for dotted in iter_keys():
        section, _, key = dotted.partition(".")
        value = data[section][key] if key else data[section]
        rows.append((dotted, _display(dotted, value), str(origins[dotted])))
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
            "fallback": describe_chain(settings, fallback_chain(settings)),
            "settings": {key: {"value": value, "source": source} for key, value, source in rows},
        }
        print(json.dumps(payload, indent=2))
        return 0
    shown = [(key, _text(value), source) for key, value, source in rows]
    widths = [max(len(row[i]) for row in [("KEY", "VALUE", "SOURCE"), *shown]) for i in range(3)]
    print(f"profile: {settings.profile}")
    print(f"files read: {'; '.join(settings.sources) or 'none (built-in defaults)'}")
    print(f"api key: {key_status(settings)}")
    if settings.ignored_variables:
        print(f"ignored variables: {'; '.join(settings.ignored_variables)}")
    print(f"rate limiter: {limiter_status(settings)}")
    for what, steps in describe_chain(settings, fallback_chain(settings)).items():
        print(f"fallback {what}: {' -> '.join(steps)}")
    for key, value, source in [("KEY", "VALUE", "SOURCE"), *shown]:
        print(f"{key:<{widths[0]}}  {value:<{widths[1]}}  {source}")
    return 0


def _check(args: argparse.Namespace) -> int:
    """Every profile of the files read, loaded and validated; mistyped tables named. Exit 0
    when all is well, 2 otherwise."""
    found = find_config_file(args.config_file, os.environ)
    shipped = read_profiles(SHIPPED_PROFILES)
    user = read_profiles(found.path) if found is not None else {}
    print(f"shipped profiles: {SHIPPED_PROFILES}")
    print(f"config file: {found.path} ({found.reason})" if found else "config file: none found")
    problems = 0
    for line in table_typos(user, shipped) if found is not None else ():
        print(f"warning: {line}")
        problems += 1
    config_file = found.path if found is not None else None
    quiet = logging.getLogger("integrations_mistral.config")  # its warnings are printed above
    level, quiet.level = quiet.level, logging.ERROR
    try:
        for profile in sorted({"default", *shipped, *user}):
            try:
                load_settings(profile, config_file=config_file)
            except ConfigurationError as exc:
                print(f"error: [{profile}] {exc}")
                problems += 1
            else:
                print(f"ok: [{profile}]")
    finally:
        quiet.level = level
    print(f"{problems} problem(s)" if problems else "every profile is valid")
    return 2 if problems else 0


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
    """`# name = default  # meaning`, valid TOML once uncommented; an unset setting shows an
    empty value of its type (`""`, `[]`, `{}`, `0`) and says it is unset by default."""
    default = field.get_default(call_default_factory=True)
    if default is None:
        example = json.dumps(field.examples[0]) if field.examples else None
        shown = example or _placeholder(field.annotation)
        return f"# {name} = {shown}  # unset by default. {field.description}"
    shown = json.dumps(list(default) if isinstance(default, tuple) else default)
    return f"# {name} = {shown}  # {field.description}"


def _placeholder(annotation: Any) -> str:
    text = str(annotation)
    for marker, value in (("tuple", "[]"), ("list", "[]"), ("dict", "{}"), ("bool", "false")):
        if marker in text:
            return value
    if "str" in text or "SecretStr" in text:
        return '""'
    return "0" if "int" in text or "float" in text else '""'


def add_config_commands(commands: Any) -> None:
    config = commands.add_parser("config", help="inspect settings")
    config_commands = config.add_subparsers(dest="config_command", required=True)
    show = config_commands.add_parser("show", help="every effective setting and its source")
    profile_options(show)
    show.set_defaults(handler=_show)
    check = config_commands.add_parser(
        "check", help="validate every profile of the files read; name mistyped tables"
    )
    check.add_argument("--config-file", default=None, help="config file (default: discovered)")
    check.set_defaults(handler=_check)
    reference = config_commands.add_parser("reference", help="the settings table as Markdown")
    reference.set_defaults(handler=_reference)
    init = config_commands.add_parser("init", help="write a commented starter config file")
    init.add_argument("--path", default="config/mistral.toml", help="where (default: %(default)s)")
    init.add_argument("--force", action="store_true", help="overwrite an existing file")
    init.set_defaults(handler=_init)
