"""Typed request and response models, one module per API area.

The models chat needs are imported with the package; those of the other areas when first
used (`integrations_mistral.types.Agent`, or a service of that area), so a process that only
chats does not pay for them (see benchmarks/RESULTS.md, import).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._lazy import lazy_attribute
from . import _areas, _generated
from ._base import RESPONSE_CONTEXT, WireModel, parse_response, parse_value
from .chat import (
    ChatCompletionChoice,
    ChatCompletionRequest,
    ChatCompletionResponse,
    CompletionFields,
    JsonSchema,
    Prediction,
    ResponseFormat,
    UsageInfo,
)
from .content import (
    AudioChunk,
    ContentChunk,
    DocumentURLChunk,
    FileChunk,
    ImageURL,
    ImageURLChunk,
    ReferenceChunk,
    TextChunk,
    ThinkChunk,
    UnknownChunk,
)
from .messages import (
    AssistantMessage,
    Function,
    FunctionCall,
    FunctionName,
    Message,
    SystemMessage,
    Tool,
    ToolCall,
    ToolChoice,
    ToolMessage,
    UserMessage,
)
from .streaming import CompletionChunk, DeltaMessage, StreamChoice

if TYPE_CHECKING:
    from ._areas import *  # noqa: F403  (the hand-written areas' models, by the area table)
    from ._generated import *  # noqa: F403  (the generated areas' models)

_AREA_OF = {name: area for area, names in _areas.LAZY.items() for name in names}


def __getattr__(name: str) -> Any:
    """A model of a lazily imported area: its module is imported now, once. The generated
    areas' models are found here too, unless a hand-written model has the name."""
    if name in _AREA_OF:
        return lazy_attribute(__name__, _AREA_OF, globals(), name)
    module = _generated.MODULES.get(name)
    where = {name: f"_generated.{module}"} if module is not None else {}
    return lazy_attribute(__name__, where, globals(), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_AREA_OF) | set(_generated.MODULES))


__all__ = [
    "RESPONSE_CONTEXT",
    "AssistantMessage",
    "AudioChunk",
    "ChatCompletionChoice",
    "ChatCompletionRequest",
    "ChatCompletionResponse",
    "CompletionChunk",
    "CompletionFields",
    "ContentChunk",
    "DeltaMessage",
    "DocumentURLChunk",
    "FileChunk",
    "Function",
    "FunctionCall",
    "FunctionName",
    "ImageURL",
    "ImageURLChunk",
    "JsonSchema",
    "Message",
    "Prediction",
    "ReferenceChunk",
    "ResponseFormat",
    "StreamChoice",
    "SystemMessage",
    "TextChunk",
    "ThinkChunk",
    "Tool",
    "ToolCall",
    "ToolChoice",
    "ToolMessage",
    "UnknownChunk",
    "UsageInfo",
    "UserMessage",
    "WireModel",
    "parse_response",
    "parse_value",
]
__all__ += [n for n in _areas.__all__ if n != "LAZY"]  # found by __getattr__
__all__ += _generated.__all__  # the generated areas' models, found by __getattr__
