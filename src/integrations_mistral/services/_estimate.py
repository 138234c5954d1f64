"""The limiter's up-front token charge for a completion request (`rate_limit.token_estimator`):
characters / 4 (`chars`, free), or the model's own tokenizer (`tokenizer`, exact, ~0.1-0.2 ms);
either plus `max_tokens`. The charge is settled against the usage the reply reports."""

from __future__ import annotations

from ..errors import RequestValidationError
from ..tokenizer import count_prompt_tokens
from ..types import CompletionFields

__all__ = ["estimate_tokens", "tokenizer_estimate"]

_CHARS_PER_TOKEN = 4


def estimate_tokens(request: CompletionFields) -> int:
    """Rough up-front token charge for the limiter: prompt characters / 4 plus `max_tokens`."""
    chars = 0
    for message in request.messages:
        content = message.content
        if isinstance(content, str):
            chars += len(content)
        elif content is not None:
            chars += sum(len(getattr(chunk, "text", "") or "") for chunk in content)
    return chars // _CHARS_PER_TOKEN + 1 + (request.max_tokens or 0)


def tokenizer_estimate(request: CompletionFields) -> int:
    """The exact prompt tokens for the request's model plus `max_tokens`; a prompt the
    tokenizer cannot read (an agent's, a content type it does not know) is charged by
    characters instead: the estimate never fails a call."""
    model = getattr(request, "model", None)
    if not isinstance(model, str):
        return estimate_tokens(request)
    try:
        tools = getattr(request, "tools", None)
        prompt = count_prompt_tokens(model, request.messages, tools)
    except RequestValidationError:
        return estimate_tokens(request)
    return prompt + (request.max_tokens or 0)
