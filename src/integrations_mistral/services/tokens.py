"""`client.tokens`: exact prompt token counts, offline, with the model's own tokenizer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from typing_extensions import Unpack

from ..tokenizer import count_prompt_tokens
from ._base import Service
from ._options import CallOptions

__all__ = ["TokensService"]


class TokensService(Service):
    """Counts tokens locally (the `[tokenizer]` extra); nothing is sent."""

    async def count(
        self,
        *,
        model: str,
        messages: Sequence[Any],
        tools: Sequence[Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> int:
        """The prompt tokens `model` will read for these messages and tools (chat template
        included), as the API will bill them. Async like every service method (nothing is
        awaited: the count is local); the blocking client's returns the number."""
        return count_prompt_tokens(model, messages, tools)
