"""Models (`/v1/models`) and fine-tuned model management (`/v1/fine_tuning/models`)."""

from __future__ import annotations

from typing import Any

from pydantic import model_validator

from ._base import WireModel

__all__ = [
    "ArchiveModelResponse",
    "DeleteModelResponse",
    "FineTunedModel",
    "ModelCapabilities",
    "ModelCard",
    "ModelList",
    "UnarchiveModelResponse",
    "UpdateModelRequest",
]


class ModelCapabilities(WireModel):
    completion_chat: bool = False
    function_calling: bool = False
    completion_fim: bool = False
    fine_tuning: bool = False
    vision: bool = False
    ocr: bool = False
    classification: bool = False
    moderation: bool = False
    audio: bool = False
    audio_transcription: bool = False


class ModelCard(WireModel):
    """A base or fine-tuned model (`type` tells which; fine-tuned ones carry `job` and `root`)."""

    id: str
    object: str = "model"
    created: int | None = None
    owned_by: str | None = None
    capabilities: ModelCapabilities
    name: str | None = None
    description: str | None = None
    max_context_length: int | None = None
    aliases: list[str] = []
    deprecation: str | None = None
    deprecation_replacement_model: str | None = None
    default_model_temperature: float | None = None
    type: str = "base"
    job: str | None = None
    root: str | None = None
    archived: bool | None = None


class ModelList(WireModel):
    object: str = "list"
    data: list[ModelCard] = []

    @model_validator(mode="before")
    @classmethod
    def _bare_list(cls, data: Any) -> Any:
        """Some deployments (and the spec's own example) answer with a bare JSON array."""
        return {"object": "list", "data": data} if isinstance(data, list) else data


class DeleteModelResponse(WireModel):
    id: str
    object: str = "model"
    deleted: bool = True


class UpdateModelRequest(WireModel):
    """Body of `PATCH /v1/fine_tuning/models/{model_id}`."""

    name: str | None = None
    description: str | None = None


class FineTunedModel(WireModel):
    """A fine-tuned model as returned by update."""

    id: str
    object: str = "model"
    created: int | None = None
    owned_by: str | None = None
    root: str | None = None
    archived: bool | None = None
    name: str | None = None
    description: str | None = None
    capabilities: dict[str, Any] | None = None
    max_context_length: int | None = None
    aliases: list[str] = []
    job: str | None = None
    model_type: str | None = None


class ArchiveModelResponse(WireModel):
    """The model's archive state after `fine_tuning.archive_model` (archived unless it says not)."""

    id: str
    object: str = "model"
    archived: bool = True


class UnarchiveModelResponse(ArchiveModelResponse):
    """The model's archive state after `fine_tuning.unarchive_model`."""

    archived: bool = False
