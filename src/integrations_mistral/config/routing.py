"""A deployment's own settings: its profile's, with the deployment's target, key and budget, a
breaker of its own (its cooldown) and one attempt per call (the router retries elsewhere)."""

from __future__ import annotations

from typing import Any

from ._section import REVEAL
from .models import KEY_SOURCES, MistralSettings

__all__ = ["deployment_settings"]


def deployment_settings(settings: MistralSettings, name: str) -> MistralSettings:
    """The settings deployment `name` of `settings` runs with; its profile is named
    `<profile>@<name>` (its breaker, limiter and metrics are its own, shared across replicas
    by that name when their backend is Redis)."""
    deployment = settings.deployments[name]
    data: dict[str, Any] = settings.model_dump(context=REVEAL, exclude={"deployments", "mcp"})
    data["api_key"] = settings.api_key  # a function or a secret, as given
    overrides = deployment.overrides()
    if any(source in overrides for source in KEY_SOURCES):
        for source in KEY_SOURCES:
            data[source] = None
    client = overrides.pop("client")
    if "base_url" not in client and ("server" in client or "provider" in client):
        data["client"].pop("base_url", None)  # implied again by the deployment's own
    data["client"].update(client)
    for section, values in overrides.items():
        if isinstance(values, dict):
            data[section] = {**data[section], **values}
        else:
            data[section] = values
    data["retry"] = {**data["retry"], "max_attempts": 1}  # the router retries, elsewhere
    data["circuit_breaker"] = {**data["circuit_breaker"], "enabled": True}
    data["fallback"] = {}
    built = MistralSettings.model_validate(data)
    built._profile = f"{settings.profile}@{name}"
    built._loaded_from = settings._loaded_from
    return built
