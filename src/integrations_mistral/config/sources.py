"""The chain of setting sources. Each returns a `Layer`: nested values plus where each leaf came from.

Sources, lowest first: config file (`[default.*]`, `[<profile>.*]`, `[global.*]`), the credentials
file, environment variables, explicit arguments. Built-in defaults sit below all of them. Each file
is read and parsed once (`read_profiles`); its tables become a layer leaf by leaf, each leaf with
its origin (why not dynaconf: docs/architecture.md).
"""

from __future__ import annotations

import codecs
import functools
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from .._secrets import shown
from ..errors import ConfigurationError, raise_clean
from ._section import REVEAL
from .models import KEY_SOURCES, PLAIN_KEYS, SECTIONS, TOP_LEVEL
from .origin import EXPLICIT, Kind, Origin

__all__ = [
    "CONTROL_VARIABLES",
    "FLAT_ALIASES",
    "Layer",
    "credentials_layer",
    "env_layer",
    "explicit_layer",
    "file_layer",
    "read_profiles",
    "without_key_sources",
]

ENV_PREFIX = "MISTRAL_"
CONTROL_VARIABLES = frozenset(
    {"MISTRAL_PROFILE", "MISTRAL_CONFIG_FILE", "MISTRAL_CREDENTIALS_FILE"}
)
# Flat names accepted as environment variables (upper-cased, prefixed) and explicit keywords.
FLAT_ALIASES: dict[str, str] = {
    "base_url": "client.base_url",
    "timeout_secs": "client.timeout_secs",
    "max_retries": "retry.max_attempts",
    "log_level": "logging.level",
}
OTHER_VARIABLES = frozenset({"MISTRAL_OPENAPI_SPEC"})
"""`MISTRAL_*` variables of this project that are not settings (the contract tests' spec)."""


def _toml() -> Any:
    """The TOML reader, imported by the first file read rather than with the package."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib
    return tomllib


def closest(name: str, known: Iterable[str]) -> str | None:
    """The known name `name` is probably a typo of, or None (difflib, 0.7 MiB, is imported by
    the first mistake, not with the package)."""
    import difflib

    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.75)
    return close[0] if close else None


def suggestion(name: str, known: Iterable[str]) -> str:
    """` (did you mean X?)` for the closest known name, or nothing."""
    close = closest(name, known)
    return f" (did you mean {close}?)" if close else ""


def _known_variables(flat: Mapping[str, str]) -> list[str]:
    names = [*flat, *CONTROL_VARIABLES]
    for section, model in SECTIONS.items():
        names.extend(f"{ENV_PREFIX}{section.upper()}__{key.upper()}" for key in model.model_fields)
    return names


_PROFILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


@dataclass
class Layer:
    """Values from one source and, for each dotted leaf, a description of where it came from."""

    values: dict[str, Any] = field(default_factory=dict)
    origins: dict[str, Origin] = field(default_factory=dict)
    _names: dict[str, str] = field(default_factory=dict, repr=False)
    ignored: list[str] = field(default_factory=list)
    """Variables that look like ours but match no setting, each with a suggestion if one fits."""

    def set(self, dotted: str, value: Any, origin: Origin, name: str | None = None) -> None:
        """Place one leaf, refusing two different values for one key from the same source."""
        section, _, key = dotted.partition(".")
        if dotted in self.origins:
            current = self.values[section][key] if key else self.values[section]
            if current != value:
                first = self._names.get(dotted, self.origins[dotted])
                raise ConfigurationError(
                    f"{dotted}: set twice with different values ({first} and {name or origin})"
                )
        if key:
            self.values.setdefault(section, {})[key] = value
        else:
            self.values[section] = value
        self.origins[dotted] = origin
        self._names[dotted] = name or origin

    def merge_over(self, lower: Layer) -> Layer:
        """A new layer with this layer's leaves taking precedence over `lower`'s."""
        merged = Layer({k: dict(v) if isinstance(v, dict) else v for k, v in lower.values.items()})
        merged.origins = dict(lower.origins)
        for dotted, origin in self.origins.items():
            section, _, key = dotted.partition(".")
            value = self.values[section][key] if key else self.values[section]
            if key and not isinstance(merged.values.get(section), dict):
                merged.values[section] = {}
            if key:
                merged.values[section][key] = value
            else:
                merged.values[section] = value
            merged.origins[dotted] = origin
        return merged


def _add_tree(layer: Layer, tree: Mapping[str, Any], origin_of: Any) -> None:
    """Add a nested mapping's leaves (sections one level deep) with per-leaf origins."""
    for raw_top, value in tree.items():
        top = str(raw_top).lower()
        if top in SECTIONS and isinstance(value, Mapping):
            for key, leaf in value.items():
                layer.set(f"{top}.{key}", leaf, origin_of(top, str(key)))
        else:
            layer.set(top, value, origin_of(top, None))


def read_profiles(path: Path, what: str = "config file") -> dict[str, dict[str, Any]]:
    """The raw top-level tables of a config (or credentials) file, by lower-cased profile name.
    Values are data: a string starting with `@` (a dynaconf directive elsewhere) or a
    `dynaconf_*` key is refused, so a file written for dynaconf's evaluation is not taken as
    literal text by mistake."""
    where = f"{what} {path}"
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigurationError(f"{where}: cannot be read ({exc.strerror})") from None
    tomllib = _toml()
    error: ConfigurationError | None = None
    try:
        raw = tomllib.loads(_text(data, where))
    except tomllib.TOMLDecodeError as exc:
        error = ConfigurationError(f"{where}: invalid TOML ({exc})")
    except RecursionError:
        error = ConfigurationError(f"{where}: nested too deeply to be a settings file")
    if error is not None:
        raise_clean(error)
    profiles: dict[str, dict[str, Any]] = {}
    for name, table in raw.items():
        if not isinstance(table, dict):
            raise ConfigurationError(
                f"{where}: top-level key {name!r} must be inside a profile table, "
                f"e.g. [default.client] or [{name}.client]"
            )
        _literal_only(table, name, where)
        profiles[name.lower()] = table
    return profiles


def _text(data: bytes, where: str) -> str:
    """A settings file's bytes as text: UTF-8 only, with advice for what editors write instead."""
    if data.startswith(codecs.BOM_UTF8):
        raise ConfigurationError(
            f"{where}: starts with a UTF-8 byte-order mark, which TOML does not allow; save it "
            "as UTF-8 without BOM"
        )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or data[1:2] == b"\x00":
        raise ConfigurationError(f"{where}: is UTF-16 (as PowerShell's > writes); save it as UTF-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        error = ConfigurationError(
            f"{where}: is not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}, "
            "Latin-1 or another legacy encoding?); save it as UTF-8"
        )
    raise_clean(error)


def _literal_only(value: Any, dotted: str, where: str) -> None:
    """Refuse what a dynaconf loader would evaluate (`@format ...`, `@int ...`, `@jinja ...`
    values, `dynaconf_include` / `dynaconf_merge` keys): nothing here evaluates them, and
    taking them as text would silently mean something else than their author meant."""
    if isinstance(value, str) and value.lstrip().startswith("@"):
        raise ConfigurationError(
            f"{where}: {dotted}: a value starting with '@' is not taken (it would be a dynaconf "
            "directive, evaluated); settings are plain data"
        )
    if isinstance(value, list):
        for item in value:
            _literal_only(item, dotted, where)
    if isinstance(value, dict):
        for key, item in value.items():
            if str(key).lower().startswith("dynaconf"):
                raise ConfigurationError(
                    f"{where}: {dotted}.{key}: dynaconf keys are not taken; settings are plain data"
                )
            _literal_only(item, f"{dotted}.{key}", where)


def file_layer(
    path: Path, profile: str, tables: Mapping[str, Mapping[str, Any]], kind: Kind = "file"
) -> Layer:
    """A config file's tables for `profile`, as parsed once by `read_profiles`: `[default.*]`,
    then `[<profile>.*]`, then `[global.*]` (dynaconf's order of environments), each leaf from
    the last table that gives it, which its provenance names; `kind` names the source (`file`,
    or `shipped` for the package's profiles)."""
    layer = Layer()
    for name in dict.fromkeys(("default", profile, "global")):
        table = tables.get(name)
        if table:
            part, origin = Layer(), Origin(kind, file=path, table=name)
            _add_tree(part, table, lambda top, key, origin=origin: origin)
            layer = part.merge_over(layer)
    return layer


def credentials_layer(path: Path, profile: str) -> Layer:
    """The key (`api_key`, `api_key_file` or `api_key_command`, with `api_key_ttl_secs`) from
    the credentials file: the profile's table, else its `[default]` table."""
    layer = Layer()
    if not path.is_file():
        return layer
    tables = read_profiles(path, "credentials file")
    for name in (profile, "default"):
        table = tables.get(name)
        if table is None:
            continue
        unknown = sorted(set(table) - set(TOP_LEVEL))
        if unknown:
            raise ConfigurationError(
                f"credentials file {path} [{name}]: unknown key(s) {', '.join(unknown)}; "
                f"only {', '.join(TOP_LEVEL)} belong there"
            )
        if set(table) & set(KEY_SOURCES):
            origin = Origin("credentials", file=path, table=name)
            for key in TOP_LEVEL:
                if key in table:
                    layer.set(key, table[key], origin)
            break
    return layer


def env_layer(environ: Mapping[str, str]) -> Layer:
    """`MISTRAL_<SECTION>__<KEY>` variables plus the flat names (`MISTRAL_API_KEY`, ...)."""
    layer = Layer()
    flat = {f"{ENV_PREFIX}{name.upper()}": target for name, target in FLAT_ALIASES.items()}
    flat.update({f"{ENV_PREFIX}{key.upper()}": key for key in TOP_LEVEL})
    for name in sorted(environ):
        if not name.startswith(ENV_PREFIX) or name in CONTROL_VARIABLES:
            continue
        value: str | int = environ[name]
        origin = Origin("env", variable=name)
        if name in flat:
            if name == f"{ENV_PREFIX}MAX_RETRIES":
                value = _retries_to_attempts(value, name)
            layer.set(flat[name], from_text(flat[name], value), origin)
            continue
        rest = name[len(ENV_PREFIX) :]
        if "__" not in rest:
            # MISTRAL_* is a shared namespace: not an error, but a near miss is worth a word
            if name not in OTHER_VARIABLES:
                layer.ignored.append(name + suggestion(name, _known_variables(flat)))
            continue
        section, _, key = rest.partition("__")
        if section.lower() not in SECTIONS:
            raise ConfigurationError(
                f"{name}: unknown section {section.lower()!r}; "
                f"expected one of {', '.join(SECTIONS)}" + suggestion(section.lower(), SECTIONS)
            )
        dotted = f"{section.lower()}.{key.lower()}"
        layer.set(dotted, from_text(dotted, value), origin)
    return layer


@functools.cache
def _adapter(dotted: str) -> TypeAdapter[Any] | None:
    section, _, key = dotted.partition(".")
    model = SECTIONS.get(section)
    field = model.model_fields.get(key) if model is not None else None
    annotation = field.annotation if field is not None else None
    return TypeAdapter(annotation) if annotation is not None else None


def from_text(dotted: str, value: Any) -> Any:
    """An environment string as the setting's type (`"true"`, `"30"`); sections validate
    strictly, so only this layer, whose values are all text, converts. Left as is if it does
    not convert: validation then names the key, the value and the variable."""
    adapter = _adapter(dotted) if isinstance(value, str) else None
    if adapter is None:
        return value
    try:
        return adapter.validate_python(value)
    except ValidationError:
        return value


def explicit_layer(overrides: Mapping[str, Any]) -> Layer:
    """Keyword overrides: flat names (`api_key=`, `max_retries=`, ...) and section dicts."""
    layer = Layer()
    for name, value in overrides.items():
        if name in TOP_LEVEL:
            layer.set(name, value, EXPLICIT, name)
        elif name in FLAT_ALIASES:
            given = f"{name}={shown(name, value, PLAIN_KEYS)}"
            if name == "max_retries":
                value = _retries_to_attempts(value, "max_retries")
            layer.set(FLAT_ALIASES[name], value, EXPLICIT, given)
        elif name in SECTIONS:
            if hasattr(value, "model_dump"):
                value = value.model_dump(exclude_unset=True, context=REVEAL)
            if not isinstance(value, Mapping):
                raise ConfigurationError(
                    f"{name}: expected a mapping of {name} settings, got {type(value).__name__}"
                )
            for key, leaf in value.items():
                dotted = f"{name}.{key}"
                layer.set(dotted, leaf, EXPLICIT, f"{dotted}={shown(dotted, leaf, PLAIN_KEYS)}")
        else:
            known = [*TOP_LEVEL, *FLAT_ALIASES, *SECTIONS]
            raise ConfigurationError(
                f"{name}: unknown setting{suggestion(name, known)}; expected one of "
                f"{', '.join(known)}"
            )
    return layer


def without_key_sources(layer: Layer) -> Layer:
    """`layer` less its key sources: a higher layer gives the key another way."""
    kept = Layer(
        {k: v for k, v in layer.values.items() if k not in KEY_SOURCES},
        {k: v for k, v in layer.origins.items() if k not in KEY_SOURCES},
    )
    return kept


def _retries_to_attempts(value: Any, name: str) -> int:
    """`max_retries = N` means N retries after the first attempt: `retry.max_attempts = N + 1`."""
    try:
        retries = int(str(value).strip()) if not isinstance(value, bool) else None
    except ValueError:
        retries = None
    if retries is None or retries < 0:
        raise ConfigurationError(
            f"{name}: expected a whole number >= 0, got {shown(name, value, PLAIN_KEYS)}"
        )
    return retries + 1


def check_profile_name(profile: str) -> str:
    """Profiles are TOML table names: letters, digits, `_`, `-`, `.`; compared lower-cased."""
    if not _PROFILE_NAME.match(profile):
        raise ConfigurationError(f"profile {profile!r}: not a valid profile name")
    return profile.lower()
