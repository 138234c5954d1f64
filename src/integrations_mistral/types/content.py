"""Content chunks of multimodal messages, discriminated by `type`."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Discriminator, Tag, ValidationInfo, model_validator

from ._base import RESPONSE_CONTEXT, WireModel

__all__ = [
    "AudioChunk",
    "ContentChunk",
    "DocumentURLChunk",
    "FileChunk",
    "ImageURL",
    "ImageURLChunk",
    "ReferenceChunk",
    "TextChunk",
    "ThinkChunk",
    "UnknownChunk",
]


class _Chunk(WireModel):
    sent_always = ("type",)


class TextChunk(_Chunk):
    type: Literal["text"] = "text"
    text: str


class ImageURL(WireModel):
    url: str
    detail: Literal["low", "auto", "high"] | str | None = None


class ImageURLChunk(_Chunk):
    type: Literal["image_url"] = "image_url"
    image_url: ImageURL | str


class DocumentURLChunk(_Chunk):
    type: Literal["document_url"] = "document_url"
    document_url: str
    document_name: str | None = None


class ReferenceChunk(_Chunk):
    type: Literal["reference"] = "reference"
    reference_ids: list[int | str]  # numbers, or (current document) strings too


class FileChunk(_Chunk):
    type: Literal["file"] = "file"
    file_id: str


class AudioChunk(_Chunk):
    type: Literal["input_audio"] = "input_audio"
    input_audio: str


class ThinkChunk(_Chunk):
    type: Literal["thinking"] = "thinking"
    thinking: list[dict[str, Any]]
    closed: bool = True


class UnknownChunk(_Chunk):
    """A chunk type this client does not know yet; only accepted from server responses."""

    type: str

    @model_validator(mode="before")
    @classmethod
    def _only_from_server(cls, data: Any, info: ValidationInfo) -> Any:
        if info.context is not RESPONSE_CONTEXT:
            kind = data.get("type") if isinstance(data, dict) else type(data).__name__
            raise ValueError(
                f"unknown content chunk type {kind!r}; expected one of {', '.join(_TAGS)}"
            )
        return data


_TAGS = ("text", "image_url", "document_url", "reference", "file", "input_audio", "thinking")


def _chunk_tag(value: Any) -> str:
    kind = value.get("type") if isinstance(value, dict) else getattr(value, "type", None)
    return kind if kind in _TAGS else "unknown"


ContentChunk = Annotated[
    Annotated[TextChunk, Tag("text")]
    | Annotated[ImageURLChunk, Tag("image_url")]
    | Annotated[DocumentURLChunk, Tag("document_url")]
    | Annotated[ReferenceChunk, Tag("reference")]
    | Annotated[FileChunk, Tag("file")]
    | Annotated[AudioChunk, Tag("input_audio")]
    | Annotated[ThinkChunk, Tag("thinking")]
    | Annotated[UnknownChunk, Tag("unknown")],
    Discriminator(_chunk_tag),
]
