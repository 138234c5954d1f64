"""`client.tokens`: exact prompt token counts, offline, with the model's own tokenizer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from typing_extensions import Unpack

from ..tokenizer import count_prompt_tokens
from ._base import RawResponses, Service
from ._faces import BlockingService, Face, blocking, blocking_raw, raw
from ._options import CallOptions

__all__ = ["TokensService"]


class TokensService(Service):
    """Counts tokens locally (the `[tokenizer]` extra); nothing is sent."""

    @property
    def with_raw_response(self) -> TokensRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return TokensRawResponses(self)

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


class TokensRawResponses(RawResponses):
    """`tokens.with_raw_response`: each call answers `APIResponse[reply]`."""

    count = raw(TokensService.count)


class SyncTokensRawResponses(BlockingService):
    """`tokens.with_raw_response` of the blocking client."""

    count = blocking_raw(TokensService.count)


class SyncTokensService(BlockingService):
    """`tokens` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncTokensRawResponses)
    count = blocking(TokensService.count)
