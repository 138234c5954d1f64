"""`client.admin`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from .._base import ServiceGroup
from .._caller import APICaller
from .admin_api_keys import AdminApiKeysService
from .admin_audit_logs import AdminAuditLogsService
from .admin_billing import AdminBillingService
from .admin_scim import AdminScimService
from .admin_user_groups import AdminUserGroupsService
from .admin_users import AdminUsersService
from .admin_vibe_code_analytics import AdminVibeCodeAnalyticsService
from .admin_vibe_work_analytics import AdminVibeWorkAnalyticsService
from .admin_workspaces import AdminWorkspacesService

__all__ = ["AdminService"]


class AdminService(ServiceGroup):
    """`client.admin` (and `api_keys`, `audit_logs`, `billing`, `scim`, `user_groups`, `users`, `vibe_code_analytics`, `vibe_work_analytics`, `workspaces`)."""

    def __init__(self, caller: APICaller) -> None:
        self.api_keys = AdminApiKeysService(caller)
        self.audit_logs = AdminAuditLogsService(caller)
        self.billing = AdminBillingService(caller)
        self.scim = AdminScimService(caller)
        self.user_groups = AdminUserGroupsService(caller)
        self.users = AdminUsersService(caller)
        self.vibe_code_analytics = AdminVibeCodeAnalyticsService(caller)
        self.vibe_work_analytics = AdminVibeWorkAnalyticsService(caller)
        self.workspaces = AdminWorkspacesService(caller)
