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
from .._base import Service, build_request, fields_of, query
from .._options import CallOptions

__all__ = ["AdminBillingService"]


class AdminBillingService(Service):
    """`client.admin.billing`: (beta) Admin API - manage spend limits, rate limits and roles."""

    area = "admin.billing"

    async def get_rate_limits(self, **options: Unpack[CallOptions]) -> RateLimitsOUT:
        """Get Rate Limits."""
        path = "/v1/admin/rate-limit"
        return await self._caller.call("admin.billing.get_rate_limits", "GET", path, RateLimitsOUT)

    async def get_spend_limits(self, **options: Unpack[CallOptions]) -> LimitsOUT:
        """Get Spend Limits."""
        path = "/v1/admin/spend-limit"
        return await self._caller.call("admin.billing.get_spend_limits", "GET", path, LimitsOUT)

    @overload
    async def update_spend_limits(
        self, *, request: NewUsageLimitIN, **options: Unpack[CallOptions]
    ) -> LimitsOUT: ...
    @overload
    async def update_spend_limits(
        self, *, amount: int, no_monthly_limit: bool | None = None, **options: Unpack[CallOptions]
    ) -> LimitsOUT: ...
    async def update_spend_limits(
        self,
        *,
        amount: int | None = None,
        no_monthly_limit: bool | None = None,
        request: NewUsageLimitIN | None = None,
        **options: Unpack[CallOptions],
    ) -> LimitsOUT:
        """Update Spend Limits."""
        path = "/v1/admin/spend-limit"
        return await self._caller.call(
            "admin.billing.update_spend_limits",
            "POST",
            path,
            LimitsOUT,
            body=build_request(NewUsageLimitIN, request, fields_of(locals(), "path")),
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
        """Get Usage."""
        path = "/v1/admin/usage"
        return await self._caller.call(
            "admin.billing.get_usage",
            "GET",
            path,
            UsageOUTJSON,
            params=query(month=month, year=year, workspace_id=workspace_id, api_zone=api_zone),
        )
