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
from .._base import Service, query
from .._options import CallOptions

__all__ = ["AdminAuditLogsService"]

_ListResult = RootModel[list[AuditLogOut]]


class AdminAuditLogsService(Service):
    """`client.admin.audit_logs`: (beta) Admin API - access audit logs."""

    area = "admin.audit_logs"

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
        """Get Audit Logs."""
        path = "/v1/admin/audit-logs"
        return (
            await self._caller.call(
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
            )
        ).root
