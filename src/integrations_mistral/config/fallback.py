"""The fallback chain a profile declares, resolved: the other profiles' settings, in order."""

from __future__ import annotations

from collections.abc import Callable

from ..errors import ConfigurationError
from .models import MistralSettings
from .origin import DEFAULT

__all__ = ["describe_chain", "resolve_chain"]


def resolve_chain(
    settings: MistralSettings, load: Callable[[str], MistralSettings]
) -> tuple[MistralSettings, ...]:
    """The profiles `settings` falls back to, each loaded, in order: a fallback profile's own
    `fallback.profiles` (written in its own table) follow it; a profile met twice is tried
    once. An unknown profile or a loop is a `ConfigurationError` naming the chain. `load`
    loads a profile by name (`config.fallback_chain` gives the loader's); the client's factory
    resolves the chain once per client."""
    chain: list[MistralSettings] = []
    seen = {settings.profile}

    def visit(current: MistralSettings, trail: list[str]) -> None:
        origin = current.provenance.get("fallback.profiles", DEFAULT)
        if current is not settings and origin.table != current.profile:
            return  # the environment's or [default]'s chain is the primary's, not each one's
        for name in current.fallback.profiles:
            if name in trail:
                raise ConfigurationError(
                    f"fallback.profiles loops: {' -> '.join([*trail, name])} (from {origin})"
                )
            if name in seen:
                continue
            try:
                target = load(name)
            except ConfigurationError as exc:
                raise ConfigurationError(
                    f"fallback.profiles of profile {current.profile!r} names {name!r} "
                    f"(from {origin}): {exc}"
                ) from None
            seen.add(name)
            chain.append(target)
            visit(target, [*trail, name])

    visit(settings, [settings.profile])
    return tuple(chain)


def describe_chain(
    settings: MistralSettings, fallbacks: tuple[MistralSettings, ...]
) -> dict[str, list[str]]:
    """The resolved chain as `config show` prints it: the profiles in order, and for each model
    with fallbacks the `profile/model` targets in the order a call tries them."""
    chain = (settings, *fallbacks)
    if len(chain) == 1 and not settings.fallback.models:
        return {}
    described = {"profiles": [each.profile for each in chain]}
    for model in sorted({name for each in chain for name in each.fallback.models}):
        described[model] = [
            f"{each.profile}/{name}"
            for each in chain
            for name in (model, *each.fallback.models.get(model, ()))
        ]
    return described
