"""Load a profile: discover the config file, apply the layers in order, validate, keep provenance."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from typing_extensions import Unpack

from .._secrets import MASK, shown
from ..errors import ConfigurationError, raise_clean
from ._section import REVEAL
from .deployments import DeploymentSettings
from .fallback import resolve_chain
from .lint import table_typos
from .mcp import McpServerSettings
from .models import KEY_SOURCES, PLAIN_KEYS, SECTIONS, LoadedFrom, MistralSettings, iter_keys
from .origin import DEFAULT, Origin
from .overrides import SettingsOverrides
from .sources import (
    Layer,
    check_profile_name,
    credentials_layer,
    env_layer,
    explicit_layer,
    file_layer,
    read_profiles,
    suggestion,
    without_key_sources,
)
from .spend import ModelPrice

__all__ = [
    "SHIPPED_PROFILES",
    "ConfigFile",
    "apply_overrides",
    "find_config_file",
    "forget_warnings",
    "load_settings",
]

_log = logging.getLogger("integrations_mistral.config")


def _shipped_profiles() -> Path:
    """`profiles.toml` as the wheel ships it (beside this module, force-included from the
    repository's `config/`), or in a checkout (an editable install) the repository's own."""
    packaged = Path(__file__).with_name("profiles.toml")
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[3] / "config" / "profiles.toml"


SHIPPED_PROFILES = _shipped_profiles()
"""The profiles that come with the package (local, dev, staging, prod): the lowest file layer,
below the user's own config file, wherever the program runs. One source: `config/profiles.toml`."""


@dataclass(frozen=True)
class ConfigFile:
    """The config file in use and why it was chosen."""

    path: Path
    reason: str  # "argument", "MISTRAL_CONFIG_FILE", or "discovered"


def find_config_file(
    config_file: str | os.PathLike[str] | None, environ: Mapping[str, str]
) -> ConfigFile | None:
    """`config_file=` > `MISTRAL_CONFIG_FILE` > `./config/mistral.toml` > `~/.config/mistral/config.toml`."""
    for candidate, reason in (
        (config_file, "argument"),
        (environ.get("MISTRAL_CONFIG_FILE"), "MISTRAL_CONFIG_FILE"),
    ):
        if candidate:
            path = Path(candidate).expanduser()
            _check_file(path, f"config file {path} (from {reason})")
            return ConfigFile(path.resolve(), reason)
    for path in (
        Path.cwd() / "config" / "mistral.toml",
        _home(environ) / ".config/mistral/config.toml",
    ):
        if path.is_file():
            return ConfigFile(path.resolve(), "discovered")
    return None


def _home(environ: Mapping[str, str]) -> Path:
    return Path(environ.get("HOME") or Path.home())


def _check_file(path: Path, what: str) -> None:
    if path.is_dir():
        raise ConfigurationError(f"{what} is a directory, not a file")
    if not path.is_file():
        raise ConfigurationError(f"{what} does not exist")


def _credentials_path(path: str | os.PathLike[str] | None, environ: Mapping[str, str]) -> Path:
    """The credentials file; one named by argument or `MISTRAL_CREDENTIALS_FILE` must exist."""
    for chosen, reason in (
        (path, "argument"),
        (environ.get("MISTRAL_CREDENTIALS_FILE"), "MISTRAL_CREDENTIALS_FILE"),
    ):
        if chosen:
            named = Path(chosen).expanduser()
            _check_file(named, f"credentials file {named} (from {reason})")
            return named
    return _home(environ) / ".config/mistral/credentials"


def load_settings(
    profile: str | None = None,
    *,
    config_file: str | os.PathLike[str] | None = None,
    credentials_file: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
    _resolve_fallbacks: bool = True,
    **overrides: Unpack[SettingsOverrides],
) -> MistralSettings:
    """Resolve one profile through every layer: defaults < shipped profiles < config file <
    credentials < env < explicit; then the profiles its `fallback.profiles` name, from the same
    files and environment (without the explicit overrides, which are this profile's)."""
    env = os.environ if environ is None else environ
    name = check_profile_name(
        profile if profile is not None else env.get("MISTRAL_PROFILE") or "default"
    )
    found = find_config_file(config_file, env)
    shipped = read_profiles(SHIPPED_PROFILES)
    user = read_profiles(found.path) if found is not None else {}
    _check_profile_exists(name, shipped, user, found)
    if found is not None:
        _warn_typos(found.path, user, shipped)
    layers: list[Layer] = []
    sources = []
    if name in shipped:
        layers.append(file_layer(SHIPPED_PROFILES, name, shipped, "shipped"))
        sources.append(f"shipped profiles {SHIPPED_PROFILES} [{name}]")
    if found is not None:
        layers.append(file_layer(found.path, name, user))
        sources.append(f"config file {found.path} ({found.reason})")
    credentials = _credentials_path(credentials_file, env)
    if credentials.is_file():
        sources.append(f"credentials file {credentials}")
    layers.append(credentials_layer(credentials, name))
    environment = env_layer(env)
    _warn_ignored(environment.ignored)
    layers.append(environment)
    layers.append(explicit_layer(overrides))
    merged = Layer()
    for layer in layers:
        merged = _stack(layer, merged)
    settings = _validate(merged, name)
    settings._sources = sources
    settings._ignored = environment.ignored
    settings._loaded_from = LoadedFrom(
        found.path if found is not None else None,
        credentials_file,
        {k: v for k, v in env.items() if k.startswith("MISTRAL_") or k == "HOME"},
    )
    if _resolve_fallbacks and settings.fallback.profiles:
        fallback_chain(settings)  # a chain that does not resolve is an error now, not later
    return settings


_WARNED: set[str] = set()


def _warn_typos(
    path: Path, user: Mapping[str, Mapping[str, Any]], shipped: Mapping[str, object]
) -> None:
    """A table of the file no load would read (a mistyped profile or section): a warning, once
    per process (`python -m integrations_mistral config check` lists them all)."""
    for line in table_typos(user, shipped):
        entry = f"{path}: {line}"
        if entry not in _WARNED:
            _WARNED.add(entry)
            _log.warning("config file %s", entry)


def forget_warnings() -> None:
    """Let the once-per-process warnings be given again (the test kit's reset)."""
    _WARNED.clear()


def _warn_ignored(ignored: list[str]) -> None:
    """Each `MISTRAL_*` variable that matches no setting is named once per process."""
    for entry in ignored:
        if entry not in _WARNED:
            _WARNED.add(entry)
            _log.warning("environment variable %s matches no setting and is ignored", entry)


def apply_overrides(
    settings: MistralSettings, **overrides: Unpack[SettingsOverrides]
) -> MistralSettings:
    """A copy of `settings` with explicit overrides on top, provenance carried over."""
    base = Layer()
    data = settings.model_dump(context=REVEAL)
    origins = settings.provenance
    for dotted in iter_keys():
        section, _, key = dotted.partition(".")
        value = data[section][key] if key else data[section]
        base.set(dotted, value, origins.get(dotted, DEFAULT))
    derived = _validate(_stack(explicit_layer(overrides), base), settings.profile)
    derived._sources = settings.sources
    derived._loaded_from = settings._loaded_from
    if derived.fallback != settings.fallback and derived.fallback.profiles:
        fallback_chain(derived)  # a chain that does not resolve is an error now, not later
    return derived


def _check_profile_exists(
    name: str,
    shipped: Mapping[str, object],
    user: Mapping[str, object],
    found: ConfigFile | None,
) -> None:
    if name == "default" or name in shipped or name in user:
        return
    existing = sorted((set(shipped) | set(user) | {"default"}) - {"global"})
    where = f"in {found.path} or the shipped profiles" if found else "(no config file found)"
    raise ConfigurationError(
        f"profile {name!r} does not exist {where}; profiles: {', '.join(existing)}"
    )


def _stack(layer: Layer, lower: Layer) -> Layer:
    """`layer` over `lower`; a layer that gives the key replaces the lower layers' key source
    (an `api_key_file` in the environment wins over an `api_key` in a file). Within one layer,
    a profile's table wins over `[default]`; two ways in one table are refused."""
    given = [key for key in KEY_SOURCES if layer.values.get(key) is not None]
    if not given:
        return layer.merge_over(lower)
    top = max(layer.origins[key].rank for key in given)
    winners = [key for key in given if layer.origins[key].rank == top]
    if len(winners) > 1:
        both = " and ".join(f"{key} ({layer.origins[key]})" for key in winners)
        raise ConfigurationError(f"{both}: the key is given two ways in one layer; keep one")
    kept = without_key_sources(layer)
    kept.set(winners[0], layer.values[winners[0]], layer.origins[winners[0]])
    return kept.merge_over(without_key_sources(lower))


_BUDGETS = ("rate_limit.requests_per_minute", "rate_limit.tokens_per_minute")


def _imply_limiter(layer: Layer) -> None:
    """A budget written in a layer at or above the one that set `rate_limit.enabled` turns the
    limiter on: a limit a user writes is enforced; `enabled = false` written in the same or a
    higher layer still switches it off."""
    enabled = layer.origins.get("rate_limit.enabled", DEFAULT).rank
    for key in _BUDGETS:
        source = layer.origins.get(key, DEFAULT)
        if source.rank > enabled:
            layer.values.setdefault("rate_limit", {})["enabled"] = True
            layer.origins["rate_limit.enabled"] = Origin.implied(f"{key} ({source})")
            return


_URL_DECIDERS = ("client.server", "client.provider")


def _imply_base_url(layer: Layer) -> None:
    """`client.server` (or `client.provider`, `gcp.region`) written in a higher layer than
    `client.base_url` chooses the base URL; the settings model derives it, provenance says why."""
    provider = layer.values.get("client", {}).get("provider")
    if provider == "azure":
        return  # the deployment's endpoint is written, never implied
    deciders = [*_URL_DECIDERS, "gcp.region"] if provider == "gcp" else list(_URL_DECIDERS)
    origins = layer.origins
    decider = max(deciders, key=lambda key: origins.get(key, DEFAULT).rank)
    origin = origins.get(decider, DEFAULT)
    if origin.rank <= origins.get("client.base_url", DEFAULT).rank:
        return
    layer.values.get("client", {}).pop("base_url", None)
    section, _, key = decider.partition(".")
    value = layer.values[section][key]
    origins["client.base_url"] = Origin.implied(f"{decider} = {value!r} ({origin})")


def _validate(layer: Layer, profile: str) -> MistralSettings:
    _imply_limiter(layer)
    _imply_base_url(layer)
    error: ConfigurationError | None = None
    try:
        settings = MistralSettings.model_validate(layer.values)
    except ValidationError as exc:
        error = ConfigurationError(_describe(exc, layer.origins, _secrets_of(layer)))
    if error is not None:
        raise_clean(error)  # the pydantic error repeats every offending value
    provenance = {key: layer.origins.get(key, DEFAULT) for key in iter_keys()}
    settings._profile = profile
    settings._provenance = provenance
    return settings


def _secrets_of(layer: Layer) -> list[str]:
    """The secret values being configured: masked wherever they appear in an error, whatever
    their length or the key they were misplaced under."""
    values = [layer.values.get("api_key"), layer.values.get("gcp", {}).get("access_token")]
    return [str(value) for value in values if isinstance(value, str) and value.strip()]


def _describe(
    exc: ValidationError, origins: Mapping[str, Origin], secrets: list[str] | None = None
) -> str:
    """One line per problem: dotted key, what is wrong, the offending value and its source."""
    lines = []
    for error in exc.errors(include_url=False):
        loc = [str(part) for part in error["loc"]] or ["settings"]
        dotted = ".".join(loc[:2]) if loc[0] in SECTIONS else loc[0]
        if loc[0] in ("mcp", "deployments", "pricing"):  # a table's own key: mcp.<name>.<key>
            dotted = ".".join(loc[:3])
        origin = origins.get(dotted) or origins.get(loc[0], DEFAULT)
        message = error["msg"]
        if error["type"] == "extra_forbidden":
            model = SECTIONS.get(loc[0])
            if loc[0] in ("mcp", "deployments", "pricing"):
                tables: dict[str, type[BaseModel]] = {
                    "mcp": McpServerSettings, "pricing": ModelPrice, "deployments": DeploymentSettings,
                }  # fmt: skip
                table = tables[loc[0]]
                known: Iterable[str] = table.model_fields
            elif model is not None and len(loc) > 1:
                known = model.model_fields
            else:  # a top-level name: a section's (`retyr`) or a setting's
                known = [*SECTIONS, *(key for key in iter_keys() if "." not in key)]
            message = "unknown setting" + suggestion(loc[-1], known)
        value = error.get("input")
        if error["type"] == "missing" or isinstance(value, dict):
            lines.append(f"{dotted}: {message} (from {origin})")
        else:
            text = shown(dotted, value, PLAIN_KEYS)
            if any(secret.lower() in str(value).lower() for secret in secrets or ()):
                text = MASK  # the key put under another setting, whatever its length
            if loc[0] == "mcp" and len(loc) > 2 and loc[2] in ("headers", "env"):
                text = MASK  # a server's header and environment values are secrets
            lines.append(f"{dotted}: {message} (got {text}, from {origin})")
    return "invalid configuration: " + "; ".join(lines)


def fallback_chain(settings: MistralSettings) -> tuple[MistralSettings, ...]:
    """The profiles `settings` falls back to, each loaded from where `settings` were (else from
    the usual sources), in order."""
    source = settings._loaded_from
    load = partial(load_settings, _resolve_fallbacks=False)
    if source is not None:
        load = partial(
            load,
            config_file=source.config_file,
            credentials_file=source.credentials_file,
            environ=source.environ,
        )
    return resolve_chain(settings, load)
