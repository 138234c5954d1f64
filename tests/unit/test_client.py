"""Client construction: profiles, env, builder, with_options, shared components, no key leaks."""

from __future__ import annotations

import pytest

from integrations_mistral import ConfigurationError, MistralClient, load_settings
from integrations_mistral.factory import StackRegistry
from tests.conftest import SHIPPED_CONFIG


async def test_from_profile_with_overrides() -> None:
    async with MistralClient.from_profile(
        "prod", config_file=SHIPPED_CONFIG, api_key="sk-p", timeout_secs=9
    ) as client:
        assert client.settings.profile == "prod"
        assert client.settings.client.timeout_secs == 9
        assert client.settings.retry.max_attempts == 5
    assert client.closed


async def test_from_env_uses_mistral_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_PROFILE", "local")
    monkeypatch.setenv("MISTRAL_CONFIG_FILE", str(SHIPPED_CONFIG))
    client = MistralClient.from_env()
    assert client.settings.profile == "local"
    assert client.settings.api_key is None  # local needs no key
    await client.close()


async def test_builder() -> None:
    client = (
        MistralClient.builder()
        .profile("staging")
        .config_file(SHIPPED_CONFIG)
        .api_key("sk-b")
        .timeout_secs(12)
        .retry(max_attempts=4)
        .rate_limit(requests_per_minute=10)
        .build()
    )
    assert client.settings.client.timeout_secs == 12
    assert client.settings.retry.max_attempts == 4
    assert client.settings.rate_limit.requests_per_minute == 10
    assert client.settings.provenance["retry.max_attempts"] == "explicit"
    await client.close()


async def test_with_options_shares_session_and_keeps_provenance() -> None:
    registry = StackRegistry()
    base = MistralClient(load_settings(api_key="sk-w"), registry=registry)
    derived = base.with_options(timeout_secs=3, retry={"max_attempts": 1})
    assert derived.settings.client.timeout_secs == 3 and base.settings.client.timeout_secs == 120
    assert derived.settings.provenance["client.timeout_secs"] == "explicit"
    assert derived.settings.provenance["retry.max_delay_ms"] == "default"
    assert derived._stack.sessions is base._stack.sessions
    assert base._stack.sessions.users == 1  # the derived client lives on its parent's hold
    assert derived._stack.breaker is base._stack.breaker  # unchanged settings: shared
    await derived.close()  # does nothing: it lives as long as its parent
    assert not derived.closed and base._stack.sessions.users == 1
    await base.close()
    assert base._stack.sessions.users == 0 and derived.closed


def test_with_options_refuses_pool_changes() -> None:
    client = MistralClient(load_settings(api_key="k"), registry=StackRegistry())
    with pytest.raises(ConfigurationError, match="client.pool_size"):
        client.with_options(client={"pool_size": 3})


def test_with_options_validates() -> None:
    client = MistralClient(load_settings(api_key="k"), registry=StackRegistry())
    with pytest.raises(ConfigurationError, match="retry.max_attempts"):
        client.with_options(retry={"max_attempts": 0})


async def test_same_profile_shares_breaker_limiter_and_session() -> None:
    registry = StackRegistry()
    settings = load_settings("prod", config_file=SHIPPED_CONFIG, api_key="k")
    first = MistralClient(settings, registry=registry)
    second = MistralClient(
        load_settings("prod", config_file=SHIPPED_CONFIG, api_key="k2"), registry=registry
    )
    other = MistralClient(
        load_settings("staging", config_file=SHIPPED_CONFIG, api_key="k"), registry=registry
    )
    assert first._stack.breaker is second._stack.breaker
    assert first._stack.limiter is second._stack.limiter
    assert first._stack.sessions is second._stack.sessions
    assert other._stack.limiter is not first._stack.limiter
    assert other._stack.breaker is not first._stack.breaker
    for client in (first, second, other):
        await client.close()


def test_repr_never_shows_key() -> None:
    client = MistralClient(load_settings(api_key="sk-hidden-123"), registry=StackRegistry())
    assert "sk-hidden-123" not in repr(client)
    assert "sk-hidden-123" not in repr(client.settings)


async def test_close_is_idempotent() -> None:
    client = MistralClient(load_settings(api_key="k"), registry=StackRegistry())
    await client.close()
    await client.close()
    assert client._stack.sessions.users == 0


def test_tls_context_requires_tls12_and_verifies() -> None:
    import ssl

    from integrations_mistral.transport import tls_context

    context = tls_context()
    assert context.minimum_version == ssl.TLSVersion.TLSv1_2
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True


def test_redis_backend_without_redis_package(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "redis.asyncio", None)
    settings = load_settings(
        api_key="k",
        rate_limit={"enabled": True, "backend": "redis", "redis_url": "redis://127.0.0.1:1/0"},
    )
    with pytest.raises(ConfigurationError, match=r"integrations-mistral\[redis\]"):
        MistralClient(settings, registry=StackRegistry())
