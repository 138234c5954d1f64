"""`MistralClient`: settings in, typed services out."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, overload

import aiohttp
from pydantic import BaseModel
from typing_extensions import Unpack

from . import factory
from ._areas import ClientAreas
from ._lifetime import Lifetime
from .builder import ClientBuilder
from .client_options import ClientOptions
from .config import (
    MistralSettings,
    SettingsOverrides,
    apply_overrides,
    fallback_chain,
    load_settings,
)
from .errors import ConfigurationError
from .factory import ProfileStack, StackRegistry
from .observability import configure_logging, mask_url
from .resilience import ResilienceHooks
from .services import (
    APICaller,
    Caller,
    ChatService,
    EndpointService,
    FallbackCaller,
    FallbackPool,
    chain_for,
    estimate_tokens,
    tokenizer_estimate,
)
from .tokenizer import require_tokenizer
from .transport.session import SESSION_FIELDS, session_key

__all__ = ["MistralClient"]

_log = logging.getLogger("integrations_mistral.client")
M = TypeVar("M", bound=BaseModel)
S = TypeVar("S")


_NO_KEY_HELP = (
    "no API key for profile {profile!r}: set MISTRAL_API_KEY (or MISTRAL_API_KEY_FILE, "
    "MISTRAL_API_KEY_COMMAND), add api_key to the [{profile}] table of "
    "~/.config/mistral/credentials, or pass api_key=... (the 'local' profile needs none)"
)


def _estimator(settings: MistralSettings) -> Callable[[Any], int]:
    """The limiter's up-front charge `rate_limit.token_estimator` names (checked now)."""
    if settings.rate_limit.token_estimator == "tokenizer":  # noqa: S105 (a name, not a secret)
        require_tokenizer("rate_limit.token_estimator = 'tokenizer'")
        return tokenizer_estimate
    return estimate_tokens


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
        return load_settings(
            profile, config_file=config_file, credentials_file=credentials_file, **overrides
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
        _stack: ProfileStack | None = None,
        _lifetime: Lifetime | None = None,
        _edge: factory.Edge | None = None,
        _fallbacks: FallbackPool[APICaller] | None = None,
        **overrides: Unpack[SettingsOverrides],
    ) -> None:
        """`MistralClient()` resolves like `from_env()` (`MISTRAL_PROFILE`, config file,
        credentials file, environment); keywords are explicit overrides (`api_key=`,
        `timeout_secs=`, `retry={...}`), `profile=` names the profile. `http_session=` is an
        aiohttp session of the application's to send through (never closed by the client)."""
        settings = _resolve(settings, profile, config_file, credentials_file, overrides)
        chain = fallback_chain(settings) if settings.fallback.profiles else ()
        for each in (settings, *chain):
            if (
                each.key_source is None
                and each.client.require_api_key
                and each.client.provider != "gcp"
            ):
                raise ConfigurationError(_NO_KEY_HELP.format(profile=each.profile))
        edge = _edge or factory.edge_for(settings)
        configure_logging(settings.logging)
        self._settings = settings
        self._registry = registry or factory.default_registry
        self._stack = _stack or self._registry.stack_for(settings, http_session)
        self._derived = _lifetime is not None
        self._lifetime = _lifetime or Lifetime()
        self._edge = edge
        self.tracer_provider = tracer_provider
        self.meter_provider = meter_provider
        self._telemetry = self._stack.telemetry(settings, tracer_provider, meter_provider)
        self._primary = primary = APICaller(
            self._stack.transport(settings, edge.credentials),
            self._stack.resilience(),
            self._telemetry,
            self._lifetime,
            edge.router,
            _estimator(settings),
            settings.rate_limit.enabled and settings.rate_limit.adaptive,
            settings.profile,
        )
        self._fallbacks = _fallbacks or FallbackPool(self._fallback_client)
        fallback = chain_for(settings, chain, self._fallbacks, self._stack.hooks)
        caller: Caller = primary if fallback is None else FallbackCaller(primary, fallback)
        self._caller = caller
        self.chat = ChatService(caller)
        if _log.isEnabledFor(logging.INFO):
            _log.info(
                "client built for profile %r",
                settings.profile,
                extra={
                    "profile": settings.profile,
                    "base_url": mask_url(settings.client.base_url),
                    "tracing": self._telemetry.tracer is not None,
                    "metrics": self._telemetry.instruments is not None,
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
        return MistralClient(
            settings,
            tracer_provider=self.tracer_provider,
            meter_provider=self.meter_provider,
            registry=self._registry,
            _stack=self._registry.derive(self._stack, self._settings, settings),
            _lifetime=self._lifetime,
            _edge=factory.edge_for(settings, self._settings, self._edge),
            _fallbacks=self._fallbacks,
        )

    def _fallback_client(self, settings: MistralSettings) -> MistralClient:
        """A client of a fallback profile: its own stack (session, breaker, limiter, key),
        this client's telemetry providers; closed with this client."""
        return MistralClient(
            settings,
            tracer_provider=self.tracer_provider,
            meter_provider=self.meter_provider,
            registry=self._registry,
        )

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
        return await EndpointService(self._caller).send(
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
        if self._derived or self._lifetime.closed:
            return
        await self._lifetime.close(self._settings.client.close_grace_secs)
        await self._fallbacks.close()
        await self._registry.release(self._stack)
        if self._telemetry.owned:
            await asyncio.to_thread(self._telemetry.flush)

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
