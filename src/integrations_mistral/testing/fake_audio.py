"""The fake server's audio: transcriptions (a text naming the bytes received, streamed if asked),
speech (deterministic audio bytes, streamed as base64 deltas if asked), and stored voices."""

from __future__ import annotations

import base64
import json
import time
import uuid
from typing import Any

from aiohttp import BodyPartReader, web

from .fake_errors import error_response

__all__ = ["FakeAudio", "speech_bytes"]


def speech_bytes(text: str) -> bytes:
    """The fake "audio" for `text`: a header and the text, repeated so it spans several chunks."""
    return b"FAKEAUDIO" + (text.encode() + b"|") * 64


def _sse(events: list[dict[str, Any]]) -> bytes:
    return b"".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n".encode() for e in events)


class FakeAudio:
    def __init__(self) -> None:
        self.voices: dict[str, dict[str, Any]] = {}
        self.samples: dict[str, bytes] = {}
        self.transcribed_bytes: list[int] = []

    def routes(self) -> list[tuple[str, str, Any]]:
        return [
            ("POST", "/v1/audio/transcriptions", self.transcribe),
            ("POST", "/v1/audio/speech", self.speech),
            ("GET", "/v1/audio/voices", self.list_voices),
            ("POST", "/v1/audio/voices", self.create_voice),
            ("GET", "/v1/audio/voices/{id}", self.get_voice),
            ("PATCH", "/v1/audio/voices/{id}", self.update_voice),
            ("DELETE", "/v1/audio/voices/{id}", self.delete_voice),
            ("GET", "/v1/audio/voices/{id}/sample", self.sample),
        ]

    async def transcribe(self, request: web.Request, _: dict[str, str]) -> web.StreamResponse:
        reader = await request.multipart()
        fields: dict[str, str] = {}
        size = 0
        while (part := await reader.next()) is not None:
            if not isinstance(part, BodyPartReader):
                continue
            if part.name == "file":
                while chunk := await part.read_chunk(256 * 1024):
                    size += len(chunk)
            elif part.name:
                fields[part.name] = await part.text()
        self.transcribed_bytes.append(size)
        source = f"{size} bytes" if size else fields.get("file_url") or fields.get("file_id", "")
        text = f"transcript of {source}"
        usage = {
            "prompt_audio_seconds": 1,
            "prompt_tokens": 1,
            "completion_tokens": 3,
            "total_tokens": 4,
        }
        language = fields.get("language") or "en"
        done = {
            "type": "transcription.done",
            "model": fields.get("model"),
            "text": text,
            "language": language,
            "usage": usage,
        }
        if fields.get("stream") != "true":
            segments = [{"text": text, "start": 0.0, "end": 1.0}]
            return web.json_response(
                {**{k: v for k, v in done.items() if k != "type"}, "segments": segments}
            )
        words = text.split(" ")
        events: list[dict[str, Any]] = [
            {"type": "transcription.language", "audio_language": language}
        ]
        events += [
            {"type": "transcription.text.delta", "text": w if i == 0 else " " + w}
            for i, w in enumerate(words)
        ]
        events += [{"type": "transcription.segment", "text": text, "start": 0.0, "end": 1.0}, done]
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        await response.write(_sse(events))
        await response.write_eof()
        return response

    async def speech(self, request: web.Request, _: dict[str, str]) -> web.StreamResponse:
        body = await request.json()
        audio = speech_bytes(body["input"])
        if not body.get("stream"):
            return web.json_response({"audio_data": base64.b64encode(audio).decode()})
        pieces = [audio[i : i + 1000] for i in range(0, len(audio), 1000)]
        events: list[dict[str, Any]] = [
            {"type": "speech.audio.delta", "audio_data": base64.b64encode(p).decode()}
            for p in pieces
        ]
        events.append({"type": "speech.audio.done", "usage": {"total_tokens": 1}})
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        await response.write(_sse(events))
        await response.write_eof()
        return response

    async def list_voices(self, request: web.Request, _: dict[str, str]) -> web.StreamResponse:
        limit = int(request.query.get("limit", 10))
        offset = int(request.query.get("offset", 0))
        items = list(self.voices.values())
        page = {
            "items": items[offset : offset + limit],
            "total": len(items),
            "page": offset // limit + 1 if limit else 1,
            "page_size": limit,
            "total_pages": max(1, -(-len(items) // limit)) if limit else 1,
        }
        return web.json_response(page)

    async def create_voice(self, request: web.Request, _: dict[str, str]) -> web.StreamResponse:
        body = await request.json()
        voice_id = str(uuid.uuid4())
        self.samples[voice_id] = base64.b64decode(body.pop("sample_audio"))
        body.pop("sample_filename", None)
        created = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        self.voices[voice_id] = {"id": voice_id, "created_at": created, "user_id": "user-1", **body}
        return web.json_response(self.voices[voice_id])

    def _voice(self, voice_id: str) -> dict[str, Any] | None:
        return self.voices.get(voice_id)

    async def get_voice(self, request: web.Request, match: dict[str, str]) -> web.StreamResponse:
        voice = self._voice(match["id"])
        return (
            web.json_response(voice)
            if voice
            else error_response(404, "voice not found", "not_found")
        )

    async def update_voice(self, request: web.Request, match: dict[str, str]) -> web.StreamResponse:
        voice = self._voice(match["id"])
        if voice is None:
            return error_response(404, "voice not found", "not_found")
        voice.update(await request.json())
        return web.json_response(voice)

    async def delete_voice(self, request: web.Request, match: dict[str, str]) -> web.StreamResponse:
        voice = self.voices.pop(match["id"], None)
        return (
            web.json_response(voice)
            if voice
            else error_response(404, "voice not found", "not_found")
        )

    async def sample(self, request: web.Request, match: dict[str, str]) -> web.StreamResponse:
        sample = self.samples.get(match["id"])
        if sample is None:
            return error_response(404, "voice not found", "not_found")
        return web.Response(body=sample, content_type="audio/wav")
