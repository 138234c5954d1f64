"""A scripted realtime session for `MockMistralClient`: what a test wants the server to say,
with the interface of the real sessions (`async with`, sending, iteration, `final_response`)."""

from __future__ import annotations

from collections import deque
from typing import Any

from ..types import TranscriptionResponse, parse_value
from ..types.realtime import SpeechAudioDelta, SpeechRealtimeResult, TranscriptionTextDelta

__all__ = ["ScriptedSession"]


class ScriptedSession:
    """Answers with `events` (models, or strings: text deltas, or audio for a speech session);
    records what the code under test sent in `sent` (`("audio", bytes)`, `("text", str)`,
    `("flush", None)`, `("end", None)`)."""

    def __init__(self, events: list[Any], result: Any = None, *, speech: bool) -> None:
        self._speech = speech
        self._events = deque(_event(e, speech) for e in events)
        self._received: list[Any] = []
        self._result = result
        self.sent: list[tuple[str, Any]] = []
        self.closed = False
        self.request_id = "mock"

    async def connect(self) -> None:
        return None

    async def __aenter__(self) -> ScriptedSession:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def send_audio(self, audio: bytes) -> None:
        self.sent.append(("audio", bytes(audio)))

    async def send_text(self, text: str) -> None:
        self.sent.append(("text", text))

    async def flush(self, text: str | None = None) -> None:
        self.sent.append(("flush", text))

    async def end(self) -> None:
        self.sent.append(("end", None))

    def __aiter__(self) -> ScriptedSession:
        return self

    async def __anext__(self) -> Any:
        if not self._events:
            raise StopAsyncIteration
        event = self._events.popleft()
        if isinstance(event, BaseException):
            raise event
        self._received.append(event)
        return event

    @property
    def partial(self) -> Any:
        if self._speech:
            audio = b"".join(getattr(e, "audio", b"") for e in self._received)
            return SpeechRealtimeResult.model_construct(audio=audio, usage=None)
        text = "".join(e.text for e in self._received if isinstance(e, TranscriptionTextDelta))
        return parse_value(TranscriptionResponse, {"model": "mock", "text": text, "usage": {}})

    async def final_response(self) -> Any:
        async for _ in self:
            pass
        return self._result if self._result is not None else self.partial

    async def close(self) -> None:
        self.closed = True


def _event(item: Any, speech: bool) -> Any:
    if isinstance(item, str) and not speech:
        return TranscriptionTextDelta(text=item)
    if isinstance(item, bytes | str) and speech:
        audio = item.encode() if isinstance(item, str) else item
        return SpeechAudioDelta.model_construct(type="speech.audio.delta", audio=audio)
    return item
