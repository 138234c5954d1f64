"""The hand-written areas' operations, one row each: method and path as the API declares them,
the name under the client, and the facts the policies read (the generator's rows are in
`_generated.py`). A service method names its row; `tests/unit/test_operations.py` checks that
every operation a service sends has its row here, with the method it sends."""

from __future__ import annotations

from .row import Operation

__all__ = ["OPERATIONS"]


def _inference(method: str, path: str, name: str, genai: str | None = None) -> Operation:
    """Stateless inference: may fall back; its answer may be cached unless it streams."""
    streams = name.endswith("_stream")
    return Operation(
        method, path, name, falls_back=True, genai=genai, streams=streams, cacheable=not streams
    )


def _creates(method: str, path: str, name: str) -> Operation:
    """Creates something or advances a stored conversation: not resent unless unsent."""
    return Operation(method, path, name, idempotent=False, streams=name.endswith("_stream"))


OPERATIONS: tuple[Operation, ...] = (
    # agents
    Operation("POST", "/v1/agents/completions", "agents.complete", genai="chat"),
    Operation(
        "POST", "/v1/agents/completions", "agents.complete_stream", genai="chat", streams=True
    ),
    _creates("POST", "/v1/agents", "agents.create"),
    Operation("DELETE", "/v1/agents/{agent_id}", "agents.delete"),
    Operation("DELETE", "/v1/agents/{agent_id}/aliases", "agents.delete_alias"),
    Operation("GET", "/v1/agents/{agent_id}", "agents.get"),
    Operation("GET", "/v1/agents/{agent_id}/versions/{version}", "agents.get_version"),
    Operation("GET", "/v1/agents/pages", "agents.list"),
    Operation("GET", "/v1/agents/{agent_id}/aliases", "agents.list_aliases"),
    Operation("GET", "/v1/agents", "agents.list_legacy"),
    Operation("GET", "/v1/agents/{agent_id}/versions", "agents.list_versions"),
    Operation("PUT", "/v1/agents/{agent_id}/aliases", "agents.set_alias"),
    Operation("PATCH", "/v1/agents/{agent_id}", "agents.update"),
    Operation("PATCH", "/v1/agents/{agent_id}/version", "agents.update_version"),
    # audio
    Operation("POST", "/v1/audio/speech", "audio.speech.create"),
    Operation("POST", "/v1/audio/speech", "audio.speech.create_to", streams=True),
    Operation("GET", "/v1/audio/transcriptions/realtime", "audio.realtime.transcription"),
    Operation("GET", "/v1/audio/speech/realtime", "audio.realtime.speech"),  # WebSocket: not SSE
    Operation("POST", "/v1/audio/transcriptions", "audio.transcriptions.create"),
    Operation(
        "POST", "/v1/audio/transcriptions", "audio.transcriptions.create_stream", streams=True
    ),
    _creates("POST", "/v1/audio/voices", "audio.voices.create"),
    Operation("DELETE", "/v1/audio/voices/{voice_id}", "audio.voices.delete"),
    Operation("GET", "/v1/audio/voices/{voice_id}", "audio.voices.get"),
    Operation("GET", "/v1/audio/voices", "audio.voices.list"),
    Operation("GET", "/v1/audio/voices/{voice_id}/sample", "audio.voices.sample"),
    Operation("PATCH", "/v1/audio/voices/{voice_id}", "audio.voices.update"),
    # batch
    Operation("POST", "/v1/batch/jobs/{job_id}/cancel", "batch.cancel"),
    _creates("POST", "/v1/batch/jobs", "batch.create"),
    Operation("DELETE", "/v1/batch/jobs/{job_id}", "batch.delete"),
    Operation("GET", "/v1/batch/jobs/{job_id}", "batch.get"),
    Operation("GET", "/v1/batch/jobs", "batch.list"),
    # chat
    _inference("POST", "/v1/chat/completions", "chat.create", "chat"),
    _inference("POST", "/v1/chat/completions", "chat.create_stream", "chat"),
    # classifiers
    _inference("POST", "/v1/classifications", "classifiers.classify"),
    _inference("POST", "/v1/chat/classifications", "classifiers.classify_chat"),
    _inference("POST", "/v1/moderations", "classifiers.moderate"),
    _inference("POST", "/v1/chat/moderations", "classifiers.moderate_chat"),
    # conversations
    _creates("POST", "/v1/conversations/{conversation_id}", "conversations.append"),
    _creates("POST", "/v1/conversations/{conversation_id}", "conversations.append_stream"),
    Operation("DELETE", "/v1/conversations/{conversation_id}", "conversations.delete"),
    Operation("GET", "/v1/conversations/{conversation_id}", "conversations.get"),
    Operation("GET", "/v1/conversations/{conversation_id}/history", "conversations.history"),
    Operation("GET", "/v1/conversations", "conversations.list"),
    Operation("GET", "/v1/conversations/{conversation_id}/messages", "conversations.messages"),
    _creates("POST", "/v1/conversations/{conversation_id}/restart", "conversations.restart"),
    _creates("POST", "/v1/conversations/{conversation_id}/restart", "conversations.restart_stream"),
    _creates("POST", "/v1/conversations", "conversations.start"),
    _creates("POST", "/v1/conversations", "conversations.start_stream"),
    # embeddings
    _inference("POST", "/v1/embeddings", "embeddings.create", "embeddings"),
    # files
    Operation("DELETE", "/v1/files/{file_id}", "files.delete"),
    Operation("GET", "/v1/files/{file_id}/content", "files.download"),
    Operation("GET", "/v1/files/{file_id}/content", "files.download_to"),
    Operation("GET", "/v1/files/{file_id}/url", "files.get_signed_url"),
    Operation("GET", "/v1/files", "files.list"),
    Operation("GET", "/v1/files/{file_id}", "files.retrieve"),
    _creates("POST", "/v1/files", "files.upload"),
    # fim
    _inference("POST", "/v1/fim/completions", "fim.create", "text_completion"),
    _inference("POST", "/v1/fim/completions", "fim.create_stream", "text_completion"),
    # fine_tuning
    Operation("POST", "/v1/fine_tuning/models/{model_id}/archive", "fine_tuning.archive_model"),
    Operation("POST", "/v1/fine_tuning/jobs/{job_id}/cancel", "fine_tuning.cancel"),
    _creates("POST", "/v1/fine_tuning/jobs", "fine_tuning.create"),
    Operation("GET", "/v1/fine_tuning/jobs/{job_id}", "fine_tuning.get"),
    Operation("GET", "/v1/fine_tuning/jobs", "fine_tuning.list"),
    Operation("POST", "/v1/fine_tuning/jobs/{job_id}/start", "fine_tuning.start"),
    Operation("DELETE", "/v1/fine_tuning/models/{model_id}/archive", "fine_tuning.unarchive_model"),
    # libraries
    Operation("DELETE", "/v1/libraries/{library_id}/share", "libraries.accesses.delete"),
    Operation("GET", "/v1/libraries/{library_id}/share", "libraries.accesses.list"),
    Operation("PUT", "/v1/libraries/{library_id}/share", "libraries.accesses.set"),
    _creates("POST", "/v1/libraries", "libraries.create"),
    Operation("DELETE", "/v1/libraries/{library_id}", "libraries.delete"),
    Operation(
        "DELETE", "/v1/libraries/{library_id}/documents/{document_id}", "libraries.documents.delete"
    ),
    Operation(
        "GET",
        "/v1/libraries/{library_id}/documents/{document_id}/extracted-text-signed-url",
        "libraries.documents.extracted_text_signed_url",
    ),
    Operation(
        "GET", "/v1/libraries/{library_id}/documents/{document_id}", "libraries.documents.get"
    ),
    Operation("GET", "/v1/libraries/{library_id}/documents", "libraries.documents.list"),
    Operation(
        "PATCH", "/v1/libraries/{library_id}/documents/{document_id}", "libraries.documents.patch"
    ),
    Operation(
        "POST",
        "/v1/libraries/{library_id}/documents/{document_id}/reprocess",
        "libraries.documents.reprocess",
    ),
    Operation(
        "GET",
        "/v1/libraries/{library_id}/documents/{document_id}/signed-url",
        "libraries.documents.signed_url",
    ),
    Operation(
        "GET",
        "/v1/libraries/{library_id}/documents/{document_id}/status",
        "libraries.documents.status",
    ),
    Operation(
        "GET",
        "/v1/libraries/{library_id}/documents/{document_id}/text_content",
        "libraries.documents.text_content",
    ),
    Operation(
        "PUT", "/v1/libraries/{library_id}/documents/{document_id}", "libraries.documents.update"
    ),
    _creates("POST", "/v1/libraries/{library_id}/documents", "libraries.documents.upload"),
    Operation("GET", "/v1/libraries/{library_id}", "libraries.get"),
    Operation("GET", "/v1/libraries", "libraries.list"),
    Operation("PATCH", "/v1/libraries/{library_id}", "libraries.patch"),
    Operation("PUT", "/v1/libraries/{library_id}", "libraries.update"),
    # models
    Operation("DELETE", "/v1/models/{model_id}", "models.delete"),
    Operation("GET", "/v1/models/{model_id}", "models.get"),
    Operation("GET", "/v1/models", "models.list"),
    Operation("PATCH", "/v1/fine_tuning/models/{model_id}", "models.update"),
    # ocr
    _inference("POST", "/v1/ocr", "ocr.process"),
)
