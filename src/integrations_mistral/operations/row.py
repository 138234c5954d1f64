"""One operation's row: what it is, as the policies read it."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Operation"]


@dataclass(frozen=True, slots=True)
class Operation:
    """`method` and `path` as the API declares them (`{id}` for a path parameter), the name
    (`chat.create`), then facts:

    - `idempotent`: resending after a failure is safe (False: it creates something or advances a
      stored conversation; resent only if the API did not act, `retry.retry_non_idempotent`);
    - `falls_back`: stateless inference, the same request meaning the same thing on another model
      or deployment (`[fallback]`);
    - `genai`: `gen_ai.operation.name` in telemetry (None: not a GenAI call);
    - `key_header`: the header the key goes in when not the bearer token (`x-api-key`);
    - `streams`: the reply is a stream of server-sent events;
    - `cacheable`: the same request answers the same way while the model is the same (an
      inference that reads nothing stored), so a response cache may keep its answer.
    """

    method: str
    path: str
    name: str
    idempotent: bool = True
    falls_back: bool = False
    genai: str | None = None
    key_header: str | None = None
    streams: bool = False
    cacheable: bool = False
