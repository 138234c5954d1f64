"""`client.admin.audit_logs`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

import builtins
from typing import Literal

from pydantic import RootModel
from typing_extensions import Unpack

from ...types._generated.admin_audit_logs import (
    ActorType,
    AuditLogEventType,
    AuditLogOut,
    TargetType,
)
from .._base import RawResponses, Service, query
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._options import CallOptions

__all__ = [
    "AdminAuditLogsRawResponses",
    "AdminAuditLogsService",
    "SyncAdminAuditLogsRawResponses",
    "SyncAdminAuditLogsService",
]

_ListResult = RootModel[list[AuditLogOut]]


class AdminAuditLogsService(Service):
    """`client.admin.audit_logs`: (beta) Admin API - access audit logs."""

    area = "admin.audit_logs"

    @property
    def with_raw_response(self) -> AdminAuditLogsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return AdminAuditLogsRawResponses(self)

    async def list(
        self,
        *,
        actor_type: builtins.list[ActorType] | None = None,
        event_type: builtins.list[AuditLogEventType] | None = None,
        target_type: builtins.list[TargetType] | None = None,
        actor_user_uuid: str | None = None,
        sort: Literal["ascending", "descending"] | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> builtins.list[AuditLogOut]:
        """Get Audit Logs.

        List audit log entries for the Organization.
        """
        path = "/v1/admin/audit-logs"
        return (
            await self._call(
                "admin.audit_logs.list",
                "GET",
                path,
                _ListResult,
                params=query(
                    actor_type=actor_type,
                    event_type=event_type,
                    target_type=target_type,
                    actor_user_uuid=actor_user_uuid,
                    sort=sort,
                    after=after,
                    before=before,
                    limit=limit,
                ),
                options=options,
            )
        ).root


class AdminAuditLogsRawResponses(RawResponses):
    """`admin.audit_logs.with_raw_response`: each call answers `APIResponse[reply]`."""

    list = raw(AdminAuditLogsService.list)


class SyncAdminAuditLogsRawResponses(BlockingService):
    """`admin.audit_logs.with_raw_response` of the blocking client."""

    list = blocking_raw(AdminAuditLogsService.list)


class SyncAdminAuditLogsService(BlockingService):
    """`admin.audit_logs` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncAdminAuditLogsRawResponses)
    list = blocking(AdminAuditLogsService.list)
