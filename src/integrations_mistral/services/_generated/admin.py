"""`client.admin`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from .._base import ServiceGroup
from .._faces import BlockingService, Face
from .._fallback import Caller
from .admin_api_keys import AdminApiKeysService, SyncAdminApiKeysService
from .admin_audit_logs import AdminAuditLogsService, SyncAdminAuditLogsService
from .admin_billing import AdminBillingService, SyncAdminBillingService
from .admin_scim import AdminScimService, SyncAdminScimService
from .admin_user_groups import AdminUserGroupsService, SyncAdminUserGroupsService
from .admin_users import AdminUsersService, SyncAdminUsersService
from .admin_vibe_code_analytics import (
    AdminVibeCodeAnalyticsService,
    SyncAdminVibeCodeAnalyticsService,
)
from .admin_vibe_work_analytics import (
    AdminVibeWorkAnalyticsService,
    SyncAdminVibeWorkAnalyticsService,
)
from .admin_workspaces import AdminWorkspacesService, SyncAdminWorkspacesService

__all__ = ["AdminService", "SyncAdminService"]


class AdminService(ServiceGroup):
    """`client.admin` (and `api_keys`, `audit_logs`, `billing`, `scim`, `user_groups`, `users`, `vibe_code_analytics`, `vibe_work_analytics`, `workspaces`)."""

    def __init__(self, caller: Caller) -> None:
        self.api_keys = AdminApiKeysService(caller)
        self.audit_logs = AdminAuditLogsService(caller)
        self.billing = AdminBillingService(caller)
        self.scim = AdminScimService(caller)
        self.user_groups = AdminUserGroupsService(caller)
        self.users = AdminUsersService(caller)
        self.vibe_code_analytics = AdminVibeCodeAnalyticsService(caller)
        self.vibe_work_analytics = AdminVibeWorkAnalyticsService(caller)
        self.workspaces = AdminWorkspacesService(caller)


class SyncAdminService(BlockingService):
    """`admin` of the blocking client (`SyncMistralClient`)."""

    api_keys = Face(SyncAdminApiKeysService)
    audit_logs = Face(SyncAdminAuditLogsService)
    billing = Face(SyncAdminBillingService)
    scim = Face(SyncAdminScimService)
    user_groups = Face(SyncAdminUserGroupsService)
    users = Face(SyncAdminUsersService)
    vibe_code_analytics = Face(SyncAdminVibeCodeAnalyticsService)
    vibe_work_analytics = Face(SyncAdminVibeWorkAnalyticsService)
    workspaces = Face(SyncAdminWorkspacesService)
