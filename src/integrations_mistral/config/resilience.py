"""The resilience rows of the settings table: retry, circuit breaker, rate limit, fallback."""

from __future__ import annotations

import json
from typing import Any, ClassVar, Literal

from pydantic import Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from ._section import Section, text_list

__all__ = [
    "CircuitBreakerSettings",
    "FallbackSettings",
    "RateLimitSettings",
    "RetrySettings",
]

_NEVER_RETRYABLE = frozenset({400, 401, 403, 404, 422})


class RetrySettings(Section):
    """Retry policy for failed attempts (exponential backoff with jitter)."""

    max_attempts: int = Field(3, ge=1, le=100, description="Attempts in all, the first included.")
    initial_delay_ms: int = Field(
        100, ge=0, description="Wait before the first retry, milliseconds."
    )
    max_delay_ms: int = Field(
        30_000,
        ge=0,
        le=3_600_000,
        description="Upper bound of any computed wait, milliseconds; a server's Retry-After is "
        "honoured beyond it, within max_elapsed_secs.",
    )
    backoff_multiplier: float = Field(2.0, ge=1.0, description="Factor between consecutive waits.")
    jitter: Literal["full", "random", "none"] = Field(
        "full",
        description="`full`: wait uniformly in [0, delay]; `random`: delay plus up to 1 s; `none`.",
    )
    max_elapsed_secs: float = Field(
        300.0, gt=0, description="Total budget for all attempts and waits of one call, seconds."
    )
    retry_non_idempotent: bool = Field(
        False,
        description="Also retry calls that create or change something (uploads, creations, "
        "conversation turns) after the request may have reached the API; off: only failures the "
        "API did not act on (no connection made, 429, 503) are retried for them.",
    )
    retryable_status_codes: tuple[int, ...] = Field(
        (408, 429, 500, 502, 503, 504),
        description="HTTP statuses worth retrying; 400, 401, 403, 404 and 422 never are.",
    )

    @field_validator("retryable_status_codes", mode="before")
    @classmethod
    def _split_codes(cls, value: Any) -> Any:
        """`"429, 503"` (environment) -> (429, 503); a TOML array -> a tuple; other types stay
        as given, so `[429, "500"]` is an error."""
        if isinstance(value, str):
            value = text_list(value.strip("[] "))
            return tuple(int(p) if p.isdigit() else p for p in value)
        return text_list(value)

    @field_validator("retryable_status_codes")
    @classmethod
    def _check_codes(cls, value: tuple[int, ...]) -> tuple[int, ...]:
        bad = sorted(code for code in value if code in _NEVER_RETRYABLE or not 400 <= code <= 599)
        if bad:
            raise PydanticCustomError(
                "status_codes",
                "{bad} can never be retried; use 4xx/5xx codes other than 400, 401, 403, 404, 422",
                {"bad": ", ".join(map(str, bad))},
            )
        return tuple(sorted(set(value)))

    @model_validator(mode="after")
    def _ordered_delays(self) -> RetrySettings:
        if self.max_delay_ms < self.initial_delay_ms:
            raise self._refuse("max_delay_ms", "must be >= initial_delay_ms")
        return self


class CircuitBreakerSettings(Section):
    """Circuit breaker shared by every client of a profile in the process (or, with the Redis
    backend, by every process)."""

    masked: ClassVar[frozenset[str]] = frozenset({"redis_url"})

    enabled: bool = Field(True, description="Stop calling a failing API for a while.")
    failure_threshold: int = Field(
        5, ge=1, description="Consecutive failures that open the circuit."
    )
    success_threshold: int = Field(2, ge=1, description="Half-open successes that close it again.")
    timeout_secs: float = Field(
        60.0, gt=0, le=86_400, description="How long the circuit stays open, seconds."
    )
    backend: Literal["memory", "redis"] = Field(
        "memory",
        description="`memory`: each process has its own breaker; `redis`: one breaker for every "
        "process and replica of the profile (keys under rate_limit.redis_key_prefix), so all "
        "stop together and one trial call, fleet-wide, probes a recovering API.",
    )
    redis_url: str | None = Field(
        None,
        description="Redis URL for backend = redis; unset: the limiter's rate_limit.redis_url.",
    )
    redis_timeout_secs: float = Field(
        0.5,
        gt=0,
        le=60,
        description="Longest wait for Redis per decision, seconds; past it, on_backend_error acts.",
    )
    on_backend_error: Literal["local", "closed"] = Field(
        "local",
        description="When Redis fails or is slow: `local` uses this process's own breaker, "
        "`closed` lets calls through; Redis is tried again after 5 s (logged).",
    )


class RateLimitSettings(Section):
    """Client-side sliding-window limiter over 60 seconds, shared by a profile."""

    masked: ClassVar[frozenset[str]] = frozenset({"redis_url"})

    enabled: bool = Field(False, description="Enforce the budgets below before sending.")
    requests_per_minute: int = Field(60, ge=1, description="Requests allowed in any 60 s window.")
    tokens_per_minute: int = Field(
        100_000, ge=1, description="Estimated tokens allowed in any 60 s window."
    )
    on_limit: Literal["wait", "reject"] = Field(
        "wait", description="`wait` for room (up to max_wait_secs) or `reject` at once."
    )
    max_wait_secs: float = Field(30.0, ge=0, description="Longest wait for room, seconds.")
    backend: Literal["memory", "redis"] = Field(
        "memory", description="`memory`: per process; `redis`: shared by every process."
    )
    redis_url: str | None = Field(
        None, description="Redis URL for backend = redis (redis://host:port/db)."
    )
    redis_key_prefix: str = Field(
        "integrations-mistral",
        min_length=1,
        description="Prefix of the Redis keys (one window per profile).",
    )
    redis_timeout_secs: float = Field(
        1.0, gt=0, description="Connect and command timeout for Redis, seconds."
    )
    redis_pool_size: int = Field(
        50,
        ge=1,
        le=10_000,
        description="Redis connections per process and loop; further callers wait for one.",
    )
    adaptive: bool = Field(
        False,
        description="Also keep within what the server reports remaining (x-ratelimit-remaining-"
        "req-minute / -tokens-minute), until its minute ends: the smaller budget wins; replies "
        "without those headers change nothing. With the Redis backend the fleet shares it.",
    )
    token_estimator: Literal["chars", "tokenizer"] = Field(
        "chars",
        description="How a completion's tokens are charged up front: `chars` (characters / 4, "
        "free) or `tokenizer` (the model's own tokenizer, exact, ~0.1-0.2 ms a call; the "
        "`[tokenizer]` extra); plus max_tokens, settled against the usage the reply reports.",
    )
    on_backend_error: Literal["fallback_memory", "fail_closed"] = Field(
        "fallback_memory",
        description="When Redis fails: use the in-process window (logged) or refuse calls.",
    )

    @model_validator(mode="after")
    def _redis_needs_url(self) -> RateLimitSettings:
        if self.backend == "redis" and not self.redis_url:
            raise self._refuse("redis_url", "is required when backend = 'redis'")
        return self


class FallbackSettings(Section):
    """Where an inference call (chat, FIM, embeddings, classifiers, OCR) goes when this
    profile's target is unavailable: other models, then other profiles."""

    models: dict[str, tuple[str, ...]] = Field(
        default_factory=dict,
        description='Models to try, in order, when a model is unavailable: `{ "mistral-large-'
        'latest" = ["mistral-medium-latest"] }` (environment: JSON). Applies on every profile '
        "of the chain that serves the call.",
    )
    profiles: tuple[str, ...] = Field(
        (),
        description="Profiles to try next, in order (another region, provider or key), each "
        "with its own breaker and limiter; theirs follow them. An unknown profile or a loop is "
        "an error when the settings load.",
    )
    on_context_window: tuple[str, ...] = Field(
        (),
        description="Models to try, in order, when the API answers that the request is too long "
        "for the model asked (a 400 saying so); once each, after the call's own retries and "
        "fallbacks.",
    )
    on_rate_limit: tuple[str, ...] = Field(
        (), description="Models to try, in order, when the call is rate limited (429)."
    )
    on_unavailable: tuple[str, ...] = Field(
        (),
        description="Models to try, in order, when the model is unavailable (5xx, a connection "
        "error, a timeout, an open circuit).",
    )
    attempts_per_target: int = Field(
        1,
        ge=1,
        le=100,
        description="Attempts a target gets while another one follows it in the chain (the last "
        "target gets retry.max_attempts); a wait for a Retry-After longer than "
        "retry.max_delay_ms moves on at once instead.",
    )

    @field_validator("models", mode="before")
    @classmethod
    def _models_from_text(cls, value: Any) -> Any:
        """JSON text (the environment) -> a table; arrays -> tuples. Parsed, never evaluated."""
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                raise PydanticCustomError(
                    "json", 'must be a JSON object such as {"model": ["other-model"]}'
                ) from None
        if isinstance(value, dict):
            return {k: tuple(v) if isinstance(v, list) else v for k, v in value.items()}
        return value

    @field_validator("models")
    @classmethod
    def _check_models(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        for model, others in value.items():
            names = [model, *others]
            if not all(name.strip() for name in names):
                raise PydanticCustomError("model_name", "model names must not be blank")
            if model in others or len(set(others)) != len(others):
                raise PydanticCustomError(
                    "model_loop",
                    "{model}: a model cannot fall back to itself or twice to one",
                    {"model": model},
                )
        return value

    @field_validator(
        "profiles", "on_context_window", "on_rate_limit", "on_unavailable", mode="before"
    )
    @classmethod
    def _split_profiles(cls, value: Any) -> Any:
        return text_list(value)
