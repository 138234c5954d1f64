"""What a request or response says about itself: span attributes and redacted log content."""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

from .redaction import Redactor

__all__ = [
    "FALLBACK",
    "GEN_AI_SYSTEMS",
    "PROVIDER",
    "request_attributes",
    "request_content",
    "response_attributes",
    "response_content",
    "usage_of",
]

FALLBACK: ContextVar[tuple[str, str] | None] = ContextVar("mistral_fallback", default=None)
"""While a call goes to a fallback target: the target it left (`profile/model`) and why."""

PROVIDER = "mistral_ai"
GEN_AI_SYSTEMS = {"mistral": PROVIDER, "azure": "azure.ai.inference", "gcp": "gcp.vertex_ai"}
"""`gen_ai.provider.name` (formerly `gen_ai.system`) of each `client.provider`, as
OpenTelemetry's semantic conventions name them."""


def _values_of(model: Any) -> dict[str, Any]:
    """A typed model's field values (empty for None): absent fields are looked up in a dict, as
    `getattr` on a pydantic model raises and catches an AttributeError for each (~3 us)."""
    fields: dict[str, Any] = getattr(model, "__dict__", None) or {}
    extra = getattr(model, "__pydantic_extra__", None)  # unknown fields a response carried
    return {**extra, **fields} if extra else fields


def request_attributes(body: Any) -> dict[str, Any]:
    """`gen_ai.request.*` attributes of a typed request body (and the `mistral.*` ones that have
    no `gen_ai` twin: none is written twice)."""
    attributes: dict[str, Any] = {}
    fell = FALLBACK.get()
    if fell is not None:
        attributes["mistral.fallback.from"], attributes["mistral.fallback.reason"] = fell
    fields = _values_of(body)
    model = fields.get("model")
    if isinstance(model, str):
        attributes["gen_ai.request.model"] = model
    messages = fields.get("messages")
    if messages is not None:
        attributes["mistral.messages.count"] = len(messages)
    temperature = fields.get("temperature")
    if temperature is not None:
        attributes["gen_ai.request.temperature"] = temperature
    max_tokens = fields.get("max_tokens")
    if max_tokens is not None:
        attributes["gen_ai.request.max_tokens"] = max_tokens
    agent_id = fields.get("agent_id")
    if isinstance(agent_id, str):
        attributes["gen_ai.agent.id"] = agent_id
    return attributes


def usage_of(result: Any) -> tuple[int | None, int | None, int | None]:
    """(prompt, completion, total) tokens a result reports, each None when absent."""
    return _usage(_values_of(result))


def _usage(fields: dict[str, Any]) -> tuple[int | None, int | None, int | None]:
    usage = _values_of(fields.get("usage"))
    if not usage:
        return None, None, None
    return usage.get("prompt_tokens"), usage.get("completion_tokens"), usage.get("total_tokens")


def _finish_reasons(choices: Any) -> list[str]:
    return [str(c.finish_reason) for c in choices or () if getattr(c, "finish_reason", None)]


def response_attributes(result: Any) -> dict[str, Any]:
    """Usage, finish reason and response ids, as `mistral.*` and `gen_ai.*` attributes."""
    attributes: dict[str, Any] = {}
    fields = _values_of(result)  # read once: with unknown fields present, it is a merged copy
    prompt, completion, total = _usage(fields)
    if prompt is not None:
        attributes["gen_ai.usage.input_tokens"] = prompt
    if completion is not None:
        attributes["gen_ai.usage.output_tokens"] = completion
    if total is not None:
        attributes["mistral.usage.total_tokens"] = total
    reasons = _finish_reasons(fields.get("choices"))
    if reasons:
        attributes["gen_ai.response.finish_reasons"] = reasons
    model = fields.get("model")
    if isinstance(model, str):
        attributes["gen_ai.response.model"] = model
    response_id = fields.get("id")
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
