"""The stream half of an observed call: chunks, the time to the first one, the stream's end."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from opentelemetry.trace import Span

    from ._signals import Signals

__all__ = ["StreamEvents"]


class StreamEvents:
    """Mixed into `Operation`: what a streamed call records as its chunks arrive and at its end."""

    __slots__ = ("chunks", "first_chunk", "last_chunk")

    chunks: int
    first_chunk: float
    last_chunk: float

    if TYPE_CHECKING:
        start: float
        genai: str | None
        span: Span | None
        tel: Signals

        def labels(self) -> dict[str, dict[str, Any]]: ...

        def _genai_labels(
            self, response_model: Any, error: BaseException | None
        ) -> dict[str, Any]: ...

        def _end(self, result: Any, error: BaseException | None, **extra: Any) -> None: ...

    def chunk(self) -> None:
        """One chunk arrived: a clock read and a count (the first one is reported at once)."""
        now = self.last_chunk = time.perf_counter()
        self.chunks += 1
        if self.chunks > 1:
            return
        self.first_chunk = now
        ttft = now - self.start
        if self.span is not None:
            self.span.add_event("first_chunk_received", {"ttft_ms": round(ttft * 1000, 3)})
        instruments = self.tel.instruments
        if instruments is not None:
            if self.tel.mistral_metrics:
                instruments.ttft.record(ttft, self.labels()["model"])
            if self.genai is not None and self.tel.genai_metrics:
                instruments.genai_ttfc.record(ttft, self._genai_labels(None, None))

    def session_ended(
        self,
        result: Any,
        error: BaseException | None,
        *,
        closed: bool,
        facts: dict[str, Any],
        audio_secs: float = 0.0,
        characters: int = 0,
    ) -> None:
        """A realtime session ended: its duration, the audio seconds or characters it sent, and
        `facts` (`mistral.realtime.*`) on its span and in its record."""
        instruments = self.tel.instruments
        if instruments is not None and self.tel.mistral_metrics:
            labels = self.labels()["model"]
            instruments.realtime_duration.record(time.perf_counter() - self.start, labels)
            if audio_secs:
                instruments.realtime_audio.add(audio_secs, labels)
            if characters:
                instruments.realtime_characters.add(characters, labels)
        self.stream_ended(result, error, closed=closed, facts=facts)

    def stream_ended(
        self,
        result: Any,
        error: BaseException | None,
        *,
        closed: bool,
        facts: dict[str, Any] | None = None,
    ) -> None:
        """The stream completed, was closed early (`closed`), or broke (`error`)."""
        duration = time.perf_counter() - self.start
        if self.span is not None and error is None and not closed:
            self.span.add_event(
                "stream_completed",
                {"total_chunks": self.chunks, "duration_ms": round(duration * 1000, 3)},
            )
        instruments = self.tel.instruments
        if instruments is not None:
            if self.tel.mistral_metrics:
                labels = self.labels()["model"]
                if self.chunks:
                    instruments.stream_chunks.add(self.chunks, labels)
                instruments.stream_duration.record(duration, labels)
            if self.chunks > 1 and self.genai is not None and self.tel.genai_metrics:
                # one value per stream, the mean gap after the first chunk: recording every
                # chunk would cost the SDK ~10 us per chunk, as much as decoding it
                gap = (self.last_chunk - self.first_chunk) / (self.chunks - 1)
                instruments.genai_tpoc.record(gap, self._genai_labels(None, None))
        extra: dict[str, Any] = {
            "mistral.stream.chunks_count": self.chunks,
            "mistral.stream.duration_ms": round(duration * 1000, 3),
        }
        if closed:
            extra["mistral.stream.closed_early"] = True
        if facts:
            extra.update(facts)
        self._end(result, error, **extra)
