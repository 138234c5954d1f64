"""The constructors' keyword TypedDicts list exactly what the constructors accept at run time."""

from __future__ import annotations

import inspect

from integrations_mistral import ClientOptions, MistralClient, SettingsOverrides, SyncClientOptions
from integrations_mistral.config.sources import FLAT_ALIASES, SECTIONS, TOP_LEVEL


def test_settings_overrides_are_the_keys_the_explicit_layer_accepts() -> None:
    assert set(SettingsOverrides.__annotations__) == {*TOP_LEVEL, *FLAT_ALIASES, *SECTIONS}


def test_client_options_are_the_constructor_s_public_keywords_and_the_overrides() -> None:
    keywords = {
        p.name
        for p in inspect.signature(MistralClient).parameters.values()
        if p.kind is p.KEYWORD_ONLY and not p.name.startswith("_") and p.name != "profile"
    }
    overrides = set(SettingsOverrides.__annotations__)
    assert set(ClientOptions.__annotations__) == keywords | overrides
    assert set(SyncClientOptions.__annotations__) == keywords - {"http_session"} | overrides
