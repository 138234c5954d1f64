"""Where the key comes from: a fixed value, a file re-read when it changes, a command's output
cached for a while, a function, or Google's Application Default Credentials (Vertex AI).

A source hands out the key for each attempt (`key()`); after a 401 it is asked once more
(`renew(used, since)`), and says whether the key changed, so the call can be sent again with it.
"""

from __future__ import annotations

from ..config.models import MistralSettings
from ._base import Credentials, StaticKey
from ._command import CommandKey
from ._file import FileKey
from ._function import FunctionKey
from ._google import GoogleCredentials

__all__ = [
    "CommandKey",
    "Credentials",
    "FileKey",
    "FunctionKey",
    "GoogleCredentials",
    "StaticKey",
    "credentials_for",
]


def credentials_for(settings: MistralSettings) -> Credentials:
    """The key source `settings` declare (the highest layer's; see `config.loader`)."""
    if settings.client.provider == "gcp":
        token = settings.gcp.access_token
        if token is not None:
            return StaticKey(token.get_secret_value())
        return GoogleCredentials(settings.gcp.project_id)
    if settings.api_key_file is not None:
        return FileKey(settings.api_key_file)
    timeout = settings.client.timeout_secs
    if settings.api_key_command is not None:
        return CommandKey(settings.api_key_command, settings.api_key_ttl_secs, timeout)
    key = settings.api_key
    if callable(key):
        return FunctionKey(key, timeout)
    return StaticKey(key.get_secret_value() if key is not None else None)
