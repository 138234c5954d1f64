"""What a request or response says about itself: span attributes and redacted log content."""

from __future__ import annotations

from typing import Any

from .redaction import Redactor

__all__ = [
    "PROVIDER",
    "genai_operation",
    "request_attributes",
    "request_content",
    "response_attributes",
    "response_content",
    "usage_of",
]

PROVIDER = "mistral_ai"
_GENAI_OPERATIONS = {
    "chat": "chat",
    "fim": "text_completion",
    "embeddings": "embeddings",
    "agents.complete": "chat",
    "agents.complete_stream": "chat",
}


def genai_operation(name: str) -> str | None:
    """`gen_ai.operation.name` of one of our operations (None when it is no GenAI call)."""
    return _GENAI_OPERATIONS.get(name) or _GENAI_OPERATIONS.get(name.partition(".")[0])


def request_attributes(body: Any) -> dict[str, Any]:
    """`mistral.*` and `gen_ai.request.*` attributes of a typed request body."""
    attributes: dict[str, Any] = {}
    model = getattr(body, "model", None)
    if isinstance(model, str):
        attributes["mistral.model"] = attributes["gen_ai.request.model"] = model
    messages = getattr(body, "messages", None)
    if messages is not None:
        attributes["mistral.messages.count"] = len(messages)
    temperature = getattr(body, "temperature", None)
    if temperature is not None:
        attributes["mistral.temperature"] = attributes["gen_ai.request.temperature"] = temperature
    max_tokens = getattr(body, "max_tokens", None)
    if max_tokens is not None:
        attributes["mistral.max_tokens"] = attributes["gen_ai.request.max_tokens"] = max_tokens
    agent_id = getattr(body, "agent_id", None)
    if isinstance(agent_id, str):
        attributes["gen_ai.agent.id"] = agent_id
    return attributes


def usage_of(result: Any) -> tuple[int | None, int | None, int | None]:
    """(prompt, completion, total) tokens a result reports, each None when absent."""
    usage = getattr(result, "usage", None)
    if usage is None:
        return None, None, None
    return (
        getattr(usage, "prompt_tokens", None),
        getattr(usage, "completion_tokens", None),
        getattr(usage, "total_tokens", None),
    )


def _finish_reasons(result: Any) -> list[str]:
    choices = getattr(result, "choices", None) or ()
    return [str(c.finish_reason) for c in choices if getattr(c, "finish_reason", None)]


def response_attributes(result: Any) -> dict[str, Any]:
    """Usage, finish reason and response ids, as `mistral.*` and `gen_ai.*` attributes."""
    attributes: dict[str, Any] = {}
    prompt, completion, total = usage_of(result)
    if prompt is not None:
        attributes["mistral.usage.prompt_tokens"] = prompt
        attributes["gen_ai.usage.input_tokens"] = prompt
    if completion is not None:
        attributes["mistral.usage.completion_tokens"] = completion
        attributes["gen_ai.usage.output_tokens"] = completion
    if total is not None:
        attributes["mistral.usage.total_tokens"] = total
    reasons = _finish_reasons(result)
    if reasons:
        attributes["mistral.finish_reason"] = reasons[0]
        attributes["gen_ai.response.finish_reasons"] = reasons
    model = getattr(result, "model", None)
    if isinstance(model, str):
        attributes["gen_ai.response.model"] = model
    response_id = getattr(result, "id", None)
    if isinstance(response_id, str):
        attributes["gen_ai.response.id"] = response_id
    return attributes


def _text(content: Any) -> str:
    if content is None or isinstance(content, str):
        return content or ""
    return "".join(getattr(chunk, "text", None) or "" for chunk in content)


def request_content(body: Any, redactor: Redactor) -> dict[str, Any]:
    """The request's content fields as the redaction level allows (nothing at `full`)."""
    if body is None or not redactor.keeps_content:
        return {}
    fields: dict[str, Any] = {}
    messages = getattr(body, "messages", None)
    if messages is not None:
        fields["messages"] = [
            {"role": getattr(m, "role", None), "content": redactor.content(_text(m.content))}
            for m in messages
        ]
    for name in ("prompt", "suffix", "input", "inputs"):
        value = getattr(body, name, None)
        if value is not None:
            fields[name] = redactor.content(value if isinstance(value, str) else repr(value))
    return fields


def response_content(result: Any, redactor: Redactor) -> dict[str, Any]:
    """Completion text or embedding vectors as the redaction level allows."""
    if result is None or not redactor.keeps_content:
        return {}
    fields: dict[str, Any] = {}
    choices = getattr(result, "choices", None)
    if choices:
        fields["completion"] = [
            redactor.content(_text(getattr(getattr(c, "message", None), "content", None)))
            for c in choices
        ]
    data = getattr(result, "data", None)
    if isinstance(data, list) and data and hasattr(data[0], "embedding"):
        fields["embeddings"] = [redactor.content(repr(item.embedding)) for item in data]
    return fields
