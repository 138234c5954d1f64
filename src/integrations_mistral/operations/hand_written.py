"""The rows of the hand-written areas' operations whose facts differ from the defaults
(idempotent, no fallback, no GenAI name, the bearer key, no stream, not cacheable); the rest
need no row."""

from __future__ import annotations

from .row import Operation

__all__ = ["OPERATIONS"]


def _inference(name: str, genai: str | None = None) -> Operation:
    """Stateless inference: may fall back; its answer may be cached unless it streams."""
    streams = name.endswith("_stream")
    return Operation(
        "POST", "", name, falls_back=True, genai=genai, streams=streams, cacheable=not streams
    )


def _creates(name: str) -> Operation:
    return Operation("POST", "", name, idempotent=False, streams=name.endswith("_stream"))


OPERATIONS: tuple[Operation, ...] = (
    _inference("chat.create", "chat"),
    _inference("chat.create_stream", "chat"),
    _inference("fim.create", "text_completion"),
    _inference("fim.create_stream", "text_completion"),
    _inference("embeddings.create", "embeddings"),
    _inference("classifiers.classify"),
    _inference("classifiers.classify_chat"),
    _inference("classifiers.moderate"),
    _inference("classifiers.moderate_chat"),
    _inference("ocr.process"),
    Operation("POST", "", "agents.complete", genai="chat"),
    Operation("POST", "", "agents.complete_stream", genai="chat", streams=True),
    _creates("files.upload"),
    _creates("fine_tuning.create"),
    _creates("agents.create"),
    _creates("batch.create"),
    _creates("conversations.start"),
    _creates("conversations.start_stream"),
    _creates("conversations.append"),
    _creates("conversations.append_stream"),
    _creates("conversations.restart"),
    _creates("conversations.restart_stream"),
    _creates("libraries.create"),
    _creates("libraries.documents.upload"),
    _creates("audio.voices.create"),
    Operation("POST", "", "audio.speech.create_to", streams=True),
    Operation("POST", "", "audio.transcriptions.create_stream", streams=True),
)
