"""Admin billing models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from .._base import Tolerant, WireModel

__all__ = [
    "ApiZone",
    "BasicModelUsageDataJSON",
    "FineTuningDataJSON",
    "LagoEventType",
    "LibrariesAPIUsageDataJSON",
    "LimitsContext",
    "LimitsOUT",
    "NewUsageLimitIN",
    "PriceData",
    "RateLimitsOUT",
    "ServiceTier",
    "TokenLimitsByModel",
    "UsageLimits",
    "UsageOUTJSON",
    "VibeCodeUsageDataJSON",
]


class RateLimitsOUT(WireModel):
    """Reply of `GET /v1/admin/rate-limit`."""

    requests_per_second: int
    tokens_limits_by_model: dict[str, TokenLimitsByModel]


class TokenLimitsByModel(WireModel):
    tokens_per_minute: int
    tokens_per_month: int


class LimitsContext(WireModel):
    completion: UsageLimits
    last_payment_failure: bool
    last_payment_failure_protection: bool | None
    currency: str


class LimitsOUT(WireModel):
    """Reply of `GET /v1/admin/spend-limit`."""

    limits: LimitsContext


class UsageLimits(WireModel):
    no_monthly_limit: bool | None = None
    monthly_limit_reached: bool
    usage: float | None = None
    vibe_usage: float | None = None
    total_usage: float | None = None
    usage_limit: float | None = None


class NewUsageLimitIN(WireModel):
    """Body of `POST /v1/admin/spend-limit`."""

    amount: int
    no_monthly_limit: bool | None = None


class BasicModelUsageDataJSON(WireModel):
    models: dict[str, dict[str, list[dict[str, Any]]]]


class FineTuningDataJSON(WireModel):
    training: dict[str, dict[str, list[dict[str, Any]]]]
    storage: dict[str, int]


class LibrariesAPIUsageDataJSON(WireModel):
    pages: BasicModelUsageDataJSON
    tokens: BasicModelUsageDataJSON
    audio_seconds: BasicModelUsageDataJSON


class PriceData(WireModel):
    event_type: LagoEventType | None
    billing_metric: str
    billing_group: str
    api_zone: ApiZone
    service_tier: ServiceTier
    price: float | str


class UsageOUTJSON(WireModel):
    """Reply of `GET /v1/admin/usage`."""

    completion: BasicModelUsageDataJSON
    ocr: BasicModelUsageDataJSON
    connectors: BasicModelUsageDataJSON
    libraries_api: LibrariesAPIUsageDataJSON
    fine_tuning: FineTuningDataJSON
    audio: BasicModelUsageDataJSON
    audio_characters: BasicModelUsageDataJSON
    vibe_usage: float
    vibe_code: VibeCodeUsageDataJSON
    chat: BasicModelUsageDataJSON
    date: str
    previous_month: str | None
    next_month: str | None
    start_date: str
    end_date: str
    currency: str | None
    currency_symbol: str | None
    prices: list[PriceData] | None


class VibeCodeUsageDataJSON(WireModel):
    completion: BasicModelUsageDataJSON
    ocr: BasicModelUsageDataJSON
    connectors: BasicModelUsageDataJSON
    audio: BasicModelUsageDataJSON
    audio_characters: BasicModelUsageDataJSON


ApiZone = Annotated[Literal["global", "us", "eu"], Tolerant]

LagoEventType = Annotated[
    Literal[
        "api_tokens",
        "api_pages",
        "api_audio_seconds",
        "api_audio_characters",
        "api_connectors",
        "api_libraries_tokens",
        "api_libraries_pages",
        "api_libraries_audio",
        "deployment_tokens",
        "gpu_hour",
        "reserved_instance",
        "vibe_tokens",
        "vibe_connectors",
        "vibe_pages",
        "vibe_audio_seconds",
        "vibe_audio_characters",
    ],
    Tolerant,
]

ServiceTier = Annotated[Literal["standard", "priority"], Tolerant]
"""The service tier a request is resolved to and routed on."""
