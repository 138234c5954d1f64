"""The fake server's realtime audio: both WebSocket protocols, deterministic.

Transcription "hears" audio as UTF-8 text (send `b"hello world"`, get `hello world` back, a delta
per word); other bytes are transcribed as `[N bytes]`. Speech answers `speech_bytes(text)` in
base64 deltas. Words starting with `!` in the audio or text make the server misbehave, for
tests of the client's error paths:

- `!unknown`: an event of a type no client knows; `!error`: an `error` event (code 4000);
- `!close`: a close frame 1008 "Policy violation"; `!drop`: the connection cut, no close frame;
- `!slow`: a 1.5 s pause before the next event.

A model named `refuse-model` gets an `error` event before `session.created`; a speech voice named
`nope` gets the close frame 1008 "Voice 'nope' not found.".
"""

from __future__ import annotations

import asyncio
import base64
import json
from typing import Any

from aiohttp import WSMsgType, web

from .fake_audio import speech_bytes

__all__ = ["MAX_APPEND", "FakeRealtime"]

MAX_APPEND = 262_144


_TRANSPORTS: dict[int, Any] = {}  # an open socket's connection, for `!drop`


class _Cut(Exception):
    """The session ended on a command; the handler returns."""


class FakeRealtime:
    """Both realtime endpoints; `received_audio` and `received_text` keep what each session got."""

    def __init__(self) -> None:
        self.received_audio: list[bytes] = []
        self.received_text: list[str] = []
        self.session_updates: list[dict[str, Any]] = []
        self.close_codes: list[int | None] = []

    def routes(self) -> list[tuple[str, str, Any]]:
        return [
            ("GET", "/v1/audio/transcriptions/realtime", self.transcription),
            ("GET", "/v1/audio/speech/realtime", self.speech),
        ]

    async def _open(self, request: web.Request) -> web.WebSocketResponse | None:
        socket = web.WebSocketResponse(max_msg_size=4 * MAX_APPEND)
        if not socket.can_prepare(request).ok:
            return None
        await socket.prepare(request)
        _TRANSPORTS[id(socket)] = request.transport
        model = request.query.get("model", "")
        if model == "refuse-model":
            await socket.send_json(
                {"type": "error", "error": {"message": f"model {model} not found", "code": 404}}
            )
            await socket.close(code=1008, message=b"model not found")
            return None
        await socket.send_json({"type": "session.created", "session": {"model": model}})
        return socket

    async def transcription(self, request: web.Request, _: dict[str, str]) -> web.StreamResponse:
        socket = await self._open(request)
        if socket is None:
            return web.Response(status=426, text="expected a WebSocket upgrade")
        audio = bytearray()
        self.received_audio.append(b"")
        index = len(self.received_audio) - 1
        heard = 0  # bytes already transcribed
        words: list[str] = []
        try:
            async for message in socket:
                if message.type is not WSMsgType.TEXT:
                    continue
                data = json.loads(message.data)
                kind = data.get("type")
                if kind == "session.update":
                    self.session_updates.append(data.get("session", {}))
                    await socket.send_json({"type": "session.updated", "session": data["session"]})
                elif kind == "input_audio.append":
                    piece = base64.b64decode(data.get("audio", ""))
                    if len(piece) > MAX_APPEND:
                        await _error(socket, f"append of {len(piece)} bytes", 4013)
                        continue
                    audio += piece
                    self.received_audio[index] = bytes(audio)
                elif kind in ("input_audio.flush", "input_audio.end"):
                    new = bytes(audio[heard:])
                    heard = len(audio)
                    if new:
                        await socket.send_json({"type": "turn.start", "time_s": 0.0})
                    for word in _hear(new):
                        await self._say(socket, word, words)
                    if kind == "input_audio.end":
                        text = " ".join(words)
                        await socket.send_json(
                            {"type": "transcription.segment", "text": text, "start": 0.0,
                             "end": len(audio) / 32000, "speaker_id": None}
                        )  # fmt: skip
                        await socket.send_json(
                            {"type": "transcription.done", "model": request.query.get("model"),
                             "text": text, "language": "en", "segments": None,
                             "usage": {"prompt_audio_seconds": len(audio) / 32000,
                                       "total_tokens": len(words)}}
                        )  # fmt: skip
        except _Cut:
            return socket
        finally:
            _TRANSPORTS.pop(id(socket), None)
        self.close_codes.append(socket.close_code)
        return socket

    async def _say(self, socket: web.WebSocketResponse, word: str, words: list[str]) -> None:
        if not word.startswith("!"):
            await socket.send_json(
                {"type": "transcription.text.delta", "text": word if not words else " " + word}
            )
            words.append(word)
            return
        await _command(socket, word)

    async def speech(self, request: web.Request, _: dict[str, str]) -> web.StreamResponse:
        socket = await self._open(request)
        if socket is None:
            return web.Response(status=426, text="expected a WebSocket upgrade")
        pending: list[str] = []
        self.received_text.append("")
        index = len(self.received_text) - 1
        try:
            async for message in socket:
                if message.type is not WSMsgType.TEXT:
                    continue
                data = json.loads(message.data)
                kind = data.get("type")
                if kind == "session.update":
                    session = data.get("session", {})
                    self.session_updates.append(session)
                    if session.get("voice") == "nope":
                        await socket.close(code=1008, message=b"Voice 'nope' not found.")
                        return socket
                    await socket.send_json({"type": "session.updated", "session": session})
                elif kind in ("input_text.append", "input_text.flush"):
                    text = data.get("text") or ""
                    pending.append(text)
                    self.received_text[index] += text
                    if kind == "input_text.flush":
                        await self._speak(socket, "".join(pending))
                        pending.clear()
                elif kind == "input_text.end":
                    await self._speak(socket, "".join(pending))
                    pending.clear()
                    total = len(self.received_text[index])
                    await socket.send_json(
                        {"type": "speech.audio.done",
                         "usage": {"prompt_characters": total, "total_tokens": total}}
                    )  # fmt: skip
        except _Cut:
            return socket
        finally:
            _TRANSPORTS.pop(id(socket), None)
        self.close_codes.append(socket.close_code)
        return socket

    async def _speak(self, socket: web.WebSocketResponse, text: str) -> None:
        said = " ".join(w for w in text.split(" ") if not w.startswith("!"))
        for word in text.split(" "):
            if word.startswith("!"):
                await _command(socket, word)
        if not said:
            return
        audio = speech_bytes(said)
        third = len(audio) // 3 + 1
        for start in range(0, len(audio), third):
            piece = base64.b64encode(audio[start : start + third]).decode()
            await socket.send_json({"type": "speech.audio.delta", "audio_data": piece})


def _hear(audio: bytes) -> list[str]:
    try:
        return audio.decode("utf-8").split()
    except UnicodeDecodeError:
        return [f"[{len(audio)} bytes]"]


async def _error(socket: web.WebSocketResponse, message: str, code: int) -> None:
    await socket.send_json({"type": "error", "error": {"message": message, "code": code}})


async def _command(socket: web.WebSocketResponse, word: str) -> None:
    if word == "!unknown":
        await socket.send_json({"type": "transcription.future_thing", "value": 42})
    elif word == "!error":
        await _error(socket, "something went wrong on the server", 4000)
    elif word == "!close":
        await socket.close(code=1008, message=b"Policy violation")
        raise _Cut
    elif word == "!drop":
        transport = _TRANSPORTS.get(id(socket))
        if transport is not None:
            transport.abort()
        raise _Cut
    elif word == "!slow":
        await asyncio.sleep(1.5)
