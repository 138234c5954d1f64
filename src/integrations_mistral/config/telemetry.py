"""The client's own telemetry: its log records, OpenTelemetry traces and metrics."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, field_validator
from pydantic_core import PydanticCustomError
from yarl import URL

from ._section import Section, text_list

__all__ = ["LoggingSettings", "MetricsSettings", "TracingSettings"]


class LoggingSettings(Section):
    """Logging of the client's own records (loggers under `integrations_mistral`)."""

    level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] | None = Field(
        None,
        description="Level of the `integrations_mistral` logger; unset leaves it to the "
        "application's logging configuration.",
    )
    handler: Literal["none", "stderr", "stdout"] = Field(
        "none",
        description="`none`: records go to the application's handlers; `stderr`/`stdout`: the "
        "client installs its own handler there (and stops propagation to the root logger).",
    )
    format: Literal["json", "text"] = Field(
        "json", description="Format of the client's own handler: `json` lines or plain `text`."
    )
    redaction_level: Literal["full", "partial", "none"] = Field(
        "full",
        description="`full`: no message, completion, embedding or file content; `partial`: "
        "content truncated to content_max_chars with its length; `none`: logged whole. "
        "The API key is redacted at every level.",
    )
    content_max_chars: int = Field(
        64, ge=1, description="Characters of content kept by redaction_level = partial."
    )

    @field_validator("level", mode="before")
    @classmethod
    def _upper(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip().upper()
            return "WARNING" if value == "WARN" else value
        return value


class _TelemetrySettings(Section):
    enabled: bool = Field(False, description="Emit this signal.")
    exporter: Literal["none", "console", "otlp"] = Field(
        "none",
        description="`none`: the provider passed to the client, else the global one; `otlp` or "
        "`console`: the client builds its own SDK provider exporting there.",
    )
    otlp_endpoint: str | None = Field(
        None,
        description="OTLP/HTTP collector URL for exporter = otlp (`/v1/traces` or `/v1/metrics` "
        "appended to a bare host); unset: `OTEL_EXPORTER_OTLP_*` or http://localhost:4318.",
    )
    service_name: str = Field(
        "integrations-mistral",
        min_length=1,
        description="`service.name` resource attribute of the provider the client builds.",
    )
    export_timeout_secs: float = Field(
        2.0,
        gt=0,
        le=300,
        description="Longest one export, and the flush at close() or at exit, may take with "
        "the provider the client builds (an unreachable collector costs no more), seconds.",
    )

    @field_validator("otlp_endpoint")
    @classmethod
    def _check_endpoint(cls, value: str | None) -> str | None:
        if value is None:
            return None
        url = URL(value.strip())
        if url.scheme not in ("http", "https") or not url.host:
            raise PydanticCustomError(
                "otlp_endpoint", "must be an http(s) URL such as http://collector:4318"
            )
        return str(url)


class TracingSettings(_TelemetrySettings):
    """OpenTelemetry traces."""

    spans: Literal["call", "attempt", "http"] = Field(
        "call",
        description="`call`: one span per call (each failed attempt an event, the last one's "
        "status and request id attributes); `attempt`: plus one `mistral.http.request` span per "
        "attempt; `http`: the design's full hierarchy (call > mistral.resilience.execute > "
        "mistral.http.request).",
    )
    sample_ratio: float = Field(
        1.0,
        ge=0,
        le=1,
        description="Share of new traces recorded by the provider the client builds (parent-"
        "based: a call inside a sampled trace is recorded); a provider passed in keeps its own "
        "sampler.",
    )


class MetricsSettings(_TelemetrySettings):
    """OpenTelemetry metrics."""

    conventions: tuple[Literal["mistral", "gen_ai"], ...] = Field(
        ("gen_ai",),
        min_length=1,
        description="Metric families each call records: `gen_ai` (the semantic conventions' "
        "operation duration, token usage, time to first and per output chunk), `mistral` (the "
        "design's mistral_* per-call instruments); both: each measurement twice. Resilience "
        "counters, quota gauges, cost and cache counters are always recorded.",
    )

    @field_validator("conventions", mode="before")
    @classmethod
    def _split_conventions(cls, value: Any) -> Any:
        return text_list(value)

    @field_validator("conventions")
    @classmethod
    def _once_each(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(value))

    export_interval_secs: float = Field(
        60.0, gt=0, description="How often the provider the client builds exports, seconds."
    )
