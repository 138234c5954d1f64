"""The hand-written areas take every field the current document declares: each JSON body's
properties are fields of the request model, each multipart field and query parameter an argument."""

from __future__ import annotations

from typing import Any

import pytest

import integrations_mistral as im
from integrations_mistral import types

from .spec import FULL_SPEC_PATH

if not FULL_SPEC_PATH.is_file():
    pytest.skip(f"no OpenAPI document at {FULL_SPEC_PATH}", allow_module_level=True)

from tools.apigen.spec import HANDWRITTEN_TAGS

from .examples import document, resolve
from .spec import full_spec

BODIES: dict[tuple[str, str], Any] = {
    ("POST", "/v1/audio/speech"): types.SpeechRequest,
    ("POST", "/v1/conversations"): types.ConversationRequest,
    ("POST", "/v1/conversations/{conversation_id}"): types.ConversationAppendRequest,
    ("POST", "/v1/conversations/{conversation_id}/restart"): types.ConversationRestartRequest,
    ("POST", "/v1/conversations#stream"): types.ConversationRequest,
    ("POST", "/v1/conversations/{conversation_id}#stream"): types.ConversationAppendRequest,
    ("POST", "/v1/conversations/{conversation_id}/restart#stream"): (
        types.ConversationRestartRequest
    ),
    ("POST", "/v1/agents"): types.AgentCreateRequest,
    ("PATCH", "/v1/agents/{agent_id}"): types.AgentUpdateRequest,
    ("PATCH", "/v1/fine_tuning/models/{model_id}"): types.UpdateModelRequest,
    ("POST", "/v1/batch/jobs"): types.BatchJobRequest,
    ("POST", "/v1/chat/completions"): im.ChatCompletionRequest,
    ("POST", "/v1/fim/completions"): types.FIMCompletionRequest,
    ("POST", "/v1/agents/completions"): types.AgentsCompletionRequest,
    ("POST", "/v1/embeddings"): types.EmbeddingRequest,
    ("POST", "/v1/moderations"): types.ClassificationRequest,
    ("POST", "/v1/chat/moderations"): types.ChatModerationRequest,
    ("POST", "/v1/ocr"): types.OCRRequest,
    ("POST", "/v1/classifications"): types.ClassificationRequest,
    ("POST", "/v1/chat/classifications"): types.ChatClassificationRequest,
    ("POST", "/v1/libraries"): types.LibraryCreateRequest,
    ("PATCH", "/v1/libraries/{library_id}"): types.LibraryUpdateRequest,
    ("PUT", "/v1/libraries/{library_id}"): types.LibraryUpdateRequest,
    ("PATCH", "/v1/libraries/{library_id}/documents/{document_id}"): types.DocumentUpdateRequest,
    ("PUT", "/v1/libraries/{library_id}/documents/{document_id}"): types.DocumentUpdateRequest,
    ("PUT", "/v1/libraries/{library_id}/share"): types.SharingRequest,
    ("DELETE", "/v1/libraries/{library_id}/share"): types.SharingDeleteRequest,
    ("POST", "/v1/audio/voices"): types.VoiceCreateRequest,
    ("PATCH", "/v1/audio/voices/{voice_id}"): types.VoiceUpdateRequest,
}


def _operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, op)
        for path, item in full_spec()["paths"].items()
        for method, op in item.items()
        if method in ("get", "post", "put", "patch", "delete") and op["tags"][0] in HANDWRITTEN_TAGS
    ]


def _properties(schema: dict[str, Any]) -> set[str]:
    """Every property the body may carry (all alternatives and `allOf` parts)."""
    with document(full_spec):
        schema = resolve(schema)
        found = set(schema.get("properties", {}))
        for key in ("allOf", "anyOf", "oneOf"):
            for part in schema.get(key, []):
                found |= _properties(part)
    return found


def _accepted(model: Any) -> set[str]:
    return {name for name in model.model_fields} | {
        field.alias for field in model.model_fields.values() if field.alias
    }


JSON_BODIES = [
    (method, path, op)
    for method, path, op in _operations()
    if "application/json" in op.get("requestBody", {}).get("content", {})
]


def test_every_hand_written_json_body_has_its_model() -> None:
    assert sorted((m, p) for m, p, _ in JSON_BODIES) == sorted(BODIES)


@pytest.mark.parametrize(("method", "path", "op"), JSON_BODIES, ids=lambda v: str(v)[:60])
def test_request_models_take_every_declared_field(
    method: str, path: str, op: dict[str, Any]
) -> None:
    schema = op["requestBody"]["content"]["application/json"]["schema"]
    missing = _properties(schema) - _accepted(BODIES[(method, path)])
    assert not missing, (
        f"{method} {path}: {BODIES[(method, path)].__name__} lacks {sorted(missing)}"
    )
