"""One public call, observed: its root span, per-attempt HTTP spans, metrics and log records.

An `Operation` exists only while something listens (tracing or metrics on, or the logger enabled
for INFO); otherwise the services take the plain path and no span, record or label is built.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.propagate import inject
from opentelemetry.trace import Span, SpanKind, Status, StatusCode

from ..quota import quota_of
from ._streaming import StreamEvents
from .logs import emit, log_failure, logger_for, will_emit
from .summary import (
    request_attributes,
    request_content,
    response_attributes,
    response_content,
    usage_of,
)

if TYPE_CHECKING:
    from ..request import Request
    from ..resilience import Permit, Resilience
    from ._signals import Signals

__all__ = ["Attempt", "Operation"]

T = TypeVar("T")
_log = logger_for("calls")


class Attempt:
    """One HTTP attempt's span, start time and the trace headers it sends."""

    __slots__ = ("headers", "span", "start")

    def __init__(self, span: Span | None, headers: dict[str, str] | None) -> None:
        self.span = span
        self.headers = headers
        self.start = time.perf_counter()


class Operation(StreamEvents):
    """The observation of one call; `succeeded`, `failed` or the stream methods end it."""

    __slots__ = (
        "_context",
        "_genai_base",
        "_labels",
        "_trace_headers",
        "attempts",
        "genai",
        "method",
        "model",
        "name",
        "request_size",
        "span",
        "start",
        "tel",
    )

    def __init__(
        self,
        tel: Signals,
        request: Request,
        request_size: int,
        *,
        streaming: bool = False,
    ) -> None:
        self.tel = tel
        self.name = name = request.name
        self.method = method = request.method
        self.request_size = request_size
        body, path = request.body, request.path
        self.model: str = getattr(body, "model", None) or ""
        self.genai = request.row.genai
        self.attempts = 0
        self.chunks = 0
        self.first_chunk = 0.0
        self.last_chunk = 0.0
        self.span: Span | None = None
        self._labels: dict[str, dict[str, Any]] | None = None
        self._genai_base: dict[str, Any] | None = None
        self._context: Any = None  # the root span as a parent context, made once if needed
        self._trace_headers: dict[str, str] | None = None
        if tel.tracer is not None:
            attributes = {
                **tel.server_attributes,
                "gen_ai.provider.name": tel.provider_name,
                "mistral.operation": name,
            }
            if self.genai is not None:
                attributes["gen_ai.operation.name"] = self.genai
            if streaming:
                attributes["mistral.streaming"] = True
            if request.cache_state is not None:
                attributes["mistral.cache"] = request.cache_state
            span = self.span = tel.tracer.start_span(
                f"mistral.{name}", kind=SpanKind.CLIENT, attributes=attributes
            )
            if span.is_recording():  # a sampled-out call builds no attribute
                span.set_attributes(request_attributes(body))
        if _log.isEnabledFor(logging.DEBUG):
            emit(
                _log,
                logging.DEBUG,
                f"{name} request: {method} {path}",
                operation=name,
                method=method,
                path=path,
                model=self.model or None,
                request_size=request_size,
                **request_content(body, tel.redactor),
                **self._ids(),
            )
        self.start = time.perf_counter()

    def _ids(self) -> dict[str, str]:
        if self.span is None:
            return {}
        context = self.span.get_span_context()
        return {
            "trace_id": format(context.trace_id, "032x"),
            "span_id": format(context.span_id, "016x"),
        }

    async def run(
        self,
        resilience: Resilience,
        attempt: Callable[[float], Awaitable[T]],
        cost: int,
        idempotent: bool = True,
        priority: str | None = None,
    ) -> tuple[T, Permit]:
        """`resilience.execute`, inside a `mistral.resilience.execute` child span when
        `tracing.spans = "http"`."""
        tracer = self.tel.tracer
        if tracer is None or self.span is None or self.tel.spans != "http":
            return await resilience.execute(
                attempt, cost=cost, operation=self.name, idempotent=idempotent, priority=priority
            )
        state = getattr(resilience.breaker, "state", None)
        span = tracer.start_span(
            "mistral.resilience.execute",
            context=self._parent(),
            attributes={"resilience.circuit_state": getattr(state, "value", "disabled")},
        )
        # current while the attempts run: their spans (and any instrumentation below) nest in it
        token = otel_context.attach(trace.set_span_in_context(span))
        try:
            return await resilience.execute(
                attempt, cost=cost, operation=self.name, idempotent=idempotent, priority=priority
            )
        except BaseException as exc:
            span.set_attribute("error.type", getattr(exc, "error_type", type(exc).__name__))
            span.set_status(Status(StatusCode.ERROR))
            raise
        finally:
            otel_context.detach(token)
            span.set_attribute("resilience.attempt", self.attempts)
            span.end()

    def _parent(self) -> Any:
        """The root span as the parent of this call's other spans (and of the trace context
        its requests carry), made once."""
        if self._context is None:
            self._context = trace.set_span_in_context(self.span)  # type: ignore[arg-type]
        return self._context

    def attempt_started(self, url: str) -> Attempt:
        self.attempts += 1
        tracer = self.tel.tracer
        if tracer is None or self.span is None:
            return Attempt(None, None)
        spans = self.tel.spans
        if spans == "call":  # no span of its own: the requests carry the call's trace context
            headers = self._trace_headers
            if headers is None:
                headers = self._trace_headers = {}
                inject(headers, context=self._parent())
            return Attempt(None, headers)
        span = tracer.start_span(
            "mistral.http.request",
            context=self._parent() if spans == "attempt" else None,
            kind=SpanKind.CLIENT,
            attributes={"http.method": self.method, "http.url": url},
        )
        headers = {}
        inject(headers, context=trace.set_span_in_context(span))
        return Attempt(span, headers)

    def attempt_ended(
        self,
        attempt: Attempt,
        status: int | None,
        size: int | None,
        request_id: str | None,
        error: BaseException | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """One attempt's end: its span (or, at `tracing.spans = "call"`, the call span's
        attributes and a failed attempt's event), metrics (the server's reported quota among
        them, from `headers`) and debug record."""
        elapsed = time.perf_counter() - attempt.start
        span = attempt.span or self.span
        if span is not None and span.is_recording():
            facts: dict[str, Any] = {}
            if status is not None:
                facts["http.status_code"] = status
            if size is not None:
                facts["http.response_size"] = size
            if request_id:
                facts["mistral.request_id"] = request_id
            if attempt.span is not None:
                span.set_attributes(facts)
                if error is not None:
                    _record_error(span, error)
            else:  # the call span: the last attempt's facts, and an event per failed one
                if facts:
                    span.set_attributes(facts)
                if error is not None:
                    error_type = getattr(error, "error_type", type(error).__name__)
                    span.add_event(
                        "attempt_failed",
                        {**facts, "attempt": self.attempts, "error.type": error_type,
                         "duration_ms": round(elapsed * 1000, 3)},
                    )  # fmt: skip
        if attempt.span is not None:
            attempt.span.end()
        instruments = self.tel.instruments
        if instruments is not None:
            if self.tel.mistral_metrics:
                labels = self.labels()
                outcome = (
                    str(status) if status is not None else getattr(error, "error_type", "error")
                )
                instruments.requests.add(1, {**labels["request"], "status": outcome})
                instruments.request_duration.record(elapsed, labels["request"])
                instruments.request_size.record(self.request_size, labels["endpoint"])
                if size is not None:
                    instruments.response_size.record(size, labels["endpoint"])
            quota = quota_of(headers) if headers else None
            if quota is not None:
                instruments.note_quota(self.tel.profile, quota)
        if _log.isEnabledFor(logging.DEBUG):
            emit(
                _log,
                logging.DEBUG,
                f"{self.name} response: HTTP {status if status is not None else '-'}",
                operation=self.name,
                status_code=status,
                duration_ms=round(elapsed * 1000, 3),
                response_size=size,
                request_id=request_id,
                attempt=self.attempts,
                **self._ids(),
            )

    def succeeded(self, result: Any) -> None:
        """A non-streamed call returned `result`."""
        self._end(result, None)

    def failed(self, error: BaseException) -> None:
        self._end(None, error)

    def _end(self, result: Any, error: BaseException | None, **extra: Any) -> None:
        duration = time.perf_counter() - self.start
        prompt, completion, _ = usage_of(result)
        response_model = getattr(result, "model", None)
        cost = getattr(getattr(result, "_raw", None), "cost", None)  # by the profile's pricing
        tel = self.tel
        span = self.span
        if span is not None:
            if span.is_recording():  # a sampled-out span takes nothing
                facts = response_attributes(result) if result is not None else {}
                if extra:
                    facts.update(extra)
                if cost is not None:
                    facts["mistral.cost"] = cost
                if tel.spans != "http":  # no resilience span to carry the count
                    facts["resilience.attempt"] = self.attempts
                span.set_attributes(facts)
                if error is not None:
                    _record_error(span, error)
            span.end()
        instruments = tel.instruments
        if instruments is not None:
            if tel.mistral_metrics:
                self._mistral_totals(prompt, completion, error)
            if cost:  # whichever conventions: no other family says what calls cost
                instruments.cost.add(cost, self.labels()["model"])
            if self.genai is not None and tel.genai_metrics:
                genai = self._genai_labels(response_model, error)
                instruments.genai_duration.record(duration, genai)
                for kind, count in (("input", prompt), ("output", completion)):
                    if count is not None:
                        instruments.genai_tokens.record(count, {**genai, "gen_ai.token.type": kind})
        if error is not None:
            if isinstance(error, Exception):
                log_failure(self.name, error, duration_ms=round(duration * 1000, 3), **self._ids())
            elif will_emit(_log, logging.INFO):  # a cancel (Ctrl-C, a timeout around it)
                emit(
                    _log,
                    logging.INFO,
                    f"{self.name} cancelled",
                    operation=self.name,
                    duration_ms=round(duration * 1000, 3),
                    cancelled=True,
                    **self._ids(),
                )
        elif will_emit(_log, logging.INFO):
            reasons = getattr(result, "choices", None) or ()
            closed = extra.get("mistral.stream.closed_early", False)
            emit(
                _log,
                logging.INFO,
                f"{self.name} closed before its end" if closed else f"{self.name} succeeded",
                operation=self.name,
                model=self.model or response_model,
                duration_ms=round(duration * 1000, 3),
                prompt_tokens=prompt,
                completion_tokens=completion,
                finish_reason=getattr(reasons[0], "finish_reason", None) if reasons else None,
                attempts=self.attempts,
                **{k[8:].replace(".", "_"): v for k, v in extra.items()},
                **(
                    response_content(result, tel.redactor)
                    if _log.isEnabledFor(logging.DEBUG)
                    else {}
                ),
                **self._ids(),
            )

    def _mistral_totals(
        self, prompt: int | None, completion: int | None, error: BaseException | None
    ) -> None:
        """The design's per-call instruments: tokens, and the error count."""
        instruments = self.tel.instruments
        assert instruments is not None
        labels = self.labels()
        for kind, count in (("prompt", prompt), ("completion", completion)):
            if count is not None:
                instruments.tokens.add(count, labels[kind])
                instruments.tokens_per_request.record(count, labels[kind])
        if error is not None:
            instruments.errors.add(
                1,
                {
                    "type": getattr(error, "error_type", type(error).__name__),
                    "endpoint": self.name,
                    "status_code": str(getattr(error, "status_code", None) or ""),
                    "profile": self.tel.profile,
                },
            )

    def labels(self) -> dict[str, dict[str, Any]]:
        """This call's metric label sets, built once (a record then only looks them up)."""
        if self._labels is None:
            profile = self.tel.profile
            model = {"model": self.model, "profile": profile}
            self._labels = {
                "endpoint": {"endpoint": self.name, "profile": profile},
                "request": {"endpoint": self.name, "method": self.method, **model},
                "model": model,
                "prompt": {**model, "type": "prompt"},
                "completion": {**model, "type": "completion"},
            }
        return self._labels

    def _genai_labels(self, response_model: Any, error: BaseException | None) -> dict[str, Any]:
        base = self._genai_base
        if base is None:
            base = self._genai_base = {
                "gen_ai.operation.name": self.genai,
                "gen_ai.provider.name": self.tel.provider_name,
                "gen_ai.request.model": self.model,
                **self.tel.server_attributes,
                "profile": self.tel.profile,
            }
        if response_model is None and error is None:
            return base
        labels = dict(base)
        if isinstance(response_model, str):
            labels["gen_ai.response.model"] = response_model
        if error is not None:
            labels["error.type"] = getattr(error, "error_type", type(error).__name__)
        return labels


def _record_error(span: Span, error: BaseException) -> None:
    error_type = getattr(error, "error_type", type(error).__name__)
    span.set_attribute("error.type", error_type)
    span.record_exception(error, attributes={"error_type": error_type})
    span.set_status(Status(StatusCode.ERROR, str(error)[:500]))
