"""Where the key comes from: a fixed value, a file re-read when it changes, a command's output
cached for a while, a function, or Google's Application Default Credentials (Vertex AI).

A source hands out the key for each attempt (`key()`); after a 401 it is asked once more
(`renew(used)`), and says whether the key changed, so the call can be sent again with it.
"""

from __future__ import annotations

import asyncio
import inspect
import os
import time
import weakref
from collections.abc import Callable
from typing import Any

from pydantic_core import PydanticCustomError

from ._secrets import scrub
from .config.models import KeyFunction, MistralSettings, check_key
from .errors import ConfigurationError, CredentialsError

__all__ = [
    "CommandKey",
    "Credentials",
    "FileKey",
    "FunctionKey",
    "GoogleCredentials",
    "StaticKey",
    "credentials_for",
]

_CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform"
_KEPT_SECRETS = 4  # keys handed out lately, scrubbed from error messages
_MAX_KEY_FILE = 64 * 1024


class Credentials:
    """A source of the bearer key. `static` ones are read once, into prebuilt headers."""

    static = False

    def __init__(self) -> None:
        self._seen: list[str] = []
        self._locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    def _lock(self) -> asyncio.Lock:
        """This loop's lock, so concurrent callers fetch the key once (a sync client's loop
        and the application's each have their own)."""
        return self._locks.setdefault(asyncio.get_running_loop(), asyncio.Lock())

    @property
    def secrets(self) -> tuple[str, ...]:
        """Keys handed out lately: scrubbed from every error message."""
        return tuple(self._seen)

    def _handed(self, key: str) -> str:
        if key not in self._seen:
            self._seen = [*self._seen[-(_KEPT_SECRETS - 1) :], key]
        return key

    async def key(self) -> str | None:
        raise NotImplementedError

    async def renew(self, used: str | None) -> bool:
        """Fetch the key again (not from a cache); True if it is not `used`."""
        return False

    def _checked(self, value: object, where: str) -> str:
        """A fetched key, checked like a configured one; the message never holds it."""
        if not isinstance(value, str):
            raise CredentialsError(f"{where}: gave {type(value).__name__}, not a string key")
        try:
            key = check_key(value)
        except PydanticCustomError:
            raise CredentialsError(
                f"{where}: the key holds spaces or control characters; it must be the key alone"
            ) from None
        if not key:
            raise CredentialsError(f"{where}: gave an empty key")
        return self._handed(key)


class StaticKey(Credentials):
    """A key given as a value (or none, for servers that need none)."""

    static = True

    def __init__(self, key: str | None) -> None:
        super().__init__()
        self.value = key
        if key is not None:
            self._handed(key)

    async def key(self) -> str | None:
        return self.value


class FileKey(Credentials):
    """`api_key_file`: read again whenever the file's modification time, size or inode changes
    (a secret manager rewriting it, Kubernetes swapping the mounted link)."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        self._stamp: tuple[int, int, int] | None = None
        self._key: str | None = None

    async def key(self) -> str:
        try:
            info = os.stat(self.path)
        except OSError as exc:
            raise CredentialsError(
                f"api_key_file {self.path}: cannot be read ({exc.strerror})"
            ) from None
        stamp = (info.st_mtime_ns, info.st_size, info.st_ino)
        if stamp != self._stamp or self._key is None:
            self._key = self._read()
            self._stamp = stamp
        return self._key

    def _read(self) -> str:
        where = f"api_key_file {self.path}"
        try:
            with open(self.path, encoding="utf-8-sig") as file:
                text = file.read(_MAX_KEY_FILE + 1)
        except OSError as exc:
            raise CredentialsError(f"{where}: cannot be read ({exc.strerror})") from None
        except UnicodeDecodeError:
            raise CredentialsError(f"{where}: is not UTF-8 text; save it as UTF-8") from None
        if len(text) > _MAX_KEY_FILE:
            raise CredentialsError(f"{where}: holds more than {_MAX_KEY_FILE} characters: no key")
        return self._checked(text, where)

    async def renew(self, used: str | None) -> bool:
        self._stamp = None
        return await self.key() != used


class CommandKey(Credentials):
    """`api_key_command`: its standard output, cached for `api_key_ttl_secs`. It runs without a
    shell, at most `timeout` seconds; concurrent callers wait for one run."""

    def __init__(
        self,
        argv: tuple[str, ...],
        ttl: float,
        timeout: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.argv, self.ttl, self.timeout, self._clock = argv, ttl, timeout, clock
        self._key: str | None = None
        self._expires = 0.0

    async def key(self) -> str:
        if self._key is not None and self._clock() < self._expires:
            return self._key
        async with self._lock():
            if self._key is None or self._clock() >= self._expires:
                self._key = await self._run()
                self._expires = self._clock() + self.ttl
        return self._key

    async def renew(self, used: str | None) -> bool:
        self._expires = 0.0
        return await self.key() != used

    async def _run(self) -> str:
        program = self.argv[0]
        where = f"api_key_command {program!r}"
        try:
            process = await asyncio.create_subprocess_exec(
                *self.argv,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
            )
        except OSError as exc:
            raise CredentialsError(f"{where}: cannot be run ({exc.strerror})") from None
        try:
            out, err = await asyncio.wait_for(process.communicate(), self.timeout)
        except BaseException as exc:
            if process.returncode is None:
                process.kill()
                await process.wait()
            if isinstance(exc, asyncio.TimeoutError):
                raise CredentialsError(
                    f"{where}: did not finish within {self.timeout:g} s (client.timeout_secs)"
                ) from None
            raise
        status = process.returncode
        assert status is not None  # communicate() waited for the exit
        if status != 0:
            ended = (
                f"was killed by signal {-status}" if status < 0 else f"exited with status {status}"
            )
            secrets = (*self.secrets, out.decode("utf-8", "replace").strip())
            detail = scrub(err.decode("utf-8", "replace").strip(), secrets)[-500:]
            raise CredentialsError(f"{where} {ended}: {detail or '(nothing on stderr)'}")
        try:
            text = out.decode("utf-8")
        except UnicodeDecodeError:
            raise CredentialsError(f"{where}: its output is not UTF-8 text") from None
        return self._checked(text, where)


class FunctionKey(Credentials):
    """`api_key=` given a function (sync or async): called for every attempt."""

    def __init__(self, function: KeyFunction) -> None:
        super().__init__()
        self.function = function
        self._where = (
            f"api_key function {getattr(function, '__qualname__', type(function).__name__)}"
        )

    async def key(self) -> str:
        try:
            value: Any = self.function()
            if inspect.isawaitable(value):
                value = await value
        except CredentialsError:
            raise
        except Exception as exc:
            detail = scrub(str(exc), self.secrets)[:300]
            raise CredentialsError(f"{self._where} raised {type(exc).__name__}: {detail}") from None
        return self._checked(value, self._where)

    async def renew(self, used: str | None) -> bool:
        return await self.key() != used


class GoogleCredentials(Credentials):
    """Vertex AI: an OAuth2 access token from Application Default Credentials (google-auth),
    refreshed in a thread before it expires."""

    what = "Google Application Default Credentials"

    def __init__(self, project_id: str | None) -> None:
        super().__init__()
        try:
            import google.auth
            import google.auth.exceptions
        except ImportError:
            raise ConfigurationError(
                "client.provider = 'gcp' without gcp.access_token needs google-auth: install "
                "integrations-mistral with its [gcp] extra (python -m pip install '.[gcp]' in a "
                "checkout), or set gcp.access_token"
            ) from None
        try:
            credentials, detected = google.auth.default(scopes=[_CLOUD_PLATFORM])
        except google.auth.exceptions.GoogleAuthError as exc:
            raise ConfigurationError(
                f"client.provider = 'gcp': no Application Default Credentials ({scrub(str(exc))}); "
                "run `gcloud auth application-default login`, set "
                "GOOGLE_APPLICATION_CREDENTIALS, or set gcp.access_token"
            ) from None
        self.credentials = credentials
        self.project_id = project_id or detected

    async def key(self) -> str:
        if not self.credentials.valid:
            async with self._lock():
                if not self.credentials.valid:
                    await asyncio.to_thread(self._refresh)
        return self._checked(self.credentials.token, self.what)

    async def renew(self, used: str | None) -> bool:
        await asyncio.to_thread(self._refresh)
        return await self.key() != used

    def _refresh(self) -> None:
        import google.auth.exceptions
        import google.auth.transport.requests

        try:
            self.credentials.refresh(google.auth.transport.requests.Request())  # type: ignore[no-untyped-call]
        except google.auth.exceptions.GoogleAuthError as exc:
            raise CredentialsError(
                f"{self.what}: cannot get an access token ({scrub(str(exc), self.secrets)[:300]})"
            ) from None


def credentials_for(settings: MistralSettings) -> Credentials:
    """The key source `settings` declare (the highest layer's; see `config.loader`)."""
    if settings.client.provider == "gcp":
        token = settings.gcp.access_token
        if token is not None:
            return StaticKey(token.get_secret_value())
        return GoogleCredentials(settings.gcp.project_id)
    if settings.api_key_file is not None:
        return FileKey(settings.api_key_file)
    if settings.api_key_command is not None:
        return CommandKey(
            settings.api_key_command, settings.api_key_ttl_secs, settings.client.timeout_secs
        )
    key = settings.api_key
    if callable(key):
        return FunctionKey(key)
    return StaticKey(key.get_secret_value() if key is not None else None)
