"""The clients' service attributes, one per area. Written by tools/areas.py from the area table (`services.AREAS`); do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._area import Area, SyncArea

if TYPE_CHECKING:
    from .services import (
        AdminService,
        AgentsService,
        AudioService,
        BatchService,
        ChatService,
        ClassifiersService,
        ConnectorsService,
        ConversationsService,
        EmbeddingsService,
        FilesService,
        FIMService,
        FineTuningService,
        LibrariesService,
        ModelsService,
        ObservabilityService,
        OCRService,
        PromptsService,
        RagService,
        SkillsService,
        SyncAdminService,
        SyncAgentsService,
        SyncAudioService,
        SyncBatchService,
        SyncChatService,
        SyncClassifiersService,
        SyncConnectorsService,
        SyncConversationsService,
        SyncEmbeddingsService,
        SyncFilesService,
        SyncFIMService,
        SyncFineTuningService,
        SyncLibrariesService,
        SyncModelsService,
        SyncObservabilityService,
        SyncOCRService,
        SyncPromptsService,
        SyncRagService,
        SyncSkillsService,
        SyncTokensService,
        SyncUsersService,
        SyncWorkflowsService,
        TokensService,
        UsersService,
        WorkflowsService,
    )

__all__ = ["ClientAreas", "SyncClientAreas"]


class ClientAreas:
    """`MistralClient`'s areas, each built on first use (chat: with the client)."""

    chat: ChatService
    fim: Area[FIMService] = Area()
    embeddings: Area[EmbeddingsService] = Area()
    models: Area[ModelsService] = Area()
    files: Area[FilesService] = Area()
    fine_tuning: Area[FineTuningService] = Area()
    agents: Area[AgentsService] = Area()
    conversations: Area[ConversationsService] = Area()
    audio: Area[AudioService] = Area()
    libraries: Area[LibrariesService] = Area()
    batch: Area[BatchService] = Area()
    classifiers: Area[ClassifiersService] = Area()
    ocr: Area[OCRService] = Area()
    tokens: Area[TokensService] = Area()
    admin: Area[AdminService] = Area()
    connectors: Area[ConnectorsService] = Area()
    observability: Area[ObservabilityService] = Area()
    prompts: Area[PromptsService] = Area()
    rag: Area[RagService] = Area()
    skills: Area[SkillsService] = Area()
    users: Area[UsersService] = Area()
    workflows: Area[WorkflowsService] = Area()


class SyncClientAreas:
    """`SyncMistralClient`'s areas: the blocking faces, each made on first use."""

    chat: SyncArea[SyncChatService] = SyncArea()
    fim: SyncArea[SyncFIMService] = SyncArea()
    embeddings: SyncArea[SyncEmbeddingsService] = SyncArea()
    models: SyncArea[SyncModelsService] = SyncArea()
    files: SyncArea[SyncFilesService] = SyncArea()
    fine_tuning: SyncArea[SyncFineTuningService] = SyncArea()
    agents: SyncArea[SyncAgentsService] = SyncArea()
    conversations: SyncArea[SyncConversationsService] = SyncArea()
    audio: SyncArea[SyncAudioService] = SyncArea()
    libraries: SyncArea[SyncLibrariesService] = SyncArea()
    batch: SyncArea[SyncBatchService] = SyncArea()
    classifiers: SyncArea[SyncClassifiersService] = SyncArea()
    ocr: SyncArea[SyncOCRService] = SyncArea()
    tokens: SyncArea[SyncTokensService] = SyncArea()
    admin: SyncArea[SyncAdminService] = SyncArea()
    connectors: SyncArea[SyncConnectorsService] = SyncArea()
    observability: SyncArea[SyncObservabilityService] = SyncArea()
    prompts: SyncArea[SyncPromptsService] = SyncArea()
    rag: SyncArea[SyncRagService] = SyncArea()
    skills: SyncArea[SyncSkillsService] = SyncArea()
    users: SyncArea[SyncUsersService] = SyncArea()
    workflows: SyncArea[SyncWorkflowsService] = SyncArea()
