"""`client.observability.judges`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator
from typing import Any, overload

from typing_extensions import Unpack

from ...types._generated.observability_1 import (
    JudgeClassificationOutput,
    JudgeOutput,
    JudgeRegressionOutput,
)
from ...types._generated.observability_2 import CreateJudgeRequest, Judge
from ...types._generated.observability_judges import (
    JudgeConversationRequest,
    JudgeOutputType,
    ListJudgesResponse,
    UpdateJudgeRequest,
)
from .._base import RawResponses, Service, build_request, query, segment
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_pages

__all__ = [
    "ObservabilityJudgesRawResponses",
    "ObservabilityJudgesService",
    "SyncObservabilityJudgesRawResponses",
    "SyncObservabilityJudgesService",
]


class ObservabilityJudgesService(Service):
    """`client.observability.judges`: (beta) Observability API - judges."""

    area = "observability.judges"

    @property
    def with_raw_response(self) -> ObservabilityJudgesRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return ObservabilityJudgesRawResponses(self)

    async def list(
        self,
        *,
        type_filter: builtins.list[JudgeOutputType] | None = None,
        model_filter: builtins.list[str] | None = None,
        page_size: int | None = None,
        page: int | None = None,
        q: str | None = None,
        **options: Unpack[CallOptions],
    ) -> ListJudgesResponse:
        """Get judges with optional filtering and search."""
        path = "/v1/observability/judges"
        return await self._call(
            "observability.judges.list",
            "GET",
            path,
            ListJudgesResponse,
            params=query(
                type_filter=type_filter,
                model_filter=model_filter,
                page_size=page_size,
                page=page,
                q=q,
            ),
            options=options,
        )

    @takes_arguments_of(list)
    def iterate(self, **filters: Any) -> AsyncIterator[Judge]:
        """Every item `list` returns, page after page (its keyword arguments filter)."""
        return walk_pages(
            self.list,
            filters,
            page="page",
            first=1,
            size="page_size",
            items="judges.results",
            total="judges.count",
        )

    @overload
    async def create(
        self, request: CreateJudgeRequest, **options: Unpack[CallOptions]
    ) -> Judge: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        description: str,
        model_name: str,
        output: JudgeClassificationOutput | JudgeRegressionOutput | dict[str, Any],
        instructions: str,
        tools: builtins.list[str],
        **options: Unpack[CallOptions],
    ) -> Judge: ...
    async def create(
        self,
        request: CreateJudgeRequest | None = None,
        *,
        name: str | None = None,
        description: str | None = None,
        model_name: str | None = None,
        output: JudgeClassificationOutput | JudgeRegressionOutput | dict[str, Any] | None = None,
        instructions: str | None = None,
        tools: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> Judge:
        """Create a new judge."""
        path = "/v1/observability/judges"
        return await self._call(
            "observability.judges.create",
            "POST",
            path,
            Judge,
            body=build_request(
                CreateJudgeRequest,
                request,
                {
                    "name": name,
                    "description": description,
                    "model_name": model_name,
                    "output": output,
                    "instructions": instructions,
                    "tools": tools,
                },
                options,
            ),
            options=options,
        )

    async def get(self, judge_id: str, **options: Unpack[CallOptions]) -> Judge:
        """Get judge by id."""
        path = f"/v1/observability/judges/{segment(judge_id, 'judge_id')}"
        return await self._call("observability.judges.get", "GET", path, Judge, options=options)

    @overload
    async def update(
        self, judge_id: str, request: UpdateJudgeRequest, **options: Unpack[CallOptions]
    ) -> None: ...
    @overload
    async def update(
        self,
        judge_id: str,
        *,
        name: str,
        description: str,
        model_name: str,
        output: JudgeClassificationOutput | JudgeRegressionOutput | dict[str, Any],
        instructions: str,
        tools: builtins.list[str],
        **options: Unpack[CallOptions],
    ) -> None: ...
    async def update(
        self,
        judge_id: str,
        request: UpdateJudgeRequest | None = None,
        *,
        name: str | None = None,
        description: str | None = None,
        model_name: str | None = None,
        output: JudgeClassificationOutput | JudgeRegressionOutput | dict[str, Any] | None = None,
        instructions: str | None = None,
        tools: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Update a judge."""
        path = f"/v1/observability/judges/{segment(judge_id, 'judge_id')}"
        await self._raw(
            "observability.judges.update",
            "PUT",
            path,
            body=build_request(
                UpdateJudgeRequest,
                request,
                {
                    "name": name,
                    "description": description,
                    "model_name": model_name,
                    "output": output,
                    "instructions": instructions,
                    "tools": tools,
                },
                options,
            ),
            options=options,
        )

    async def delete(self, judge_id: str, **options: Unpack[CallOptions]) -> None:
        """Delete a judge."""
        path = f"/v1/observability/judges/{segment(judge_id, 'judge_id')}"
        await self._raw("observability.judges.delete", "DELETE", path, options=options)

    @overload
    async def judge_conversation(
        self, judge_id: str, request: JudgeConversationRequest, **options: Unpack[CallOptions]
    ) -> JudgeOutput: ...
    @overload
    async def judge_conversation(
        self,
        judge_id: str,
        *,
        messages: builtins.list[dict[str, Any]],
        properties: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> JudgeOutput: ...
    async def judge_conversation(
        self,
        judge_id: str,
        request: JudgeConversationRequest | None = None,
        *,
        messages: builtins.list[dict[str, Any]] | None = None,
        properties: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> JudgeOutput:
        """Run a saved judge on a conversation."""
        path = f"/v1/observability/judges/{segment(judge_id, 'judge_id')}/live-judging"
        return await self._call(
            "observability.judges.judge_conversation",
            "POST",
            path,
            JudgeOutput,
            body=build_request(
                JudgeConversationRequest,
                request,
                {"messages": messages, "properties": properties},
                options,
            ),
            options=options,
        )


class ObservabilityJudgesRawResponses(RawResponses):
    """`observability.judges.with_raw_response`: each call answers `APIResponse[reply]`."""

    list = raw(ObservabilityJudgesService.list)
    create = raw(ObservabilityJudgesService.create)
    get = raw(ObservabilityJudgesService.get)
    update = raw(ObservabilityJudgesService.update)
    delete = raw(ObservabilityJudgesService.delete)
    judge_conversation = raw(ObservabilityJudgesService.judge_conversation)


class SyncObservabilityJudgesRawResponses(BlockingService):
    """`observability.judges.with_raw_response` of the blocking client."""

    list = blocking_raw(ObservabilityJudgesService.list)
    create = blocking_raw(ObservabilityJudgesService.create)
    get = blocking_raw(ObservabilityJudgesService.get)
    update = blocking_raw(ObservabilityJudgesService.update)
    delete = blocking_raw(ObservabilityJudgesService.delete)
    judge_conversation = blocking_raw(ObservabilityJudgesService.judge_conversation)


class SyncObservabilityJudgesService(BlockingService):
    """`observability.judges` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncObservabilityJudgesRawResponses)
    list = blocking(ObservabilityJudgesService.list)
    create = blocking(ObservabilityJudgesService.create)
    get = blocking(ObservabilityJudgesService.get)
    update = blocking(ObservabilityJudgesService.update)
    delete = blocking(ObservabilityJudgesService.delete)
    judge_conversation = blocking(ObservabilityJudgesService.judge_conversation)
    iterate = blocking(ObservabilityJudgesService.iterate)
