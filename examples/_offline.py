"""The client every example uses: the embedded fake server (profile `local`, offline) unless
MISTRAL_PROFILE names another profile, which then runs against the real API."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from integrations_mistral import MistralClient
from integrations_mistral.testing import FakeMistralServer

QUIET = {"level": "WARNING", "handler": "none"}


def need_extra(extra: str, module: str) -> None:
    """Stop with one line naming the extra to install when `module` is missing."""
    try:
        importlib.import_module(module)
    except ImportError:
        print(
            f"this example needs the [{extra}] extra: python -m pip install '.[{extra}]' "
            f"(in a checkout; {module} is missing)",
            file=sys.stderr,
        )
        raise SystemExit(1) from None


@asynccontextmanager
async def example_client(**overrides: Any) -> AsyncIterator[MistralClient]:
    profile = os.environ.get("MISTRAL_PROFILE", "local")
    if profile != "local":
        async with MistralClient.from_profile(profile, **overrides) as client:
            yield client
        return
    async with (
        FakeMistralServer() as server,
        MistralClient.from_profile(
            "local", base_url=server.url, logging=QUIET, **overrides
        ) as client,
    ):
        client.fake_server = server  # type: ignore[attr-defined]  # for the examples' scripted replies
        yield client
