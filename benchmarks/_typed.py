"""Typed floors: what any typed client must do (`Typed`), with this client's own models
(`TypedFull`), plus the bare calls of every guarantee this client keeps (`TypedGuarded`), plus
one INFO record per call (`TypedInfoLog`). `ours / floor` is what our own code costs."""

from __future__ import annotations

import time
from typing import Any

from _clients import HELD, MESSAGES, MODEL, POOL, Raw


class Typed(Raw):
    """The typed floor: raw aiohttp with pydantic request and reply models (the request
    serialised, the reply and each chunk validated from bytes) and an `X-Request-ID` per
    call: what any typed client must do, so `ours / typed` is what our own code costs."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        from pydantic import BaseModel

        class Message(BaseModel):
            role: str
            content: str | None = None

        class Request(BaseModel):
            model: str
            messages: list[Message]
            stream: bool | None = None

        class Choice(BaseModel):
            index: int
            message: Message
            finish_reason: str | None = None

        class Usage(BaseModel):
            prompt_tokens: int
            completion_tokens: int
            total_tokens: int

        class Reply(BaseModel):
            id: str
            model: str
            choices: list[Choice]
            usage: Usage | None = None

        class Delta(BaseModel):
            role: str | None = None
            content: str | None = None

        class StreamChoice(BaseModel):
            index: int
            delta: Delta
            finish_reason: str | None = None

        class Chunk(BaseModel):
            id: str
            model: str
            choices: list[StreamChoice]

        self.request, self.reply, self.chunk = Request, Reply, Chunk

    def _headers(self) -> dict[str, str]:
        import os

        return {**self.headers, "X-Request-ID": os.urandom(16).hex()}

    async def chat(self, model: str = MODEL) -> str:
        body = (
            self.request(model=model, messages=MESSAGES).model_dump_json(exclude_none=True).encode()
        )
        async with self.session.post(self.url, data=body, headers=self._headers()) as response:
            if response.status != 200:
                raise RuntimeError(response.status)
            reply = self.reply.model_validate_json(await response.read())
        return reply.choices[0].message.content or ""

    async def stream(self, model: str = MODEL, first_only: bool = False) -> int:
        body = self.request(model=model, messages=MESSAGES, stream=True)
        headers = {**self._headers(), "Accept": "text/event-stream"}
        response = await self.session.post(
            self.url, data=body.model_dump_json(exclude_none=True).encode(), headers=headers
        )
        if response.status != 200:
            raise RuntimeError(response.status)
        count, buffer, text = 0, b"", []
        try:
            async for data in response.content.iter_any():
                buffer = buffer + data if buffer else data
                start = 0
                while (end := buffer.find(b"\n\n", start)) != -1:
                    payload = buffer[start + 6 : end]
                    start = end + 2
                    if payload == b"[DONE]":
                        continue
                    chunk = self.chunk.model_validate_json(payload)
                    text.append(chunk.choices[0].delta.content or "")
                    count += 1
                    if first_only:
                        HELD.append(response)
                        return count
                buffer = buffer[start:]
        finally:
            if not first_only:
                response.release()
        return count


class TypedFull(Typed):
    """The typed floor with this client's own models (the API's whole chat request, reply and
    chunk: every field, the message union, content parts) in place of three-field ones, called
    as plain pydantic: what the models cost by themselves, apart from the code around them.
    The request goes through a small adapter (two calls and a str round trip per call more)."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        from integrations_mistral.types import (
            ChatCompletionRequest,
            ChatCompletionResponse,
            CompletionChunk,
        )

        validate = ChatCompletionRequest.__pydantic_validator__.validate_python
        serialize = ChatCompletionRequest.__pydantic_serializer__.to_json

        class Request:
            __slots__ = ("value",)

            def __init__(self, **fields: Any) -> None:
                self.value = validate(fields)

            def model_dump_json(self, exclude_none: bool) -> str:
                return serialize(self.value, exclude_unset=True).decode()  # type: ignore[no-any-return]

        class Validated:
            def __init__(self, model: Any) -> None:
                self.model_validate_json = model.__pydantic_validator__.validate_json

        self.request = Request  # type: ignore[assignment]
        self.reply, self.chunk = Validated(ChatCompletionResponse), Validated(CompletionChunk)  # type: ignore[assignment]


class TypedInfoLog(Typed):
    """The typed floor plus what an INFO record per call must cost: one `logger.info` with the
    fields ours writes (operation, model, duration, tokens, finish reason, attempts, profile,
    request id; a stream's chunk count and duration too), through the same JSON formatter to
    /dev/null."""

    def __init__(self, url: str) -> None:
        import logging

        from _clients import log_to_devnull

        super().__init__(url)
        self.logger = logging.getLogger("floor.calls")
        log_to_devnull(self.logger)

    async def chat(self, model: str = MODEL) -> str:
        started = time.perf_counter()
        text = await super().chat(model)
        fields = {"operation": "chat.create", "model": model, "profile": "default",
                  "duration_ms": round((time.perf_counter() - started) * 1000, 3),
                  "prompt_tokens": 9, "completion_tokens": 10, "finish_reason": "stop",
                  "attempts": 1, "request_id": "bench-0001"}  # fmt: skip
        self.logger.info("chat.create succeeded", extra=fields)
        return text

    async def stream(self, model: str = MODEL, first_only: bool = False) -> int:
        started = time.perf_counter()
        count = await super().stream(model, first_only)
        duration = round((time.perf_counter() - started) * 1000, 3)
        fields = {"operation": "chat.create_stream", "model": model, "profile": "default",
                  "duration_ms": duration, "prompt_tokens": 9, "completion_tokens": count,
                  "finish_reason": "stop", "attempts": 1, "request_id": "bench-0001",
                  "stream_chunks_count": count, "stream_duration_ms": duration}  # fmt: skip
        self.logger.info("chat.create_stream succeeded", extra=fields)
        return count


class TypedGuarded(TypedFull):
    """The typed floor with our models plus only the bare calls of the guarantees ours keeps,
    made with our own parts and none of our layers: the client's lifetime gate, the breaker's
    admit and record, the limiter's acquire and settle, fair admission to the pool, a retry
    deadline, `result.raw`; for a stream also the SSE decoder (the whole event grammar), the
    accumulator behind `partial` and `final_response()`, and the idle and first-byte timeouts.
    What is left between ours and this is our own code, not what it guarantees."""

    def __init__(self, url: str) -> None:
        import aiohttp

        from integrations_mistral._lifetime import Lifetime
        from integrations_mistral.config.models import CircuitBreakerSettings, RateLimitSettings
        from integrations_mistral.resilience import CircuitBreaker, SlidingWindowLimiter
        from integrations_mistral.transport.gate import FairGate
        from integrations_mistral.transport.replies import response_info

        super().__init__(url)
        self.lifetime, self.gate = Lifetime(), FairGate(POOL)
        self.breaker = CircuitBreaker(CircuitBreakerSettings())
        limits = {"enabled": True, "requests_per_minute": 10**9, "tokens_per_minute": 10**12}
        self.limiter = SlidingWindowLimiter(RateLimitSettings(**limits))
        self.info = response_info
        self.stream_timeout = aiohttp.ClientTimeout(total=None, sock_connect=10, sock_read=60)

    async def chat(self, model: str = MODEL) -> str:
        lifetime, breaker, gate = self.lifetime, self.breaker, self.gate
        task = lifetime.enter()
        try:
            ticket = breaker.before_call()
            permit = await self.limiter.acquire(100)
            deadline = time.monotonic() + 60.0
            if not gate.try_enter():
                await gate.enter(deadline - time.monotonic())
            try:
                body = self.request(model=model, messages=MESSAGES).model_dump_json(True).encode()
                async with self.session.post(
                    self.url, data=body, headers=self._headers()
                ) as response:
                    if response.status != 200:
                        raise RuntimeError(response.status)
                    reply = self.reply.model_validate_json(await response.read())
            except Exception as exc:
                breaker.record(ticket, exc)
                raise
            finally:
                gate.leave()
            breaker.record(ticket, None)
            info = self.info(response.status, response.headers, "id", None)
            object.__setattr__(reply, "_raw", info)
            permit.settle(reply.usage.total_tokens)
            return reply.choices[0].message.content or ""  # type: ignore[no-any-return]
        finally:
            lifetime.leave(task)

    async def stream(self, model: str = MODEL, first_only: bool = False) -> int:
        from integrations_mistral.services._accumulate import StreamAccumulator
        from integrations_mistral.transport._apart import apart
        from integrations_mistral.transport.sse import SSEDecoder

        lifetime, breaker, gate = self.lifetime, self.breaker, self.gate
        task = lifetime.enter()
        try:
            ticket = breaker.before_call()
            permit = await self.limiter.acquire(100)
            deadline = time.monotonic() + 60.0
            if not gate.try_enter():
                await gate.enter(deadline - time.monotonic())
            body = self.request(model=model, messages=MESSAGES, stream=True)
            headers = {**self._headers(), "Accept": "text/event-stream"}
            try:
                response = await apart(
                    self.session._request(
                        "POST",
                        self.url,
                        data=body.model_dump_json(True).encode(),
                        headers=headers,
                        timeout=self.stream_timeout,
                    ),
                    deadline - time.monotonic(),
                )
            except Exception as exc:
                gate.leave()
                breaker.record(ticket, exc)
                raise
            breaker.record(ticket, None)
        finally:
            lifetime.leave(task)
        if response.status != 200:
            raise RuntimeError(response.status)
        decoder, accumulator, count, text = (
            SSEDecoder(plain_as_bytes=True),
            StreamAccumulator(),
            0,
            [],
        )
        try:
            while data := await response.content.readany():
                for payload in decoder.feed(data):
                    if payload == b"[DONE]":
                        continue
                    chunk = self.chunk.model_validate_json(payload)
                    accumulator.add(chunk)
                    text.append(chunk.choices[0].delta.content or "")
                    count += 1
        finally:
            response.release()
            gate.leave()
        if accumulator.usage is not None:
            permit.settle(accumulator.usage.total_tokens)
        return count
