"""Every area's service class and blocking face, for type checkers. Written by tools/areas.py from the area table (`services.AREAS`); do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._generated.admin import AdminService, SyncAdminService
    from ._generated.connectors import ConnectorsService, SyncConnectorsService
    from ._generated.observability import ObservabilityService, SyncObservabilityService
    from ._generated.prompts import PromptsService, SyncPromptsService
    from ._generated.rag import RagService, SyncRagService
    from ._generated.skills import SkillsService, SyncSkillsService
    from ._generated.users import SyncUsersService, UsersService
    from ._generated.workflows import SyncWorkflowsService, WorkflowsService
    from .agents import AgentsService, SyncAgentsService
    from .audio import AudioService, SyncAudioService
    from .batch import BatchService, SyncBatchService
    from .classifiers import ClassifiersService, SyncClassifiersService
    from .conversations import ConversationsService, SyncConversationsService
    from .embeddings import EmbeddingsService, SyncEmbeddingsService
    from .files import FilesService, SyncFilesService
    from .fim import FIMService, SyncFIMService
    from .fine_tuning import FineTuningService, SyncFineTuningService
    from .libraries import LibrariesService, SyncLibrariesService
    from .models import ModelsService, SyncModelsService
    from .ocr import OCRService, SyncOCRService
    from .tokens import SyncTokensService, TokensService

__all__ = [
    "AdminService",
    "AgentsService",
    "AudioService",
    "BatchService",
    "ClassifiersService",
    "ConnectorsService",
    "ConversationsService",
    "EmbeddingsService",
    "FIMService",
    "FilesService",
    "FineTuningService",
    "LibrariesService",
    "ModelsService",
    "OCRService",
    "ObservabilityService",
    "PromptsService",
    "RagService",
    "SkillsService",
    "SyncAdminService",
    "SyncAgentsService",
    "SyncAudioService",
    "SyncBatchService",
    "SyncClassifiersService",
    "SyncConnectorsService",
    "SyncConversationsService",
    "SyncEmbeddingsService",
    "SyncFIMService",
    "SyncFilesService",
    "SyncFineTuningService",
    "SyncLibrariesService",
    "SyncModelsService",
    "SyncOCRService",
    "SyncObservabilityService",
    "SyncPromptsService",
    "SyncRagService",
    "SyncSkillsService",
    "SyncTokensService",
    "SyncUsersService",
    "SyncWorkflowsService",
    "TokensService",
    "UsersService",
    "WorkflowsService",
]
