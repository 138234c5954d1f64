"""Observability judges models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from .._base import Tolerant, WireModel
from .observability_1 import JudgeClassificationOutput, JudgeRegressionOutput
from .observability_2 import Judge

__all__ = [
    "JudgeConversationRequest",
    "JudgeOutputType",
    "ListJudgesResponse",
    "PaginatedResultJudgePreview",
    "UpdateJudgeRequest",
]


class ListJudgesResponse(WireModel):
    """Reply of `GET /v1/observability/judges`."""

    judges: PaginatedResultJudgePreview


class PaginatedResultJudgePreview(WireModel):
    results: list[Judge] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class JudgeConversationRequest(WireModel):
    """Body of `POST /v1/observability/judges/{judge_id}/live-judging`."""

    messages: list[dict[str, Any]]
    properties: dict[str, Any] | None = None


class UpdateJudgeRequest(WireModel):
    """Body of `PUT /v1/observability/judges/{judge_id}`."""

    name: str
    description: str
    model_name: str
    output: Annotated[
        JudgeClassificationOutput | JudgeRegressionOutput, Field(discriminator="type"), Tolerant
    ]
    instructions: str
    tools: list[str]


JudgeOutputType = Annotated[Literal["REGRESSION", "CLASSIFICATION"], Tolerant]
