"""A profile's response cache from its settings (`[cache]`), counted by its telemetry."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from .cache import ResponseCache
from .store import CacheStore

if TYPE_CHECKING:
    from ..config.models import MistralSettings

__all__ = ["cache_for"]


def cache_for(settings: MistralSettings, instruments: Any) -> ResponseCache | None:
    """The cache `settings.cache` declares (None: off, or no operation named)."""
    config = settings.cache
    if not config.enabled or not config.operations:
        return None
    namespace = config.namespace or settings.profile.partition("@")[0]
    target = f"{settings.client.provider} {settings.client.base_url}"
    profile = settings.profile
    count = None
    if instruments is not None:
        requests = instruments.cache_requests

        def count(operation: str, result: str, amount: int) -> None:
            labels = {"profile": profile, "operation": operation, "result": result}
            requests.add(amount, labels)

    return ResponseCache(
        _store(settings, namespace), namespace, target, config.ttl_secs, config.operations, count,
        config.streams,
    )  # fmt: skip


def _store(settings: MistralSettings, namespace: str) -> CacheStore:
    config = settings.cache
    if config.backend == "disk":
        from .disk import DiskStore

        folder = config.path or str(Path("~/.cache/integrations-mistral") / namespace)
        return DiskStore(folder, config.max_entries, config.max_bytes)
    if config.backend == "redis":
        from .redis_store import RedisStore

        url = config.redis_url or settings.rate_limit.redis_url
        assert url is not None  # the settings check it
        return RedisStore(url, config.redis_key_prefix, config.redis_timeout_secs)
    from .store import MemoryStore

    return MemoryStore(config.max_entries, config.max_bytes)


def saved_counter(settings: MistralSettings, instruments: Any) -> Any:
    """Counts the tokens a hit did not spend (`mistral_cache_saved_tokens_total`)."""
    profile = settings.profile

    def saved(operation: str, tokens: int) -> None:
        if instruments is not None:
            instruments.cache_saved_tokens.add(tokens, {"profile": profile, "operation": operation})

    return saved
