"""A client's telemetry: the tracer and instruments its settings and providers call for.

`tracing.enabled` / `metrics.enabled` decide whether a signal is emitted at all. The provider is
the one passed to the client, else one the client builds from `exporter` (`otlp`, `console`),
else the global one. When nothing listens, `watch()` returns None and a call pays one check.
"""

from __future__ import annotations

import contextlib
import functools
import logging
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from yarl import URL

from .._version import __version__
from ..config.models import MetricsSettings, MistralSettings, TracingSettings
from .exporters import own_meter_provider, own_tracer_provider
from .logs import logger_for, will_emit
from .redaction import Redactor
from .summary import GEN_AI_SYSTEMS

if TYPE_CHECKING:
    from opentelemetry.trace import Tracer

    from ..request import Request
    from .metrics import Instruments
    from .operation import Operation

__all__ = ["Telemetry"]

_calls = logger_for("calls")
_client = logger_for("client")


class Telemetry:
    """What one client emits; services ask it to `watch` each call."""

    __slots__ = (
        "genai_metrics",
        "instruments",
        "meter_provider",
        "mistral_metrics",
        "owned",
        "profile",
        "provider_name",
        "redactor",
        "server_attributes",
        "spans",
        "tracer",
        "tracer_provider",
    )

    def __init__(
        self,
        settings: MistralSettings,
        *,
        tracer_provider: Any = None,
        meter_provider: Any = None,
    ) -> None:
        self.profile = settings.profile
        self.redactor = Redactor(
            settings.logging.redaction_level, settings.logging.content_max_chars
        )
        self.provider_name = GEN_AI_SYSTEMS[settings.client.provider]
        url = URL(settings.client.base_url)
        self.server_attributes: dict[str, Any] = {
            "server.address": url.host or "",
            "server.port": url.port or 443,
        }
        _, _, deployment = self.profile.partition("@")  # a deployment's own parts: prod@eu_main
        if deployment:
            self.server_attributes["mistral.deployment"] = deployment
        self.owned: list[Any] = []
        self.spans = settings.tracing.spans  # call, attempt or http
        self.mistral_metrics = "mistral" in settings.metrics.conventions
        self.genai_metrics = "gen_ai" in settings.metrics.conventions
        self.tracer: Tracer | None = None
        self.tracer_provider = self._provider(
            settings.tracing, tracer_provider, own_tracer_provider, _global_tracer_provider
        )
        if self.tracer_provider is not None:
            self.tracer = self.tracer_provider.get_tracer("integrations_mistral", __version__)
        self.instruments: Instruments | None = None
        self.meter_provider = self._provider(
            settings.metrics, meter_provider, own_meter_provider, _global_meter_provider
        )
        if self.meter_provider is not None:
            from .metrics import instruments_for  # the OpenTelemetry API, once a signal is on

            self.instruments = instruments_for(self.meter_provider)

    def _provider(
        self,
        settings: TracingSettings | MetricsSettings,
        given: Any,
        build: Callable[[Any], Any],
        global_one: Callable[[], Any],
    ) -> Any:
        """None when the signal is off; else the given provider, one built from `exporter`, or
        the global one."""
        if not settings.enabled:
            if given is not None:
                signal = "tracing" if isinstance(settings, TracingSettings) else "metrics"
                _client.warning(
                    "a %s provider was passed but %s.enabled is false: nothing is emitted",
                    "tracer" if signal == "tracing" else "meter",
                    signal,
                    extra={"profile": self.profile},
                )
            return None
        if given is None and settings.exporter != "none":
            given = build(settings)
            self.owned.append(given)
        return given if given is not None else global_one()

    def watch(
        self, request: Request, request_size: int = 0, *, streaming: bool = False
    ) -> Operation | None:
        """An `Operation` observing this call, or None when no signal would use it."""
        if self.tracer is None and self.instruments is None and not will_emit(_calls, logging.INFO):
            return None
        return _operation()(self, request, request_size, streaming=streaming)

    def span(self, name: str) -> AbstractContextManager[Any]:
        """A span around several calls (their own spans nest in it); nothing when tracing is off."""
        if self.tracer is None:
            return contextlib.nullcontext()
        return self.tracer.start_as_current_span(name, attributes={"profile": self.profile})

    def flush(self) -> None:
        """Export what the providers this client built still hold (blocking: run in a thread)."""
        for provider in self.owned:
            provider.force_flush()


@functools.cache
def _operation() -> type[Operation]:
    """`Operation`, imported (with the OpenTelemetry API) by the first observed call."""
    from .operation import Operation

    return Operation


def _global_tracer_provider() -> Any:
    from opentelemetry import trace

    return trace.get_tracer_provider()


def _global_meter_provider() -> Any:
    from opentelemetry import metrics

    return metrics.get_meter_provider()
