"""Exact prompt token counts, offline: Mistral's own tokenizers (tekken and sentencepiece) as
`mistral-common` ships them in its package data (the `[tokenizer]` extra)."""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel

from .errors import ConfigurationError, RequestValidationError

__all__ = ["count_prompt_tokens", "require_tokenizer", "tokenizer_file"]

# model name prefix -> the tokenizer file mistral-common ships; the first match wins
_FILES: tuple[tuple[str, str], ...] = (
    ("open-mistral-nemo", "tekken_240718.json"),
    ("mistral-nemo", "tekken_240718.json"),
    ("open-mistral-7b", "tokenizer.model.v1"),
    ("mistral-tiny", "tokenizer.model.v1"),
    ("open-mixtral-8x7b", "tokenizer.model.v1"),
    ("mistral-small-2312", "tokenizer.model.v1"),
    ("mistral-small-2402", "mistral_instruct_tokenizer_240216.model.v2"),
    ("mistral-large-2402", "mistral_instruct_tokenizer_240216.model.v2"),
    ("open-mixtral-8x22b", "mistral_instruct_tokenizer_240323.model.v3"),
    ("codestral-2405", "mistral_instruct_tokenizer_240323.model.v3"),
    ("mistral-large-2407", "mistral_instruct_tokenizer_240323.model.v3"),
    ("mistral-large-2411", "mistral_instruct_tokenizer_241114.model.v7"),
)
_NEWEST = "tekken_240911.json"  # every newer model (small 24.09+, medium, large latest, ...)
_MISSING = (
    "needs the [tokenizer] extra (mistral-common, which ships the tokenizers): install "
    "integrations-mistral with it, e.g. python -m pip install '.[tokenizer]' in a checkout"
)


def tokenizer_file(model: str) -> str:
    """The file of the tokenizer `model` uses (newest for names it does not know)."""
    name = model.lower().removeprefix("ft:")
    return next((file for prefix, file in _FILES if name.startswith(prefix)), _NEWEST)


def require_tokenizer(what: str) -> None:
    """Fail now, naming `what`, when mistral-common is not installed."""
    try:
        import mistral_common  # noqa: F401
    except ImportError:
        raise ConfigurationError(f"{what} {_MISSING}") from None


@functools.cache
def _tokenizer(file: str) -> Any:
    """One loaded tokenizer per file for the process (loading tekken takes ~0.5 s)."""
    import mistral_common
    from mistral_common.tokens.tokenizers.mistral import MistralTokenizer

    path = os.path.join(os.path.dirname(mistral_common.__file__), "data", file)
    return MistralTokenizer.from_file(path)


def _plain(item: Any) -> Any:
    if isinstance(item, BaseModel):
        return item.model_dump(mode="json", exclude_none=True)
    return item


def count_prompt_tokens(
    model: str, messages: Sequence[Any], tools: Sequence[Any] | None = None
) -> int:
    """The prompt's tokens as `model`'s tokenizer counts them, the chat template included."""
    require_tokenizer("counting tokens")
    from mistral_common.protocol.instruct.request import ChatCompletionRequest

    try:
        request: Any = ChatCompletionRequest.model_validate(
            {
                "messages": [_plain(m) for m in messages],
                "tools": [_plain(t) for t in tools] if tools else None,
            }
        )
        return len(_tokenizer(tokenizer_file(model)).encode_chat_completion(request).tokens)
    except (ValueError, TypeError) as exc:  # pydantic's errors and the tokenizer's own
        raise RequestValidationError(
            f"tokens.count: the messages cannot be tokenized for {model!r}: {str(exc)[:300]}"
        ) from None
