"""Typed services, one module per API area.

Chat's service is imported with the package; the others (and their models) when first used, so
`import integrations_mistral` loads only what a chat call needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .._lazy import lazy_attribute
from . import _areas
from ._accumulate import StreamAccumulator
from ._base import APICaller, APIResponse, RequestValidationError, Service, ServiceGroup
from ._budgeted import BudgetedCaller
from ._cached import CachingCaller
from ._estimate import estimate_tokens, tokenizer_estimate
from ._faces import BlockingService, Runner, SyncCompletionStream, SyncIterator
from ._failure_class import ClassFallbacks
from ._fallback import Caller, FallbackCaller, FallbackPool, chain_for
from ._generated import AREAS as _GENERATED
from ._options import CallOptions, check_names, signature_of
from ._routing import Deployment, DeploymentRouter
from ._stream import CompletionStream
from .chat import ChatService, ParsedChatCompletion, SyncChatService
from .endpoint import EndpointService
from .tool_runner import FunctionTool, MaxTurnsError, ToolError, ToolRun, function_tool

if TYPE_CHECKING:
    from ._areas import *  # noqa: F403  (every area's service and face, by the area table)

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
    name: f"_generated.{area}" if area in _GENERATED else area
    for area, cls in AREAS.items()
    for name in (cls, f"Sync{cls}")
}


def service_class(area: str) -> type[Any]:
    """The service class of a lazily imported `area` (its module is imported now, once)."""
    module = importlib.import_module(f"{__name__}.{_MODULE_OF[AREAS[area]]}")
    cls: type[Any] = getattr(module, AREAS[area])
    return cls


def face_class(area: str) -> type[Any]:
    """The blocking client's face of `area` (`SyncFIMService`), declared beside its service."""
    name = "SyncChatService" if area == "chat" else f"Sync{AREAS[area]}"
    cls: type[Any] = globals().get(name) or __getattr__(name)
    return cls


def __getattr__(name: str) -> Any:
    return lazy_attribute(__name__, _MODULE_OF, globals(), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULE_OF))


__all__ = [
    "AREAS",
    "APICaller",
    "APIResponse",
    "BlockingService",
    "BudgetedCaller",
    "CachingCaller",
    "CallOptions",
    "Caller",
    "ChatService",
    "ClassFallbacks",
    "CompletionStream",
    "Deployment",
    "DeploymentRouter",
    "EndpointService",
    "FallbackCaller",
    "FallbackPool",
    "FunctionTool",
    "MaxTurnsError",
    "ParsedChatCompletion",
    "RequestValidationError",
    "Runner",
    "Service",
    "ServiceGroup",
    "StreamAccumulator",
    "SyncChatService",
    "SyncCompletionStream",
    "SyncIterator",
    "ToolError",
    "ToolRun",
    "chain_for",
    "check_names",
    "estimate_tokens",
    "face_class",
    "function_tool",
    "service_class",
    "signature_of",
    "tokenizer_estimate",
]
__all__ += _areas.__all__  # the areas' classes, found by __getattr__
