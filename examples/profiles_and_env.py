"""Profiles and environment overrides: where every setting came from."""

import os

from integrations_mistral import load_settings

os.environ["MISTRAL_RETRY__MAX_ATTEMPTS"] = "7"  # as a deployment would set it
settings = load_settings("prod", api_key="sk-example")
for key in ("client.timeout_secs", "retry.max_attempts", "rate_limit.enabled", "api_key"):
    section, _, name = key.partition(".")
    value = getattr(getattr(settings, section), name) if name else "<set>"
    print(f"{key} = {value!r}  (from {settings.provenance[key]})")
print("files read:", settings.sources)
