"""Chat completions: `client.chat.create(...)`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from ..types import (
    ChatCompletionRequest,
    ChatCompletionResponse,
    Message,
    Prediction,
    ResponseFormat,
    Tool,
    ToolChoice,
)
from ._base import RequestValidationError, Service, build_request

__all__ = ["ChatService", "estimate_tokens"]

_CHARS_PER_TOKEN = 4


def estimate_tokens(request: ChatCompletionRequest) -> int:
    """Rough up-front token charge for the limiter: prompt characters / 4 plus `max_tokens`."""
    chars = 0
    for message in request.messages:
        content = message.content
        if isinstance(content, str):
            chars += len(content)
        elif content is not None:
            chars += sum(len(getattr(chunk, "text", "") or "") for chunk in content)
    return chars // _CHARS_PER_TOKEN + 1 + (request.max_tokens or 0)


class ChatService(Service):
    """`POST /v1/chat/completions`."""

    async def create(
        self,
        *,
        model: str | None = None,
        messages: Sequence[Message | dict[str, Any]] | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        max_tokens: int | None = None,
        stop: str | list[str] | None = None,
        random_seed: int | None = None,
        metadata: dict[str, Any] | None = None,
        response_format: ResponseFormat | dict[str, Any] | None = None,
        tools: Sequence[Tool | dict[str, Any]] | None = None,
        tool_choice: ToolChoice
        | dict[str, Any]
        | Literal["auto", "none", "any", "required"]
        | None = None,
        presence_penalty: float | None = None,
        frequency_penalty: float | None = None,
        n: int | None = None,
        prediction: Prediction | dict[str, Any] | None = None,
        parallel_tool_calls: bool | None = None,
        prompt_mode: Literal["reasoning"] | None = None,
        reasoning_effort: Literal["high", "none"] | None = None,
        guardrails: list[dict[str, Any]] | None = None,
        prompt_cache_key: str | None = None,
        safe_prompt: bool | None = None,
        request: ChatCompletionRequest | None = None,
    ) -> ChatCompletionResponse:
        """Create a chat completion from keyword arguments mirroring the JSON body, or `request=`."""
        fields = dict(locals())
        del fields["self"], fields["request"]
        body = build_request(ChatCompletionRequest, request, fields)
        if body.stream:
            raise RequestValidationError("chat.create does not stream; use chat.create_stream")
        return await self._caller.call(
            "POST",
            "/v1/chat/completions",
            ChatCompletionResponse,
            body=body.to_json(),
            cost=estimate_tokens(body),
        )
