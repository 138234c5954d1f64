"""The response cache's row of the settings table (`[cache]`): which replies are kept, where,
for how long, and who shares them."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import Field, field_validator

from ._section import Section, text_list

__all__ = ["CACHEABLE", "CacheSettings"]

CACHEABLE = ("embeddings.create", "ocr.process", "chat.create", "fim.create")
"""The operations whose replies may be kept: the same request answers the same way (chat and
FIM only when asked deterministically: `temperature = 0` or a `random_seed`)."""


class CacheSettings(Section):
    """An exact-match cache of deterministic replies, keyed on everything that changes the
    answer (never on the key); a backend that fails is a miss, never a failed call."""

    masked: ClassVar[frozenset[str]] = frozenset({"redis_url"})

    enabled: bool = Field(False, description="Serve repeated deterministic requests from here.")
    backend: Literal["memory", "disk", "redis"] = Field(
        "memory",
        description="`memory`: a bounded LRU per process; `disk`: a bounded folder (`path`); "
        "`redis`: shared by every replica (`redis_url`, else `rate_limit.redis_url`).",
    )
    ttl_secs: float = Field(
        86_400.0, gt=0, le=31_536_000, description="How long an entry is served, seconds."
    )
    max_entries: int = Field(
        100_000, ge=1, le=100_000_000, description="memory/disk: entries kept at most (LRU)."
    )
    max_bytes: int = Field(
        256 * 1024 * 1024,
        ge=1024,
        le=1 << 40,
        description="memory/disk: bytes of stored replies kept at most (LRU).",
    )
    operations: tuple[str, ...] = Field(
        CACHEABLE,
        description="Which operations are cached: any of " + ", ".join(CACHEABLE) + ".",
    )
    streams: bool = Field(
        False,
        description="Also keep deterministic completion streams (chat, FIM) that ended cleanly, "
        "and replay their events.",
    )
    namespace: str | None = Field(
        None,
        pattern=r"^[A-Za-z0-9._-]{1,128}$",
        description="Entries are shared by profiles with the same namespace (and the same "
        "target); default: the profile's name.",
    )
    path: str | None = Field(
        None,
        description="disk: the folder (default: ~/.cache/integrations-mistral/<namespace>).",
    )
    redis_url: str | None = Field(
        None, description="redis: Redis URL (default: rate_limit.redis_url)."
    )
    redis_key_prefix: str = Field(
        "mistral", min_length=1, max_length=64, description="redis: key prefix."
    )
    redis_timeout_secs: float = Field(
        0.5, gt=0, le=60, description="redis: longest wait on Redis before a miss, seconds."
    )

    @field_validator("operations", mode="before")
    @classmethod
    def _split(cls, value: Any) -> Any:
        return text_list(value)

    @field_validator("operations")
    @classmethod
    def _known(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [name for name in value if name not in CACHEABLE]
        if unknown:
            raise ValueError(
                f"{', '.join(unknown)} cannot be cached; cacheable: {', '.join(CACHEABLE)}"
            )
        return value
