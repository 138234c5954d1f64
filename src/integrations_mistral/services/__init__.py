"""Typed services, one module per API area.

Chat's service is imported with the package; the others (and their models) when first used, so
`import integrations_mistral` loads only what a chat call needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .._lazy import lazy_attribute
from ._base import APICaller, RequestValidationError, Service
from ._stream import CompletionStream
from .chat import ChatService, ParsedChatCompletion
from .tool_runner import FunctionTool, MaxTurnsError, ToolError, ToolRun, function_tool

if TYPE_CHECKING:
    from .agents import AgentsService
    from .audio import AudioService
    from .batch import BatchService
    from .classifiers import ClassifiersService
    from .conversations import ConversationsService
    from .embeddings import EmbeddingsService
    from .files import FilesService
    from .fim import FIMService
    from .fine_tuning import FineTuningService
    from .libraries import LibrariesService
    from .models import ModelsService
    from .ocr import OCRService
    from .tokens import TokensService

AREAS: dict[str, str] = {
    "fim": "FIMService",
    "embeddings": "EmbeddingsService",
    "models": "ModelsService",
    "files": "FilesService",
    "fine_tuning": "FineTuningService",
    "agents": "AgentsService",
    "conversations": "ConversationsService",
    "audio": "AudioService",
    "libraries": "LibrariesService",
    "batch": "BatchService",
    "classifiers": "ClassifiersService",
    "ocr": "OCRService",
    "tokens": "TokensService",
}
"""The lazily imported areas: the client's attribute (= module name) -> the service class."""

_MODULE_OF = {cls: area for area, cls in AREAS.items()}


def service_class(area: str) -> type[Any]:
    """The service class of a lazily imported `area` (its module is imported now, once)."""
    cls: type[Any] = getattr(importlib.import_module(f"{__name__}.{area}"), AREAS[area])
    return cls


def __getattr__(name: str) -> Any:
    return lazy_attribute(__name__, _MODULE_OF, globals(), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULE_OF))


__all__ = [
    "AREAS",
    "APICaller",
    "AgentsService",
    "AudioService",
    "BatchService",
    "ChatService",
    "ClassifiersService",
    "CompletionStream",
    "ConversationsService",
    "EmbeddingsService",
    "FIMService",
    "FilesService",
    "FineTuningService",
    "FunctionTool",
    "LibrariesService",
    "MaxTurnsError",
    "ModelsService",
    "OCRService",
    "ParsedChatCompletion",
    "RequestValidationError",
    "Service",
    "TokensService",
    "ToolError",
    "ToolRun",
    "function_tool",
    "service_class",
]
