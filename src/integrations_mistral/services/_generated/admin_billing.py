"""`client.admin.billing`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import overload

from typing_extensions import Unpack

from ...types._generated.admin_billing import (
    ApiZone,
    LimitsOUT,
    NewUsageLimitIN,
    RateLimitsOUT,
    UsageOUTJSON,
)
from .._base import RawResponses, Service, build_request, query
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._options import CallOptions

__all__ = [
    "AdminBillingRawResponses",
    "AdminBillingService",
    "SyncAdminBillingRawResponses",
    "SyncAdminBillingService",
]


class AdminBillingService(Service):
    """`client.admin.billing`: (beta) Admin API - manage spend limits, rate limits and roles."""

    area = "admin.billing"

    @property
    def with_raw_response(self) -> AdminBillingRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return AdminBillingRawResponses(self)

    async def get_rate_limits(self, **options: Unpack[CallOptions]) -> RateLimitsOUT:
        """Get Rate Limits."""
        path = "/v1/admin/rate-limit"
        return await self._call(
            "admin.billing.get_rate_limits", "GET", path, RateLimitsOUT, options=options
        )

    async def get_spend_limits(self, **options: Unpack[CallOptions]) -> LimitsOUT:
        """Get Spend Limits.

        Get usage, rate, and job limits for the Organization.
        """
        path = "/v1/admin/spend-limit"
        return await self._call(
            "admin.billing.get_spend_limits", "GET", path, LimitsOUT, options=options
        )

    @overload
    async def update_spend_limits(
        self, request: NewUsageLimitIN, **options: Unpack[CallOptions]
    ) -> LimitsOUT: ...
    @overload
    async def update_spend_limits(
        self, *, amount: int, no_monthly_limit: bool | None = None, **options: Unpack[CallOptions]
    ) -> LimitsOUT: ...
    async def update_spend_limits(
        self,
        request: NewUsageLimitIN | None = None,
        *,
        amount: int | None = None,
        no_monthly_limit: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> LimitsOUT:
        """Update Spend Limits.

        Update the Organization usage limit.
        """
        path = "/v1/admin/spend-limit"
        return await self._call(
            "admin.billing.update_spend_limits",
            "POST",
            path,
            LimitsOUT,
            body=build_request(
                NewUsageLimitIN,
                request,
                {"amount": amount, "no_monthly_limit": no_monthly_limit},
                options,
            ),
            options=options,
        )

    async def get_usage(
        self,
        *,
        month: str | None = None,
        year: str | None = None,
        workspace_id: str | None = None,
        api_zone: ApiZone | None = None,
        **options: Unpack[CallOptions],
    ) -> UsageOUTJSON:
        """Get Usage.

        Get usage and cost data for the Organization.
        """
        path = "/v1/admin/usage"
        return await self._call(
            "admin.billing.get_usage",
            "GET",
            path,
            UsageOUTJSON,
            params=query(month=month, year=year, workspace_id=workspace_id, api_zone=api_zone),
            options=options,
        )


class AdminBillingRawResponses(RawResponses):
    """`admin.billing.with_raw_response`: each call answers `APIResponse[reply]`."""

    get_rate_limits = raw(AdminBillingService.get_rate_limits)
    get_spend_limits = raw(AdminBillingService.get_spend_limits)
    update_spend_limits = raw(AdminBillingService.update_spend_limits)
    get_usage = raw(AdminBillingService.get_usage)


class SyncAdminBillingRawResponses(BlockingService):
    """`admin.billing.with_raw_response` of the blocking client."""

    get_rate_limits = blocking_raw(AdminBillingService.get_rate_limits)
    get_spend_limits = blocking_raw(AdminBillingService.get_spend_limits)
    update_spend_limits = blocking_raw(AdminBillingService.update_spend_limits)
    get_usage = blocking_raw(AdminBillingService.get_usage)


class SyncAdminBillingService(BlockingService):
    """`admin.billing` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncAdminBillingRawResponses)
    get_rate_limits = blocking(AdminBillingService.get_rate_limits)
    get_spend_limits = blocking(AdminBillingService.get_spend_limits)
    update_spend_limits = blocking(AdminBillingService.update_spend_limits)
    get_usage = blocking(AdminBillingService.get_usage)
