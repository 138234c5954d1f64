"""What the client constructors take besides the profile, as TypedDicts, so type checkers see
every keyword of `MistralClient.from_profile(...)` and `SyncMistralClient.from_env(...)`."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from .config import SettingsOverrides

if TYPE_CHECKING:
    import aiohttp

    from .factory import StackRegistry

__all__ = ["ClientOptions", "SyncClientOptions"]


class SyncClientOptions(SettingsOverrides, total=False):
    """Settings overrides, the files read for them, and the telemetry providers to report to."""

    config_file: str | os.PathLike[str] | None
    credentials_file: str | os.PathLike[str] | None
    tracer_provider: Any
    meter_provider: Any
    registry: StackRegistry | None


class ClientOptions(SyncClientOptions, total=False):
    """`SyncClientOptions`, and an aiohttp session of the application's to send through."""

    http_session: aiohttp.ClientSession | None
