"""`client.workflows.executions`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Any, overload

from pydantic import RootModel
from typing_extensions import Unpack

from ...types._generated.workflows_3 import WorkflowExecutionResponse
from ...types._generated.workflows_executions_1 import (
    BatchExecutionBody,
    BatchExecutionResponse,
    NetworkEncodedInput,
    QueryInvocationBody,
    QueryWorkflowResponse,
    SignalInvocationBody,
    SignalWorkflowResponse,
)
from .._base import Service, build_request, query, segment
from .._options import CallOptions

__all__ = ["WorkflowsExecutionsServicePart"]

_GetHistoryResult = RootModel[Any]


class WorkflowsExecutionsServicePart(Service):
    """The first operations of `client.workflows.executions`; `WorkflowsExecutionsService` adds the others (one class in two modules, to keep files short)."""

    area = "workflows.executions"

    async def get(
        self, execution_id: str, **options: Unpack[CallOptions]
    ) -> WorkflowExecutionResponse:
        """Get Workflow Execution."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}"
        return await self._call(
            "workflows.executions.get", "GET", path, WorkflowExecutionResponse, options=options
        )

    async def get_history(
        self,
        execution_id: str,
        *,
        decode_payloads: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Any:
        """Get Workflow Execution History."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/history"
        return (
            await self._call(
                "workflows.executions.get_history",
                "GET",
                path,
                _GetHistoryResult,
                params=query(decode_payloads=decode_payloads),
                options=options,
            )
        ).root

    @overload
    async def signal(
        self, execution_id: str, request: SignalInvocationBody, **options: Unpack[CallOptions]
    ) -> SignalWorkflowResponse: ...
    @overload
    async def signal(
        self,
        execution_id: str,
        *,
        name: str,
        input: NetworkEncodedInput | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> SignalWorkflowResponse: ...
    async def signal(
        self,
        execution_id: str,
        request: SignalInvocationBody | None = None,
        *,
        name: str | None = None,
        input: NetworkEncodedInput | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> SignalWorkflowResponse:
        """Signal Workflow Execution."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/signals"
        return await self._call(
            "workflows.executions.signal",
            "POST",
            path,
            SignalWorkflowResponse,
            body=build_request(
                SignalInvocationBody, request, {"name": name, "input": input}, options
            ),
            options=options,
        )

    @overload
    async def query(
        self, execution_id: str, request: QueryInvocationBody, **options: Unpack[CallOptions]
    ) -> QueryWorkflowResponse: ...
    @overload
    async def query(
        self,
        execution_id: str,
        *,
        name: str,
        input: NetworkEncodedInput | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> QueryWorkflowResponse: ...
    async def query(
        self,
        execution_id: str,
        request: QueryInvocationBody | None = None,
        *,
        name: str | None = None,
        input: NetworkEncodedInput | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> QueryWorkflowResponse:
        """Query Workflow Execution."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/queries"
        return await self._call(
            "workflows.executions.query",
            "POST",
            path,
            QueryWorkflowResponse,
            body=build_request(
                QueryInvocationBody, request, {"name": name, "input": input}, options
            ),
            options=options,
        )

    async def terminate(self, execution_id: str, **options: Unpack[CallOptions]) -> None:
        """Terminate Workflow Execution."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/terminate"
        await self._raw("workflows.executions.terminate", "POST", path, options=options)

    @overload
    async def batch_terminate(
        self, request: BatchExecutionBody, **options: Unpack[CallOptions]
    ) -> BatchExecutionResponse: ...
    @overload
    async def batch_terminate(
        self, *, execution_ids: list[str], **options: Unpack[CallOptions]
    ) -> BatchExecutionResponse: ...
    async def batch_terminate(
        self,
        request: BatchExecutionBody | None = None,
        *,
        execution_ids: list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> BatchExecutionResponse:
        """Batch Terminate Workflow Executions."""
        path = "/v1/workflows/executions/terminate"
        return await self._call(
            "workflows.executions.batch_terminate",
            "POST",
            path,
            BatchExecutionResponse,
            body=build_request(
                BatchExecutionBody, request, {"execution_ids": execution_ids}, options
            ),
            options=options,
        )

    async def cancel(self, execution_id: str, **options: Unpack[CallOptions]) -> None:
        """Cancel Workflow Execution."""
        path = f"/v1/workflows/executions/{segment(execution_id, 'execution_id')}/cancel"
        await self._raw("workflows.executions.cancel", "POST", path, options=options)

    @overload
    async def batch_cancel(
        self, request: BatchExecutionBody, **options: Unpack[CallOptions]
    ) -> BatchExecutionResponse: ...
    @overload
    async def batch_cancel(
        self, *, execution_ids: list[str], **options: Unpack[CallOptions]
    ) -> BatchExecutionResponse: ...
    async def batch_cancel(
        self,
        request: BatchExecutionBody | None = None,
        *,
        execution_ids: list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> BatchExecutionResponse:
        """Batch Cancel Workflow Executions."""
        path = "/v1/workflows/executions/cancel"
        return await self._call(
            "workflows.executions.batch_cancel",
            "POST",
            path,
            BatchExecutionResponse,
            body=build_request(
                BatchExecutionBody, request, {"execution_ids": execution_ids}, options
            ),
            options=options,
        )
