"""Observability (part 1 of 2) models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from .._base import Tolerant, WireModel

__all__ = [
    "Aggregation",
    "AggregationMeta",
    "AggregationRow",
    "BaseTaskStatus",
    "ChatCompletionEventPreview",
    "DatasetRecord",
    "DatasetRecordPayload",
    "DatasetRecordSource",
    "FeedResultGetSpan",
    "FilterCondition",
    "FilterGroup",
    "FilterPayload",
    "GetSpan",
    "GetSpans",
    "Granularity",
    "JudgeClassificationOutput",
    "JudgeClassificationOutputOption",
    "JudgeOutput",
    "JudgeRegressionOutput",
    "MetricAggregation",
    "MetricDefinition",
    "ObservabilityError",
    "ObservabilityErrorCode",
    "ObservabilityErrorDetail",
    "OrderByClause",
]


class AggregationMeta(WireModel):
    from_timestamp: str
    to_timestamp: str
    granularity_seconds: int | None = None


class AggregationRow(WireModel):
    time_bucket: str | None = None
    dimensions: dict[str, Any] | None = None
    metric_name: str
    metric_value: float | int | None = None


class Aggregation(WireModel):
    """Reply of `POST /v1/observability/traces/aggregate`."""

    data: list[AggregationRow]
    meta: AggregationMeta


class ChatCompletionEventPreview(WireModel):
    event_id: str
    correlation_id: str
    created_at: str
    extra_fields: dict[str, bool | int | float | str | list[str] | dict[str, str] | None]
    nb_input_tokens: int
    nb_output_tokens: int


class DatasetRecord(WireModel):
    """Reply of `POST /v1/observability/datasets/{dataset_id}/records`."""

    id: str
    created_at: str
    updated_at: str
    deleted_at: str | None
    dataset_id: str
    payload: DatasetRecordPayload
    properties: dict[str, Any]
    source: DatasetRecordSource


class FilterCondition(WireModel):
    field: str
    op: Annotated[
        Literal[
            "lt",
            "lte",
            "gt",
            "gte",
            "startswith",
            "istartswith",
            "endswith",
            "iendswith",
            "contains",
            "icontains",
            "matches",
            "notcontains",
            "inotcontains",
            "eq",
            "neq",
            "isnull",
            "includes",
            "excludes",
            "len_eq",
        ],
        Tolerant,
    ]
    value: Any


class FilterGroup(WireModel):
    and_: list[Annotated[FilterGroup | FilterCondition, Tolerant]] | None = Field(
        default=None, alias="AND"
    )
    or_: list[Annotated[FilterGroup | FilterCondition, Tolerant]] | None = Field(
        default=None, alias="OR"
    )


class FilterPayload(WireModel):
    filters: Annotated[FilterGroup | FilterCondition, Tolerant] | None


class GetSpan(WireModel):
    """Reply of `GET /v1/observability/traces/{trace_id}/spans/{span_id}`."""

    customer_id: str
    organization_id: str
    workspace_id: str
    user_id: str
    trace_id: str
    span_id: str
    parent_span_id: str
    trace_state: str
    start_time: str
    end_time: str
    duration_ns: int
    span_name: str
    span_kind: str
    service_name: str
    status_code: Annotated[Literal["Error", "Ok", "Unset"], Tolerant]
    status_message: str
    error_type: str
    operation_name: str
    provider_name: str
    request_model: str
    response_model: str
    response_id: str
    output_type: str
    conversation_id: str
    data_source_id: str
    agent_id: str
    agent_name: str
    agent_version: str
    agent_description: str
    workflow_name: str
    prompt_name: str
    tool_name: str
    tool_type: str
    tool_call_id: str
    input_messages: str
    output_messages: str
    system_instructions: str
    tool_definitions: str
    tool_call_arguments: str
    tool_call_result: str
    request_choice_count: int
    request_max_tokens: int
    request_temperature: float | None
    request_top_p: float | None
    request_top_k: float | None
    request_presence_penalty: float | None
    request_frequency_penalty: float | None
    request_seed: int
    request_stop_sequences: list[str]
    request_encoding_formats: list[str]
    response_finish_reasons: list[str]
    usage_input_tokens: int
    usage_output_tokens: int
    usage_cache_read_input_tokens: int
    usage_cache_creation_input_tokens: int
    resource_attributes: dict[str, str]
    span_attributes: dict[str, str]
    scope_name: str
    scope_version: str


class FeedResultGetSpan(WireModel):
    results: list[GetSpan] | None = None
    next: str | None = None
    cursor: str | None = None


class GetSpans(WireModel):
    """Reply of `POST /v1/observability/spans/search`."""

    spans: FeedResultGetSpan


class JudgeClassificationOutputOption(WireModel):
    value: str
    description: str


class JudgeClassificationOutput(WireModel):
    sent_always = ("type",)

    type: Literal["CLASSIFICATION"] = "CLASSIFICATION"
    options: list[JudgeClassificationOutputOption]


class JudgeOutput(WireModel):
    """Reply of `POST /v1/observability/chat-completion-events/{event_id}/live-judging`."""

    analysis: str
    answer: str | float


class JudgeRegressionOutput(WireModel):
    sent_always = ("type",)

    type: Literal["REGRESSION"] = "REGRESSION"
    min: float | None = None
    min_description: str
    max: float | None = None
    max_description: str


class MetricDefinition(WireModel):
    measure: str
    aggregation: MetricAggregation


class ObservabilityErrorDetail(WireModel):
    message: str
    error_code: ObservabilityErrorCode | None


class ObservabilityError(WireModel):
    detail: ObservabilityErrorDetail


class OrderByClause(WireModel):
    field: str
    direction: Annotated[Literal["asc", "desc"], Tolerant] | None = None


BaseTaskStatus = Annotated[
    Literal[
        "RUNNING",
        "COMPLETED",
        "FAILED",
        "CANCELED",
        "TERMINATED",
        "CONTINUED_AS_NEW",
        "TIMED_OUT",
        "UNKNOWN",
    ],
    Tolerant,
]

DatasetRecordPayload = dict[str, Any]
"""Caller-authored input object stored on a dataset record."""

DatasetRecordSource = Annotated[
    Literal["EXPLORER", "UPLOADED_FILE", "DIRECT_INPUT", "PLAYGROUND"], Tolerant
]

Granularity = Annotated[
    Literal["auto", "second", "minute", "hour", "day", "week", "month"], Tolerant
]

MetricAggregation = Annotated[
    Literal["count", "count_distinct", "sum", "avg", "min", "max", "p50", "p90", "p95", "p99"],
    Tolerant,
]

ObservabilityErrorCode = Annotated[
    Literal[
        "UNKNOWN_ERROR",
        "VALIDATION_ERROR",
        "AUTH_FORBIDDEN",
        "AUTH_FORBIDDEN_NOT_WORKSPACE_ADMIN",
        "AUTH_FORBIDDEN_WORKSPACE_NOT_FOUND",
        "AUTH_FORBIDDEN_ROLE_NOT_FOUND",
        "AUTH_UNAUTHORIZED",
        "FEATURE_NOT_SUPPORTED",
        "FIELDS_BAD_REQUEST",
        "FIELDS_NOT_FOUND",
        "SEARCH_NOT_FOUND",
        "SEARCH_BAD_REQUEST",
        "SEARCH_SERVICE_UNAVAILABLE",
        "DATABASE_ERROR",
        "DATABASE_TIMEOUT",
        "DATABASE_UNAVAILABLE",
        "DATABASE_QUERY_ERROR",
        "SEARCH_FILTER_TO_SQL_CONVERSION_ERROR",
        "JUDGE_CONVERSATION_FORMAT_ERROR",
        "JUDGE_MISTRAL_API_ERROR",
        "JUDGE_MISTRAL_API_TIMEOUT",
        "JUDGE_NAME_ALREADY_EXISTS",
        "JUDGE_NOT_FOUND",
        "JUDGE_ALREADY_HAS_NEW_VERSION",
        "JUDGE_USED_IN_CAMPAIGN_CANNOT_BE_UPDATED",
        "JUDGE_DID_NOT_CHANGE",
        "CAMPAIGN_NOT_FOUND",
        "CAMPAIGN_NO_MATCHING_EVENTS",
        "DATASET_NOT_FOUND",
        "DATASET_TASK_NOT_FOUND",
        "DATASET_RECORD_NOT_FOUND",
        "DATASET_RECORD_FORMAT_ERROR",
        "AGENT_NOT_FOUND",
        "AGENT_MISTRAL_API_ERROR",
        "EVALUATION_NOT_FOUND",
        "EVALUATION_CURRENTLY_RUNNING",
        "EVALUATION_RECORD_NOT_FOUND",
        "EVALUATION_RUN_NOT_FOUND",
        "EVALUATION_RUN_TRANSITION_IS_INVALID",
        "EVALUATION_RUN_TRANSITION_IS_RUNNING_ALREADY",
        "EVALUATION_RUN_TRANSITION_ERROR",
        "TEMPLATE_ERROR",
        "TEMPLATE_SYNTAX_ERROR",
        "PROJECT_NAME_ALREADY_EXISTS",
        "EVALUATION_NAME_ALREADY_EXISTS",
        "OPTIMIZATION_TRIAL_KEY_ALREADY_EXISTS",
        "TRACES_FILTER_QUERY_PARSE_ERROR",
        "TRACE_NOT_FOUND",
        "SPAN_NOT_FOUND",
    ],
    Tolerant,
]
