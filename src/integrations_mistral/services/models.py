"""Models: `client.models.list/get/delete/update`."""

from __future__ import annotations

from typing_extensions import Unpack

from ..types import DeleteModelResponse, FineTunedModel, ModelCard, ModelList, UpdateModelRequest
from ._base import RawResponses, Service, fields_of, query, segment
from ._faces import BlockingService, Face, blocking, blocking_raw, raw
from ._options import CallOptions

__all__ = ["ModelsService"]


class ModelsService(Service):
    """`/v1/models` and `PATCH /v1/fine_tuning/models/{model_id}`."""

    @property
    def with_raw_response(self) -> ModelsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return ModelsRawResponses(self)

    async def list(
        self,
        *,
        provider: str | None = None,
        model: str | None = None,
        **options: Unpack[CallOptions],
    ) -> ModelList:
        """Every model available to the key (not paged)."""
        params = query(provider=provider, model=model)
        return await self._call(
            "models.list", "GET", "/v1/models", ModelList, params=params, options=options
        )

    async def get(self, model_id: str, **options: Unpack[CallOptions]) -> ModelCard:
        return await self._call(
            "models.get",
            "GET",
            f"/v1/models/{segment(model_id, 'model_id')}",
            ModelCard,
            options=options,
        )

    async def delete(self, model_id: str, **options: Unpack[CallOptions]) -> DeleteModelResponse:
        """Delete a fine-tuned model."""
        path = f"/v1/models/{segment(model_id, 'model_id')}"
        return await self._call(
            "models.delete", "DELETE", path, DeleteModelResponse, options=options
        )

    async def update(
        self,
        model_id: str,
        request: UpdateModelRequest | None = None,
        *,
        name: str | None = None,
        description: str | None = None,
        **options: Unpack[CallOptions],
    ) -> FineTunedModel:
        """Rename or re-describe a fine-tuned model."""
        path = f"/v1/fine_tuning/models/{segment(model_id, 'model_id')}"
        fields = fields_of(locals(), "model_id", "path")
        return await self._send(
            "models.update",
            "PATCH",
            path,
            FineTunedModel,
            UpdateModelRequest,
            request,
            fields,
            options=options,
        )


class ModelsRawResponses(RawResponses):
    """`models.with_raw_response`: each call answers `APIResponse[reply]`."""

    list = raw(ModelsService.list)
    get = raw(ModelsService.get)
    delete = raw(ModelsService.delete)
    update = raw(ModelsService.update)


class SyncModelsRawResponses(BlockingService):
    """`models.with_raw_response` of the blocking client."""

    list = blocking_raw(ModelsService.list)
    get = blocking_raw(ModelsService.get)
    delete = blocking_raw(ModelsService.delete)
    update = blocking_raw(ModelsService.update)


class SyncModelsService(BlockingService):
    """`models` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncModelsRawResponses)
    list = blocking(ModelsService.list)
    get = blocking(ModelsService.get)
    delete = blocking(ModelsService.delete)
    update = blocking(ModelsService.update)
