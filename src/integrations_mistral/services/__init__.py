"""Typed services, one module per API area.

Chat's service is imported with the package; the others (and their models) when first used, so
`import integrations_mistral` loads only what a chat call needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .._lazy import lazy_attribute
from ._base import APICaller, RequestValidationError, Service
from ._generated import AREAS as _GENERATED
from ._stream import CompletionStream
from .chat import ChatService, ParsedChatCompletion
from .tool_runner import FunctionTool, MaxTurnsError, ToolError, ToolRun, function_tool

if TYPE_CHECKING:
    from ._generated.admin import AdminService
    from ._generated.connectors import ConnectorsService
    from ._generated.observability import ObservabilityService
    from ._generated.prompts import PromptsService
    from ._generated.rag import RagService
    from ._generated.skills import SkillsService
    from ._generated.users import UsersService
    from ._generated.workflows import WorkflowsService
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
    **_GENERATED,
}
"""The lazily imported areas: the client's attribute (= module name) -> the service class
(the hand-written areas' modules here, the generated ones' in `_generated`)."""

_MODULE_OF = {
    cls: f"_generated.{area}" if area in _GENERATED else area for area, cls in AREAS.items()
}


def service_class(area: str) -> type[Any]:
    """The service class of a lazily imported `area` (its module is imported now, once)."""
    module = importlib.import_module(f"{__name__}.{_MODULE_OF[AREAS[area]]}")
    cls: type[Any] = getattr(module, AREAS[area])
    return cls


def __getattr__(name: str) -> Any:
    return lazy_attribute(__name__, _MODULE_OF, globals(), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULE_OF))


__all__ = [
    "AREAS",
    "APICaller",
    "AdminService",
    "AgentsService",
    "AudioService",
    "BatchService",
    "ChatService",
    "ClassifiersService",
    "CompletionStream",
    "ConnectorsService",
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
    "ObservabilityService",
    "ParsedChatCompletion",
    "PromptsService",
    "RagService",
    "RequestValidationError",
    "Service",
    "SkillsService",
    "TokensService",
    "ToolError",
    "ToolRun",
    "UsersService",
    "WorkflowsService",
    "function_tool",
    "service_class",
]
