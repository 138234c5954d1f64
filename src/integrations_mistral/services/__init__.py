"""Typed services, one module per API area."""

from ._base import APICaller, RequestValidationError, Service
from ._stream import CompletionStream
from .agents import AgentsService
from .audio import AudioService
from .batch import BatchService
from .chat import ChatService, ParsedChatCompletion
from .classifiers import ClassifiersService
from .conversations import ConversationsService
from .embeddings import EmbeddingsService
from .files import FilesService
from .fim import FIMService
from .fine_tuning import FineTuningService
from .libraries import LibrariesService
from .models import ModelsService
from .ocr import OCRService

__all__ = [
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
    "LibrariesService",
    "ModelsService",
    "OCRService",
    "ParsedChatCompletion",
    "RequestValidationError",
    "Service",
]
