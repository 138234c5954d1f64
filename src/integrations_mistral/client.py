"""`MistralClient`: settings in, typed services out."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import Any, TypeVar, overload

import aiohttp
from pydantic import BaseModel
from typing_extensions import Unpack

from . import factory
from ._areas import ClientAreas
from .builder import ClientBuilder
from .client_options import ClientOptions
from .config import (
    MistralSettings,
    SettingsOverrides,
    apply_overrides,
    load_settings,
)
from .errors import ConfigurationError
from .factory import StackRegistry
from .observability import mask_url
from .resilience import ResilienceHooks
from .services import (
    ChatService,
    EndpointService,
)
from .transport.session import SESSION_FIELDS, session_key

__all__ = ["MistralClient"]

_log = logging.getLogger("integrations_mistral.client")
M = TypeVar("M", bound=BaseModel)
S = TypeVar("S")


def _resolve(
    settings: MistralSettings | None,
    profile: str | None,
    config_file: str | os.PathLike[str] | None,
    credentials_file: str | os.PathLike[str] | None,
    overrides: SettingsOverrides,
) -> MistralSettings:
    """The settings a constructor call means: loaded as `from_env()` would (with `profile`,
    files and keyword overrides), or the given ones with the overrides on top."""
    if settings is None:
        return load_settings(  # its fallback chain is resolved once, by the factory, next
            profile,
            config_file=config_file,
            credentials_file=credentials_file,
            _resolve_fallbacks=False,
            **overrides,
        )
    if not isinstance(settings, MistralSettings):
        raise ConfigurationError(
            f"MistralClient(settings): expected MistralSettings, got {type(settings).__name__}; "
            "pass settings by keyword (MistralClient(api_key=..., timeout_secs=...))"
        )
    if profile is not None or config_file is not None or credentials_file is not None:
        raise ConfigurationError(
            "profile=, config_file= and credentials_file= choose how settings are loaded; "
            "they cannot go with a MistralSettings object"
        )
    return apply_overrides(settings, **overrides) if overrides else settings


class MistralClient(ClientAreas):
    """An async Mistral client built from one settings object; use it with `async with`."""

    # generated from the OpenAPI document (tools/generate_api.py)

    def __init__(
        self,
        settings: MistralSettings | None = None,
        *,
        profile: str | None = None,
        config_file: str | os.PathLike[str] | None = None,
        credentials_file: str | os.PathLike[str] | None = None,
        http_session: aiohttp.ClientSession | None = None,
        tracer_provider: Any = None,
        meter_provider: Any = None,
        registry: StackRegistry | None = None,
        **overrides: Unpack[SettingsOverrides],
    ) -> None:
        """`MistralClient()` resolves like `from_env()` (`MISTRAL_PROFILE`, config file,
        credentials file, environment); keywords are explicit overrides (`api_key=`,
        `timeout_secs=`, `retry={...}`), `profile=` names the profile. `http_session=` is an
        aiohttp session of the application's to send through (never closed by the client)."""
        settings = _resolve(settings, profile, config_file, credentials_file, overrides)
        self._adopt(
            factory.build(
                settings,
                registry=registry,
                http_session=http_session,
                tracer_provider=tracer_provider,
                meter_provider=meter_provider,
            )
        )

    def _adopt(self, parts: factory.Parts) -> None:
        """Hold what the factory built: the one place a client's fields are set."""
        self._parts = parts
        self._settings, self._caller, self._primary = parts.settings, parts.caller, parts.primary
        self._stack, self._lifetime, self._telemetry = parts.stack, parts.lifetime, parts.telemetry
        self.tracer_provider, self.meter_provider = parts.providers
        self.chat = ChatService(parts.caller)
        self._endpoints = EndpointService(parts.caller)  # `request`: any endpoint
        if _log.isEnabledFor(logging.INFO) and not parts.derived:
            _log.info(
                "client built for profile %r",
                parts.settings.profile,
                extra={
                    "profile": parts.settings.profile,
                    "base_url": mask_url(parts.settings.client.base_url),
                    "tracing": parts.telemetry.tracer is not None,
                    "metrics": parts.telemetry.instruments is not None,
                },
            )

    @classmethod
    def from_profile(cls, name: str, **options: Unpack[ClientOptions]) -> MistralClient:
        """A client for profile `name`: defaults < file < credentials < environment < the
        keyword overrides (`config_file=`, `http_session=`, providers as for the constructor)."""
        return cls(profile=name, **options)

    @classmethod
    def from_env(
        cls, *, profile: str | None = None, **options: Unpack[ClientOptions]
    ) -> MistralClient:
        """A client for the profile named by `MISTRAL_PROFILE` (else `default`); the same as
        `MistralClient(**options)`."""
        return cls(profile=profile, **options)

    @classmethod
    def builder(cls) -> ClientBuilder[MistralClient]:
        """A fluent builder: `MistralClient.builder().profile("prod").timeout_secs(30).build()`."""
        return ClientBuilder(cls)

    def with_options(self, **overrides: Unpack[SettingsOverrides]) -> MistralClient:
        """A client with some settings changed, living as long as this one (closing this client
        closes it; its own `close()` does nothing). It shares this client's session, and its
        breaker and limiter unless it changes their settings: then it has its own, freed with it."""
        settings = apply_overrides(self._settings, **overrides)
        if session_key(settings.client) != session_key(self._settings.client):
            changed = [
                f"client.{name}"
                for name in SESSION_FIELDS
                if getattr(settings.client, name) != getattr(self._settings.client, name)
            ]
            raise ConfigurationError(
                f"{', '.join(changed)}: connection-pool settings cannot change in with_options; "
                "build a new client instead"
            )
        derived = MistralClient.__new__(MistralClient)
        derived._adopt(factory.derive(self._parts, settings))
        return derived

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        cast_to: type[M],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> M: ...
    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        cast_to: None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any: ...
    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        cast_to: type[M] | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> M | Any:
        """Call an endpoint the library has no method for, under the same auth, retries,
        breaker, limiter and observability: `cast_to` parses the reply into a model (else the
        decoded JSON, or None for an empty body)."""
        return await self._endpoints.send(
            method,
            path,
            json=json,
            params=params,
            cast_to=cast_to,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    @property
    def settings(self) -> MistralSettings:
        return self._settings

    @property
    def resilience_hooks(self) -> ResilienceHooks:
        """Retry, limiter and breaker events of this client's profile."""
        return self._stack.hooks

    @property
    def closed(self) -> bool:
        return self._lifetime.closed

    @property
    def in_flight(self) -> int:
        """Calls and open streams of this client (and those derived from it) now."""
        return self._lifetime.in_flight

    async def close(self) -> None:
        """Stop admitting calls, let those in flight finish for up to `client.close_grace_secs`,
        fail the rest with `ClientClosedError`, then release the shared session (the last client
        of a profile closes it). A client from `with_options` lives as long as its parent."""
        if self._parts.derived or self._lifetime.closed:
            return
        await self._parts.close()

    async def __aenter__(self) -> MistralClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    def __repr__(self) -> str:
        settings = getattr(self, "_settings", None)
        if settings is None:  # the constructor failed; traceback tools still call repr
            return "MistralClient(<not built>)"
        return (
            f"MistralClient(profile={settings.profile!r}, "
            f"base_url={mask_url(settings.client.base_url)!r})"
        )
