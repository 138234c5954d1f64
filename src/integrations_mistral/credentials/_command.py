"""`api_key_command`: a program whose standard output is the key, cached for a while.

It runs without a shell, in a process group of its own, at most `timeout` seconds; concurrent
callers (and the 401s of many calls at once) share one run. Its output is capped like a key
file, and whatever it leaves behind (a child still holding its output) is killed when it exits.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import Callable
from contextlib import suppress

from .._secrets import scrub
from ..errors import CredentialsError
from ._base import MAX_KEY_BYTES, Credentials

__all__ = ["CommandKey"]

_POSIX = os.name == "posix"
_POLL = 0.02  # how often a run whose output is still open looks whether the command exited


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
        self._where = f"api_key_command {argv[0]!r}"
        self._expires = 0.0

    async def key(self) -> str:
        if self._last is not None and self._clock() < self._expires:
            return self._last
        return await self._single(self._refresh)

    async def renew(self, used: str | None, since: float) -> bool:
        return await self._renewed(used, since, self._refresh)

    async def _refresh(self) -> str:
        key = await self._run()
        self._expires = self._clock() + self.ttl
        return key

    async def _run(self) -> str:
        try:
            process = await asyncio.create_subprocess_exec(
                *self.argv,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
                start_new_session=_POSIX,  # its own process group: killed whole
            )
        except OSError as exc:
            raise CredentialsError(f"{self._where}: cannot be run ({exc.strerror})") from None
        try:
            out, err = await asyncio.wait_for(_collect(process), self.timeout)
        except asyncio.TimeoutError:
            raise CredentialsError(
                f"{self._where}: did not finish within {self.timeout:g} s (client.timeout_secs)"
            ) from None
        finally:
            _kill(process)
            if process.returncode is None:
                with suppress(ProcessLookupError):
                    await process.wait()
        if out is None:
            raise CredentialsError(
                f"{self._where}: printed more than {MAX_KEY_BYTES} bytes: that is no key"
            )
        status = process.returncode
        if status != 0:
            ended = (
                f"was killed by signal {-status}"
                if status is not None and status < 0
                else f"exited with status {status}"
            )
            secrets = (*self.secrets, out.decode("utf-8", "replace").strip())
            detail = scrub(err.decode("utf-8", "replace").strip(), secrets)[-500:]
            raise CredentialsError(f"{self._where} {ended}: {detail or '(nothing on stderr)'}")
        try:
            text = out.decode("utf-8")
        except UnicodeDecodeError:
            raise CredentialsError(f"{self._where}: its output is not UTF-8 text") from None
        return self._checked(text, self._where)


async def _collect(process: asyncio.subprocess.Process) -> tuple[bytes | None, bytes]:
    """The command's output (None: more than a key can be) and the end of its stderr; once it
    exits, what it left running is killed, so a child holding its output cannot hold us."""
    assert process.stdout is not None and process.stderr is not None
    out = asyncio.ensure_future(_capped(process.stdout, process, MAX_KEY_BYTES))
    err = asyncio.ensure_future(_capped(process.stderr, process, MAX_KEY_BYTES, keep_tail=True))
    try:
        while not (out.done() and err.done()):  # asyncio's wait() waits for the pipes too
            if process.returncode is not None:
                _kill(process)
            await asyncio.wait((out, err), timeout=_POLL)
        await process.wait()
        return out.result(), err.result() or b""
    finally:
        out.cancel()
        err.cancel()


async def _capped(
    stream: asyncio.StreamReader,
    process: asyncio.subprocess.Process,
    limit: int,
    *,
    keep_tail: bool = False,
) -> bytes | None:
    """All of `stream`, or None once it passes `limit` bytes (the process is killed then);
    `keep_tail`: its last `limit` bytes instead."""
    data = b""
    while piece := await stream.read(65536):
        data += piece
        if len(data) > limit:
            if keep_tail:
                data = data[-limit:]
                continue
            _kill(process)
            return None
    return data


def _kill(process: asyncio.subprocess.Process) -> None:
    """Kill the command's whole process group (whatever it started too); the command alone
    where there are no process groups."""
    if _POSIX:
        with suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
    elif process.returncode is None:  # pragma: no cover - Windows
        with suppress(ProcessLookupError):
            process.kill()
