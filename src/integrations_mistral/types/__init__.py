"""Typed request and response models, one module per API area.

The models chat needs are imported with the package; those of the other areas when first
used (`integrations_mistral.types.Agent`, or a service of that area), so a process that only
chats does not pay for them (see benchmarks/RESULTS.md, import).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._lazy import lazy_attribute
from . import _generated
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
    from ._generated import *  # noqa: F403  (the generated areas' models)
    from .agents import *  # noqa: F403
    from .audio import *  # noqa: F403
    from .batch import *  # noqa: F403
    from .classifiers import *  # noqa: F403
    from .conversations import *  # noqa: F403
    from .embeddings import *  # noqa: F403
    from .files import *  # noqa: F403
    from .fim import *  # noqa: F403
    from .fine_tuning import *  # noqa: F403
    from .libraries import *  # noqa: F403
    from .models import *  # noqa: F403
    from .ocr import *  # noqa: F403

_LAZY: dict[str, tuple[str, ...]] = {
    "agents": (
        "Agent",
        "AgentAlias",
        "AgentAliasList",
        "AgentCreateRequest",
        "AgentList",
        "AgentListPage",
        "AgentsCompletionRequest",
        "AgentUpdateRequest",
        "AgentVersionList",
    ),
    "audio": (
        "SpeechRequest",
        "SpeechResponse",
        "TranscriptionEvent",
        "TranscriptionResponse",
        "TranscriptionSegment",
        "Voice",
        "VoiceCreateRequest",
        "VoiceList",
        "VoiceUpdateRequest",
    ),
    "batch": (
        "BatchJob",
        "BatchJobList",
        "BatchJobRequest",
        "BatchRequest",
        "DeleteBatchJobResponse",
    ),
    "classifiers": (
        "ChatClassificationRequest",
        "ChatModerationRequest",
        "ClassificationRequest",
        "ClassificationResponse",
        "ModerationResponse",
        "ModerationResult",
    ),
    "conversations": (
        "AgentHandoffEntry",
        "Conversation",
        "ConversationAppendRequest",
        "ConversationEntry",
        "ConversationEvent",
        "ConversationHistory",
        "ConversationList",
        "ConversationMessages",
        "ConversationRequest",
        "ConversationResponse",
        "ConversationRestartRequest",
        "ConversationUsage",
        "FunctionCallEntry",
        "FunctionCallEvent",
        "FunctionResultEntry",
        "MessageInputEntry",
        "MessageOutputEntry",
        "MessageOutputEvent",
        "ResponseDoneEvent",
        "ResponseErrorEvent",
        "ResponseStartedEvent",
        "ToolExecutionEntry",
    ),
    "embeddings": ("EmbeddingData", "EmbeddingRequest", "EmbeddingResponse"),
    "files": ("DeleteFileResponse", "FileList", "FileObject", "SignedURL"),
    "fim": ("FIMCompletionRequest", "FIMCompletionResponse"),
    "fine_tuning": (
        "FineTuningJob",
        "FineTuningJobEstimate",
        "FineTuningJobList",
        "FineTuningJobRequest",
        "TrainingFile",
        "WandbIntegration",
    ),
    "libraries": (
        "Document",
        "DocumentList",
        "DocumentStatus",
        "DocumentText",
        "DocumentUpdateRequest",
        "Library",
        "LibraryCreateRequest",
        "LibraryList",
        "LibraryUpdateRequest",
        "Sharing",
        "SharingDeleteRequest",
        "SharingList",
        "SharingRequest",
    ),
    "models": (
        "ArchiveModelResponse",
        "UnarchiveModelResponse",
        "DeleteModelResponse",
        "FineTunedModel",
        "ModelCapabilities",
        "ModelCard",
        "ModelList",
        "UpdateModelRequest",
    ),
    "ocr": ("OCRPage", "OCRRequest", "OCRResponse", "OCRUsage"),
}
"""The models of each lazily imported area, by module."""

_AREA_OF = {name: area for area, names in _LAZY.items() for name in names}


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
    "Agent",
    "AgentAlias",
    "AgentAliasList",
    "AgentCreateRequest",
    "AgentHandoffEntry",
    "AgentList",
    "AgentListPage",
    "AgentUpdateRequest",
    "AgentVersionList",
    "AgentsCompletionRequest",
    "ArchiveModelResponse",
    "AssistantMessage",
    "AudioChunk",
    "BatchJob",
    "BatchJobList",
    "BatchJobRequest",
    "BatchRequest",
    "ChatClassificationRequest",
    "ChatCompletionChoice",
    "ChatCompletionRequest",
    "ChatCompletionResponse",
    "ChatModerationRequest",
    "ClassificationRequest",
    "ClassificationResponse",
    "CompletionChunk",
    "CompletionFields",
    "ContentChunk",
    "Conversation",
    "ConversationAppendRequest",
    "ConversationEntry",
    "ConversationEvent",
    "ConversationHistory",
    "ConversationList",
    "ConversationMessages",
    "ConversationRequest",
    "ConversationResponse",
    "ConversationRestartRequest",
    "ConversationUsage",
    "DeleteBatchJobResponse",
    "DeleteFileResponse",
    "DeleteModelResponse",
    "DeltaMessage",
    "Document",
    "DocumentList",
    "DocumentStatus",
    "DocumentText",
    "DocumentURLChunk",
    "DocumentUpdateRequest",
    "EmbeddingData",
    "EmbeddingRequest",
    "EmbeddingResponse",
    "FIMCompletionRequest",
    "FIMCompletionResponse",
    "FileChunk",
    "FileList",
    "FileObject",
    "FineTunedModel",
    "FineTuningJob",
    "FineTuningJobEstimate",
    "FineTuningJobList",
    "FineTuningJobRequest",
    "Function",
    "FunctionCall",
    "FunctionCallEntry",
    "FunctionCallEvent",
    "FunctionName",
    "FunctionResultEntry",
    "ImageURL",
    "ImageURLChunk",
    "JsonSchema",
    "Library",
    "LibraryCreateRequest",
    "LibraryList",
    "LibraryUpdateRequest",
    "Message",
    "MessageInputEntry",
    "MessageOutputEntry",
    "MessageOutputEvent",
    "ModelCapabilities",
    "ModelCard",
    "ModelList",
    "ModerationResponse",
    "ModerationResult",
    "OCRPage",
    "OCRRequest",
    "OCRResponse",
    "OCRUsage",
    "Prediction",
    "ReferenceChunk",
    "ResponseDoneEvent",
    "ResponseErrorEvent",
    "ResponseFormat",
    "ResponseStartedEvent",
    "Sharing",
    "SharingDeleteRequest",
    "SharingList",
    "SharingRequest",
    "SignedURL",
    "SpeechRequest",
    "SpeechResponse",
    "StreamChoice",
    "SystemMessage",
    "TextChunk",
    "ThinkChunk",
    "Tool",
    "ToolCall",
    "ToolChoice",
    "ToolExecutionEntry",
    "ToolMessage",
    "TrainingFile",
    "TranscriptionEvent",
    "TranscriptionResponse",
    "TranscriptionSegment",
    "UnarchiveModelResponse",
    "UnknownChunk",
    "UpdateModelRequest",
    "UsageInfo",
    "UserMessage",
    "Voice",
    "VoiceCreateRequest",
    "VoiceList",
    "VoiceUpdateRequest",
    "WandbIntegration",
    "WireModel",
    "parse_response",
    "parse_value",
]
__all__ += _generated.__all__  # the generated areas' models, found by __getattr__
